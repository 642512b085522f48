/**
 * Find the body marker of a page-bottom note in text converted from a PDF, where the raised
 * number became plain digits: `…internet." 1 Whether`, `numérique1.`, `FISMA 22 requirements`.
 * Among the places the note's number is written after the previous marker, the one that looks
 * most like a marker wins: glued to a word or after punctuation rather than inside a phrase.
 */
import { trimLeading, trimTrailing } from '../trailing.ts'
import type { PageLine } from './pages.ts'

/** Where a marker stands in a body line. */
export interface MarkerPlace {
  /** The line. */
  line: PageLine
  /** 0-based index of its first digit in the line's text. */
  index: number
  /** Number of digits. */
  length: number
}

/** A place in the body: index of a line in the body list and a character index in it. */
export interface BodyCursor {
  /** Index in the body lines. */
  line: number
  /** Character index in that line. */
  character: number
}

/** How often each word of the document occurs (see `countWords`). */
export type WordCounts = ReadonlyMap<string, number>

/** Longest name a marker is looked for at the end of (`C++11`, `ISO/IEC-27001`). */
const maxName = 64

/** Punctuation stripped from the start and the end of a word (`("C++11"),` → `C++11`). */
const openingMark = /[("“'‘«[]/
const closingMark = /[)"”'’»\].,;:!?]/

/** `word` without the punctuation around it; linear (no `(…)+$` regex on a long run). */
function stripWord(word: string): string {
  return trimLeading(trimTrailing(word, closingMark), openingMark)
}

/** Count the words of `lines` (split at white space, edge punctuation stripped). */
export function countWords(lines: Iterable<PageLine>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of lines) {
    for (const raw of line.text.split(/\s+/)) {
      const word = stripWord(raw)
      if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * Whether the digits at `index` close a word that, without them, the document writes elsewhere
 * (`C++11` + `2` in `The C++112 standard`, where the note reads `"C++11"`): a raised number glued
 * to a name that ends in digits or `+`, which `pdftotext` cannot tell apart. The glued word must
 * hold a letter and occur only here.
 */
function isGluedToKnownWord(
  text: string,
  index: number,
  length: number,
  words: WordCounts,
): boolean {
  // Bounded scans: a "word" longer than a name is not one, and a long line stays linear.
  let start = index
  while (start > 0 && index - start < maxName && !/\s/.test(text[start - 1] ?? ' ')) start--
  if (start > 0 && !/\s/.test(text[start - 1] ?? ' ')) return false
  let end = index + length
  while (end < text.length && end - index < maxName && !/\s/.test(text[end] ?? ' ')) end++
  const prefix = stripWord(text.slice(start, index))
  const whole = stripWord(text.slice(start, end))
  if (!/\p{L}/u.test(prefix)) return false
  return (words.get(prefix) ?? 0) > 0 && (words.get(whole) ?? 0) <= 1
}

/** Words after which a number is a page, section or volume, never a marker. */
const locatorWord =
  /(?:^|[\s(])(?:p|pp|s|vol|vols|no|nos|nr|n|art|ch|chap|fig|figs|para|sec|§|§§|at|page|pages|section|sections|chapter|table|figure|note|notes|version|v|step|part|level|item|article)\.?\s*$/i

/** Characters that end a phrase before a marker: `.`, `,`, `"`, `)`, `»` … */
const closing = /[.,;:!?"'”’»)\]…]/

/**
 * How much the digits at `index` (of length `length`) look like a marker, 0 when they cannot
 * be one: 4 after punctuation, 3 glued to a word, 2.5 glued to a word the document writes
 * without these digits (`C++112`, given `C++11` elsewhere; needs `words`), 2 after a word at a
 * line end or before a capital, 1 before a lower-case word.
 */
export function scoreMarker(
  text: string,
  index: number,
  length: number,
  words: WordCounts = new Map(),
): number {
  const before = text[index - 1] ?? ''
  const after = text[index + length] ?? ''
  // `3%`, `3.5`, `3,5`, `3:15`, `3/4`, `3-4` are numbers.
  if (/^(?:[%°]|[,.:/\-–]\d)/.test(text.slice(index + length, index + length + 2))) return 0
  if (/\p{L}/u.test(after)) return 0
  if (before === '') return 0
  if (/[\d+]/.test(before) && isGluedToKnownWord(text, index, length, words)) return 2.5
  if (/[\d/\-–+=$€£#@]/.test(before)) return 0
  if (locatorWord.test(text.slice(Math.max(0, index - 12), index))) return 0
  // `13.3 billion` is a decimal; `in 1974.22 The act` a year and a marker; `2.7 Methods`
  // opening a line a section number; `SP 800-207,8 there` an identifier (not a number: it has
  // a hyphen) and a marker.
  if (/[.,]/.test(before) && /\d/.test(text[index - 2] ?? '') && !endsIdentifier(text, index - 1)) {
    if (/^\s*\d{1,2}$/.test(text.slice(0, index - 1))) return 0
    const rest = text.slice(index + length).trimStart()
    if (rest !== '' && !/^[\p{Lu}"“(]/u.test(rest)) return 0
  }
  if (closing.test(before)) return 4
  if (/\p{L}/u.test(before)) return 3
  if (!/\s/.test(before)) return 0
  const last = text.slice(0, index).trimEnd().at(-1) ?? ''
  const rest = text.slice(index + length).trimStart()
  // A number between two words of a phrase (`; 1 indicates`) is more likely a number.
  if (/^\p{Ll}/u.test(rest)) return 1
  return closing.test(last) ? 4 : 2
}

/**
 * Whether the word ending at `end` is a hyphenated or slashed identifier (`800-207`, `2019/1937`),
 * which no decimal part continues; `v2` (`v2.5`) and `13` (`13.3`) are not.
 */
function endsIdentifier(text: string, end: number): boolean {
  let start = end
  while (start > 0 && end - start < maxName && !/\s/.test(text[start - 1] ?? ' ')) start--
  return /\d[-–/]\d/.test(text.slice(start, end))
}

/**
 * How much the digits at `index` (of length `length`) look like a marker glued to the number
 * before them (`between 1850 and 18601`: the year 1860, then note 1), 0 when they cannot be one:
 * the number has at least two digits and stands alone, and the digits end a phrase (line end,
 * punctuation, a capital). 1 when the whole run has five digits or more (rarely one number
 * written without separators), else 0.5. Only the notes' order can confirm such a place.
 */
export function scoreGluedToNumber(text: string, index: number, length: number): number {
  let start = index
  while (start > 0 && index - start < 8 && /\d/.test(text[start - 1] ?? '')) start--
  const before = text[start - 1] ?? ''
  if (index - start < 2 || /\d/.test(before)) return 0
  // `1.5`, `3,50`, `800-2071`, `v21` are numbers or names, `p. 4501` a page.
  if (before !== '' && !/[\s("“'‘«[]/u.test(before)) return 0
  if (locatorWord.test(text.slice(Math.max(0, start - 12), start))) return 0
  const rest = text.slice(index + length)
  if (!/^[.,;:!?"'”’»)\]…]*(?:\s|$)/u.test(rest) || /^\s+\p{Ll}/u.test(rest)) return 0
  return index + length - start >= 5 ? 1 : 0.5
}

/** A marker found in the body; `weak` when it is glued to a number (see `scoreGluedToNumber`). */
export interface FoundMarker {
  /** Where it stands. */
  place: MarkerPlace
  /** Just after it: where the next note's marker is looked for. */
  cursor: BodyCursor
  /** Whether it is glued to a number, taken for want of any other place. */
  weak: boolean
}

/**
 * Find the marker of note `number` in `lines` from `from` (inclusive) up to line `until`
 * (exclusive), the line where the notes start: the best-scoring place, on the notes' page
 * rather than an earlier one, the first of equals. With `glued`, digits glued to a number are
 * taken when no other place fits (a `weak` marker). `null` when there is none.
 */
export function findMarker(
  lines: ReadonlyArray<PageLine>,
  from: BodyCursor,
  until: number,
  number: number,
  words: WordCounts = new Map(),
  glued = false,
): FoundMarker | null {
  // A note's marker is most often on the page of the note: equal places there weigh more.
  const page = lines[until]?.page ?? lines[until - 1]?.page
  const digits = String(number)
  let best: { place: MarkerPlace; cursor: BodyCursor; score: number } | null = null
  let weak: { place: MarkerPlace; cursor: BodyCursor; score: number } | null = null
  for (let index = from.line; index < until; index++) {
    const line = lines[index]
    if (!line) continue
    const start = index === from.line ? from.character : 0
    for (
      let at = line.text.indexOf(digits, start);
      at !== -1;
      at = line.text.indexOf(digits, at + 1)
    ) {
      if (/\d/.test(line.text[at + digits.length] ?? '')) continue
      const raw = scoreMarker(line.text, at, digits.length, words)
      const score = raw === 0 ? 0 : raw + (line.page === page ? 0.5 : 0)
      const place = { line, index: at, length: digits.length }
      const cursor = { line: index, character: at + digits.length }
      if (score > 0 && (!best || best.score < score)) best = { place, cursor, score }
      if (score > 0 || !glued || best) continue
      const loose = scoreGluedToNumber(line.text, at, digits.length)
      if (loose > 0 && (!weak || weak.score < loose)) weak = { place, cursor, score: loose }
    }
  }
  const found = best ?? weak
  return found ? { place: found.place, cursor: found.cursor, weak: found === weak } : null
}
