/** Decide the exit code of an audit from its result and `--fail-on`. Pure. */
import type { BaselineChanges } from '../reports/index.ts'
import type { FailOn } from './cli-options.ts'
import { exitCodes } from './errors.ts'
import type { AuditResult, AuditRun } from './types.ts'

/** What each `--fail-on` level counts as a failure. */
export function failures(
  result: AuditResult,
  failOn: FailOn,
  changes: BaselineChanges | null,
): number {
  const dead = result.links.filter((link) => link.status === 'dead').length
  const missing =
    result.footnotes.filter((footnote) => footnote.status === 'missing').length +
    result.claims.filter((claim) => claim.status === 'missing').length
  const unverified = result.links.filter((link) => link.status === 'unverified').length
  switch (failOn) {
    case 'none':
      return 0
    case 'dead':
      return dead
    case 'missing':
      return dead + missing
    case 'unverified':
      return dead + missing + unverified
    case 'new-dead':
      return changes ? changes.newlyDead.length : 0
  }
}

/**
 * Exit code of an audit: 1 when the network looked unavailable (nothing could be verified),
 * 2 when `--fail-on` finds failures, else 0.
 */
export function exitCodeFor(
  result: AuditResult,
  failOn: FailOn,
  changes: BaselineChanges | null,
): number {
  if (!result.network.available && result.links.some((link) => link.reason === 'network')) {
    return exitCodes.unexpected
  }
  return failures(result, failOn, changes) > 0 ? exitCodes.auditFailed : exitCodes.success
}

/**
 * Exit code of a run over several papers, the most severe of: 1 when the network looked
 * unavailable, 3 when a paper could not be read, 2 when `--fail-on` finds failures in any
 * paper, else 0.
 */
export function exitCodeForRun(
  run: AuditRun,
  failOn: FailOn,
  changes: ReadonlyMap<string, BaselineChanges>,
): number {
  const codes = run.papers.map((paper) =>
    'result' in paper
      ? exitCodeFor(paper.result, failOn, changes.get(paper.path) ?? null)
      : exitCodes.badInput,
  )
  for (const code of [exitCodes.unexpected, exitCodes.badInput, exitCodes.auditFailed]) {
    if (codes.includes(code)) return code
  }
  return exitCodes.success
}
