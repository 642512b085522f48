/**
 * Paper text (inline Markdown as written: `*Turkish Studies*`, `<https://…>`) as HTML: the
 * harmless formatting `toPhrasing` keeps (emphasis, strong, strikethrough, code, http(s)
 * links) becomes elements, everything else text.
 */

import type { PhrasingContent } from 'mdast'
import { toPhrasing } from '../inline-markdown.ts'
import { externalLink, fragment, type Html, h } from './markup.ts'

/** One sanitised phrasing node as HTML. */
function renderNode(node: PhrasingContent): Html | string {
  switch (node.type) {
    case 'text':
      return node.value
    case 'inlineCode':
      return h('code', {}, node.value)
    case 'emphasis':
      return h('em', {}, node.children.map(renderNode))
    case 'strong':
      return h('strong', {}, node.children.map(renderNode))
    case 'delete':
      return h('del', {}, node.children.map(renderNode))
    case 'link':
      return externalLink(node.url, node.children.map(renderNode))
    default:
      return ''
  }
}

/** Untrusted paper text as HTML with its harmless inline formatting. */
export function renderPhrasing(value: string): Html {
  return fragment(toPhrasing(value).map(renderNode))
}
