/**
 * `--repair`: the paper written back with each dead link's archived copy added to its citation,
 * in the citation's own style (see `repair-note.ts`), and nothing else changed, byte for byte.
 * Pure: the paper's text and its audit in, the new text and the list of changes out.
 */

import type { AuditedFootnote, AuditResult, FootnoteId, LinkResult } from '../pipeline/types.ts'
import { findDefinition, findLineStarts, lineOf } from './repair-lines.ts'
import { type ArchivedCopy, planArchivedNote, type RepairSkipReason } from './repair-note.ts'

/** One citation that got its archived copy. */
export interface RepairChange {
  /** Footnote whose text holds the link. */
  footnote: FootnoteId
  /** The dead link, as checked. */
  url: string
  /** The archived copy added. */
  archiveUrl: string
  /** Wayback timestamp of the copy (`YYYYMMDDhhmmss`). */
  timestamp: string
  /** 1-based line of the paper where the note was added. */
  line: number
}

/** One citation left as it was, and why. */
export interface RepairSkip {
  /** Footnote whose text holds the link. */
  footnote: FootnoteId
  /** The dead link, as checked. */
  url: string
  /** `already-archived`, `not-found` (the link is not in the footnote's definition) or `unsafe-archive-url`. */
  reason: RepairSkipReason
}

/** What `repairPaper` returns. */
export interface RepairResult {
  /** The paper with the notes added (identical to the input when nothing changed). */
  text: string
  /** Citations changed, in the order of the paper. */
  changes: Array<RepairChange>
  /** Citations that qualified but were left as they were, in footnote order. */
  skipped: Array<RepairSkip>
}

/** Options of `repairPaper`. */
export interface RepairOptions {
  /** Verdicts whose archived copy is added (default `['dead']`). */
  statuses?: ReadonlyArray<'dead' | 'unverified'>
}

/** A planned insertion. */
interface Planned {
  change: RepairChange
  insertAt: number
  note: string
}

/** The dead links with an archived copy that a footnote's own text cites. */
function repairable(
  footnote: AuditedFootnote,
  links: ReadonlyMap<string, LinkResult>,
  statuses: ReadonlyArray<string>,
): Array<{ url: string; raw: string; copy: ArchivedCopy }> {
  const wanted: Array<{ url: string; raw: string; copy: ArchivedCopy }> = []
  for (const source of footnote.sources) {
    if (String(source.from) !== String(footnote.id)) continue
    const link = links.get(source.url)
    const copy = link?.evidence?.archive
    if (!link || !copy || !statuses.includes(link.status)) continue
    if (wanted.some((item) => item.url === source.url)) continue
    wanted.push({ url: source.url, raw: source.raw, copy })
  }
  return wanted
}

/** Validate the options and return the statuses to repair. */
function readStatuses(options: Readonly<RepairOptions>): ReadonlyArray<string> {
  const statuses = options.statuses ?? ['dead']
  if (!Array.isArray(statuses) || statuses.some((s) => s !== 'dead' && s !== 'unverified')) {
    throw new TypeError('Expected `statuses` to be an array of `dead` and `unverified`')
  }
  return statuses
}

/**
 * Add each dead link's archived copy (`evidence.archive`) to its citation in `source`, the
 * paper's text exactly as read (byte order mark and line endings kept), and change nothing
 * else. Idempotent: a citation already followed by an archived note is left alone. A URL cited
 * in several footnotes is repaired in each footnote whose own text holds it; back-references
 * (`Ibid.`) are not touched. Throws a `TypeError` for a PDF's audit (there is no text to write).
 */
export function repairPaper(
  source: string,
  result: AuditResult,
  options: Readonly<RepairOptions> = {},
): RepairResult {
  if (typeof source !== 'string') throw new TypeError('Expected `source` to be a string')
  if (result.document.format === 'pdf') {
    throw new TypeError('Expected `result` to be the audit of a text or Markdown paper, not a PDF')
  }
  const statuses = readStatuses(options)
  const starts = findLineStarts(source)
  const links = new Map(result.links.map((link) => [link.url, link]))
  const definitionLines = [...new Set(result.footnotes.map((item) => item.place.line))].sort(
    (a, b) => a - b,
  )
  const planned: Array<Planned> = []
  const skipped: Array<RepairSkip> = []
  for (const footnote of result.footnotes) {
    const wanted = repairable(footnote, links, statuses)
    if (wanted.length === 0) continue
    const line = footnote.place.line
    const next = definitionLines.find((item) => item > line) ?? starts.length + 1
    const [from, to] = findDefinition(source, starts, line, next, result.document.convention)
    for (const { url, raw, copy } of wanted) {
      const plan = planArchivedNote(source, raw, copy, from, to)
      if (!plan.ok) {
        skipped.push({ footnote: footnote.id, url, reason: plan.reason })
        continue
      }
      const { insertAt } = plan.occurrence
      if (planned.some((item) => item.insertAt === insertAt)) continue
      const change = {
        footnote: footnote.id,
        url,
        archiveUrl: copy.url,
        timestamp: copy.timestamp,
        line: lineOf(starts, insertAt),
      }
      planned.push({ change, insertAt, note: plan.note })
    }
  }
  planned.sort((a, b) => a.insertAt - b.insertAt)
  let text = ''
  let cursor = 0
  for (const item of planned) {
    text += source.slice(cursor, item.insertAt) + item.note
    cursor = item.insertAt
  }
  text += source.slice(cursor)
  return { text, changes: planned.map((item) => item.change), skipped }
}
