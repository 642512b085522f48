/**
 * What `--fail-on` counts as a failure, item by item, for the CI formats (the exit code is
 * decided in pipeline/exit-code.ts with the same levels).
 */

import type { FailOn } from '../pipeline/cli-options.ts'
import type { MissingCause, SourceStatus } from '../pipeline/types.ts'

/**
 * The statuses at or above each `--fail-on` level (`new-dead` is decided per link). A
 * print-only citation (missing, nothing to check) fails only at `print-only`.
 */
const failingAt: Readonly<Record<FailOn, ReadonlyArray<SourceStatus>>> = {
  dead: ['dead'],
  missing: ['dead', 'missing'],
  unverified: ['dead', 'missing', 'unverified'],
  'print-only': ['dead', 'missing', 'unverified'],
  'new-dead': [],
  none: [],
}

/** What decides whether one item fails. */
export interface FailPolicy {
  /** The `--fail-on` level. */
  failOn: FailOn
  /** With `new-dead`: URLs of links newly dead since the baseline (none without a baseline). */
  newlyDead: ReadonlySet<string>
}

/** Build a policy; `newlyDead` lists URLs newly dead since the baseline (for `new-dead`). */
export function createFailPolicy(
  failOn: FailOn = 'dead',
  newlyDead: Iterable<string> = [],
): FailPolicy {
  if (!Object.hasOwn(failingAt, failOn)) {
    throw new TypeError(
      `Expected \`failOn\` to be one of ${Object.keys(failingAt).join(', ')}, not ${String(failOn)}`,
    )
  }
  return { failOn, newlyDead: new Set(newlyDead) }
}

/**
 * Whether a source with this status (and, for a link, this URL; for a missing source, its
 * cause) fails under the policy. A print-only citation (`no-source`) fails only at `print-only`.
 */
export function isFailing(
  policy: FailPolicy,
  status: SourceStatus,
  url: string | null,
  cause: MissingCause | null = null,
): boolean {
  if (policy.failOn === 'new-dead')
    return status === 'dead' && url !== null && policy.newlyDead.has(url)
  if (status === 'missing' && cause === 'no-source') return policy.failOn === 'print-only'
  return failingAt[policy.failOn].includes(status)
}
