/**
 * `--repair`: the paper written back with each dead link's archived copy added to its citation,
 * in the citation's own style (see `repair-note.ts`), and nothing else changed, byte for byte.
 * Pure: the paper's text and its audit in, the new text and the list of changes out.
 */

import type {
  AuditedFootnote,
  AuditResult,
  FootnoteConvention,
  FootnoteId,
  LinkResult,
} from '../pipeline/types.ts'
import {
  type ArchivedCopy,
  formatCapture,
  planArchivedNote,
  type RepairSkipReason,
} from './repair-note.ts'

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

/** Offsets where each line starts (`\r\n`, `\r` and `\n` each end a line). */
function findLineStarts(text: string): Array<number> {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === '\r' && text[index + 1] === '\n') index++
    if (character === '\r' || character === '\n') starts.push(index + 1)
  }
  return starts
}

/** 1-based line of an offset. */
function lineOf(starts: ReadonlyArray<number>, offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}

/** Text of line `index` (0-based), without its line break. */
function lineText(text: string, starts: ReadonlyArray<number>, index: number): string {
  const start = starts[index] ?? text.length
  const end = starts[index + 1] ?? text.length
  return text.slice(start, end).replace(/\r?\n$|\r$/, '')
}

/**
 * The offsets `[from, to)` of a footnote's definition: from its first line to the next
 * definition, cut at the first blank line for superscript notes and at a blank line followed
 * by an unindented line for Markdown footnotes (endnotes may run over several paragraphs).
 */
function findDefinition(
  text: string,
  starts: ReadonlyArray<number>,
  line: number,
  nextLine: number,
  convention: FootnoteConvention,
): [number, number] {
  const first = line - 1
  const last = Math.min(nextLine - 1, starts.length)
  let end = last
  if (convention !== 'endnote') {
    for (let index = first + 1; index < last; index++) {
      if (lineText(text, starts, index).trim() !== '') continue
      const following = lineText(text, starts, index + 1)
      if (convention === 'markdown' && /^(?: {4}|\t)/.test(following)) continue
      end = index
      break
    }
  }
  return [starts[first] ?? text.length, starts[end] ?? text.length]
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

/** Words for a skip reason. */
const skipWords: Record<RepairSkipReason, string> = {
  'already-archived': 'already has an archived copy',
  'not-found': 'the link was not found in the footnote as written',
  'unsafe-archive-url': 'the archived copy is not an http(s) URL',
}

/**
 * Lines summarising a repair for stderr: one per change (`paper.md:141 footnote 17: added …`),
 * one per skipped citation, and a closing count.
 */
export function formatRepairSummary(repair: RepairResult, path: string): Array<string> {
  const lines = repair.changes.map((change) => {
    const date = formatCapture(change.timestamp)
    const captured = date === null ? '' : ` (captured ${date})`
    return `${path}:${change.line} footnote ${change.footnote}: ${change.url} → archived at ${change.archiveUrl}${captured}`
  })
  for (const skip of repair.skipped) {
    lines.push(`footnote ${skip.footnote}: ${skip.url} left as is: ${skipWords[skip.reason]}`)
  }
  const count = repair.changes.length
  lines.push(
    count === 0
      ? `No citation changed in ${path}.`
      : `Added ${count === 1 ? 'an archived copy to 1 citation' : `archived copies to ${count} citations`} in ${path}.`,
  )
  return lines
}
