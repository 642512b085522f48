/**
 * Does the source say what the claim says? `assessSupport` finds the source's passage that
 * best matches a claim and checks the claim's numbers against the whole source. It is a hint
 * for a human reviewer, never a verdict on truth, and it never changes a link's verdict.
 *
 * Levels, from the best passage's coverage (the share of the claim's weighted terms it holds,
 * see `score.ts`) and the numbers check:
 *
 * - `supported`: coverage ≥ `supportedThreshold` and every number of the claim is in the source;
 * - `partial`: coverage ≥ `partialThreshold` (or ≥ `supportedThreshold` with a number missing);
 * - `not-found`: coverage below `partialThreshold`;
 * - `not-checked`: the source has no text (not read, unreadable, empty).
 */

import { makeExcerpt } from './excerpt.ts'
import type { SupportLanguage } from './languages.ts'
import { readLocatorPages } from './locator.ts'
import { checkNumbers } from './number-check.ts'
import { extractNumbers } from './numbers.ts'
import { indexSource, type SupportIndex } from './passage-index.ts'
import { findBestPassage, readQuery } from './score.ts'
import { hasText, type SourceText } from './source-text.ts'

/** Coverage at or above which a passage supports the claim. */
export const supportedThreshold = 0.55
/** Coverage at or above which a passage partly supports the claim. */
export const partialThreshold = 0.35

/** How well a source supports a claim. */
export type SupportLevel = 'supported' | 'partial' | 'not-found' | 'not-checked'

/** A claim as the support check needs it. */
export interface SupportClaim {
  /** The claim's sentence. */
  text: string
  /** Its footnote's page locator (`p. 180`), if any. */
  locator?: string | null
}

/** Options of `assessSupport`. */
export interface SupportOptions {
  /** Language of claim and source; guessed from the source when absent. */
  language?: SupportLanguage
}

/** The support a source gives a claim. */
export interface Support {
  /** Level, see the module comment. */
  level: SupportLevel
  /** Coverage of the best passage, in [0, 1] (0 when not checked). */
  score: number
  /** The best passage, at most 300 characters (`''` when none). */
  passage: string
  /** Ranges of the claim's matched terms in `passage`. */
  highlights: Array<[number, number]>
  /** PDF page of the passage, when the source is a PDF. */
  page?: number
  /** The claim's numbers the source contains (normalised: `106%`, `37 billion`, `2023`). */
  numbersFound: Array<string>
  /** The claim's numbers the source never mentions, in any spelling. */
  numbersMissing: Array<string>
  /** The source's text was cut at a cap, so "missing" may be in the part not read. */
  truncated: boolean
}

/** A `not-checked` result (`truncated`: the source's text was cut at a cap). */
export function notChecked(truncated = false): Support {
  return {
    level: 'not-checked',
    score: 0,
    passage: '',
    highlights: [],
    numbersFound: [],
    numbersMissing: [],
    truncated,
  }
}

/** Level from coverage and missing numbers. */
export function levelOf(coverage: number, numbersMissing: number): SupportLevel {
  if (coverage >= supportedThreshold && numbersMissing === 0) return 'supported'
  if (coverage >= partialThreshold) return 'partial'
  return 'not-found'
}

/** Whether a value is an index rather than a source text. */
function isIndex(source: SourceText | SupportIndex): source is SupportIndex {
  return 'postings' in source
}

/**
 * Assess how well a source supports a claim. Pass a `SupportIndex` (from `indexSource`) to
 * score many claims against one source without re-reading it.
 */
export function assessSupport(
  claim: Readonly<SupportClaim>,
  source: SourceText | SupportIndex,
  options: Readonly<SupportOptions> = {},
): Support {
  const text = isIndex(source) ? source.source : source
  if (!hasText(text)) return notChecked(text.truncated)
  const index = isIndex(source)
    ? source
    : indexSource(text, options.language ? { language: options.language } : {})
  const language = index.language
  const facts = extractNumbers(claim.text, language, 'claim')
  const { found, missing } = checkNumbers(facts, index.numbers)
  const query = readQuery(claim.text, facts, language)
  const best = findBestPassage(index, query, readLocatorPages(claim.locator))
  const result: Support = {
    level: levelOf(best.coverage, missing.length),
    score: Math.round(best.coverage * 1000) / 1000,
    passage: '',
    highlights: [],
    numbersFound: found,
    numbersMissing: missing,
    truncated: text.truncated,
  }
  if (best.passage === -1) return result
  const pageIndex = index.passages[best.passage * 3] as number
  const page = text.pages[pageIndex]
  if (!page) return result
  const start = index.passages[best.passage * 3 + 1] as number
  const end = index.passages[best.passage * 3 + 2] as number
  const excerpt = makeExcerpt(page.text.slice(start, end), best.matched, language)
  result.passage = excerpt.text
  result.highlights = excerpt.highlights
  if (page.number !== null) result.page = page.number
  return result
}

/** Rank of each level when picking the best of several sources. */
const levelRank: Record<SupportLevel, number> = {
  supported: 3,
  partial: 2,
  'not-found': 1,
  'not-checked': 0,
}

/**
 * The best support among a claim's sources: highest level, then highest score. A number is
 * reported missing only when every checked source misses it, and found when any has it.
 */
export function pickBestSupport(supports: ReadonlyArray<Support>): Support {
  let best: Support | undefined
  for (const support of supports) {
    if (
      !best ||
      levelRank[support.level] > levelRank[best.level] ||
      (support.level === best.level && support.score > best.score)
    ) {
      best = support
    }
  }
  if (!best) return notChecked(false)
  const checked = supports.filter((support) => support.level !== 'not-checked')
  const found = new Set(checked.flatMap((support) => support.numbersFound))
  const missing = new Set(checked.flatMap((support) => support.numbersMissing))
  for (const number of found) missing.delete(number)
  return { ...best, numbersFound: [...found], numbersMissing: [...missing] }
}
