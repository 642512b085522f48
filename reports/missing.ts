/**
 * Missing sources, by cause (`missingCause` of the audit), in the order a reviewer fixes them:
 * a marker without a footnote, an empty footnote, an unresolved back-reference; then print-only
 * citations, which are legitimate and have nothing to check — listed apart and last.
 */

import type { ListItem, PhrasingContent } from 'mdast'
import type { AuditedClaim, AuditedFootnote, MissingCause } from '../pipeline/types.ts'
import { shortCitation } from './citation.ts'
import { claimsCiting, footnoteOf, type ReportContext } from './context.ts'
import { statusMark } from './marks.ts'
import { docLink, list, listItem, paragraph, strong, text, untrusted } from './nodes.ts'
import { renderRelyingClaims } from './quote.ts'
import { missingSourceWords } from './reasons.ts'

/**
 * Why a footnote without a link has none, as words and its cause's id (`missingCause`; a
 * back-reference names the footnote it points to).
 */
export function whyMissing(footnote: AuditedFootnote): { words: string; id: MissingCause } {
  const id = footnote.missingCause ?? 'no-source'
  const words = missingSourceWords[id]
  if (footnote.kind === 'back-reference' && footnote.refersTo !== null) {
    return { words: `refers to footnote ${footnote.refersTo}, ${words}`, id }
  }
  return { words, id }
}

/** One item with a head line and the claims relying on it. */
function item(head: Array<PhrasingContent>, claims: Array<AuditedClaim>): ListItem {
  const relying = renderRelyingClaims(claims)
  return relying === null
    ? listItem(paragraph(...head))
    : listItem(paragraph(...head), list([relying]))
}

/** Items for footnote ids cited by claims but defined nowhere, in order of first citation. */
function renderUndefinedMarkers(context: ReportContext): Array<ListItem> {
  const seen = new Map<string, Array<AuditedClaim>>()
  for (const claim of context.result.claims) {
    for (const id of claim.footnotes) {
      if (footnoteOf(context, id) !== undefined) continue
      const claims = seen.get(String(id)) ?? []
      if (!claims.includes(claim)) claims.push(claim)
      seen.set(String(id), claims)
    }
  }
  return [...seen].map(([id, claims]) =>
    item(
      [
        text(`${statusMark('missing')} `),
        strong(text('Marker without footnote')),
        text(' '),
        untrusted(id, 40),
        text(` — the paper has no footnote with this ${/^\d+$/.test(id) ? 'number' : 'label'} (`),
        docLink('missing-footnote', context.docsUrl),
        text(')'),
      ],
      claims,
    ),
  )
}

/** Items for the missing footnotes of one cause, in footnote order. */
function renderCause(context: ReportContext, cause: MissingCause): Array<ListItem> {
  return context.result.footnotes
    .filter((footnote) => footnote.status === 'missing' && footnote.missingCause === cause)
    .map((footnote) => {
      const head: Array<PhrasingContent> = [
        text(`${statusMark('missing')} `),
        strong(text('Footnote '), untrusted(footnote.label, 30)),
        text(` — ${whyMissing(footnote).words} (`),
        docLink(cause, context.docsUrl),
        text(')'),
      ]
      if (footnote.kind !== 'empty') head.push(text(': '), untrusted(shortCitation(footnote)))
      return item(head, claimsCiting(context, [footnote.id]))
    })
}

/**
 * Items of "Missing sources", by cause: markers without a footnote, empty footnotes, unresolved
 * back-references (print-only citations are apart: `renderPrintOnly`).
 */
export function renderMissing(context: ReportContext): Array<ListItem> {
  return [
    ...renderUndefinedMarkers(context),
    ...renderCause(context, 'empty-footnote'),
    ...renderCause(context, 'unresolved-back-reference'),
  ]
}

/**
 * Items of "Print-only sources": one line per print citation (or back-reference to one), with
 * no claims under it — nothing to check, nothing to fix.
 */
export function renderPrintOnly(context: ReportContext): Array<ListItem> {
  return context.result.footnotes
    .filter((footnote) => footnote.status === 'missing' && footnote.missingCause === 'no-source')
    .map((footnote) => {
      const claims = claimsCiting(context, [footnote.id]).map((claim) => claim.id)
      const cited = claims.length === 0 ? '' : ` — cited by ${claims.join(', ')}`
      const head: Array<PhrasingContent> = [
        text('📖 '),
        strong(text('Footnote '), untrusted(footnote.label, 30)),
        text(': '),
        untrusted(shortCitation(footnote)),
        text(cited),
      ]
      return listItem(paragraph(...head))
    })
}
