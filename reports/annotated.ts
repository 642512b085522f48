/**
 * The annotated paper: the body re-emitted as Markdown with GFM footnotes, each marker
 * followed by its status mark (and 🚩 when a warning concerns it) and each footnote definition
 * carrying its verdict, links and warnings.
 * Built as an mdast tree and written by `serializeMarkdown`.
 */

import type {
  BlockContent,
  FootnoteDefinition,
  FootnoteReference,
  Paragraph,
  PhrasingContent,
  RootContent,
} from 'mdast'
import type { AuditResult, FootnoteId, Place } from '../pipeline/types.ts'
import { renderLinkVerdict } from './claims.ts'
import { createContext, footnoteOf, linksOf, type ReportContext } from './context.ts'
import { toPhrasing } from './inline-markdown.ts'
import { statusLabel, statusMark } from './marks.ts'
import { whyMissing } from './missing.ts'
import { heading, list, listItem, paragraph, strong, text, untrusted } from './nodes.ts'
import { defaultDocsUrl } from './reasons.ts'
import { serializeMarkdown } from './serialize.ts'
import { shorten } from './shorten.ts'
import { renderWarningItems, warningMark } from './warning-lines.ts'
import { warningsOfFootnote } from './warnings.ts'

/** Longest footnote text kept in a definition. */
const footnoteLength = 2000

/** A footnote label safe in `[^…]`: the id when it is a plain word, else a digest of it. */
function toLabel(id: FootnoteId): string {
  const value = String(id)
  return /^[\w.-]{1,40}$/.test(value)
    ? value
    : `note-${Array.from(value, (c) => c.codePointAt(0))
        .join('-')
        .slice(0, 40)}`
}

/** Compare two places in reading order. */
function comparePlaces(a: Place, b: Place): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column
}

/** A reference node to a footnote. */
function reference(id: FootnoteId): FootnoteReference {
  const label = toLabel(id)
  return { type: 'footnoteReference', identifier: label.toLowerCase(), label }
}

/** A body paragraph with `[^n]` references (each followed by its mark) at the marker offsets. */
function renderParagraph(
  context: ReportContext,
  item: AuditResult['paragraphs'][number],
): Paragraph {
  const children: Array<PhrasingContent> = []
  let start = 0
  for (const marker of item.markers) {
    const offset = Math.min(Math.max(marker.offset, start), item.text.length)
    if (offset > start) children.push(...toPhrasing(item.text.slice(start, offset)))
    const footnote = footnoteOf(context, marker.footnote)
    const flag = footnote !== undefined && warningsOfFootnote(context, footnote).length > 0
    const mark = statusMark(footnote?.status ?? 'missing') + (flag ? warningMark : '')
    children.push(reference(marker.footnote), text(mark))
    start = offset
  }
  if (start < item.text.length) children.push(...toPhrasing(item.text.slice(start)))
  return paragraph(...children)
}

/** The definition of one footnote: verdict, text, then its links with their verdicts and its warnings. */
function renderDefinition(context: ReportContext, id: FootnoteId): FootnoteDefinition {
  const footnote = footnoteOf(context, id)
  const { identifier, label } = reference(id)
  if (footnote === undefined) {
    const body = paragraph(
      strong(text(statusLabel('missing'))),
      text(': the paper has no such footnote.'),
    )
    return { type: 'footnoteDefinition', identifier, label, children: [body] }
  }
  const children: Array<BlockContent> = [
    footnote.text.trim().length === 0
      ? paragraph(strong(text(statusLabel(footnote.status))), text(': (empty footnote)'))
      : paragraph(
          strong(text(statusLabel(footnote.status))),
          text(': '),
          ...toPhrasing(shorten(footnote.text, footnoteLength)),
        ),
  ]
  const links = linksOf(context, footnote)
  const verdicts = links.map((item) => listItem(paragraph(...renderLinkVerdict(item))))
  const warnings = renderWarningItems(warningsOfFootnote(context, footnote), context.docsUrl)
  if (links.length === 0) children.push(paragraph(text(`No link: ${whyMissing(footnote).words}.`)))
  if (verdicts.length + warnings.length > 0) children.push(list([...verdicts, ...warnings]))
  return { type: 'footnoteDefinition', identifier, label, children }
}

/** Ids of every footnote, defined ones first in order, then those only cited. */
function collectIds(result: AuditResult): Array<FootnoteId> {
  const ids: Array<FootnoteId> = result.footnotes.map((item) => item.id)
  const known = new Set(ids.map(String))
  for (const item of result.paragraphs) {
    for (const marker of item.markers) {
      if (known.has(String(marker.footnote))) continue
      known.add(String(marker.footnote))
      ids.push(marker.footnote)
    }
  }
  return ids
}

/** Render the paper as Markdown with GFM footnotes annotated with their verdicts. */
export function renderAnnotated(result: AuditResult): string {
  const context = createContext(result, defaultDocsUrl)
  const title = result.document.title ?? result.document.path.split(/[\\/]/).pop() ?? 'Paper'
  const children: Array<RootContent> = [heading(1, untrusted(title, 200))]
  let nextSection = 0
  for (const item of result.paragraphs) {
    while (nextSection < result.sections.length) {
      const section = result.sections[nextSection]
      if (section === undefined || comparePlaces(section.place, item.place) > 0) break
      children.push(heading(2, untrusted(section.title, 200)))
      nextSection += 1
    }
    children.push(renderParagraph(context, item))
  }
  for (const section of result.sections.slice(nextSection)) {
    children.push(heading(2, untrusted(section.title, 200)))
  }
  children.push(...collectIds(result).map((id) => renderDefinition(context, id)))
  return serializeMarkdown({ type: 'root', children })
}
