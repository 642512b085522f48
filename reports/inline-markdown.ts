/**
 * Paper text is Markdown as written (`*World Order*`, `<https://…>`). These helpers read it
 * as inline Markdown and keep only harmless formatting: emphasis, strong, strikethrough, code
 * and http(s) links. HTML, images, references and other schemes become plain text.
 */

import type { PhrasingContent } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { cleanInline, toSafeHref } from './escape.ts'
import { text } from './nodes.ts'

const parser = unified().use(remarkParse).use(remarkGfm)

/** Keep a parsed inline node if harmless, else turn it into text. */
function sanitize(node: PhrasingContent): Array<PhrasingContent> {
  switch (node.type) {
    case 'text':
      return [text(node.value)]
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }]
    case 'emphasis':
    case 'strong':
    case 'delete':
      return [{ type: node.type, children: node.children.flatMap(sanitize) }]
    case 'link': {
      const href = toSafeHref(node.url)
      const children = node.children.flatMap(sanitize)
      return href === null ? children : [{ type: 'link', url: href, children }]
    }
    case 'image':
      return node.alt ? [text(node.alt)] : []
    case 'footnoteReference':
      return [text(`[^${node.label ?? node.identifier}]`)]
    default:
      return [text(nodeToString(node))]
  }
}

/**
 * Read untrusted paper text as inline Markdown and return harmless phrasing content. Text that
 * is not a single plain paragraph (a list, a heading, a rule) is kept as escaped text. Leading
 * and trailing spaces are kept.
 */
export function toPhrasing(value: string): Array<PhrasingContent> {
  const cleaned = cleanInline(value)
  const body = cleaned.trim()
  if (body.length === 0) return cleaned.length > 0 ? [text(cleaned)] : []
  const tree = parser.parse(body)
  const [first, ...rest] = tree.children
  const inner =
    first?.type === 'paragraph' && rest.length === 0
      ? first.children.flatMap(sanitize)
      : [text(body)]
  const before = cleaned.slice(0, cleaned.length - cleaned.trimStart().length)
  const after = cleaned.slice(cleaned.trimEnd().length)
  return [...(before ? [text(before)] : []), ...inner, ...(after ? [text(after)] : [])]
}

/** Paper text as plain text: its inline Markdown read, then only the words kept. */
export function toPlainText(value: string): string {
  return nodeToString({ type: 'paragraph', children: toPhrasing(value) }).trim()
}
