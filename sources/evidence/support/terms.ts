/**
 * Words of a text as match terms: segmented by Unicode letters and digits for scripts that put
 * spaces between words, and with `Intl.Segmenter` (word granularity) for text holding scripts
 * that do not (Chinese, Japanese, Thai, Lao, Khmer, Myanmar); the two agree on spaced scripts
 * (see the tests), and V8's segmenter costs microseconds per word and grows faster than
 * linearly on long strings, too slow for megabyte pages. Then lower-cased as the language does (Turkish dotted and dotless i),
 * stop words dropped, stemmed with the language's Snowball stemmer, then folded (case,
 * accents, `ı` → `i`). Names fused with digits (`MiG-29`, `S-300`) stay one term; plain
 * numbers are left to the numbers check, which adds them as `#value` terms.
 */
import { foldWord } from '../fold.ts'
import { classesOf, upperCase } from './characters.ts'
import { isStopWord, lowerWord, type SupportLanguage, stemWord } from './languages.ts'
import { hasUnspacedScript, scanWords } from './word-scanner.ts'

/** A word of a text, with its offsets and term. */
export interface Word {
  /** Offset in the text. */
  start: number
  /** Offset after it. */
  end: number
  /** Match term (stemmed and folded), or `null` for stop words and plain numbers. */
  term: string | null
  /** Starts with a capital letter (a name, unless it starts a sentence). */
  capitalised: boolean
}

/** Words longer than this are not stemmed (hostile input, chemical names); they stay whole. */
const maxStemLength = 40

/** Longest term kept; longer words are cut (a 1 MiB "word" must not cost 1 MiB per claim). */
const maxTermLength = 64

/** One segmenter per language (they are costly to create, cheap to reuse). */
const segmenters = new Map<SupportLanguage, Intl.Segmenter>()

/** The word segmenter of a language. */
function segmenterFor(language: SupportLanguage): Intl.Segmenter {
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' })
    segmenters.set(language, segmenter)
  }
  return segmenter
}

/** Longest text handed to `Intl.Segmenter` at once (its cost grows with the string). */
const maxSegmenterChunk = 2000

/**
 * Call `visit` with each whole word of `text[start, end)` and its offset in `text`, in order:
 * the word scanner's words, or the segmenter's when the range holds a script written without
 * spaces (names fused with digits first, as the scanner does).
 */
function segmentWords(
  text: string,
  language: SupportLanguage,
  visit: (word: string, offset: number) => void,
  start = 0,
  end = text.length,
): void {
  if (!hasUnspacedScript(text, start, end)) {
    scanWords(text, visit, start, end)
    return
  }
  const fused = fuseNames(start === 0 && end === text.length ? text : text.slice(start, end))
  const segmenter = segmenterFor(language)
  for (let offset = 0; offset < fused.length; offset += maxSegmenterChunk) {
    for (const segment of segmenter.segment(fused.slice(offset, offset + maxSegmenterChunk))) {
      if (segment.isWordLike) visit(segment.segment, start + offset + segment.index)
    }
  }
}

/** Elided articles kept before an apostrophe in French (`l'homme` → `homme`). */
const elisionLanguages = new Set<SupportLanguage>(['fr'])

/** Words remembered per language before its term cache starts afresh (bounds its memory). */
const maxCachedTerms = 100_000

/**
 * Term of each word already seen, per language: a memo of `termOf` shared by every source and
 * claim of a run (words repeat within a page and across pages, and stemming is the costly part).
 */
const termCaches = new Map<SupportLanguage, Map<string, string | null>>()

/** The term cache of a language. */
function termCacheOf(language: SupportLanguage): Map<string, string | null> {
  let cache = termCaches.get(language)
  if (!cache) {
    cache = new Map()
    termCaches.set(language, cache)
  }
  return cache
}

/** Term of one segmented word, or `null`, remembered in `cache` for the next time it is seen. */
function cachedTermOf(
  word: string,
  language: SupportLanguage,
  cache: Map<string, string | null>,
): string | null {
  let term = cache.get(word)
  if (term === undefined) {
    term = termOf(word, language)
    if (cache.size >= maxCachedTerms) cache.clear()
    cache.set(word, term)
  }
  return term
}

/** Term of one segmented word, or `null`. */
function termOf(word: string, language: SupportLanguage): string | null {
  const parts = word.split(/['’ʼ]/u)
  let core = (elisionLanguages.has(language) ? parts.at(-1) : parts[0]) ?? word
  if (core === '') core = word
  if (/^[\d.,_]+$/u.test(core)) return null
  const lower = lowerWord(core.replace(/_/g, ''), language)
  if (isStopWord(foldWord(lower), language)) return null
  const stemmed =
    lower.length <= maxStemLength && /^\p{L}+$/u.test(lower) ? stemWord(lower, language) : lower
  const folded = foldWord(stemmed.slice(0, maxTermLength))
  return folded === '' ? null : folded
}

/** Keep `MiG-29`, `S-300` as one segment: a hyphen between a letter and a digit becomes `_`. */
function fuseNames(text: string): string {
  return text.replace(/(?<=\p{L})[-‐](?=\d)/gu, '_')
}

/**
 * The terms of the words of `text[start, end)` (default: all of it), in order, stop words and
 * plain numbers left out: what `readWords` gives, without offsets or capitals (the source
 * index needs only the terms).
 */
export function readTerms(
  text: string,
  language: SupportLanguage,
  start = 0,
  end = text.length,
): Array<string> {
  const terms: Array<string> = []
  const cache = termCacheOf(language)
  segmentWords(
    text,
    language,
    (word) => {
      const term = cachedTermOf(word, language, cache)
      if (term !== null) terms.push(term)
    },
    start,
    end,
  )
  return terms
}

/** Split a text into words with their terms. */
export function readWords(text: string, language: SupportLanguage): Array<Word> {
  const words: Array<Word> = []
  const cache = termCacheOf(language)
  segmentWords(text, language, (word, index) => {
    words.push({
      start: index,
      end: index + word.length,
      term: cachedTermOf(word, language, cache),
      capitalised: (classesOf(word.codePointAt(0) as number) & upperCase) !== 0,
    })
  })
  return words
}
