/**
 * The "Needs attention" section: dead sources, missing sources (by cause), unverified sources,
 * citations to update, mismatches, other problems, and last the print-only citations (counted,
 * nothing to check) — each only when non-empty.
 */

import type { ListItem, RootContent } from 'mdast'
import type { ReportContext } from './context.ts'
import { renderDead, renderUnverified } from './failing-links.ts'
import { renderMissing, renderPrintOnly } from './missing.ts'
import { heading, paragraph, text } from './nodes.ts'
import { collectBlocks, listBlocks, type ReportBlock } from './serialize-blocks.ts'
import { renderOtherProblems, renderRedirects } from './updates.ts'
import { renderMismatches } from './warning-lines.ts'

/**
 * A subsection: heading with its count, then the items (the list's first item, then the others
 * one by one, so a long list is written an item at a time); nothing when there are none.
 */
function* renderPart(
  title: string,
  items: Array<ListItem>,
  total = items.length,
): Generator<ReportBlock, void, undefined> {
  if (items.length === 0) return
  yield heading(3, text(`${title} (${total})`))
  yield* listBlocks(items, (item) => item)
}

/** The whole Needs attention section. */
export function renderNeedsAttention(context: ReportContext): Array<RootContent> {
  return collectBlocks(renderNeedsAttentionBlocks(context))
}

/** The whole Needs attention section, a block at a time (each part made when it is reached). */
export function* renderNeedsAttentionBlocks(
  context: ReportContext,
): Generator<ReportBlock, void, undefined> {
  yield heading(2, text('Needs attention'))
  const parts = [
    () => renderPart('Dead sources', renderDead(context)),
    () => renderPart('Missing sources', renderMissing(context)),
    () =>
      renderPart(
        'Unverified sources',
        renderUnverified(context),
        context.result.links.filter((item) => item.status === 'unverified').length,
      ),
    () => renderPart('Citations to update', renderRedirects(context)),
    () => renderPart('Mismatches', renderMismatches(context)),
    () => renderPart('Other problems', renderOtherProblems(context)),
    () => renderPart('Print-only citations, nothing to check', renderPrintOnly(context)),
  ]
  let empty = true
  for (const part of parts) {
    for (const block of part()) {
      empty = false
      yield block
    }
  }
  if (empty) yield paragraph(text('Nothing needs attention: every source is live.'))
}
