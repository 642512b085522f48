/**
 * The inline content of a plain block (see `plain-blocks.ts`): text, autolinks (`<https://…>`)
 * and emphasis by single asterisks (`*The Outlet*`), the marks most notes use, read as micromark
 * reads them. Anything else that could mean something (an ampersand outside an autolink, a `<`
 * opening no autolink, a run of two asterisks, an emphasis holding another or an autolink) and
 * the caller gives the block to the parser.
 *
 * An asterisk opens when the character after it is neither white space nor punctuation, or is
 * punctuation after white space or punctuation; it closes by the mirror rule (CommonMark's
 * flanking rules; characters are classed by UTF-16 unit, as micromark does). A closer takes the
 * nearest opener before it; an asterisk that neither opens nor closes, or is left unmatched,
 * is text.
 */
import type { PhrasingContent, Root } from 'mdast'

/** A point of the text (line, column, offset), as in mdast positions. */
type Point = NonNullable<Root['position']>['start']

/** An autolink from its `<`: a scheme of 2 to 32 characters, a colon, no space, control or `<`. */
const autolink = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\p{Cc} <>]*>/uy

/** White space as micromark classes it (line endings and spaces included). */
const whitespace = /\s/

/** Punctuation and symbols as micromark classes them. */
const punctuation = /\p{P}|\p{S}/u

/** How a character next to an asterisk is classed: white space, punctuation or other. */
type CharacterClass = 'space' | 'punctuation' | 'other'

/** An autolink or an emphasis found in the text, by its offsets (`end` exclusive). */
interface Span {
  /** `link` for an autolink, `emphasis` for a pair of asterisks. */
  kind: 'link' | 'emphasis'
  /** Offset of its first character (`<` or the opening `*`). */
  start: number
  /** Offset after its last character (`>` or the closing `*`). */
  end: number
}

/**
 * The phrasing content of `value` (a block's text, starting at `start`), or `null` when it
 * holds a mark this reader leaves to the parser.
 */
export function readPlainPhrasing(value: string, start: Point): Array<PhrasingContent> | null {
  const spans = findSpans(value)
  if (spans === null) return null
  const locate = locator(value, start)
  const nodes: Array<PhrasingContent> = []
  const pushText = (from: number, to: number) => {
    if (to > from) {
      nodes.push({
        type: 'text',
        value: value.slice(from, to),
        position: { start: locate(from), end: locate(to) },
      })
    }
  }
  let at = 0
  for (const span of spans) {
    pushText(at, span.start)
    const inner = value.slice(span.start + 1, span.end - 1)
    const child: PhrasingContent = {
      type: 'text',
      value: inner,
      position: { start: locate(span.start + 1), end: locate(span.end - 1) },
    }
    const position = { start: locate(span.start), end: locate(span.end) }
    nodes.push(
      span.kind === 'link'
        ? { type: 'link', title: null, url: inner, children: [child], position }
        : { type: 'emphasis', children: [child], position },
    )
    at = span.end
  }
  pushText(at, value.length)
  return nodes
}

/** The autolinks and emphases of `value`, in order, or `null` for a mark left to the parser. */
function findSpans(value: string): Array<Span> | null {
  const links: Array<Span> = []
  const openers: Array<number> = []
  const emphases: Array<Span> = []
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x3c /* < */) {
      autolink.lastIndex = index
      if (!autolink.test(value)) return null
      links.push({ kind: 'link', start: index, end: autolink.lastIndex })
      index = autolink.lastIndex - 1
    } else if (code === 0x26 /* & */) {
      return null
    } else if (code === 0x2a /* * */) {
      if (value.charCodeAt(index + 1) === 0x2a) return null
      const before = classify(value, index - 1)
      const after = classify(value, index + 1)
      const opens = after === 'other' || (after === 'punctuation' && before !== 'other')
      const closes = before === 'other' || (before === 'punctuation' && after !== 'other')
      if (closes && openers.length > 0) {
        emphases.push({ kind: 'emphasis', start: openers.pop() as number, end: index + 1 })
      } else if (opens) {
        openers.push(index)
      }
    }
  }
  const spans = [...links, ...emphases].sort((a, b) => a.start - b.start)
  // An emphasis holding another or an autolink: left to the parser.
  for (let index = 1; index < spans.length; index++) {
    if ((spans[index] as Span).start < (spans[index - 1] as Span).end) return null
  }
  return spans
}

/** The class of the character at `index` (white space before the start and after the end). */
function classify(value: string, index: number): CharacterClass {
  const character = value[index]
  if (character === undefined || whitespace.test(character)) return 'space'
  return punctuation.test(character) ? 'punctuation' : 'other'
}

/** A function giving the point of each offset of `value`, which starts at `start`. */
function locator(value: string, start: Point): (offset: number) => Point {
  const lineStarts = [0]
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1)
  }
  return (offset) => {
    // The last line starting at or before `offset` (binary search).
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    const line = low
    const lineStart = lineStarts[line] as number
    return {
      line: start.line + line,
      column: line === 0 ? start.column + offset : offset - lineStart + 1,
      offset: (start.offset ?? 0) + offset,
    }
  }
}
