/**
 * A source pre-indexed for scoring many claims: its sentences grouped in small overlapping
 * windows (passages, never across PDF pages), an inverted index of their terms (words and
 * `#value` number terms) in typed arrays, and the source's numbers for the numbers check.
 * Build it once per source; it holds the source's pages (for excerpts) and about as much again
 * in postings, so keep it only while the claims citing the source are scored.
 */
import { detectLanguage, type SupportLanguage } from './languages.ts'
import { maxSourceNumbers, type SourceNumbers, sortNumbers } from './number-check.ts'
import { extractNumbers, formatValue } from './numbers.ts'
import { splitSentences } from './sentences.ts'
import type { SourceText } from './source-text.ts'
import { readTerms } from './terms.ts'

/** Sentences per passage. */
export const passageSentences = 3
/** Sentences a passage moves on from the previous one (so passages overlap by one). */
export const passageStride = 2
/** Longest passage, in characters: a window stops growing past it. */
export const maxPassageCharacters = 900

/** The occurrences of one term: passages (ascending) and how often it occurs in each. */
export interface Postings {
  /** Passage ids, ascending. */
  passages: Int32Array
  /** Occurrences in each of those passages. */
  counts: Uint16Array
}

/** A source ready for scoring. */
export interface SupportIndex {
  /** Language the terms were made in. */
  language: SupportLanguage
  /** The source (pages kept for excerpts). */
  source: SourceText
  /** Per passage: page index, start offset, end offset (3 entries each). */
  passages: Int32Array
  /** Terms per passage. */
  lengths: Uint32Array
  /** Average terms per passage. */
  averageLength: number
  /** Inverted index. */
  postings: Map<string, Postings>
  /** The source's numbers, sorted, distinct. */
  numbers: SourceNumbers
}

/** Term of a number value (claims and sources agree on it). */
export function numberTerm(value: number): string {
  return `#${formatValue(value)}`
}

/** Options of `indexSource`. */
export interface IndexOptions {
  /** Language of the source; guessed from its text when absent. */
  language?: SupportLanguage
}

/** Growing postings of one term. */
interface OpenPostings {
  /** Passage ids. */
  passages: Array<number>
  /** Counts. */
  counts: Array<number>
}

/** Terms of the sentence `text[start, end)`, and the number values it holds. */
function readSentence(
  text: string,
  [start, end]: [number, number],
  language: SupportLanguage,
  values: Array<number>,
): Array<string> {
  const terms = readTerms(text, language, start, end)
  for (const fact of extractNumbers(text.slice(start, end), language, 'source')) {
    terms.push(numberTerm(fact.value))
    if (values.length < maxSourceNumbers) values.push(fact.value, ...fact.alternatives)
  }
  return terms
}

/** Build the index of a source. */
export function indexSource(
  source: SourceText,
  options: Readonly<IndexOptions> = {},
): SupportIndex {
  const language =
    options.language ??
    detectLanguage(source.pages.map((page) => page.text.slice(0, 5000)).join('\n'))
  const values: Array<number> = []
  const open = new Map<string, OpenPostings>()
  const spans: Array<number> = []
  const lengths: Array<number> = []
  for (const [pageIndex, page] of source.pages.entries()) {
    const sentences = splitSentences(page.text)
    const sentenceTerms = sentences.map((span) => readSentence(page.text, span, language, values))
    for (let first = 0; first < sentences.length; first += passageStride) {
      let last = first
      const start = (sentences[first] as [number, number])[0]
      while (
        last + 1 < sentences.length &&
        last + 1 < first + passageSentences &&
        (sentences[last + 1] as [number, number])[1] - start <= maxPassageCharacters
      ) {
        last++
      }
      const id = lengths.length
      const counts = new Map<string, number>()
      let length = 0
      for (let index = first; index <= last; index++) {
        for (const term of sentenceTerms[index] as Array<string>) {
          counts.set(term, (counts.get(term) ?? 0) + 1)
          length++
        }
      }
      for (const [term, count] of counts) {
        let postings = open.get(term)
        if (!postings) {
          postings = { passages: [], counts: [] }
          open.set(term, postings)
        }
        postings.passages.push(id)
        postings.counts.push(Math.min(count, 65_535))
      }
      spans.push(pageIndex, start, (sentences[last] as [number, number])[1])
      lengths.push(length)
      if (last === sentences.length - 1) break
    }
  }
  const postings = new Map<string, Postings>()
  for (const [term, list] of open) {
    postings.set(term, {
      passages: Int32Array.from(list.passages),
      counts: Uint16Array.from(list.counts),
    })
  }
  const total = lengths.reduce((sum, length) => sum + length, 0)
  return {
    language,
    source,
    passages: Int32Array.from(spans),
    lengths: Uint32Array.from(lengths),
    averageLength: lengths.length === 0 ? 0 : total / lengths.length,
    postings,
    numbers: sortNumbers(values),
  }
}

/** Number of passages of an index. */
export function passageCount(index: SupportIndex): number {
  return index.lengths.length
}
