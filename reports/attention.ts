/**
 * What needs attention in an audit, as plain data: one item per dead, missing or unverified
 * source — a failing link in the footnote whose text holds it, a footnote without a source, a
 * marker without a footnote — with where to fix it and the claims relying on it. The CI formats
 * (SARIF, JUnit, GitHub annotations) render these items; a terminal list can too.
 */

import type {
  AuditedClaim,
  AuditedFootnote,
  AuditResult,
  AuditRun,
  LinkReason,
  LinkResult,
  Place,
  SourceStatus,
} from '../pipeline/types.ts'
import { missingCauses } from '../pipeline/types.ts'
import { whyMissing } from './missing.ts'
import { describeReason, type MissingSourceId, missingSourceWords } from './reasons.ts'

/** A status that needs attention. */
export type AttentionStatus = Exclude<SourceStatus, 'live'>

/** One dead, missing or unverified source. */
export interface AttentionItem {
  /** `dead` or `unverified` for a link, `missing` for a footnote without a source. */
  status: AttentionStatus
  /** Stable id: the link's reason, or why the source is missing. */
  id: LinkReason | MissingSourceId
  /** What happened, in a few words (`not found`, `print-only source, no link`). */
  words: string
  /** Label of the footnote where the source is written (or the marker's label when undefined). */
  footnote: string
  /** Where to fix it: the footnote's definition, or the first claim citing an undefined marker. */
  place: Place
  /** The failing link, for `dead` and `unverified` items; `null` for `missing`. */
  link: LinkResult | null
  /** Claims relying on it, in document order. */
  claims: Array<AuditedClaim>
  /** Labels of other footnotes citing it through a back-reference (`Ibid.`), in paper order. */
  backReferences: Array<string>
}

/** Order of the statuses in a list: dead first, then missing, then unverified. */
export const attentionOrder: ReadonlyArray<AttentionStatus> = ['dead', 'missing', 'unverified']

/** Claims citing any of these footnotes, in document order. */
function claimsCiting(result: AuditResult, footnotes: ReadonlyArray<AuditedFootnote>) {
  const wanted = new Set(footnotes.map((footnote) => String(footnote.id)))
  return result.claims.filter((claim) => claim.footnotes.some((id) => wanted.has(String(id))))
}

/** Items for one failing link: one per footnote whose own text holds it. */
function linkItems(result: AuditResult, link: LinkResult): Array<AttentionItem> {
  const byHolder = new Map<string, Array<AuditedFootnote>>()
  for (const footnote of result.footnotes) {
    const source = footnote.sources.find((item) => item.url === link.url)
    if (source === undefined) continue
    const group = byHolder.get(String(source.from)) ?? []
    group.push(footnote)
    byHolder.set(String(source.from), group)
  }
  return [...byHolder].map(([holderId, group]) => {
    const holder =
      result.footnotes.find((footnote) => String(footnote.id) === holderId) ??
      (group[0] as AuditedFootnote)
    return {
      status: link.status as AttentionStatus,
      id: link.reason,
      words: describeReason(link.reason),
      footnote: holder.label,
      place: holder.place,
      link,
      claims: claimsCiting(result, [holder, ...group]),
      backReferences: group.filter((footnote) => footnote !== holder).map((item) => item.label),
    }
  })
}

/** Items for footnotes whose status is `missing`. */
function missingFootnoteItems(result: AuditResult): Array<AttentionItem> {
  return result.footnotes
    .filter((footnote) => footnote.status === 'missing')
    .map((footnote) => {
      const why = whyMissing(footnote)
      return {
        status: 'missing',
        id: why.id as MissingSourceId,
        words: why.words,
        footnote: footnote.label,
        place: footnote.place,
        link: null,
        claims: claimsCiting(result, [footnote]),
        backReferences: [],
      }
    })
}

/** Items for footnote ids cited by claims but defined nowhere, in order of first citation. */
function undefinedMarkerItems(result: AuditResult): Array<AttentionItem> {
  const defined = new Set(result.footnotes.map((footnote) => String(footnote.id)))
  const citing = new Map<string, Array<AuditedClaim>>()
  for (const claim of result.claims) {
    for (const id of claim.footnotes) {
      if (defined.has(String(id))) continue
      const claims = citing.get(String(id)) ?? []
      if (!claims.includes(claim)) claims.push(claim)
      citing.set(String(id), claims)
    }
  }
  return [...citing].map(([label, claims]) => ({
    status: 'missing',
    id: 'missing-footnote',
    words: missingSourceWords['missing-footnote'],
    footnote: label,
    place: (claims[0] as AuditedClaim).place,
    link: null,
    claims,
    backReferences: [],
  }))
}

/** Compare two places: page, then line, then column. */
export function comparePlaces(a: Place, b: Place): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column
}

/** Compare two strings by code unit, for a stable order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The cause of a missing item (its id), `null` for a link's item. */
export function missingCauseOf(item: AttentionItem): MissingSourceId | null {
  return item.status === 'missing' ? (item.id as MissingSourceId) : null
}

/** Rank of a missing item's cause, in the order of `missingCauses` (0 for a link). */
function causeRank(item: AttentionItem): number {
  const cause = missingCauseOf(item)
  return cause === null ? 0 : missingCauses.indexOf(cause)
}

/**
 * Everything in an audit that needs attention: dead, then missing (by cause: a marker without a
 * footnote, an empty footnote, an unresolved back-reference, a print-only citation), then
 * unverified; within that by place in the paper, then footnote label, then URL. Pure and
 * deterministic.
 */
export function listAttention(result: AuditResult): Array<AttentionItem> {
  const failing = result.links.filter(
    (link) => link.status === 'dead' || link.status === 'unverified',
  )
  const items = [
    ...failing.flatMap((link) => linkItems(result, link)),
    ...missingFootnoteItems(result),
    ...undefinedMarkerItems(result),
  ]
  return items.sort(
    (a, b) =>
      attentionOrder.indexOf(a.status) - attentionOrder.indexOf(b.status) ||
      causeRank(a) - causeRank(b) ||
      comparePlaces(a.place, b.place) ||
      compareText(a.footnote, b.footnote) ||
      compareText(a.link?.url ?? '', b.link?.url ?? ''),
  )
}

/** An item of a run over several papers: the paper's path with it. */
export interface RunAttentionItem extends AttentionItem {
  /** The paper's path as given. */
  path: string
}

/** A print citation, or a back-reference to one: missing, but nothing is broken. */
export function isPrintOnly(item: AttentionItem): boolean {
  return item.status === 'missing' && item.id === 'no-source'
}

/**
 * Everything in a run that needs attention, for the terminal: dead, then missing, then
 * unverified, each in paper order; print-only citations (nothing to check) are left out — see
 * `countPrintOnly`.
 */
export function listRunAttention(run: Readonly<AuditRun>): Array<RunAttentionItem> {
  const items = run.papers.flatMap((paper) =>
    'result' in paper
      ? listAttention(paper.result)
          .filter((item) => !isPrintOnly(item))
          .map((item) => ({ ...item, path: paper.path }))
      : [],
  )
  // Stable: within a status, papers keep the order they were named in.
  return items.sort((a, b) => attentionOrder.indexOf(a.status) - attentionOrder.indexOf(b.status))
}

/** How many print-only citations a run has. */
export function countPrintOnly(run: Readonly<AuditRun>): number {
  let count = 0
  for (const paper of run.papers) {
    if ('result' in paper) count += listAttention(paper.result).filter(isPrintOnly).length
  }
  return count
}
