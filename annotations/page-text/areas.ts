/**
 * Where a page's notes start, by structure: the lowest line opening the expected note whose
 * marker the body holds, a column of note numbers, the block that continues a note from the page
 * before, restarts of the numbering.
 */
import { bulletGlyphs } from '../bullets.ts'
import { type BodyCursor, type FoundMarker, findMarker, type WordCounts } from './markers.ts'
import type { PageLine } from './pages.ts'

/** A line that opens a note: its number, then text (`12 Stephen Lawson, …`, `3: GCP …`). */
const noteStart = /^\s*(\d{1,4})[.:)]?(?:\s+(?=\S)|(?=[\p{Lu}«"“]))/u

/** The number a line starts with, as a note would, or `null`. */
export function readNoteStart(text: string): { number: number; length: number } | null {
  const match = noteStart.exec(text)
  return match?.[1] ? { number: Number(match[1]), length: match[0].length } : null
}

/** How a line writes the number it starts with: `''` (`9 Text`), `.`, `:` or `)`. */
export function numberStyle(text: string): string {
  return /^\s*\d{1,4}([.:)]?)/.exec(text)?.[1] ?? ''
}

/** Longest block read as the continuation of a note from the page before. */
const maxContinuation = 8

/**
 * The first line of the page's notes: the lowest line starting with `number` (written in
 * `style`, when given: see `numberStyle`) whose marker the body above it holds (after
 * `cursor`), or `null`.
 */
export function findArea(
  lines: ReadonlyArray<PageLine>,
  offset: number,
  cursor: BodyCursor,
  number: number,
  words: WordCounts = new Map(),
  style?: string,
): { start: number; marker: FoundMarker } | null {
  for (let index = lines.length - 1; index > offset || (index === offset && index > 0); index--) {
    const line = lines[index]
    if (!line || readNoteStart(line.text)?.number !== number) continue
    if (style !== undefined && numberStyle(line.text) !== style) continue
    const marker = findConfirmedMarker(lines, cursor, index, number, words, index)
    if (marker && !isBodyList(lines, index, number, words)) return { start: index, marker }
  }
  return null
}

/** Most notes a page's notes may skip after a list of the body (lost on pages before). */
const maxSkipped = 50

/**
 * Whether the numbered lines from `start` (`1 A line-of-best-fit …`, `2 …`) are a list of the
 * body: below them, body text holds the marker of a note opening a lower line with a number
 * their count skips to (`… data points.11` ⏎ … ⏎ `11 Jarausch, …`), written the same way. The
 * page's notes are those lower ones.
 */
function isBodyList(
  lines: ReadonlyArray<PageLine>,
  start: number,
  number: number,
  words: WordCounts,
): boolean {
  const style = numberStyle(lines[start]?.text ?? '')
  let current = number
  for (let index = start + 1; index < lines.length; index++) {
    const text = lines[index]?.text ?? ''
    const next = readNoteStart(text)?.number
    if (next === undefined) continue
    if (next === current + 1) current = next
    else if (next > current + 1 && next <= current + maxSkipped && numberStyle(text) === style) {
      const after = { line: start + 1, character: 0 }
      return findMarker(lines, after, index, next, words) !== null
    }
  }
  return false
}

/**
 * The marker of note `number`, whose note opens line `at`, searched from `cursor` up to line
 * `until`: a marker glued to a number (`18601`) only when the next line below opening a note
 * opens note `number + 1` and that note has its own marker after it (the notes' order confirms it).
 */
export function findConfirmedMarker(
  lines: ReadonlyArray<PageLine>,
  cursor: BodyCursor,
  until: number,
  number: number,
  words: WordCounts,
  at: number,
): FoundMarker | null {
  const marker = findMarker(lines, cursor, until, number, words, true)
  if (!marker?.weak) return marker
  // The next line opening a note, only: the note's own lines are all this looks through.
  for (let index = at + 1; index < lines.length; index++) {
    const next = readNoteStart(lines[index]?.text ?? '')?.number
    if (next === undefined) continue
    return next === number + 1 && findMarker(lines, marker.cursor, until, next, words)
      ? marker
      : null
  }
  return null
}

/** Whether the note starts after line `from` count 2, 3, … up to the one at line `to`. */
export function countsUpTo(lines: ReadonlyArray<PageLine>, from: number, to: number): boolean {
  if (to <= from) return false
  let current = 1
  for (let index = from + 1; index <= to; index++) {
    const number = readNoteStart(lines[index]?.text ?? '')?.number
    if (number === current + 1) current++
    else if (index === to) return false
  }
  return true
}

/** Lines from `offset` that start with `expected`, `expected + 1`, … in turn. */
export function countUnmatched(
  lines: ReadonlyArray<PageLine>,
  offset: number,
  expected: number,
): number {
  let count = 0
  for (let index = offset; index < lines.length; index++) {
    if (readNoteStart(lines[index]?.text ?? '')?.number === expected + count) count++
  }
  return count >= 2 ? count : 0
}

/**
 * Start of the block of at most a few lines that ends at `end`, set off from the body above it
 * by a blank line or by the line of the page's last marker (`from`); -1 when there is none.
 */
export function findClosingBlock(
  lines: ReadonlyArray<PageLine>,
  from: number,
  end: number,
  afterMarker: boolean,
): number {
  let start = end
  while (start > from && lines[start - 1]?.text.trim() !== '') start--
  const size = end - start
  const setOff = start > from || afterMarker
  if (size > 0 && size <= maxContinuation && setOff) return start
  // A bare URL closing the page continues the open note (`(ver` ⏎ … ⏎ `https://x.org/a).`).
  return end > from && /^<?(?:https?:\/\/|www\.)\S+$/.test(lines[end - 1]?.text.trim() ?? '')
    ? end - 1
    : -1
}

/** A bullet alone on its line (pdftotext sets a list's bullets apart from their text). */
const loneBullet = new RegExp(`^\\s*[${bulletGlyphs}]\\s*$`, 'u')

/** Whether `line` is a bullet alone on its line. */
export function isLoneBullet(line: PageLine | undefined): boolean {
  return line !== undefined && loneBullet.test(line.text)
}

/** Longest item, in lines, of a list that continues a note from the page before. */
const maxItemLines = 4

/**
 * Start of a bulleted list closing the page (between `from` and `end`) that continues the list
 * of a note from the page before, laid out as pdftotext does: each bullet alone on its line, a
 * blank line, the item's few lines, a blank line. Upwards from `end`, item by item, up to the
 * first bullet right under a line of text (the body the list follows). -1 when there is none.
 */
export function findListContinuation(
  lines: ReadonlyArray<PageLine>,
  from: number,
  end: number,
): number {
  const blank = (index: number) => lines[index]?.text.trim() === ''
  let start = -1
  let index = end
  for (;;) {
    let bottom = index
    while (bottom > from && blank(bottom - 1)) bottom--
    let top = bottom
    while (top > from && !blank(top - 1) && !isLoneBullet(lines[top - 1])) top--
    if (bottom - top > maxItemLines) break
    let above = top
    while (above > from && blank(above - 1)) above--
    if (above <= from || !isLoneBullet(lines[above - 1])) break
    start = above - 1
    index = start
    if (index > from && !blank(index - 1)) break
  }
  return start
}

/**
 * The page's notes when they open with a number above `expected` (the notes between were lost
 * on pages before): the run of note lines closing the page, counted up from its top line, its
 * first number at most `maxSkipped` above `expected` and written as `lastOpening` was; read as
 * `findArea` reads them. `null` when there is none.
 */
export function findSkippedArea(
  lines: ReadonlyArray<PageLine>,
  offset: number,
  cursor: BodyCursor,
  expected: number,
  words: WordCounts,
  lastOpening: string,
): { number: number; area: NonNullable<ReturnType<typeof findArea>> } | null {
  let current: number | null = null
  for (let index = lines.length - 1; index >= offset; index--) {
    const number = readNoteStart(lines[index]?.text ?? '')?.number
    if (number === undefined) continue
    if (current === null || number === current - 1) current = number
  }
  if (current === null || current <= expected || current > expected + maxSkipped) return null
  const style = lastOpening === '' ? undefined : numberStyle(lastOpening)
  const area = findArea(lines, offset, cursor, current, words, style)
  return area ? { number: current, area } : null
}
