/**
 * Status marks and words, shared by every rendering.
 */

import type { LinkStatus, SourceStatus } from '../pipeline/types.ts'

/** Any status a report shows: a footnote's or claim's rolled-up status, or a link's verdict. */
export type AnyStatus = SourceStatus | LinkStatus

const marks: Record<AnyStatus, string> = {
  live: '✅',
  dead: '❌',
  missing: '⚠️',
  unverified: '❓',
  excluded: '➖',
}

/** Emoji mark of a status: ✅ live, ❌ dead, ⚠️ missing, ❓ unverified, ➖ excluded. */
export function statusMark(status: AnyStatus): string {
  return marks[status]
}

/** Mark and word of a status, such as `❌ dead`. */
export function statusLabel(status: AnyStatus): string {
  return `${marks[status]} ${status}`
}
