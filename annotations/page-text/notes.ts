/**
 * Page-bottom notes of text converted from a PDF, recognised by structure: on each page, a run
 * of lines at the bottom where each note starts with the next expected number, every number
 * matched by a marker in the body above it, in order. Numbering may restart at 1 (per chapter).
 * A note left open at the bottom of a page continues in the block just above the next page's
 * notes.
 */
import {
  countsUpTo,
  countUnmatched,
  findArea,
  findClosingBlock,
  findConfirmedMarker,
  findListContinuation,
  findSkippedArea,
  isLoneBullet,
  numberStyle,
  readNoteStart,
} from './areas.ts'
import { type BodyCursor, countWords, findMarker, type MarkerPlace } from './markers.ts'
import { finished, readNumberColumn, rewriteNumberColumn } from './number-column.ts'
import type { PageLine } from './pages.ts'

/** A note read from the page bottoms. */
export interface PageNote {
  /** Number as displayed. */
  number: number
  /** 1 for the document's first numbering, 2 after the first restart, … */
  sequence: number
  /** Its lines; the first without its number. */
  lines: Array<PageLine>
  /** Where its marker stands in the body; `null` when no marker could be found for it. */
  marker: MarkerPlace | null
}

/** The text split into body lines and notes. */
export interface PageNotes {
  /** Body lines in order (blank lines kept). */
  body: Array<PageLine>
  /** Notes in order. */
  notes: Array<PageNote>
  /** Lines that start like notes (`1 …`, `2 …` in turn) but that no body marker matched. */
  unmatched: number
}

/** Split pages into body lines and page-bottom notes. */
export function readPageNotes(pages: ReadonlyArray<ReadonlyArray<PageLine>>): PageNotes {
  const body: Array<PageLine> = []
  const notes: Array<PageNote> = []
  let cursor: BodyCursor = { line: 0, character: 0 }
  let expected = 1
  let sequence = 1
  let unmatched = 0
  // The first line of the last note found, as written: a restart is written the same way
  // (`9 Text` notes are not followed by a note `1. Location`, a numbered list of the body).
  let lastOpening = ''
  // Words of the whole text, body and notes: a marker glued to a name ending in digits is told
  // apart by the name written elsewhere without them.
  const words = countWords(pages.flat())
  for (const page of pages) {
    const offset = body.length
    body.push(...page)
    const last = notes.at(-1)
    const column = readNumberColumn(body, offset, expected)
    if (column) {
      // Note numbers printed as a column of their own, then the notes' texts, one line each.
      for (const [index, line] of column.texts.entries()) {
        const number = expected + index
        const marker = findMarker(body, cursor, column.start, number, words)
        notes.push({ number, sequence, lines: [line], marker: marker?.place ?? null })
        lastOpening = `${number} `
        if (marker) cursor = marker.cursor
      }
      expected += column.texts.length
      truncate(body, column.start)
      continue
    }
    // Numbers in a column of their own with more notes after them: written as note lines.
    rewriteNumberColumn(body, offset, expected)
    const found = findArea(body, offset, cursor, expected, words)
    const first =
      expected > 1 ? findArea(body, offset, cursor, 1, words, numberStyle(lastOpening)) : null
    // Numbering restarts when a note 1 opens the page's notes, or counts up to the note found.
    const restarts = first !== null && (!found || countsUpTo(body, first.start, found.start))
    // Notes lost on pages before: the page's own notes, from a higher number, still count.
    const skipped =
      found || first ? null : findSkippedArea(body, offset, cursor, expected, words, lastOpening)
    const restart = restarts ? first : (found ?? skipped?.area ?? null)
    if (restarts) {
      sequence++
      expected = 1
    } else if (skipped) expected = skipped.number
    let end = body.length
    if (restart) {
      end = restart.start
      lastOpening = body[restart.start]?.text ?? ''
      let current: PageNote = {
        number: expected,
        sequence,
        lines: [stripNumber(body[restart.start] as PageLine)],
        marker: restart.marker.place,
      }
      notes.push(current)
      cursor = restart.marker.cursor
      for (let index = restart.start + 1; index < body.length; index++) {
        const line = body[index] as PageLine
        const start = readNoteStart(line.text) ?? readEmptyNote(body, index, current.number + 1)
        if (
          start?.number === 1 &&
          current.number > 1 &&
          numberStyle(line.text) === numberStyle(lastOpening)
        ) {
          // A note 1 after a higher one restarts the numbering when its marker follows.
          const marker = findMarker(body, cursor, restart.start, 1, words)
          if (marker) {
            sequence++
            current = { number: 1, sequence, lines: [stripNumber(line)], marker: marker.place }
            notes.push(current)
            lastOpening = line.text
            cursor = marker.cursor
            continue
          }
        }
        if (start?.number === current.number + 1) {
          // The next number opens the next note, linked when its marker follows in the body.
          const marker = findConfirmedMarker(
            body,
            cursor,
            restart.start,
            start.number,
            words,
            index,
          )
          current = {
            number: start.number,
            sequence,
            lines: [{ ...line, text: line.text.slice(start.length) }],
            marker: marker?.place ?? null,
          }
          notes.push(current)
          lastOpening = line.text
          if (marker) cursor = marker.cursor
        } else if (line.text.trim() !== '') current.lines.push(line)
      }
      expected = current.number + 1
    } else {
      unmatched += countUnmatched(body, offset, expected)
    }
    // The block right above this page's notes continues the last note of the page before (of
    // the page just before: a note left open further up ends there).
    const open = last?.lines.at(-1)
    if (
      last &&
      open &&
      open.page === (page[0]?.page ?? 0) - 1 &&
      !finished.test(open.text.trim())
    ) {
      // Not above a marker of this page's notes: those lines are body.
      const afterMarker = restart !== null && cursor.line + 1 > offset
      const from = afterMarker ? cursor.line + 1 : offset
      // A note holding a bulleted list goes on with the list closing the page.
      const list = last.lines.some(isLoneBullet) ? findListContinuation(body, from, end) : -1
      const block = list !== -1 ? list : findClosingBlock(body, from, end, afterMarker)
      if (block !== -1) {
        last.lines.push(...body.slice(block, end).filter((line) => line.text.trim() !== ''))
        end = block
      }
    }
    truncate(body, end)
    if (cursor.line > body.length) cursor = { line: body.length, character: 0 }
  }
  return { body, notes, unmatched }
}

/**
 * Cut the body at `end`, with the blank lines before it: they set the notes off, they do not end
 * a paragraph (the page break decides that).
 */
function truncate(body: Array<PageLine>, end: number): void {
  let cut = end
  while (cut > 0 && body[cut - 1]?.text.trim() === '') cut--
  body.length = cut
}

/**
 * An empty note inside a page's notes: its number `number` alone on the line at `index`, and the
 * next line that is not blank opening note `number + 1` (a page number has no such note after it).
 */
function readEmptyNote(
  lines: ReadonlyArray<PageLine>,
  index: number,
  number: number,
): { number: number; length: number } | null {
  const text = lines[index]?.text ?? ''
  if (text.trim() !== String(number)) return null
  let next = index + 1
  while (next < lines.length && lines[next]?.text.trim() === '') next++
  const following = readNoteStart(lines[next]?.text ?? '')
  return following?.number === number + 1 ? { number, length: text.length } : null
}

/** A note's first line without its number. */
function stripNumber(line: PageLine): PageLine {
  const start = readNoteStart(line.text)
  return start ? { ...line, text: line.text.slice(start.length) } : line
}
