/**
 * A small, linear reader of one line of inline Markdown (CommonMark and GFM, as remark reads
 * it) that keeps only harmless formatting: emphasis, strong, strikethrough, code and http(s)
 * links. Images become their text, links to other schemes their content, and HTML, references
 * and everything else stay the text they are.
 */

import type { PhrasingContent } from 'mdast'
import { cleanDecoded, toSafeHref } from './escape.ts'
import {
  append,
  type Delimiter,
  detach,
  familyOf,
  type InlineList,
  type Item,
  processEmphasis,
  spanOrder,
} from './inline-list.ts'
import { findUrlLiterals, isEmailCharacter, readEmail, readLiteral } from './inline-literals.ts'
import { readAutolink, readCharacterReference, readHtml, readResource } from './inline-spans.ts'
import { classifyCharacter, isAsciiPunctuation } from './markdown-characters.ts'

/** An open `[` or `![` waiting for its `]`. */
interface Bracket {
  /** Its text item. */
  item: Item
  /** `true` for `![`. */
  image: boolean
  /** `false` once a link formed after it (links cannot hold links). */
  active: boolean
  /** Top of the delimiter stack when it opened. */
  bottom: Delimiter | null
  /** Bracket below it. */
  previous: Bracket | null
}

/** Code units that may start something (ASCII only; everything else is plain text). */
const special = new Uint8Array(128)
for (const character of '\\`<&*_~[]!hHwW') special[character.charCodeAt(0)] = 1

/** Maximal runs of backticks, and for each run length the next one not yet passed. */
interface BacktickRuns {
  starts: Array<number>
  lengths: Array<number>
  next: Map<number, number>
}

/** Index the backtick runs of `source`. */
function indexBacktickRuns(source: string): BacktickRuns {
  const runs: BacktickRuns = { starts: [], lengths: [], next: new Map() }
  let at = source.indexOf('`')
  while (at !== -1) {
    let end = at
    while (source.charCodeAt(end) === 96) end += 1
    runs.starts.push(at)
    runs.lengths.push(end - at)
    at = source.indexOf('`', end)
  }
  return runs
}

/** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
function findCloser(runs: BacktickRuns, from: number, length: number): number {
  let index = runs.next.get(length) ?? 0
  while (
    index < runs.starts.length &&
    ((runs.starts[index] ?? 0) < from || runs.lengths[index] !== length)
  ) {
    index += 1
  }
  runs.next.set(length, index)
  return index < runs.starts.length ? (runs.starts[index] ?? -1) : -1
}

/** The text of a code span: one space stripped from each side when both have one. */
function codeValue(value: string): string {
  const padded = value.length > 2 && value.startsWith(' ') && value.endsWith(' ')
  return padded && value.trim().length > 0 ? value.slice(1, -1) : value
}

/** Plain text of phrasing nodes. */
export function phrasingText(nodes: ReadonlyArray<PhrasingContent>): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html')
      out += node.value
    else if (node.type === 'image') out += node.alt ?? ''
    else if ('children' in node) out += phrasingText(node.children as Array<PhrasingContent>)
  }
  return out
}

/** Nodes with every link replaced by its content (links cannot hold links). */
function unlink(nodes: Array<PhrasingContent>): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = []
  for (const node of nodes) {
    if (node.type === 'link') {
      for (const child of unlink(node.children)) pushMerged(out, child)
    } else if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
      out.push({ type: node.type, children: unlink(node.children) } as PhrasingContent)
    } else pushMerged(out, node)
  }
  return out
}

/** Push a node, joining text to text before it. */
function pushMerged(out: Array<PhrasingContent>, node: PhrasingContent): void {
  const last = out[out.length - 1]
  if (node.type === 'text' && last?.type === 'text')
    out[out.length - 1] = { type: 'text', value: last.value + node.value }
  else out.push(node)
}

/** A link node, whatever its URL (made harmless by `sanitize` at the end). */
function toLink(url: string, children: Array<PhrasingContent>): Array<PhrasingContent> {
  return [{ type: 'link', url, children }]
}

