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
 * quotes or brackets) followed by a space and a capital letter, digit or opening quote — but
 * not after an abbreviation (`U.S.`, `op.cit.`, `vol.`, `p.`, `No.`, `e.g.`) or an initial.
 * Decimals (`5.4`) and money (`$5.4 billion`, `9,6 %`) never contain a space after the point.
 * A sentence quoted or put in parentheses stays inside the sentence around it.
 */
export function splitSentences(text: string): Array<SentenceSpan> {
  const spans: Array<SentenceSpan> = []
  let start = skipSpaces(text, 0)
  for (let index = start; index < text.length; index++) {
    const character = text[index] ?? ''
    if (!'.!?…'.includes(character)) continue
    let end = index + 1
    while (end < text.length && ('.!?…'.includes(text[end] ?? '') || closers.has(text[end] ?? '')))
      end++
    if (end >= text.length) break
    if (text[end] !== ' ') continue
    const next = skipSpaces(text, end)
    if (!opener.test(text[next] ?? '')) continue
    if (character === '.' && isAbbreviation(text, start, index)) continue
    if (isInsideQuoteOrParenthesis(text, start, end)) continue
    spans.push({ start, end })
    start = next
    index = next - 1
  }
  if (start < text.length) spans.push({ start, end: text.length })
  return spans
}

/** How far ahead a closing quote or parenthesis may be for a split to be held back. */
const enclosureReach = 400

/**
 * Whether `end` falls inside a quotation or parenthesis opened in the current sentence and
 * closed later in the paragraph (a quoted sentence stays part of the sentence quoting it).
 */
function isInsideQuoteOrParenthesis(text: string, start: number, end: number): boolean {
  let straight = 0
  let curly = 0
  let round = 0
  for (let index = start; index < end; index++) {
    const character = text[index]
    if (character === '"') straight++
    else if (character === '“') curly++
    else if (character === '”') curly = Math.max(0, curly - 1)
    else if (character === '(') round++
    else if (character === ')') round = Math.max(0, round - 1)
  }
  const ahead = text.slice(end, end + enclosureReach)
  if (straight % 2 === 1 && ahead.includes('"')) return true
  if (curly > 0 && ahead.includes('”')) return true
  return round > 0 && ahead.includes(')')
}

/** Index of the first non-space character at or after `index`. */
function skipSpaces(text: string, index: number): number {
  let cursor = index
  while (text[cursor] === ' ') cursor++
  return cursor
}

/** Whether the period at `period` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, sentenceStart: number, period: number): boolean {
  let wordStart = period
  while (wordStart > sentenceStart && text[wordStart - 1] !== ' ') wordStart--
  const word = text
    .slice(wordStart, period + 1)
    .replace(/^[("'“‘[*_]+/, '')
    .toLowerCase()
  if (abbreviations.has(word)) return true
  // Initials and dotted acronyms: `J.`, `U.S.`, `U.N.`, `op.cit.`
  if (/^(?:\p{L}\.)+$/u.test(word) && word.length <= 6) return true
  return /^(?:\p{L}+\.){2,}$/u.test(word) && word.length <= 8
}
