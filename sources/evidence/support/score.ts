/**
 * Score passages against a claim. Ranking is BM25 (k1 = 1.2, b = 0.75) over the claim's terms,
 * each weighted by how specific it is: numbers ×2, names (capitalised words not starting the
 * claim; not in German, which capitalises every noun) ×1.5, other words ×1. Passages on the
 * pages the claim's locator names are boosted ×1.25. The best few passages by BM25 are then
 * judged by coverage: the share of the claim's weight (specificity × idf) found in the passage,
 * where a claim term absent from the whole source has the highest idf. Coverage is the score.
 */
import type { SupportLanguage } from './languages.ts'
import type { NumericFact } from './numbers.ts'
import { numberTerm, type SupportIndex } from './passage-index.ts'
import { readWords } from './terms.ts'

/** BM25 term-frequency saturation. */
export const bm25K1 = 1.2
/** BM25 length normalisation. */
export const bm25B = 0.75
/** Weight of a number term. */
export const numberWeight = 2
/** Weight of a name (capitalised word). */
export const nameWeight = 1.5
/** Boost of passages on a page the claim's locator names. */
export const locatorBoost = 1.25
/** Passages re-judged by coverage after ranking. */
export const candidatePassages = 5

/** One term of a claim: any of its keys matches (a number's readings). */
export interface QueryTerm {
  /** Terms that match it. */
  keys: Array<string>
  /** Specificity weight. */
  weight: number
}

/** The claim's terms: words (deduplicated, most specific weight kept) and numbers. */
export function readQuery(
  text: string,
  facts: ReadonlyArray<NumericFact>,
  language: SupportLanguage,
): Array<QueryTerm> {
  const weights = new Map<string, number>()
  for (const [position, word] of readWords(text, language).entries()) {
    if (word.term === null) continue
    const weight = word.capitalised && position > 0 && language !== 'de' ? nameWeight : 1
    weights.set(word.term, Math.max(weights.get(word.term) ?? 0, weight))
  }
  const query: Array<QueryTerm> = [...weights].map(([key, weight]) => ({ keys: [key], weight }))
  for (const fact of facts) {
    const keys = [fact.value, ...fact.alternatives].map(numberTerm)
    query.push({ keys: [...new Set(keys)], weight: numberWeight })
  }
  return query
}

/** Inverse document frequency (BM25's, never negative). */
function idf(passages: number, frequency: number): number {
  return Math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5))
}

/** Passages holding a term's keys, merged: each id with its highest count. */
function occurrences(index: SupportIndex, term: QueryTerm): Map<number, number> {
  const found = new Map<number, number>()
  for (const key of term.keys) {
    const postings = index.postings.get(key)
    if (!postings) continue
    for (let position = 0; position < postings.passages.length; position++) {
      const id = postings.passages[position] as number
      found.set(id, Math.max(found.get(id) ?? 0, postings.counts[position] as number))
    }
  }
  return found
}

/** The best passage for a claim. */
export interface BestPassage {
  /** Passage id, or -1 when no passage shares a term with the claim. */
  passage: number
  /** Coverage in [0, 1]. */
  coverage: number
  /** Keys of the claim's terms found in the passage. */
  matched: Set<string>
}

/**
 * Find the passage that best supports a claim: rank by BM25, then keep the candidate with the
 * highest coverage (BM25 breaks ties).
 */
export function findBestPassage(
  index: SupportIndex,
  query: ReadonlyArray<QueryTerm>,
  preferredPages: ReadonlySet<number>,
): BestPassage {
  const count = index.lengths.length
  const scores = new Float64Array(count)
  const present: Array<Map<number, number>> = []
  let total = 0
  const weights: Array<number> = []
  for (const term of query) {
    const found = occurrences(index, term)
    present.push(found)
    const termIdf = idf(count, found.size)
    weights.push(term.weight * termIdf)
    total += term.weight * termIdf
    for (const [id, frequency] of found) {
      const length = (index.lengths[id] as number) / (index.averageLength || 1)
      const saturation =
        (frequency * (bm25K1 + 1)) / (frequency + bm25K1 * (1 - bm25B + bm25B * length))
      scores[id] = (scores[id] as number) + term.weight * termIdf * saturation
    }
  }
  if (preferredPages.size > 0) {
    for (let id = 0; id < count; id++) {
      const page = index.source.pages[index.passages[id * 3] as number]?.number
      if (page !== null && page !== undefined && preferredPages.has(page)) {
        scores[id] = (scores[id] as number) * locatorBoost
      }
    }
  }
  const candidates = topPassages(scores, candidatePassages)
  let best: BestPassage = { passage: -1, coverage: 0, matched: new Set() }
  let bestScore = 0
  for (const id of candidates) {
    let covered = 0
    const matched = new Set<string>()
    for (const [position, found] of present.entries()) {
      if (!found.has(id)) continue
      covered += weights[position] as number
      for (const key of (query[position] as QueryTerm).keys) matched.add(key)
    }
    const coverage = total === 0 ? 0 : covered / total
    const score = scores[id] as number
    if (coverage > best.coverage || (coverage === best.coverage && score > bestScore)) {
      best = { passage: id, coverage, matched }
      bestScore = score
    }
  }
  return best
}

/** Ids of the `limit` highest positive scores, best first. */
function topPassages(scores: Float64Array, limit: number): Array<number> {
  const top: Array<number> = []
  for (let id = 0; id < scores.length; id++) {
    const score = scores[id] as number
    if (score <= 0) continue
    if (top.length === limit && score <= (scores[top[limit - 1] as number] as number)) continue
    let position = top.length
    while (position > 0 && (scores[top[position - 1] as number] as number) < score) position--
    top.splice(position, 0, id)
    if (top.length > limit) top.pop()
  }
  return top
}
