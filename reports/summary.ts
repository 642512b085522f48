/**
 * The summary table: claims, footnotes and links by status.
 */

import type { RootContent } from 'mdast'
import type { AuditSummary } from '../pipeline/types.ts'
import { statusLabel } from './marks.ts'
import { heading, paragraph, strong, table, text } from './nodes.ts'
import { renderSupportSummary } from './support.ts'

/** Columns of the summary table, in order. */
const columns = ['live', 'dead', 'missing', 'unverified', 'excluded'] as const

/** One row: the count per column, `–` where the status does not apply. */
function renderRow(label: string, counts: Partial<Record<string, number>> & { total: number }) {
  return [
    [text(label)],
    ...columns.map((status) => [text(String(counts[status] ?? '–'))]),
    [text(String(counts.total))],
  ]
}

/** Share as a whole percentage (`52%`), never rounding a partial share up to 100% or down to 0%. */
export function formatShare(share: number): string {
  const percent = Math.round(share * 100)
  if (percent === 100 && share < 1) return '99%'
  if (percent === 0 && share > 0) return '1%'
  return `${percent}%`
}

/** Summary heading, table and the share of claims whose sources are all live. */
export function renderSummary(summary: AuditSummary): Array<RootContent> {
  const { claims, footnotes, links } = summary
  const allLive = Math.round(summary.claimsAllLive * claims.total)
  return [
    heading(2, text('Summary')),
    table(
      ['', ...columns.map(statusLabel), 'total'],
      [
        renderRow('Claims', { ...claims }),
        renderRow('Footnotes', { ...footnotes }),
        renderRow('Links', { ...links }),
      ],
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
    paragraph(
      strong(
        text(
          `${allLive} of ${claims.total} ${claims.total === 1 ? 'claim' : 'claims'} (${formatShare(summary.claimsAllLive)})`,
        ),
      ),
      text(
        allLive === 1 || claims.total === 1
          ? ' has all its sources live.'
          : ' have all their sources live.',
      ),
    ),
    ...renderSupportSummary(summary),
  ]
}
