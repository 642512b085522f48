/**
 * The archived-copy note `--repair` adds after a dead link, written in the citation's own style,
 * and the search for that link inside a piece of paper text.
 *
 * | the link is written as | the note added after it                                  |
 * | ---------------------- | -------------------------------------------------------- |
 * | `[text](url)`          | ` ([archived](wayback), captured 2024-05-01)`            |
 * | `<url>`                | ` (archived at <wayback>, captured 2024-05-01)`          |
 * | `url` (bare)           | ` (archived at wayback, captured 2024-05-01)`            |
 *
 * A bare URL keeps the sentence's punctuation after the note (`…/page (archived at …).`).
 */

import { toSafeHref } from './escape.ts'

/** How a URL is written where it is cited. */
export type LinkStyle = 'markdown-link' | 'autolink' | 'bare'

/** An archived copy, as `evidence.archive` gives it. */
export interface ArchivedCopy {
  /** Wayback Machine URL of the snapshot. */
  url: string
  /** Wayback timestamp `YYYYMMDDhhmmss`. */
  timestamp: string
}

/** Where a cited URL was found and where its note goes. */
export interface UrlOccurrence {
  /** 0-based offset of the URL text. */
  start: number
  /** 0-based offset right after the URL text. */
  end: number
  /** 0-based offset where the note is inserted (after `>` or `)` when delimited). */
  insertAt: number
  /** How the URL is written. */
  style: LinkStyle
}

/** Why a citation was left as it is. */
export type RepairSkipReason = 'already-archived' | 'not-found' | 'unsafe-archive-url'

/** The capture date of a Wayback timestamp (`20240501123000` → `2024-05-01`), or `null`. */
export function formatCapture(timestamp: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(timestamp)
  if (match === null) return null
  const [, year, month, day] = match
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null
  return `${year}-${month}-${day}`
}

/** The archive URL made safe for a Markdown or text note, or `null` when it is not http(s). */
function cleanArchiveUrl(url: string): string | null {
  const safe = toSafeHref(url)
  if (safe === null) return null
  return safe.replace(/[\s<>]/g, (character) => encodeURIComponent(character))
}

/** The note for one archived copy in one style, or `null` when the archive URL is unsafe. */
export function formatArchivedNote(copy: ArchivedCopy, style: LinkStyle): string | null {
  const url = cleanArchiveUrl(copy.url)
  if (url === null) return null
  const date = formatCapture(copy.timestamp)
  const captured = date === null ? '' : `, captured ${date}`
  if (style === 'markdown-link') {
    const target = /[()]/.test(url) ? `<${url}>` : url
    return ` ([archived](${target})${captured})`
  }
  if (style === 'autolink') return ` (archived at <${url}>${captured})`
  return ` (archived at ${url}${captured})`
}

/** Escape a string for a regular expression. */
function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
}

/** `raw` as a pattern where each whitespace run (a wrapped URL) matches any line break. */
function toPattern(raw: string): RegExp {
  const pieces = raw.trim().split(/\s+/).map(escapeRegExp)
  return new RegExp(pieces.join('\\s+'), 'g')
}

/** Whether the text before `start` makes the match part of a Wayback URL (`/web/2023…/`). */
function isInsideArchiveUrl(text: string, start: number): boolean {
  return /\/web\/\d{1,14}(?:[a-z]{2}_)?\/$/i.test(text.slice(Math.max(0, start - 40), start))
}

/** Style and insertion point of a match at `[start, end)`. */
function classify(text: string, start: number, end: number, limit: number): UrlOccurrence {
  if (text[start - 1] === '<' && text[end] === '>') {
    const markdownTarget = text[start - 2] === '(' && text[start - 3] === ']'
    if (markdownTarget && text[end + 1] === ')') {
      return { start, end, insertAt: end + 2, style: 'markdown-link' }
    }
    return { start, end, insertAt: end + 1, style: 'autolink' }
  }
  if (text[start - 1] === '(' && text[start - 2] === ']') {
    // `[text](url)` or `[text](url "title")`: the note goes after the closing parenthesis.
    const line = text.slice(end, limit).split(/[\r\n]/, 1)[0] ?? ''
    const close = line.indexOf(')')
    if (close !== -1) return { start, end, insertAt: end + close + 1, style: 'markdown-link' }
  }
  return { start, end, insertAt: end, style: 'bare' }
}

/**
 * Find where `raw` (a URL as written in a footnote) is cited in `text[from, to)`: a Markdown
 * link target first, else the first occurrence that is not part of a Wayback URL.
 */
export function findUrlOccurrence(
  text: string,
  raw: string,
  from: number,
  to: number,
): UrlOccurrence | null {
  if (raw.trim().length === 0) return null
  const pattern = toPattern(raw)
  pattern.lastIndex = from
  const found: Array<UrlOccurrence> = []
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length
    if (end > to) break
    if (!isInsideArchiveUrl(text, match.index)) found.push(classify(text, match.index, end, to))
  }
  return found.find((item) => item.style === 'markdown-link') ?? found[0] ?? null
}

/** Whether an archived-copy note already follows the insertion point. */
export function hasArchivedNote(text: string, insertAt: number): boolean {
  return /^\s*\(\s*(?:archived at\b|\[archived\]\()/i.test(text.slice(insertAt, insertAt + 40))
}

/** The result of adding one note to one piece of text. */
export type NoteInsertion =
  | { ok: true; occurrence: UrlOccurrence; note: string }
  | { ok: false; reason: RepairSkipReason }

/**
 * Plan the note for the link written as `raw` within `text[from, to)`: where it goes and what
 * it says, or why nothing should change (already archived, not found, unsafe archive URL).
 */
export function planArchivedNote(
  text: string,
  raw: string,
  copy: ArchivedCopy,
  from = 0,
  to = text.length,
): NoteInsertion {
  const occurrence = findUrlOccurrence(text, raw, from, to)
  if (occurrence === null) return { ok: false, reason: 'not-found' }
  const region = text.slice(from, to)
  if (region.includes(copy.url) || hasArchivedNote(text, occurrence.insertAt)) {
    return { ok: false, reason: 'already-archived' }
  }
  const note = formatArchivedNote(copy, occurrence.style)
  if (note === null) return { ok: false, reason: 'unsafe-archive-url' }
  return { ok: true, occurrence, note }
}

/**
 * A footnote's text with the archived copy added after the link written as `raw` (the
 * "repaired citation"), or `null` when it cannot or need not be added.
 */
export function repairCitation(text: string, raw: string, copy: ArchivedCopy): string | null {
  const plan = planArchivedNote(text, raw, copy)
  if (!plan.ok) return null
  const at = plan.occurrence.insertAt
  return text.slice(0, at) + plan.note + text.slice(at)
}
