/**
 * The "Needs attention" section: dead sources, missing sources (by cause), unverified sources,
 * citations to update, mismatches, other problems, and last the print-only citations (counted,
 * nothing to check) — each only when non-empty.
 */

import type { ListItem, RootContent } from 'mdast'
import type { ReportContext } from './context.ts'
import { renderDead, renderUnverified } from './failing-links.ts'
import { renderMissing, renderPrintOnly } from './missing.ts'
import { heading, list, paragraph, text } from './nodes.ts'
import { renderOtherProblems, renderRedirects } from './updates.ts'
import { renderMismatches } from './warning-lines.ts'

/** A subsection: heading with its count, then the items; nothing when there are none. */
function renderPart(
  title: string,
  items: Array<ListItem>,
  total = items.length,
): Array<RootContent> {
  if (items.length === 0) return []
  return [heading(3, text(`${title} (${total})`)), list(items)]
}

/** The whole Needs attention section. */
export function renderNeedsAttention(context: ReportContext): Array<RootContent> {
  const parts = [
    ...renderPart('Dead sources', renderDead(context)),
    ...renderPart('Missing sources', renderMissing(context)),
    ...renderPart(
      'Unverified sources',
      renderUnverified(context),
      context.result.links.filter((item) => item.status === 'unverified').length,
    ),
    ...renderPart('Citations to update', renderRedirects(context)),
    ...renderPart('Mismatches', renderMismatches(context)),
    ...renderPart('Other problems', renderOtherProblems(context)),
    ...renderPart('Print-only citations, nothing to check', renderPrintOnly(context)),
  ]
  const body =
    parts.length > 0 ? parts : [paragraph(text('Nothing needs attention: every source is live.'))]
  return [heading(2, text('Needs attention')), ...body]
}
