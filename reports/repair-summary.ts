/**
 * The lines `--repair` prints on stderr: each citation changed, each left as it was, a count.
 */

import type { RepairResult } from './repair.ts'
import { formatCapture, type RepairSkipReason } from './repair-note.ts'

/** Words for a skip reason. */
const skipWords: Record<RepairSkipReason, string> = {
  'already-archived': 'already has an archived copy',
  'not-found': 'the link was not found in the footnote as written',
  'unsafe-archive-url': 'the archived copy is not an http(s) URL',
}

/**
 * Lines summarising a repair for stderr: one per change (`paper.md:141 footnote 17: added …`),
 * one per skipped citation, and a closing count.
 */
export function formatRepairSummary(repair: RepairResult, path: string): Array<string> {
  const lines = repair.changes.map((change) => {
    const date = formatCapture(change.timestamp)
    const captured = date === null ? '' : ` (captured ${date})`
    return `${path}:${change.line} footnote ${change.footnote}: ${change.url} → archived at ${change.archiveUrl}${captured}`
  })
  for (const skip of repair.skipped) {
    lines.push(`footnote ${skip.footnote}: ${skip.url} left as is: ${skipWords[skip.reason]}`)
  }
  const count = repair.changes.length
  lines.push(
    count === 0
      ? `No citation changed in ${path}.`
      : `Added ${count === 1 ? 'an archived copy to 1 citation' : `archived copies to ${count} citations`} in ${path}.`,
  )
  return lines
}
