/**
 * Evidence in words for the review page: title scores, fragments, DOIs, capture dates, places.
 */

import type { Evidence, Place } from '../pipeline/types.ts'

/** Words for a title score (`evidence.titleMatch`): how much of the cited title the page shares. */
export function describeTitleMatch(score: number | null): string {
  if (score === null) return 'not compared'
  const percent = Math.round(score * 100)
  if (score <= 0) return 'shares none of the cited title’s words'
  if (score >= 1) return 'matches the cited title'
  if (score < 0.3) return `shares few of the cited title’s words (${percent} %)`
  if (score < 0.7) return `shares some of the cited title’s words (${percent} %)`
  return `shares most of the cited title’s words (${percent} %)`
}

/** Words for `evidence.fragmentFound`, or `null` when the URL has no fragment to check. */
export function describeFragment(found: boolean | null): string | null {
  if (found === null) return null
  return found
    ? 'found: the quoted passage or anchor is on the page'
    : 'not found: the quoted passage or anchor is not on the page'
}

/** Words for `evidence.doi`. */
export function describeDoi(doi: NonNullable<Evidence['doi']>): string {
  if (doi.exists === true) return 'registered (the DOI handle API knows it)'
  if (doi.exists === false) return 'not registered (the DOI handle API does not know it)'
  return 'could not be checked with the DOI handle API'
}

/** Words for a soft-404 rule id. */
export function describeSoft404Rule(rule: string): string {
  if (rule === 'error-title') return 'the page’s title or heading says it is missing or an error'
  if (rule === 'redirect-to-root') return 'the deep link was redirected to the site’s home page'
  if (rule === 'redirect-to-listing') return 'the deep link was redirected to a listing page'
  return 'the page looks like an error page'
}

/** Words for `evidence.confirmedDead`, or `null` when there is no history. */
export function describeConfirmedDead(confirmed: boolean | null): string | null {
  if (confirmed === true) return 'Confirmed dead: dead on at least 3 checks over 3 days.'
  if (confirmed === false) return 'Newly dead: not yet confirmed by earlier checks.'
  return null
}

/** A place for humans: `line 12` or `page 3, line 12`. */
export function describePlace(place: Place): string {
  return place.page === undefined ? `line ${place.line}` : `page ${place.page}, line ${place.line}`
}

/** A count with its noun: `1 claim`, `3 claims`. */
export function countOf(value: number, noun: string, plural = `${noun}s`): string {
  return `${value} ${value === 1 ? noun : plural}`
}
