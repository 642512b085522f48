/**
 * Confirmed dead, after InternetArchiveBot: a link is reported dead on the first definitive
 * evidence, but only *confirmed* dead once it was dead on several checks spread over days.
 */
import type { LinkStatus } from '../check/reasons.ts'

/** Dead verdicts needed in a row (most recent checks) to confirm a dead link. */
export const confirmDeadChecks = 3

/** Time the confirming dead verdicts must span, in milliseconds (3 days). */
export const confirmDeadSpan = 3 * 24 * 60 * 60 * 1000

/** One past verdict of a link. */
export interface VerdictRecord {
  /** When the check ran, in milliseconds since the epoch. */
  at: number
  /** Verdict of that check. */
  status: LinkStatus
}

/**
 * Whether a link is confirmed dead: its latest checks, back to the last `live` verdict, hold
 * at least `confirmDeadChecks` dead verdicts (at distinct times) spanning at least
 * `confirmDeadSpan`. `unverified` and `excluded` verdicts neither count nor break the run.
 */
export function isConfirmedDead(history: ReadonlyArray<VerdictRecord>): boolean {
  const ordered = [...history].sort((left, right) => left.at - right.at)
  const deadTimes = new Set<number>()
  for (let index = ordered.length - 1; index >= 0; index--) {
    const record = ordered[index]
    if (record === undefined || record.status === 'live') break
    if (record.status === 'dead' && Number.isFinite(record.at)) deadTimes.add(record.at)
  }
  if (deadTimes.size < confirmDeadChecks) return false
  const times = [...deadTimes]
  return Math.max(...times) - Math.min(...times) >= confirmDeadSpan
}
