/**
 * The quote shown with a verdict: at most `maxPassageLength` characters of the best passage,
 * the window holding the most matched terms, cut at word boundaries with `…` where cut, and
 * the matched words and numbers as `[start, end]` ranges into the quote.
 */
import type { SupportLanguage } from './languages.ts'
import { maxPassageLength } from './limits.ts'
import { extractNumbers } from './numbers.ts'
import { numberTerm } from './passage-index.ts'
import { readWords } from './terms.ts'

/** A quote with its highlighted ranges. */
export interface Excerpt {
  /** The quote, at most `maxPassageLength` characters. */
  text: string
  /** Ranges of matched terms in `text`, ascending, not overlapping. */
  highlights: Array<[number, number]>
}

/** Spans of the passage's words and numbers whose terms the claim matched. */
function matchedSpans(
  text: string,
  matched: ReadonlySet<string>,
  language: SupportLanguage,
): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const word of readWords(text, language)) {
    if (word.term !== null && matched.has(word.term)) spans.push([word.start, word.end])
  }
  for (const fact of extractNumbers(text, language, 'source')) {
    const keys = [fact.value, ...fact.alternatives].map(numberTerm)
    if (keys.some((key) => matched.has(key))) spans.push([fact.start, fact.end])
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

/** Start of the window (of `room` characters) holding the most matched spans. */
function bestStart(spans: ReadonlyArray<[number, number]>, room: number, length: number): number {
  let best = 0
  let bestCount = -1
  let last = 0
  for (let first = 0; first < spans.length; first++) {
    const start = Math.max(0, Math.min((spans[first] as [number, number])[0] - 30, length - room))
    while (last < spans.length && (spans[last] as [number, number])[1] <= start + room) last++
    if (last - first > bestCount) {
      bestCount = last - first
      best = start
    }
  }
  return best
}

/** Make the quote of a passage's text. */
export function makeExcerpt(
  passage: string,
  matched: ReadonlySet<string>,
  language: SupportLanguage,
): Excerpt {
  const text = passage.replace(/\s+/gu, ' ').trim()
  const spans = matchedSpans(text, matched, language)
  if (text.length <= maxPassageLength) return { text, highlights: spans }
  const room = maxPassageLength - 2
  let start = bestStart(spans, room, text.length)
  let end = Math.min(text.length, start + room)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space !== -1 && space < start + 30) start = space + 1
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + room / 2) end = space
  }
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const quote = `${prefix}${text.slice(start, end)}${suffix}`
  const shift = prefix.length - start
  const highlights = spans
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): [number, number] => [from + shift, to + shift])
  return { text: quote, highlights }
}

/** The quote with its highlights wrapped in `open` and `close` (for Markdown: `**`). */
export function markExcerpt(excerpt: Excerpt, open = '**', close = open): string {
  let result = ''
  let position = 0
  for (const [from, to] of excerpt.highlights) {
    result += excerpt.text.slice(position, from) + open + excerpt.text.slice(from, to) + close
    position = to
  }
  return result + excerpt.text.slice(position)
}
