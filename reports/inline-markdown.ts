/**
 * Paper text is Markdown as written (`*World Order*`, `<https://…>`). These helpers read it
 * as inline Markdown and keep only harmless formatting: emphasis, strong, strikethrough, code
 * and http(s) links. HTML, images, references and other schemes become plain text. The reading
 * is `readInline`'s: linear, and the same as remark (CommonMark + GFM) on real papers.
 */

import type { PhrasingContent } from 'mdast'
import { cleanInline } from './escape.ts'
import { phrasingText, readInline } from './inline-reader.ts'

/** Block HTML that starts a line: the seven kinds of CommonMark, kind 7 only when alone. */
const htmlBlock = new RegExp(
  [
    '^<(?:script|pre|style|textarea)(?:[\\s>]|$)',
    '^<!--',
    '^<\\?',
    '^<![A-Za-z]',
    '^<!\\[CDATA\\[',
    '^</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\\s>]|/>|$)',
    '^(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s"\'=<>`]+|\'[^\']*\'|"[^"]*"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$',
  ].join('|'),
  'i',
)

/** Other blocks one line can start: headings, rules, quotes, lists, fences, definitions. */
const otherBlock =
  /^(?:#{1,6}(?:[ \t]|$)|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3,}[^`]*$|~{3,}|\[(?:[^\\[\]]|\\.){0,999}\]:)/

/** Whether one trimmed line would be read as something else than a paragraph. */
function isBlock(line: string): boolean {
  const first = line.charCodeAt(0)
  // Only these can start a block; most lines are settled by their first character.
  if (!/[#*\-_>+0-9`~[<]/.test(line.charAt(0)) || Number.isNaN(first)) return false
  if (first === 60) return htmlBlock.test(line)
  if (first === 91) return isDefinition(line)
  return otherBlock.test(line)
}

/** Whether a line is a link reference or GFM footnote definition (`[label]: destination`). */
function isDefinition(line: string): boolean {
  const match = /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(.*)$/.exec(line)
  if (match === null) return false
  const [, label = '', rest = ''] = match
  if (label.trim().length === 0) return false
  if (label.startsWith('^')) return true
  return /^(?:<(?:[^\\<>\n]|\\.)*>|[^\s<][^\s]*)(?:[ \t]+(?:"(?:[^\\"]|\\.)*"|'(?:[^\\']|\\.)*'|\((?:[^\\()]|\\.)*\)))?[ \t]*$/.test(
    rest,
  )
}

/**
 * Read untrusted paper text as inline Markdown and return harmless phrasing content. Text that
 * is not a single plain paragraph (a list, a heading, a rule) is kept as escaped text. Leading
 * and trailing spaces are kept.
 */
export function toPhrasing(value: string): Array<PhrasingContent> {
  const cleaned = cleanInline(value)
  const body = cleaned.trim()
  if (body.length === 0) return cleaned.length > 0 ? [{ type: 'text', value: cleaned }] : []
  const inner: Array<PhrasingContent> = isBlock(body)
    ? [{ type: 'text', value: body }]
    : readInline(body)
  const before = cleaned.slice(0, cleaned.length - cleaned.trimStart().length)
  const after = cleaned.slice(cleaned.trimEnd().length)
  if (before.length > 0) {
    const first = inner[0]
    if (first?.type === 'text') first.value = before + first.value
    else inner.unshift({ type: 'text', value: before })
  }
  if (after.length > 0) {
    const last = inner[inner.length - 1]
    if (last?.type === 'text') last.value += after
    else inner.push({ type: 'text', value: after })
  }
  return inner
}

/** Paper text as plain text: its inline Markdown read, then only the words kept. */
export function toPlainText(value: string): string {
  const cleaned = cleanInline(value).trim()
  // Most sentences hold no Markdown at all: nothing to read (a literal link reads as itself).
  if (!/[\\`<&*_~[\]]/.test(cleaned)) return cleaned
  return phrasingText(toPhrasing(cleaned)).trim()
}
