/**
 * The end of a run: offline detection (offline is not dead), cache update, and the run's
 * problems.
 */

import { type LinkCache, recordCheck } from './cache.ts'
import type { UrlOutcome } from './context.ts'
import type { CheckProblem, CheckRun, LinkCheck } from './types.ts'

/**
 * Conclude a run once every URL has an outcome: decide whether the network was available
 * (if not, DNS, connect and timeout failures become `unverified (network)`), record fresh
 * checks in `cache` (`allowPrivate`: the run allowed private addresses), and collect the
 * run's problems.
 */
export function concludeRun(
  outcomes: ReadonlyArray<UrlOutcome | LinkCheck>,
  cache: LinkCache | null,
  allowPrivate = false,
): CheckRun {
  const fresh = outcomes.filter((outcome): outcome is UrlOutcome => 'check' in outcome)
  const failed = fresh.filter(isNetworkFailure)
  // No HTTP response at all, and requests that failed for want of a network: offline (or every
  // packet dropped, when all of them timed out). Nothing is then reported dead.
  const available = fresh.some((outcome) => outcome.responded) || failed.length === 0
  const problems: Array<CheckProblem> = []
  if (!available) {
    for (const outcome of failed) {
      outcome.check.status = 'unverified'
      outcome.check.reason = 'network'
      outcome.check.detail = `${outcome.check.detail}; the network looks unavailable`
    }
    problems.push({
      kind: 'network-unavailable',
      severity: 'error',
      message: `Unexpected failure of all ${failed.length} requests (DNS, connection or timeout), expected at least one HTTP response; the network looks unavailable, so these links are unverified`,
    })
  }
  for (const outcome of available ? failed : []) {
    if (outcome.check.reason !== 'domain-not-found') continue
    outcome.check.detail = `${outcome.check.detail}: no such domain, while other links answered`
  }
  const now = Date.now()
  const checks = outcomes.map((outcome) => ('check' in outcome ? outcome.check : outcome))
  for (const outcome of fresh) {
    if (cache) recordCheck(cache, outcome.check, now, allowPrivate)
  }
  for (const check of checks) {
    const permanent = check.redirects.filter((redirect) => redirect.permanent)
    if (permanent.length === 0 || check.status !== 'live') continue
    problems.push({
      kind: 'permanent-redirect',
      severity: 'info',
      message: `Unexpected permanent redirect of \`${check.url}\` to \`${check.finalUrl}\`, expected the citation to use the new URL`,
      url: check.url,
    })
  }
  return {
    checks,
    network: { available },
    incomplete: checks.some((check) => check.reason === 'interrupted'),
    problems,
  }
}

/** A failure that says nothing about the link, only that no packet got through. */
function isNetworkFailure(outcome: UrlOutcome): boolean {
  if (outcome.layer === 'dns' || outcome.layer === 'connect') return true
  return outcome.check.reason === 'timeout' && !outcome.responded
}