/** Keep harmless nodes: http(s) links, else a link's content; images as their text; HTML as text. */
function sanitize(nodes: Array<PhrasingContent>): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = []
  const push = (node: PhrasingContent): void => {
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text') last.value += node.value
    else if (node.type !== 'text' || node.value.length > 0) out.push(node)
  }
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') push(node)
    else if (node.type === 'html') push({ type: 'text', value: node.value })
    else if (node.type === 'image') push({ type: 'text', value: node.alt ?? '' })
    else if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
      push({ type: node.type, children: sanitize(node.children) } as PhrasingContent)
    } else if (node.type === 'link') {
      const href = toSafeHref(node.url)
      const children = sanitize(node.children)
      if (href === null) for (const child of children) push(child)
      else push({ type: 'link', url: href, children: unlink(children) })
    }
  }
  return out
}

/** Put `nodes` in the place of the last item. */
function replaceTail(list: InlineList, nodes: Array<PhrasingContent>): void {
  const last = list.tail
  if (last === null) return
  list.tail = last.previous
  if (last.previous === null) list.head = null
  else last.previous.next = null
  for (const node of nodes) append(list, node)
}

/**
 * Close `opener` with the `]` at `at`: a link or an image when an inline resource follows, else
 * a literal `]`. Returns the index after it and whether a link was made.
 */
function closeBracket(
  source: string,
  at: number,
  list: InlineList,
  opener: Bracket | null,
): { end: number; linked: boolean } {
  const resource =
    opener?.active === true && source.charCodeAt(at + 1) === 40
      ? readResource(source, at + 1)
      : null
  if (opener === null || resource === null) {
    append(list, { type: 'text', value: ']' })
    return { end: at + 1, linked: false }
  }
  processEmphasis(list, opener.bottom, null, spanOrder)
  const children = detach(list, opener.item, null)
  replaceTail(
    list,
    opener.image
      ? [{ type: 'image', url: resource.url, alt: phrasingText(children) }]
      : toLink(resource.url, children),
  )
  return { end: resource.end, linked: !opener.image }
}

/** Whether an email literal may start at `index` (GFM tries it before emphasis, even at `_`). */
function mayStartEmail(source: string, index: number): boolean {
  const code = source.charCodeAt(index)
  if (!isEmailCharacter(code)) return false
  const previous = source.charCodeAt(index - 1)
  return previous !== 47 && !isEmailCharacter(previous)
}

/** Append text (`fixed` for delimiter and bracket text, never merged). */
function appendText(list: InlineList, value: string, fixed = false): Item {
  return append(list, { type: 'text', value }, fixed)
}

/** Append a link showing `value`. */
function appendLink(list: InlineList, url: string, value: string): Item {
  return append(list, { type: 'link', url, children: [{ type: 'text', value }] })
}

