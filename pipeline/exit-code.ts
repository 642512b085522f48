/** Decide the exit code of an audit from its result and `--fail-on`. Pure. */
import type { BaselineChanges } from '../reports/index.ts'
import type { FailOn } from './cli-options.ts'
import { exitCodes } from './errors.ts'
import type { AuditResult, AuditRun } from './types.ts'

/** Missing footnotes and claims: those broken, and those only print-only (nothing to check). */
function countMissing(result: AuditResult): { broken: number; printOnly: number } {
  let broken = 0
  let printOnly = 0
  for (const item of [...result.footnotes, ...result.claims]) {
    if (item.status !== 'missing') continue
    if (item.missingCause === 'no-source') printOnly += 1
    else broken += 1
  }
  return { broken, printOnly }
}

/**
 * What each `--fail-on` level counts as a failure: dead links; then missing sources (a marker
 * without a footnote, an empty footnote, an unresolved back-reference); then unverified links;
 * then print-only citations, counted by `print-only` alone.
 */
export function failures(
  result: AuditResult,
  failOn: FailOn,
  changes: BaselineChanges | null,
): number {
  const dead = result.links.filter((link) => link.status === 'dead').length
  const missing = countMissing(result)
  const unverified = result.links.filter((link) => link.status === 'unverified').length
  switch (failOn) {
    case 'none':
      return 0
    case 'dead':
      return dead
    case 'missing':
      return dead + missing.broken
    case 'unverified':
      return dead + missing.broken + unverified
    case 'print-only':
      return dead + missing.broken + unverified + missing.printOnly
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
