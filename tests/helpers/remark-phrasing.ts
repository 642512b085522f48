/**
 * The reference readings the reports' own linear code is held to: paper text read as inline
 * Markdown by remark (remark-parse + remark-gfm) and made harmless the way the reports always
 * did, and trees serialised by remark-stringify with the reports' settings. Used by tests (as
 * an oracle) and by `bench/render.ts` (as the side-by-side baseline); never by the reports.
 */

import type { PhrasingContent, Root } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import stringify from 'remark-stringify'
import { unified } from 'unified'
import { cleanInline, toSafeHref } from '../../reports/escape.ts'
import { displayWidth } from '../../reports/width.ts'

const parser = unified().use(remarkParse).use(remarkGfm)

/** Keep a parsed inline node if harmless, else turn it into text; links never nest. */
function sanitize(node: PhrasingContent, inLink: boolean): Array<PhrasingContent> {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }]
    case 'inlineCode':
      return [{ type: 'inlineCode', value: node.value }]
    case 'emphasis':
    case 'strong':
    case 'delete':
      return [
        { type: node.type, children: node.children.flatMap((child) => sanitize(child, inLink)) },
      ]
    case 'link': {
      const href = toSafeHref(node.url)
      const keep = href !== null && !inLink
      const children = node.children.flatMap((child) => sanitize(child, inLink || keep))
      return keep ? [{ type: 'link', url: href, children }] : children
    }
    case 'image':
      return node.alt ? [{ type: 'text', value: node.alt }] : []
    case 'footnoteReference':
      return [{ type: 'text', value: `[^${node.label ?? node.identifier}]` }]
    default:
      return [{ type: 'text', value: nodeToString(node) }]
  }
}

/** Adjacent text merged, empty text dropped, all the way down. */
export function mergePhrasing(nodes: Array<PhrasingContent>): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = []
  for (const node of nodes) {
    const merged =
      'children' in node
        ? ({
            ...node,
            children: mergePhrasing(node.children as Array<PhrasingContent>),
          } as PhrasingContent)
        : { ...node }
    const last = out[out.length - 1]
    if (merged.type === 'text' && last?.type === 'text') last.value += merged.value
    else if (merged.type !== 'text' || merged.value.length > 0) out.push(merged)
  }
  return out
}

/** Untrusted paper text read by remark and made harmless (the reports' former `toPhrasing`). */
export function remarkPhrasing(value: string): Array<PhrasingContent> {
  const cleaned = cleanInline(value)
  const body = cleaned.trim()
  if (body.length === 0) return cleaned.length > 0 ? [{ type: 'text', value: cleaned }] : []
  const [first, ...rest] = parser.parse(body).children
  const inner: Array<PhrasingContent> =
    first?.type === 'paragraph' && rest.length === 0
      ? first.children.flatMap((node) => sanitize(node, false))
      : [{ type: 'text', value: body }]
  const before = cleaned.slice(0, cleaned.length - cleaned.trimStart().length)
  const after = cleaned.slice(cleaned.trimEnd().length)
  return mergePhrasing([
    ...(before ? [{ type: 'text' as const, value: before }] : []),
    ...inner,
    ...(after ? [{ type: 'text' as const, value: after }] : []),
  ])
}

/** A report tree serialised by remark-stringify with the reports' settings. */
export function remarkStringify(tree: Root): string {
  return unified()
    .use(remarkGfm, { stringLength: displayWidth })
    .use(stringify as never, {
      bullet: '-',
      emphasis: '_',
      strong: '*',
      fences: true,
      listItemIndent: 'one',
      rule: '-',
      tightDefinitions: true,
    })
    .stringify(tree as never) as string
}
