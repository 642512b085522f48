/**
 * Title match: how much the page's title shares with the title a footnote quotes, in [0, 1].
 *
 * Both titles are folded (case, punctuation, diacritics, possessives) and split into words;
 * English and common function words are dropped. The page title is tried whole and without its
 * site-name part ("| Reuters", "- BBC News", " – Foreign Policy"); the best candidate counts.
 * The score is the number of shared words over the size of the shorter title, but never over
 * less than two thirds of the longer one, so a one-word page title ("Home") cannot match a long
 * citation.
 */
import { tokenize } from './fold.ts'
import { splitTitle } from './soft-404-title.ts'

/**
 * Below this score the titles share almost nothing and the pipeline records a
 * `title-mismatch` warning (the link stays live).
 */
export const titleMismatchThreshold = 0.3

/** Words too common to count as shared (English plus a few of the other cited languages). */
const stopWords = new Set(
  (
    'a an the of in on at to for from by with and or but is are was were be been as its it this ' +
    'that these those into over under about after before than what why how who when where which ' +
    'de la le les des du et en un une el los las y del da di il e und der die das ve ile bir'
  ).split(' '),
)

/** Drop a plural or third-person `s` so "State" and "States" meet. */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/** Distinct content words of a title (all words when it has only stop words). */
function titleWords(title: string): Set<string> {
  const tokens = tokenize(title)
  const content = tokens.filter((token) => !stopWords.has(token))
  return new Set((content.length > 0 ? content : tokens).map(stem))
}

/** Overlap score of two word sets, see the module comment. */
function overlap(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  const shorter = Math.min(left.size, right.size)
  const longer = Math.max(left.size, right.size)
  return Math.min(1, shared / Math.max(shorter, Math.ceil((longer * 2) / 3)))
}

/** The page title whole, each of its parts, and the title without its first or last part. */
function candidates(pageTitle: string): Array<string> {
  const parts = splitTitle(pageTitle)
  const result = [pageTitle, ...parts]
  if (parts.length > 2) {
    result.push(parts.slice(0, -1).join(' '), parts.slice(1).join(' '))
  }
  return result
}

/**
 * Similarity in [0, 1] between a page's title and the title a footnote cites; 1 when every
 * word of the shorter is in the longer. Scores below `titleMismatchThreshold` are mismatches.
 */
export function matchTitle(page: string, cited: string): number {
  const citedWords = titleWords(cited)
  let best = 0
  for (const candidate of candidates(page)) {
    best = Math.max(best, overlap(titleWords(candidate), citedWords))
  }
  return Math.round(best * 1000) / 1000
}
