/**
 * Table notes: a note set as an ordinary body paragraph — typically right under the table or
 * figure that cites it — instead of at the page bottom. It opens with a raised number N
 * (`¹ text`, `¹: text`, `¹. text`), and an earlier body line carries a raised N that no other
 * note claims. Such a paragraph is lifted out of the body and read as note N; a paragraph that
 * opens with a raised number nothing points at stays body text.
 */

import type { PdfNote, SplitPage } from './footnote-area.ts'
import { lineText } from './furniture.ts'
import { groupParagraphs, type Layout, type LineGroup } from './group-paragraphs.ts'
import type { PdfLine, PdfPiece } from './types.ts'

/** A raised note number: one to four digits. */
const noteNumber = /^\d{1,4}$/
/** Raised marker numbers in the body: `3`, `3,4` or `3 4`. */
const markerNumbers = /^\d{1,4}(?:\s*,\s*\d{1,4}|\s+\d{1,4})*$/

/**
 * Find the table notes of split pages and move them from the body to the notes of the page
 * they start on (kept in number order). Returns new pages; the input is not changed.
 */
export function liftTableNotes(pages: ReadonlyArray<SplitPage>, layout: Layout): Array<SplitPage> {
  const claimed = new Set(pages.flatMap((page) => page.notes.map((note) => note.number)))
  const groups = groupParagraphs(
    pages.map((page) => page.body),
    layout,
    lineText,
  )
  const marked = new Set<number>()
  const lifted: Array<PdfNote> = []
  const taken = new Set<PdfLine>()
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index]
    if (!group) continue
    const number = openingNumber(group)
    if (number !== undefined && marked.has(number) && !claimed.has(number)) {
      const next = groups[index + 1]
      const lines = [...group.lines]
      if (next && runsOnto(group, next, layout)) {
        lines.push(...next.lines)
        index++
      }
      claimed.add(number)
      lifted.push(toNote(number, lines, sequenceBefore(pages, group)))
      for (const line of lines) taken.add(line)
      continue
    }
    for (const line of group.lines) {
      for (const found of raisedNumbers(line)) marked.add(found)
    }
  }
  if (lifted.length === 0) return [...pages]
  return pages.map((split) => {
    const starting = lifted.filter((note) => note.page === split.page.number)
    return {
      ...split,
      body: split.body.filter((line) => !taken.has(line)),
      notes: [...split.notes, ...starting].sort((a, b) => noteOrder(a) - noteOrder(b)),
    }
  })
}

/** The raised number a paragraph opens with, if any. */
function openingNumber(group: LineGroup): number | undefined {
  const first = group.lines[0]?.pieces[0]
  if (!first?.raised || !noteNumber.test(first.text)) return undefined
  return Number(first.text)
}

/** The numbers of the raised marker-like pieces of a body line. */
function raisedNumbers(line: PdfLine): Array<number> {
  return line.pieces
    .filter((piece) => piece.raised && markerNumbers.test(piece.text))
    .flatMap((piece) => piece.text.split(/\s*,\s*|\s+/).map(Number))
}

/**
 * Whether a note paragraph ending its page runs onto the next page's first paragraph: its last
 * line reaches the right edge of the text (so the paragraph did not visibly end), and the next
 * paragraph starts the next page's body at the same size and left edge.
 */
function runsOnto(group: LineGroup, next: LineGroup, layout: Layout): boolean {
  const last = group.lines.at(-1)
  const first = next.lines[0]
  if (!last || !first || first.page !== last.page + 1) return false
  const right = layout.right.get(last.page) ?? last.right
  const full = last.right >= right - 3 * last.size
  const sameSize = Math.abs(first.size - last.size) <= 0.25
  const sameLeft = Math.abs(first.left - (group.lines[0]?.left ?? last.left)) <= 0.8 * last.size
  return full && sameSize && sameLeft && first.pieces[0]?.raised !== true
}

/** Note `number` made of a paragraph's lines, its opening number (and `:` or `.`) removed. */
function toNote(number: number, lines: ReadonlyArray<PdfLine>, sequence: number): PdfNote {
  const [first, ...rest] = lines
  const opening = first ? stripOpening(first) : undefined
  return {
    number,
    sequence,
    lines: opening ? [opening, ...rest] : [...rest],
    page: first?.page ?? 0,
    raised: true,
  }
}

/** A line without its opening raised number and the `:` or `.` right after it. */
function stripOpening(line: PdfLine): PdfLine {
  const [, next, ...rest] = line.pieces
  if (!next) return { ...line, pieces: [] }
  const text = next.text.replace(/^[:.](?=\s|$)\s*/, '')
  const pieces: Array<PdfPiece> = text === '' ? rest : [{ ...next, text }, ...rest]
  return { ...line, pieces }
}

/** The numbering sequence of the last page-bottom note on or before the group's page. */
function sequenceBefore(pages: ReadonlyArray<SplitPage>, group: LineGroup): number {
  const page = group.lines[0]?.page ?? 0
  const before = pages.filter((split) => split.page.number <= page).flatMap((split) => split.notes)
  return before.at(-1)?.sequence ?? 1
}

/** Order of notes on one page: by sequence, then number. */
function noteOrder(note: PdfNote): number {
  return note.sequence * 100_000 + note.number
}
