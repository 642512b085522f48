/**
 * Separate the footnote area at the bottom of each page from the body: a run of lines set
 * smaller than the body, each note starting with its raised (or plain) number, and the lists
 * those notes hold (note-lists.ts). Lines of the area before its first number continue the last
 * note of an earlier page.
 */

import { findAreaStart, findListContinuation, isNoteSized } from './note-lists.ts'
import type { PdfLine, PdfPage } from './types.ts'

/** A footnote read from the footnote areas, possibly spread over several pages. */
export interface PdfNote {
  /** Footnote number. */
  number: number
  /** 1 for the document's first numbering, 2 after numbering restarts at 1 (per chapter), … */
  sequence: number
  /** Lines of the note; the first has its number removed. */
  lines: Array<PdfLine>
  /** Page on which the note starts. */
  page: number
  /** Whether its number was raised (a document uses one style, so it tells later numbers). */
  raised: boolean
}

/** A page split into body lines and the notes that start on it. */
export interface SplitPage {
  /** The page. */
  page: PdfPage
  /** Body lines, top to bottom. */
  body: Array<PdfLine>
  /** Notes starting on this page, in order. */
  notes: Array<PdfNote>
}

/**
 * Split every page into body and footnotes. `bodySize` is the dominant font size of the
 * document's text. A note continued on the next page gets the continuation lines appended.
 */
export function splitFootnoteAreas(
  pages: ReadonlyArray<PdfPage>,
  bodySize: number,
): Array<SplitPage> {
  let last: PdfNote | undefined
  return pages.map((page) => {
    const own = findAreaStart(page.lines, bodySize)
    const start = findListContinuation(page.lines, own, last?.lines, page.number)
    const area = page.lines.slice(start)
    const body = page.lines.slice(0, start)
    const notes: Array<PdfNote> = []
    const orphans: Array<PdfLine> = []
    const areaSize = Math.max(0, ...area.map((line) => line.size))
    for (const [index, line] of area.entries()) {
      // A 1 can restart the numbering at the start of the page's notes or after a finished note.
      const restartable = index === 0 || endsFinished(notes.at(-1) ?? last)
      // Lines in body type are a note's list items (`2. Relateren…` after note 10), never notes.
      const opened = isNoteSized(line, bodySize)
        ? openNote(asRaisedNumber(line, areaSize), last, restartable)
        : undefined
      if (opened) {
        notes.push(opened)
        last = opened
      } else if (notes.length > 0 || (last && !(orphans.length === index && endsFinished(last)))) {
        ;(notes.at(-1) ?? last)?.lines.push(line)
      } else {
        // Small lines over the page's notes after a note that ended (a code block closing the
        // body, `from collections import Counter`) are body, not the rest of that note.
        orphans.push(line)
      }
    }
    if (notes.length === 0 && orphans.length > 0 && !last) {
      return { page, body: page.lines.slice(), notes: [] }
    }
    return { page, body: [...body, ...orphans], notes }
  })
}

/** Whether a note's last line ends like a finished citation (`…, 265-281.`). */
function endsFinished(note: PdfNote | undefined): boolean {
  const line = note?.lines.at(-1)
  const last = line?.pieces.at(-1)?.text.trim() ?? ''
  return /[.)\]»”"]$/.test(last)
}

/** A line holding only a number set smaller than the notes (an empty note) reads as raised. */
function asRaisedNumber(line: PdfLine, areaSize: number): PdfLine {
  const [only, ...rest] = line.pieces
  if (!only || rest.length > 0 || only.raised || line.size >= 0.8 * areaSize) return line
  return /^\d{1,4}$/.test(only.text) ? { ...line, pieces: [{ ...only, raised: true }] } : line
}

/**
 * Open a note if the line starts with a note number: a raised number greater than the last
 * note, or — while notes are numbered in plain digits — a plain one (`12`, `12.`, `12)`) that
 * is exactly the next. A 1 after a higher number restarts the numbering (per chapter): raised,
 * or plain at the start of a page's notes.
 */
function openNote(
  line: PdfLine,
  last: PdfNote | undefined,
  areaStart: boolean,
): PdfNote | undefined {
  const [first, ...rest] = line.pieces
  const lastNumber = last?.number ?? 0
  if (!first) return undefined
  const sequence = last?.sequence ?? 1
  if (first.raised && /^\d{1,4}$/.test(first.text)) {
    const number = Number(first.text)
    // A raised 1 after a higher number: numbering restarts (per chapter).
    const restart = number === 1 && lastNumber > 1
    if (number <= lastNumber && !restart) return undefined
    const lines = [{ ...line, pieces: rest }]
    return {
      number,
      sequence: restart ? sequence + 1 : sequence,
      lines,
      page: line.page,
      raised: true,
    }
  }
  const match = /^(\d{1,4})[.)]?(?:\s+|$)/.exec(first.text)
  const plainAllowed = !first.raised && (last === undefined || !last.raised)
  const number = Number(match?.[1])
  // A plain 1 opening a page's notes after a higher number: numbering restarts.
  const restart = areaStart && number === 1 && lastNumber > 1
  if (!plainAllowed || !match?.[1] || (number !== lastNumber + 1 && !restart)) return undefined
  const text = first.text.slice(match[0].length)
  const pieces = text === '' ? rest : [{ ...first, text, spaceBefore: false }, ...rest]
  const lines = [{ ...line, pieces }]
  return {
    number,
    sequence: restart ? sequence + 1 : sequence,
    lines,
    page: line.page,
    raised: false,
  }
}