/** Read `source` (one cleaned line) as inline Markdown; return harmless phrasing content. */
export function readInline(source: string): Array<PhrasingContent> {
  const list: InlineList = { head: null, tail: null, top: null, first: null }
  const runs = indexBacktickRuns(source)
  const unclosed = new Set<string>()
  const emails = source.includes('@')
  let brackets: Bracket | null = null
  let at = 0
  while (at < source.length) {
    const code = source.charCodeAt(at)
    // Literals are micromark's only when no bracket is open; `linkUrls` finds the others.
    const email = emails && brackets === null && mayStartEmail(source, at)
    const found = email ? readEmail(source, at) : null
    if (found !== null) {
      appendLink(list, found.url, found.text)
      at = found.end
    } else if (code >= 128 || special[code] === 0) {
      let end = at + 1
      while (end < source.length) {
        const next = source.charCodeAt(end)
        if ((next < 128 && special[next] === 1) || (emails && mayStartEmail(source, end))) break
        end += 1
      }
      appendText(list, source.slice(at, end))
      at = end
    } else if (code === 92) {
      const escaped = isAsciiPunctuation(source.charCodeAt(at + 1))
      appendText(list, escaped ? source.charAt(at + 1) : '\\')
      at += escaped ? 2 : 1
    } else if (code === 96) {
      let end = at
      while (source.charCodeAt(end) === 96) end += 1
      const closer = findCloser(runs, end, end - at)
      if (closer === -1) appendText(list, source.slice(at, end))
      else append(list, { type: 'inlineCode', value: codeValue(source.slice(end, closer)) })
      at = closer === -1 ? end : closer + end - at
    } else if (code === 60) {
      const autolink = readAutolink(source, at)
      const html = autolink === null ? readHtml(source, at, unclosed) : null
      if (autolink !== null) appendLink(list, autolink.url, autolink.text)
      else if (html !== null) append(list, { type: 'html', value: source.slice(at, html) })
      else appendText(list, '<')
      at = autolink?.end ?? html ?? at + 1
    } else if (code === 38) {
      const reference = readCharacterReference(source, at)
      appendText(list, reference === null ? '&' : cleanDecoded(reference.value))
      at = reference?.end ?? at + 1
    } else if (code === 42 || code === 95 || code === 126) {
      at = readDelimiterRun(source, at, list)
    } else if (code === 91 || (code === 33 && source.charCodeAt(at + 1) === 91)) {
      const image = code === 33
      const item = appendText(list, image ? '![' : '[', true)
      brackets = { item, image, active: true, bottom: list.top, previous: brackets }
      at += image ? 2 : 1
    } else if (code === 93) {
      const opener = brackets as Bracket | null
      brackets = opener?.previous ?? null
      const closed = closeBracket(source, at, list, opener)
      // Links cannot hold links: the brackets before a link can no longer make one.
      if (closed.linked) {
        for (let below = brackets; below !== null; below = below.previous) {
          if (!below.image) below.active = false
        }
      }
      at = closed.end
    } else {
      const literal = code === 33 || brackets !== null ? null : readLiteral(source, at)
      if (literal === null) appendText(list, source.charAt(at))
      else appendLink(list, literal.url, literal.text)
      at = literal?.end ?? at + 1
    }
  }
  const first = list.first ?? 'attention'
  processEmphasis(list, null, null, first === 'tilde' ? spanOrder : ['attention', 'tilde'])
  const root: Item = {
    node: { type: 'text', value: '' },
    previous: null,
    next: list.head,
    fixed: true,
  }
  return sanitize(linkUrls(detach(list, root, null)))
}

/** Link the URLs left in text outside links, as remark-gfm's tree transform does. */
function linkUrls(nodes: Array<PhrasingContent>): Array<PhrasingContent> {
  return nodes.flatMap((node): Array<PhrasingContent> => {
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
      return [{ type: node.type, children: linkUrls(node.children) } as PhrasingContent]
    }
    if (node.type !== 'text') return [node]
    const pieces = findUrlLiterals(node.value)
    if (pieces === null) return [node]
    const out: Array<PhrasingContent> = []
    for (const piece of pieces) {
      const found: Array<PhrasingContent> =
        piece.url === undefined
          ? [{ type: 'text', value: piece.text }]
          : toLink(piece.url, [{ type: 'text', value: piece.text }])
      for (const item of found) {
        const last = out[out.length - 1]
        if (item.type === 'text' && last?.type === 'text') last.value += item.value
        else out.push(item)
      }
    }
    return out
  })
}

/** Read a run of `*`, `_` or `~` at `start` as a delimiter; return the index after it. */
function readDelimiterRun(source: string, start: number, list: InlineList): number {
  const marker = source.charCodeAt(start)
  let end = start
  while (source.charCodeAt(end) === marker) end += 1
  const length = end - start
  const item = append(list, { type: 'text', value: source.slice(start, end) }, true)
  if (marker === 126 && length > 2) return end
  list.first ??= familyOf(marker)
  const previous = source.charCodeAt(start - 1)
  const next = source.charCodeAt(end)
  const before = classifyCharacter(previous)
  const after = classifyCharacter(next)
  let canOpen: boolean
  let canClose: boolean
  if (marker === 126) {
    canOpen = after === 0 || (after === 2 && before !== 0)
    canClose = before === 0 || (before === 2 && after !== 0)
  } else {
    const open = after === 0 || (after === 2 && before !== 0) || next === 126
    const close = before === 0 || (before === 2 && after !== 0) || previous === 126
    canOpen = marker === 42 ? open : open && (before !== 0 || !close)
    canClose = marker === 42 ? close : close && (after !== 0 || !open)
  }
  if (!canOpen && !canClose) return end
  const delimiter: Delimiter = {
    item,
    marker,
    length,
    canOpen,
    canClose,
    previous: list.top,
    next: null,
  }
  if (list.top !== null) list.top.next = delimiter
  list.top = delimiter
  return end
}
