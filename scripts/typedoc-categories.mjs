// A typedoc plugin: files the names of the root entry point (`ovn-nb`) under the NB area
// or the engine step they belong to, so that its page reads "Switches and ports,
// Routers, ACLs and groups, ..., Planning, Applying" instead of "constructors, model".
// The category follows from the module a name is declared in, so a constructor added to
// src/nb/dsl/router.ts lands under Routers with no tag to remember; the modules' own
// `@category` tags stay what the other entry points' pages show.
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc'

/** Declaring module (path under src/, no extension) -> category on the root page. */
const AREAS = [
  [/^nb\/dsl\/(switch|binding)$/, 'Switches and ports'],
  [/^nb\/dsl\/(router|route|nat|chassis|bfd)$/, 'Routers'],
  [/^nb\/dsl\/(acl|groups)$/, 'ACLs and groups'],
  [/^nb\/dsl\/(dhcp|dns)$/, 'DHCP and DNS'],
  [/^nb\/dsl\/loadBalancer$/, 'Load balancing'],
  [/^nb\/dsl\/(qos|meter|mirror|forwardingGroup)$/, 'QoS, meters, mirrors, forwarding'],
  [/^nb\/dsl\/row$/, 'Generic rows'],
  [/^nb\/dsl\/(topology|parse|print)$/, 'Topology'],
  [/^nb\/(net|match)\//, 'Addresses and matches'],
  [/^(nb\/generated\/|sb\/generated\/|nb\/identity$|codegen\/)/, 'NB and SB models'],
  [/^(plan\/|ovsdb\/desired$)/, 'Planning'],
  [/^apply\//, 'Applying'],
  [/^ovsdb\/(client|session|replica)$/, 'Connecting'],
  [/^(errors|issue|nb\/dsl\/common|ovsdb\/errors)$/, 'Errors'],
]

/** @param {import('typedoc').Application} app */
export const load = (app) => {
  // before the CategoryPlugin (priority -200) groups the children
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const root = context.project.children?.find((m) => m.name === 'ovn-nb' && m.kindOf(ReflectionKind.Module))
      for (const child of root?.children ?? []) {
        const target = child.isReference() ? child.getTargetReflectionDeep() : child
        const file = context.getSymbolFromReflection(target)?.declarations?.[0]?.getSourceFile().fileName ?? ''
        const module = (file.replace(/\\/g, '/').match(/\/src\/(.*)\.ts$/) ?? [])[1] ?? ''
        const area = AREAS.find(([re]) => re.test(module))?.[1]
        if (area === undefined) {
          app.logger.warn(`typedoc-categories: no category for ${child.name} (${module || 'unknown module'})`)
          continue
        }
        // a reference shares its target's comment: give it a comment of its own
        const comment = child.isReference() ? (child.comment = new Comment()) : (child.comment ??= new Comment())
        comment.blockTags = [...comment.blockTags.filter((t) => t.tag !== '@category'), new CommentTag('@category', [{ kind: 'text', text: area }])]
        // a function's category is also read from its signatures' comments
        if (!child.isReference()) for (const sig of child.getNonIndexSignatures()) if (sig.comment) sig.comment.blockTags = sig.comment.blockTags.filter((t) => t.tag !== '@category')
      }
    },
    0,
  )
}
