import { trimTrailing } from './trailing.ts'

/** A table of contents found in the paper. */
export interface TableOfContents {
  /** Entry titles as written, emphasis and leader dots removed. */
  entries: Array<string>
  /** 0-based source offset where the contents heading starts. */
  start: number
  /** 0-based source offset right after the last entry. */
  end: number
}

/** A "Contents" / "Table of contents" heading line (a few languages). */
const contentsHeading =
  /^[ \t]*(?:#{1,6}[ \t]+)?[*_]*(?:table of contents|contents|sommario|indice|índice|sommaire|table des matières|inhalt|inhaltsverzeichnis)[*_]*[ \t]*:?[ \t]*$/i

/**
 * A contents entry: an optional bullet, the title, then leader dots, a tab or spaces, then a
 * page number (roman numerals only after dots, a tab or several spaces).
 */
const entryLine =
  /^[ \t]*(?:[-*+][ \t]+)?(.*?\S)(?:(?:[ \t]*\.{2,}[ \t]*|\t+[ \t]*| {2,})(?:\d+|[ivxlc]+)|[ \t]+\d+)[ \t]*$/i

/** Longest line read as a contents entry (the entry regex backtracks on long dotted lines). */
const maxEntryLength = 300

/**
 * Find the table of contents: a "Contents" line followed by entry lines ending in page
 * numbers (blank lines between entries allowed). `null` when the paper has none.
 */
export function findTableOfContents(source: string): TableOfContents | null {
  const match = findHeadingLine(source)
  if (match === -1) return null
  const entries: Array<string> = []
  let offset = source.indexOf('\n', match)
  let end = offset
  while (offset !== -1 && offset < source.length) {
    const next = source.indexOf('\n', offset + 1)
    const line = source.slice(offset + 1, next === -1 ? source.length : next)
    offset = next
    if (line.trim() === '') continue
    if (line.length > maxEntryLength) break
    const entry = entryLine.exec(line)
    if (!entry?.[1]) break
    entries.push(cleanTitle(entry[1]))
    end = next === -1 ? source.length : next
  }
  return entries.length >= 2 ? { entries, start: match, end } : null
}

/** Offset of the first contents heading line, or -1. */
function findHeadingLine(source: string): number {
  let start = 0
  while (start < source.length) {
    const newline = source.indexOf('\n', start)
    const end = newline === -1 ? source.length : newline
    if (end - start < 40 && contentsHeading.test(source.slice(start, end))) return start
    start = end + 1
  }
  return -1
}

/** Remove emphasis markers, escapes, leader dots; collapse whitespace. */
export function cleanTitle(title: string): string {
  const cleaned = title
    .replace(/\\(.)/g, '$1')
    .replace(/[*_]{1,3}/g, '')
    .replace(/\s+/g, ' ')
  return trimTrailing(cleaned, /[ .]/).trim()
}

/** Key to compare a heading with a contents entry: lower case, no trailing punctuation. */
export function titleKey(title: string): string {
  return trimTrailing(cleanTitle(title).toLowerCase(), /[.:;,\s]/)
}
