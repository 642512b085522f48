/**
 * The result indexed once for the review page: footnote positions, warnings per footnote and
 * per claim, and the repaired citations the "copy" buttons offer.
 */

import type { AuditedFootnote, AuditResult, FootnoteId, LinkResult } from '../../pipeline/types.ts'
import { createContext, footnoteOf, type ReportContext } from '../context.ts'
import { repairCitation } from '../repair-note.ts'
import { type Warning, warningsOfClaim, warningsOfFootnote } from '../warnings.ts'

/** The indexed result. */
export interface PageModel {
  /** Look-ups shared with the other reports. */
  context: ReportContext
  /** Base URL of the documentation of reason and problem ids, or `null` for no links. */
  docsUrl: string | null
  /** Position of each footnote in `result.footnotes`, by `String(id)`. */
  footnoteIndex: Map<string, number>
  /** Warnings of each footnote, by position. */
  footnoteWarnings: Array<Array<Warning>>
  /** Warnings at each claim, by position in `result.claims`. */
  claimWarnings: Array<Array<Warning>>
  /** Repaired citations (footnote text with the archived copy added), in order of creation. */
  repairs: Array<string>
  /** Position in `repairs` by footnote position and URL (`3 https://…`). */
  repairIndex: Map<string, number>
}

/** Key of a repaired citation. */
function repairKey(footnote: number, url: string): string {
  return `${footnote} ${url}`
}

/** The footnote text with the archived copy of `link` added, when one can be. */
function repairedText(
  context: ReportContext,
  footnote: AuditedFootnote,
  link: LinkResult,
): string | null {
  const copy = link.evidence?.archive
  if (!copy) return null
  const source = footnote.sources.find((item) => item.url === link.url)
  if (source === undefined) return null
  const owner = footnoteOf(context, source.from) ?? footnote
  return repairCitation(owner.text, source.raw, copy)
}

/** Index a result for the page. */
export function buildModel(result: AuditResult, docsUrl: string | null): PageModel {
  const context = createContext(result, docsUrl ?? '')
  const footnoteIndex = new Map<string, number>()
  result.footnotes.forEach((footnote, index) => {
    if (!footnoteIndex.has(String(footnote.id))) footnoteIndex.set(String(footnote.id), index)
  })
  const repairs: Array<string> = []
  const repairIndex = new Map<string, number>()
  result.footnotes.forEach((footnote, index) => {
    for (const source of footnote.sources) {
      const link = context.links.get(source.url)
      if (link === undefined || link.status === 'live') continue
      const text = repairedText(context, footnote, link)
      if (text === null || repairIndex.has(repairKey(index, link.url))) continue
      repairIndex.set(repairKey(index, link.url), repairs.length)
      repairs.push(text)
    }
  })
  return {
    context,
    docsUrl,
    footnoteIndex,
    footnoteWarnings: result.footnotes.map((footnote) => warningsOfFootnote(context, footnote)),
    claimWarnings: result.claims.map((claim) => warningsOfClaim(context, claim)),
    repairs,
    repairIndex,
  }
}

/** Position of the repaired citation of a link in a footnote, or `null`. */
export function findRepair(model: PageModel, footnote: number, url: string): number | null {
  return model.repairIndex.get(repairKey(footnote, url)) ?? null
}

/** Position of a footnote by id, or `null` when the paper has none. */
export function findFootnote(model: PageModel, id: FootnoteId): number | null {
  return model.footnoteIndex.get(String(id)) ?? null
}
