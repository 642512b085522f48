/**
 * Dead and unverified links for Needs attention: why, HTTP status, redirect, archived copy,
 * and the claims relying on them.
 */

import type { ListItem, PhrasingContent } from 'mdast'
import type { FootnoteId, LinkReason, LinkResult } from '../pipeline/types.ts'
import {
  claimsCiting,
  footnoteRank,
  formatFootnotes,
  type ReportContext,
  sortLinks,
} from './context.ts'
import { describeDetail } from './details.ts'
import { statusMark } from './marks.ts'
import { docLink, join, link, list, listItem, paragraph, strong, text, untrusted } from './nodes.ts'
import { count } from './overview.ts'
import { renderRelyingClaims } from './quote.ts'
import { describeReason } from './reasons.ts'
import { formatCapture } from './repair-note.ts'

/** Length of a server or checker detail sentence. */
const detailLength = 160

/** `**not found** (not-found) · HTTP 404 · redirected to <…>` for a link. */
export function renderVerdict(item: LinkResult, docsUrl: string): Array<PhrasingContent> {
  const pieces: Array<Array<PhrasingContent>> = [
    [
      strong(text(describeReason(item.reason))),
      text(' ('),
      docLink(item.reason, docsUrl),
      text(')'),
    ],
  ]
  if (item.httpStatus !== null) pieces.push([text(`HTTP ${item.httpStatus}`)])
  if (item.redirects.length > 0 && item.finalUrl !== null && item.finalUrl !== item.checkedUrl) {
    const hops = item.redirects.length === 1 ? '' : ` (${item.redirects.length} hops)`
    pieces.push([text('redirected to '), link(item.finalUrl), text(hops)])
  }
  return join(pieces, ' · ')
}

/** Sub-items of a failing link: detail, remap, archive, dead history. */
function renderFacts(item: LinkResult): Array<ListItem> {
  const facts: Array<ListItem> = []
  const detail = describeDetail(item)
  if (detail !== null)
    facts.push(listItem(paragraph(text('Detail: '), untrusted(detail, detailLength))))
  if (item.checkedUrl !== item.url) {
    facts.push(listItem(paragraph(text('Checked as '), link(item.checkedUrl))))
  }
  const evidence = item.evidence
  if (evidence?.archive) {
    facts.push(
      listItem(
        paragraph(
          text('Archived copy: '),
          link(evidence.archive.url),
          text(' (captured '),
          untrusted(formatCapture(evidence.archive.timestamp) ?? evidence.archive.timestamp, 40),
          text(')'),
        ),
      ),
    )
  }
  if (evidence?.confirmedDead === true) {
    facts.push(listItem(paragraph(text('Confirmed dead: dead on at least 3 checks over 3 days.'))))
  } else if (evidence?.confirmedDead === false) {
    facts.push(listItem(paragraph(text('Newly dead: not yet confirmed by earlier checks.'))))
  }
  return facts
}

/** One Needs-attention item for a dead or unverified link. */
function renderFailingLink(context: ReportContext, item: LinkResult): ListItem {
  const head = paragraph(
    text(`${statusMark(item.status)} `),
    link(item.url),
    text(` — ${formatFootnotes(item.footnotes)} — `),
    ...renderVerdict(item, context.docsUrl),
  )
  const children = renderFacts(item)
  const relying = renderRelyingClaims(claimsCiting(context, item.footnotes))
  if (relying !== null) children.push(relying)
  return children.length === 0 ? listItem(head) : listItem(head, list(children))
}

/** Items for every dead link, by position then URL. */
export function renderDead(context: ReportContext): Array<ListItem> {
  const dead = context.result.links.filter((item) => item.status === 'dead')
  return sortLinks(context, dead).map((item) => renderFailingLink(context, item))
}

/** Reasons that concern the whole run rather than one link: grouped into one item each. */
const runWide: Array<LinkReason> = ['network', 'interrupted']

/** Footnotes citing any of these links, in paper order. */
function citedBy(context: ReportContext, links: Array<LinkResult>): Array<FootnoteId> {
  const ids = new Map<string, FootnoteId>()
  for (const item of links) for (const id of item.footnotes) ids.set(String(id), id)
  return [...ids.values()].sort((a, b) => footnoteRank(context, a) - footnoteRank(context, b))
}

/** Items for every unverified link, by position then URL; run-wide reasons grouped. */
export function renderUnverified(context: ReportContext): Array<ListItem> {
  const unverified = context.result.links.filter((item) => item.status === 'unverified')
  const single = unverified.filter((item) => !runWide.includes(item.reason))
  const items = sortLinks(context, single).map((item) => renderFailingLink(context, item))
  for (const reason of runWide) {
    const grouped = unverified.filter((item) => item.reason === reason)
    if (grouped.length === 0) continue
    items.push(
      listItem(
        paragraph(
          text(`${statusMark('unverified')} `),
          strong(text(count(grouped.length, 'link'))),
          text(` — ${describeReason(reason)} (`),
          docLink(reason, context.docsUrl),
          text(`) — ${formatFootnotes(citedBy(context, grouped))}`),
        ),
      ),
    )
  }
  return items
}
