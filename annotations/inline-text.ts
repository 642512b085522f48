import type { Nodes } from 'mdast'
import { OffsetMap } from './offset-map.ts'

/** Plain text of a block with, for every character, its 0-based offset in the source. */
export interface InlineText {
  /** Text as a reader sees it: emphasis, escapes and inline HTML dropped. */
  text: string
  /** Source offset of each character of `text` (same length as `text`). */
  offsets: OffsetMap
}

/** State of one collection. */
interface Collector {
  /** The whole source. */
  source: string
  /** Pieces of text collected so far. */
  parts: Array<string>
  /** Source offset of each collected character. */
  offsets: OffsetMap
  /** Inside `<sup>…</sup>`: digits are read as superscript digits. */
  superscript: boolean
}

/** Superscript digits, indexed by value. */
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * Collect the plain text of a block node, keeping track of where each character came from.
 * Markdown footnote references become `[^label]` again so that every convention finds its
 * markers in the text; inline HTML (such as `<a href="#_ftn1">`) is dropped, and digits in
 * `<sup>…</sup>` become superscript digits.
 */
export function collectInlineText(node: Nodes, source: string): InlineText {
  const collector: Collector = { source, parts: [], offsets: new OffsetMap(), superscript: false }
  visitInline(node, collector)
  return { text: collector.parts.join(''), offsets: collector.offsets }
}

/** Append the text of `node` and its descendants. */
function visitInline(node: Nodes, collector: Collector): void {
  const start = node.position?.start.offset ?? 0
  const { parts, offsets } = collector
  switch (node.type) {
    case 'text': {
      const value =
        collector.superscript && /^[\d,\s]+$/.test(node.value)
          ? node.value.replace(/\d/g, (digit) => superscriptDigits[Number(digit)] ?? digit)
          : node.value
      const end = node.position?.end.offset ?? start
      appendAligned(value, node.value, collector.source, start, end, parts, offsets)
      return
    }
    case 'inlineCode':
      appendAt(node.value, start, parts, offsets)
      return
    case 'break':
      appendAt('\n', start, parts, offsets)
      return
    case 'footnoteReference':
      appendAt(`[^${node.label ?? node.identifier}]`, start, parts, offsets)
      return
    case 'html':
      if (/^<sup\b[^>]*>$/i.test(node.value)) collector.superscript = true
      else if (/^<\/sup>$/i.test(node.value)) collector.superscript = false
      else if (/^<br\s*\/?>$/i.test(node.value)) appendAt('\n', start, parts, offsets)
      return
    case 'image':
    case 'imageReference':
      return
    default:
      if ('children' in node) {
        for (const child of node.children) visitInline(child, collector)
      }
  }
}

/** Append `value`, every character mapped to `start`. */
function appendAt(value: string, start: number, parts: Array<string>, offsets: OffsetMap) {
  parts.push(value)
  offsets.pushRun(start, value.length, 0)
}

/**
 * Append `value` (a text node's value, or its superscript rendering of the same length),
 * aligning each character of the node's `original` value with the source slice it came from
 * (values differ from the source where escapes or character references were resolved).
 */
function appendAligned(
  value: string,
  original: string,
  source: string,
  start: number,
  end: number,
  parts: Array<string>,
  offsets: OffsetMap,
): void {
  parts.push(value)
  if (end - start === value.length) {
    offsets.pushRun(start, value.length, 1)
    return
  }
  let cursor = start
  for (let index = 0; index < value.length; index++) {
    const character = original[index]
    let probe = cursor
    while (probe < end && probe < cursor + 8 && source[probe] !== character) probe++
    if (probe < end && source[probe] === character) cursor = probe
    offsets.push(Math.min(cursor, Math.max(start, end - 1)))
    if (cursor < end) cursor++
  }
}
