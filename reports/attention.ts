/**
 * What needs attention after a run, one item per source, for the terminal (and any one-line
 * format): dead sources first, then missing ones (a marker without a footnote, an empty
 * footnote, an unresolved back-reference, a footnote without a link), then unverified ones
 * with their reasons. Print-only citations have nothing to check and are counted, not listed.
 */
import type {
  AuditedFootnote,
  AuditResult,
  AuditRun,
  FootnoteId,
  LinkResult,
  Place,
} from '../pipeline/types.ts'
import { describeReason } from './reasons.ts'

/** How bad an item is, in the order items are listed. */
export type AttentionLevel = 'dead' | 'missing' | 'unverified'

/** One source that needs attention. */
export interface AttentionItem {
  /** The paper's path as given. */
  path: string
  /** Where in the paper: the footnote's definition, or the marker for a missing footnote. */
  place: Place | null
  /** The footnote concerned. */
  footnote: FootnoteId
  /** How bad it is. */
  level: AttentionLevel
  /** Why, in words (`not found, HTTP 404`, `empty footnote`). */
  reason: string
  /** The stable id documenting it (a link reason or a problem id). */
  id: string
  /** The URL concerned, if any. */
  url: string | null
}

const levelOrder: Readonly<Record<AttentionLevel, number>> = { dead: 0, missing: 1, unverified: 2 }

/** The items of a run, dead first, then missing, then unverified; in paper and footnote order within. */
export function listAttention(run: Readonly<AuditRun>): Array<AttentionItem> {
  const items: Array<AttentionItem & { rank: number }> = []
  run.papers.forEach((paper, paperIndex) => {
    if (!('result' in paper)) return
    itemsOf(paper.path, paper.result).forEach((item, index) => {
      items.push({ ...item, rank: paperIndex * 1e6 + index })
    })
  })
  return items
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.rank - b.rank)
    .map(({ rank: _rank, ...item }) => item)
}

/** Print-only footnotes of a run (a legitimate citation with nothing to check). */
export function countPrintOnly(run: Readonly<AuditRun>): number {
  let count = 0
  for (const paper of run.papers) {
    if ('result' in paper) count += paper.result.footnotes.filter(isPrintOnly).length
  }
  return count
}

/** A print citation (or a back-reference to one): missing, but nothing is broken. */
function isPrintOnly(footnote: AuditedFootnote): boolean {
  return (
    footnote.status === 'missing' &&
    (footnote.kind === 'print' ||
      (footnote.kind === 'back-reference' && footnote.refersTo !== null))
  )
}

/** The items of one paper, in footnote order. */
function itemsOf(path: string, result: AuditResult): Array<AttentionItem> {
  const links = new Map(result.links.map((link) => [link.url, link]))
  const items: Array<AttentionItem> = []
  for (const problem of result.problems) {
    if (problem.kind !== 'missing-footnote' || problem.footnote === undefined) continue
    items.push({
      path,
      place: problem.place ?? null,
      footnote: problem.footnote,
      level: 'missing',
      reason: 'marker without a footnote',
      id: 'missing-footnote',
      url: null,
    })
  }
  for (const footnote of result.footnotes) {
    if (footnote.status === 'missing' && !isPrintOnly(footnote)) {
      items.push(missingItem(path, footnote))
      continue
    }
    for (const source of footnote.sources) {
      const link = links.get(source.url)
      // A back-reference's links are listed at the footnote that holds them.
      if (link === undefined || source.from !== footnote.id) continue
      if (link.status !== 'dead' && link.status !== 'unverified') continue
      items.push({
        path,
        place: footnote.place,
        footnote: footnote.id,
        level: link.status,
        reason: reasonWords(link),
        id: link.reason,
        url: link.url,
      })
    }
  }
  return items
}

function missingItem(path: string, footnote: AuditedFootnote): AttentionItem {
  const empty = footnote.kind === 'empty'
  const unresolved = footnote.kind === 'back-reference' && footnote.refersTo === null
  return {
    path,
    place: footnote.place,
    footnote: footnote.id,
    level: 'missing',
    reason: empty ? 'empty footnote' : unresolved ? 'unresolved back-reference' : 'no link found',
    id: empty ? 'empty-footnote' : unresolved ? 'unresolved-back-reference' : 'no-source',
    url: null,
  }
}

/** `not found, HTTP 404`, `timed out`: the reason’s words and the HTTP status when there was one. */
function reasonWords(link: LinkResult): string {
  const words = describeReason(link.reason)
  return link.httpStatus === null ? words : `${words}, HTTP ${link.httpStatus}`
}
