/**
 * "Claims, section by section": each claim quoted with its status and its warnings' count, and
 * for each footnote it cites the citation, the links, their verdicts, the page titles found and
 * the warnings (wrong article, missing fragment, other outlet, error page, moved page).
 */

import type { ListItem, PhrasingContent, RootContent } from 'mdast'
import type { AuditedClaim, FootnoteId, LinkResult } from '../pipeline/types.ts'
import { shortCitation } from './citation.ts'
import { footnoteOf, formatPlace, linksOf, type ReportContext } from './context.ts'
import { statusLabel, statusMark } from './marks.ts'
import { whyMissing } from './missing.ts'
import { heading, join, link, list, listItem, paragraph, strong, text, untrusted } from './nodes.ts'
import { quoteClaim } from './quote.ts'
import { describeReason } from './reasons.ts'
import { collectBlocks, listBlocks, type ReportBlock } from './serialize-blocks.ts'
import { defaultTitleLength } from './shorten.ts'
import { renderClaimSupport } from './support.ts'
import { renderWarningItems, warningCount } from './warning-lines.ts'
import { warningsOfClaim, warningsOfFootnote } from './warnings.ts'

/** Heading used for claims before the first section. */
const noSection = 'Before the first section'

/** A link with its verdict and page title: `example.org/x ❌ dead (not found) — “Title”`. */
export function renderLinkVerdict(item: LinkResult): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = [link(item.url, true), text(` ${statusLabel(item.status)}`)]
  if (item.status !== 'live') out.push(text(` (${describeReason(item.reason)})`))
  const title = item.evidence?.title ?? item.title
  if (title !== null && title.trim().length > 0) {
    out.push(text(' — page title “'), untrusted(title, defaultTitleLength), text('”'))
  }
  return out
}

/** One nested item per footnote a claim cites. */
function renderCitedFootnote(context: ReportContext, id: FootnoteId): ListItem {
  const footnote = footnoteOf(context, id)
  if (footnote === undefined) {
    return listItem(
      paragraph(
        text(`${statusMark('missing')} `),
        strong(text('Footnote '), untrusted(String(id), 30)),
        text(': no such footnote in the paper'),
      ),
    )
  }
  const head: Array<PhrasingContent> = [
    text(`${statusMark(footnote.status)} `),
    strong(text('Footnote '), untrusted(footnote.label, 30)),
  ]
  if (footnote.kind !== 'empty') head.push(text(': '), untrusted(shortCitation(footnote)))
  const links = linksOf(context, footnote)
  if (links.length === 0) head.push(text(` — ${whyMissing(footnote).words}`))
  else head.push(text(' — '), ...join(links.map(renderLinkVerdict), '; '))
  const warnings = renderWarningItems(warningsOfFootnote(context, footnote), context.docsUrl)
  return warnings.length === 0
    ? listItem(paragraph(...head))
    : listItem(paragraph(...head), list(warnings))
}

/**
 * One item per claim: mark, id, place, quote and its warnings' count, then its footnotes (each
 * with its warnings), then its support.
 */
function renderClaim(context: ReportContext, claim: AuditedClaim): ListItem {
  const flagged = warningCount(warningsOfClaim(context, claim))
  const head = paragraph(
    text(`${statusMark(claim.status)} `),
    strong(text(claim.id)),
    text(` · ${formatPlace(claim.place)} · `),
    ...quoteClaim(claim),
    ...(flagged === '' ? [] : [text(` · ${flagged}`)]),
  )
  const cited = claim.footnotes.map((id) => renderCitedFootnote(context, id))
  const support = renderClaimSupport(claim.support)
  return listItem(head, ...(cited.length === 0 ? [] : [list(cited)]), ...support)
}

/** Claims grouped by section, in document order. */
function groupBySection(claims: Array<AuditedClaim>): Array<[string | null, Array<AuditedClaim>]> {
  const groups: Array<[string | null, Array<AuditedClaim>]> = []
  for (const claim of claims) {
    const last = groups[groups.length - 1]
    if (last !== undefined && last[0] === claim.section) last[1].push(claim)
    else groups.push([claim.section, [claim]])
  }
  return groups
}

/** The whole section. */
export function renderClaims(context: ReportContext): Array<RootContent> {
  return collectBlocks(renderClaimBlocks(context))
}

/**
 * The whole section, a block at a time: each section's list is its first claim's item, then
 * the next items one by one, so the section's tree is never held whole.
 */
export function* renderClaimBlocks(
  context: ReportContext,
): Generator<ReportBlock, void, undefined> {
  yield heading(2, text('Claims, section by section'))
  if (context.result.claims.length === 0) {
    yield paragraph(text('No claim cites a footnote.'))
    return
  }
  for (const [section, claims] of groupBySection(context.result.claims)) {
    yield heading(3, untrusted(section ?? noSection, 120))
    yield* listBlocks(claims, (claim) => renderClaim(context, claim))
  }
}
