/**
 * "Missing sources" of Needs attention: print-only and empty footnotes, unresolved
 * back-references, footnotes without a link, and markers without a footnote.
 */

import type { ListItem, PhrasingContent } from 'mdast'
import type { AuditedClaim, AuditedFootnote, ProblemKind } from '../pipeline/types.ts'
import { shortCitation } from './citation.ts'
import { claimsCiting, footnoteOf, type ReportContext } from './context.ts'
import { statusMark } from './marks.ts'
import { docLink, list, listItem, paragraph, strong, text, untrusted } from './nodes.ts'
import { renderRelyingClaims } from './quote.ts'

/** Why a footnote has no source, as words and a problem id. */
export function whyMissing(footnote: AuditedFootnote): { words: string; id: ProblemKind } {
  if (footnote.kind === 'empty') return { words: 'empty footnote', id: 'empty-footnote' }
  if (footnote.kind === 'back-reference' && footnote.refersTo === null) {
    return { words: 'back-reference that could not be resolved', id: 'unresolved-back-reference' }
  }
  if (footnote.kind === 'back-reference') {
    return { words: `refers to footnote ${footnote.refersTo}, which has no link`, id: 'no-source' }
  }
  if (footnote.kind === 'print') return { words: 'print-only source, no link', id: 'no-source' }
  return { words: 'no link found', id: 'no-source' }
}

/** One item with a head line and the claims relying on it. */
function item(head: Array<PhrasingContent>, claims: Array<AuditedClaim>): ListItem {
  const relying = renderRelyingClaims(claims)
  return relying === null
    ? listItem(paragraph(...head))
    : listItem(paragraph(...head), list([relying]))
}

/** Items for footnotes whose status is `missing`, in footnote order. */
function renderMissingFootnotes(context: ReportContext): Array<ListItem> {
  return context.result.footnotes
    .filter((footnote) => footnote.status === 'missing')
    .map((footnote) => {
      const why = whyMissing(footnote)
      const head: Array<PhrasingContent> = [
        text(`${statusMark('missing')} `),
        strong(text('Footnote '), untrusted(footnote.label, 30)),
        text(` — ${why.words} (`),
        docLink(why.id, context.docsUrl),
        text(')'),
      ]
      if (footnote.kind !== 'empty') head.push(text(': '), untrusted(shortCitation(footnote)))
      return item(head, claimsCiting(context, [footnote.id]))
    })
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

/** All items of the "Missing sources" subsection. */
export function renderMissing(context: ReportContext): Array<ListItem> {
  return [...renderMissingFootnotes(context), ...renderUndefinedMarkers(context)]
}
