import { abbreviations } from './abbreviations.ts'

/** A sentence of a paragraph, as 0-based offsets into the paragraph text. */
export interface SentenceSpan {
  /** Offset of the first character. */
  start: number
  /** Offset right after the last character (terminal punctuation and closing quotes included). */
  end: number
}

/** Closing characters that belong to the sentence they follow. */
const closers = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_'])

/** Characters that may open a sentence. */
const opener = /[\p{Lu}\p{N}"'“‘([«¿¡*_]/u

/**
 * Split a paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (plus closing
 * quotes or brackets) followed by a space and a capital letter, digit or opening quote, or by a
 * footnote marker (offsets in `markerOffsets`, the text having its markers removed) — but
 * not after an abbreviation (`U.S.`, `op.cit.`, `vol.`, `p.`, `No.`, `e.g.`) or an initial.
 * Decimals (`5.4`) and money (`$5.4 billion`, `9,6 %`) never contain a space after the point.
 * A sentence quoted or put in parentheses stays inside the sentence around it. A template
 * directive on lines of its own (`{% include figure.html … %}`, `{{< figure … >}}`: a static
 * site's source, often left in text converted from a page) is no part of the prose around it:
 * it ends the sentence before it and stands as a span of its own.
 */
export function splitSentences(
  text: string,
  markerOffsets: ReadonlySet<number> = new Set(),
): Array<SentenceSpan> {
  const spans: Array<SentenceSpan> = []
  let start = skipSpaces(text, 0)
  const enclosures = createEnclosureCounter(text)
  for (let index = start; index < text.length; index++) {
    const character = text[index] ?? ''
    if (character === '{') {
      const after = directiveEnd(text, index)
      if (after === -1) continue
      if (text.slice(start, index).trim() !== '') spans.push({ start, end: trimEnd(text, index) })
      spans.push({ start: index, end: after })
      start = skipBlanks(text, after)
      index = start - 1
      continue
    }
    if (!'.!?…'.includes(character)) continue
    let end = index + 1
    while (end < text.length && ('.!?…'.includes(text[end] ?? '') || closers.has(text[end] ?? '')))
      end++
    if (end >= text.length) break
    const next = skipSpaces(text, end)
    // A marker right after the punctuation ends the sentence whatever follows (`….¹ nodegoat`).
    const marked = markerOffsets.has(end) && next > end
    if (next === end || (!marked && !opener.test(text[next] ?? ''))) {
      index = end - 1 // the rest of this punctuation run reaches the same `end`
      continue
    }
    if (character === '.' && isAbbreviation(text, start, index)) continue
    if (enclosures.isInside(start, end)) continue
    spans.push({ start, end })
    start = next
    index = next - 1
  }
  if (start < text.length) spans.push({ start, end: text.length })
  return spans
}

/** Longest template directive read as one (`{% … %}` may wrap over a few lines). */
const maxDirectiveLength = 2000

/**
 * Where the template directive opening at `index` ends (right after its `%}` or `}}`), when it
 * starts a line and its end ends one; -1 when there is no such directive there.
 */
function directiveEnd(text: string, index: number): number {
  const open = text.slice(index, index + 2)
  if ((open !== '{%' && open !== '{{') || (index > 0 && text[index - 1] !== '\n')) return -1
  const close = open === '{%' ? '%}' : '}}'
  // Looked for within reach only: a paper of unclosed `{%` lines stays linear.
  const found = text.slice(index + 2, index + maxDirectiveLength).indexOf(close)
  if (found === -1) return -1
  const after = index + 2 + found + 2
  return after === text.length || text[after] === '\n' ? after : -1
}

/** `end` moved back over spaces and line ends. */
function trimEnd(text: string, end: number): number {
  let cursor = end
  while (cursor > 0 && /\s/.test(text[cursor - 1] ?? '')) cursor--
  return cursor
}

/** Index of the first character at or after `index` that is not a space or line end. */
function skipBlanks(text: string, index: number): number {
  let cursor = index
  while (cursor < text.length && /\s/.test(text[cursor] ?? '')) cursor++
  return cursor
}

/** How far ahead a closing quote or parenthesis may be for a split to be held back. */
const enclosureReach = 400

/** Tells whether a split point falls inside an enclosure opened in the current sentence. */
interface EnclosureCounter {
  /**
   * Whether `end` falls inside a quotation or parenthesis opened since `start` and closed
   * later in the paragraph (a quoted sentence stays part of the sentence quoting it).
   */
  isInside(start: number, end: number): boolean
}

/**
 * Count quotes and parentheses incrementally from the current sentence start, so a long
 * sentence with many held-back split points is scanned once, not once per point.
 */
function createEnclosureCounter(text: string): EnclosureCounter {
  let from = -1
  let scanned = 0
  let straight = 0
  let curly = 0
  let round = 0
  let low = 0
  return {
    isInside(start, end) {
      if (start !== from) {
        from = start
        scanned = start
        straight = 0
        curly = 0
        round = 0
        low = 0
      }
      for (; scanned < end; scanned++) {
        const character = text[scanned]
        // A German low opening quote, „ or typed as two commas (`,,Open"`), is closed by “, ” or ".
        if (character === '„' || opensWithCommas(text, scanned)) {
          low++
          if (character === ',') scanned++
        } else if (low > 0 && (character === '"' || character === '“' || character === '”')) {
          low--
        } else if (character === '"') straight++
        else if (character === '“') curly++
        else if (character === '”') curly = Math.max(0, curly - 1)
        else if (character === '(') round++
        else if (character === ')') round = Math.max(0, round - 1)
      }
      const ahead = text.slice(end, end + enclosureReach)
      if (straight % 2 === 1 && ahead.includes('"')) return true
      if (curly > 0 && ahead.includes('”')) return true
      if (low > 0 && /["“”]/.test(ahead)) return true
      return round > 0 && ahead.includes(')')
    },
  }
}

/** Whether two commas at `index` open a quotation (`,,Open"`), not a typo in a list (`a,, b`). */
function opensWithCommas(text: string, index: number): boolean {
  if (text[index] !== ',' || text[index + 1] !== ',') return false
  const next = text[index + 2] ?? ''
  const before = text[index - 1] ?? ' '
  return /[\p{L}\p{N}]/u.test(next) && /[\s([]/u.test(before)
}

/** Index of the first non-space character at or after `index`. */
function skipSpaces(text: string, index: number): number {
  let cursor = index
  while (text[cursor] === ' ') cursor++
  return cursor
}

/** Longest word (openers included) read as an abbreviation; longer words are not. */
const maxAbbreviationReach = 32

/** Whether the period at `period` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, sentenceStart: number, period: number): boolean {
  let wordStart = period
  const limit = Math.max(sentenceStart, period - maxAbbreviationReach)
  while (wordStart > limit && text[wordStart - 1] !== ' ') wordStart--
  if (wordStart > sentenceStart && text[wordStart - 1] !== ' ') return false
  const word = text
    .slice(wordStart, period + 1)
    .replace(/^[("'“‘[*_]+/, '')
    .toLowerCase()
  if (abbreviations.has(word)) return true
  // Initials and dotted acronyms: `J.`, `U.S.`, `U.N.`, `op.cit.`
  if (/^(?:\p{L}\.)+$/u.test(word) && word.length <= 6) return true
  return /^(?:\p{L}+\.){2,}$/u.test(word) && word.length <= 8
}
