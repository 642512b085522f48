/**
 * Look-ups over an `AuditResult` shared by the sections of the Markdown report.
 */

import type {
  AuditedClaim,
  AuditedFootnote,
  AuditResult,
  FootnoteId,
  LinkResult,
  Place,
} from '../pipeline/types.ts'
import { deriveWarnings, type Warning } from './warnings.ts'

/** An `AuditResult` indexed for rendering. */
export interface ReportContext {
  /** The result being rendered. */
  result: AuditResult
  /** Base URL of the documentation of reason and problem ids (`README.md`). */
  docsUrl: string
  /** Links by URL as extracted. */
  links: Map<string, LinkResult>
  /** Footnotes by `String(id)`. */
  footnotes: Map<string, AuditedFootnote>
  /** Claims by id. */
  claims: Map<string, AuditedClaim>
  /** Position of each footnote in the paper (index in `footnotes`), by `String(id)`. */
  ranks: Map<string, number>
  /** Claims citing each footnote id (`String(id)`), in document order. */
  citing: Map<string, Array<AuditedClaim>>
  /** Position of each claim in the paper (index in `claims`). */
  claimRanks: Map<AuditedClaim, number>
  /** Warnings of each footnote (wrong article, missing fragment, other outlet, moved page), derived once. */
  warnings: Map<AuditedFootnote, Array<Warning>>
}

/** Index an audit result for rendering. */
export function createContext(result: AuditResult, docsUrl: string): ReportContext {
  const citing = new Map<string, Array<AuditedClaim>>()
  for (const claim of result.claims) {
    for (const id of new Set(claim.footnotes.map(String))) {
      const list = citing.get(id)
      if (list === undefined) citing.set(id, [claim])
      else list.push(claim)
    }
  }
  const links = new Map(result.links.map((item) => [item.url, item]))
  return {
    result,
    docsUrl,
    links,
    footnotes: new Map(result.footnotes.map((item) => [String(item.id), item])),
    claims: new Map(result.claims.map((item) => [item.id, item])),
    ranks: new Map(result.footnotes.map((item, index) => [String(item.id), index])),
    citing,
    claimRanks: new Map(result.claims.map((item, index) => [item, index])),
    warnings: deriveWarnings(result, (footnote) => linksOf({ links }, footnote)),
  }
}

/** The links of a footnote (its effective sources), in the order of its sources. */
export function linksOf(
  context: Pick<ReportContext, 'links'>,
  footnote: AuditedFootnote,
): Array<LinkResult> {
  const found: Array<LinkResult> = []
  for (const source of footnote.sources) {
    const item = context.links.get(source.url)
    if (item !== undefined && !found.includes(item)) found.push(item)
  }
  return found
}

/** The footnote with this id, if the paper has one. */
export function footnoteOf(context: ReportContext, id: FootnoteId): AuditedFootnote | undefined {
  return context.footnotes.get(String(id))
}

/** Claims citing any of these footnotes, in document order, without duplicates. */
export function claimsCiting(
  context: ReportContext,
  footnotes: Array<FootnoteId>,
): Array<AuditedClaim> {
  const found = new Set<AuditedClaim>()
  for (const id of footnotes)
    for (const claim of context.citing.get(String(id)) ?? []) found.add(claim)
  const rank = (claim: AuditedClaim) => context.claimRanks.get(claim) ?? 0
  return [...found].sort((a, b) => rank(a) - rank(b))
}

/** Position of a footnote in the paper (index in `footnotes`), or `Infinity` when unknown. */
export function footnoteRank(context: ReportContext, id: FootnoteId): number {
  return context.ranks.get(String(id)) ?? Number.POSITIVE_INFINITY
}

/** Sort links by the position of the first footnote citing them, then by URL. */
export function sortLinks(context: ReportContext, links: Array<LinkResult>): Array<LinkResult> {
  const rank = (item: LinkResult): number =>
    item.footnotes.reduce<number>(
      (lowest, id) => Math.min(lowest, footnoteRank(context, id)),
      Number.POSITIVE_INFINITY,
    )
  const ranked = links.map((item) => ({ item, rank: rank(item) }))
  ranked.sort(
    (a, b) => a.rank - b.rank || (a.item.url < b.item.url ? -1 : a.item.url > b.item.url ? 1 : 0),
  )
  return ranked.map(({ item }) => item)
}

/** A place for humans: `line 12` or `page 3, line 12`. */
export function formatPlace(place: Place): string {
  return place.page === undefined ? `line ${place.line}` : `page ${place.page}, line ${place.line}`
}

/** Footnote ids for humans: `footnote 3` or `footnotes 3, 7`. */
export function formatFootnotes(ids: Array<FootnoteId>): string {
  return `${ids.length === 1 ? 'footnote' : 'footnotes'} ${ids.map(String).join(', ')}`
}
