/**
 * The "Footnotes" table: every footnote with its kind, links, verdict and reason.
 */

import type { PhrasingContent, RootContent, TableRow } from 'mdast'
import type { AuditedFootnote, LinkReason, MissingCause, ProblemKind } from '../pipeline/types.ts'
import { linksOf, type ReportContext } from './context.ts'
import { statusLabel, statusMark } from './marks.ts'
import { whyMissing } from './missing.ts'
import { heading, join, paragraph, tableRow, text, untrusted } from './nodes.ts'
import { createReferences, type References } from './references.ts'
import { collectBlocks, type ReportBlock } from './serialize-blocks.ts'

/** Reason ids of a footnote: why it has no source, or the distinct reasons of its links. */
export function footnoteReasons(
  context: ReportContext,
  footnote: AuditedFootnote,
): Array<LinkReason | ProblemKind | MissingCause> {
  const links = linksOf(context, footnote)
  if (links.length === 0) return [whyMissing(footnote).id]
  const reasons: Array<LinkReason | ProblemKind | MissingCause> = []
  for (const item of links) if (!reasons.includes(item.reason)) reasons.push(item.reason)
  return reasons
}

/** One row: number, kind, links with their marks, verdict, reasons. */
function renderRow(
  context: ReportContext,
  references: References,
  footnote: AuditedFootnote,
): Array<Array<PhrasingContent>> {
  const links = linksOf(context, footnote)
  const linkCell =
    links.length === 0
      ? [text('–')]
      : join(
          links.map((item) => [text(`${statusMark(item.status)} `), references.link(item.url)]),
          ', ',
        )
  const reasons = footnoteReasons(context, footnote).map((id) => [references.doc(id)])
  return [
    [untrusted(footnote.label, 30)],
    [text(footnote.kind)],
    linkCell,
    [text(statusLabel(footnote.status))],
    join(reasons, ', '),
  ]
}

/** The whole section. */
export function renderFootnotesTable(context: ReportContext): Array<RootContent> {
  return collectBlocks(renderFootnoteBlocks(context))
}

/**
 * The whole section, a block at a time: the table's rows are made as they are written, and the
 * link definitions they refer to come after it.
 */
export function* renderFootnoteBlocks(
  context: ReportContext,
): Generator<ReportBlock, void, undefined> {
  const { footnotes } = context.result
  yield heading(2, text('Footnotes'))
  if (footnotes.length === 0) {
    yield paragraph(text('The paper has no footnotes.'))
    return
  }
  const references = createReferences(context.docsUrl)
  function* rows(): Generator<TableRow, void, undefined> {
    yield tableRow(['#', 'Kind', 'Links', 'Verdict', 'Reason'].map((title) => [text(title)]))
    for (const footnote of footnotes) yield tableRow(renderRow(context, references, footnote))
  }
  yield { type: 'rowsTable', align: ['right', 'left', 'left', 'left', 'left'], rows: rows() }
  // The rows are written before this line runs: every link they refer to is numbered.
  yield* references.definitions()
}
