/**
 * Lists inside footnotes. A word processor may set a note's bulleted or numbered list in the
 * list's own (body-sized) type, so the footnote area is not only small lines: list lines right
 * under a note belong to it, and a note whose list runs to the bottom of its page goes on with
 * the list set apart at the bottom of the next page.
 */

import { bulletGlyphs } from '../bullets.ts'
import { lineText } from './furniture.ts'
import type { PdfLine } from './types.ts'

/** Footnote lines are set at most this share of the body size. */
export const noteSizeRatio = 0.9

/** A bullet glyph opening a list item (not a dash: a dash may open a clause of prose). */
const bulletStart = new RegExp(`^[${bulletGlyphs}](?:\\s|$)`)
/** A line opening a list item: a bullet glyph, or an enumerator (`2.`, `3)`, `b.`). */
const listItemStart = new RegExp(`^(?:[${bulletGlyphs}✓✔–—-]|\\d{1,3}[.)]|[a-z][.)])(?:\\s|$)`, 'i')

/** A line opening a note: a raised number, or a plain one followed by text. */
const plainNoteStart = /^\d{1,4}[.)]?\s/

/** Whether a line is set smaller than the body: a footnote line. */
export function isNoteSized(line: PdfLine, bodySize: number): boolean {
  return line.size < noteSizeRatio * bodySize
}

/** Whether a line opens a bulleted list item (`• text`). */
export function isBulletItem(line: PdfLine): boolean {
  return bulletStart.test(line.pieces[0]?.text ?? '')
}

/** Whether a line opens a list item (`• text`, `2. text`). */
export function isListItem(line: PdfLine): boolean {
  return listItemStart.test(line.pieces[0]?.text ?? '')
}

/**
 * Start of the footnote area of a page's lines: the trailing lines set smaller than the body,
 * and lists set in body type under them (`10 Text` then `2. Relateren…`, `3. Semantisch…`) when
 * a small line above the list opens a note. Body lines above the first small line stay body.
 */
export function findAreaStart(lines: ReadonlyArray<PdfLine>, bodySize: number): number {
  const margin = leftMargin(lines)
  let start = lines.length
  let pending: Array<PdfLine> = []
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]
    if (!line) break
    if (isNoteSized(line, bodySize)) {
      if (pending.length > 0 && !isListRun(pending, margin)) break
      start = index
      pending = []
    } else if (isListItem(line) || isIndented(line, margin)) {
      pending.unshift(line)
    } else {
      break
    }
  }
  const area = lines.slice(start)
  const listed = area.findIndex((line) => !isNoteSized(line, bodySize))
  if (listed === -1 || area.slice(0, listed).some(opensNote)) return start
  // Small lines over a list, none a note (a caption over the body's list): not an area.
  return start + area.findLastIndex((line) => !isNoteSized(line, bodySize)) + 1
}

/**
 * Start of a note's list continued at the bottom of the page: the list lines right above the
 * footnote area (`start`, the page's length when it has none) when the page before ended with
 * `last`, a note whose last line is in a list, the list is indented like the note's, and it
 * stands apart from the body above it: by more space than the list's own line spacing (the gap
 * above a footnote area), or under a full body line that stops mid-sentence (the paragraph goes
 * on on the next page, so the list is no part of it). `start` otherwise.
 */
export function findListContinuation(
  lines: ReadonlyArray<PdfLine>,
  start: number,
  last: ReadonlyArray<PdfLine> | undefined,
  page: number,
): number {
  const noteEnd = last?.at(-1)
  if (!last || !noteEnd || noteEnd.page !== page - 1) return start
  const noteLines = last.filter((line) => line.page === noteEnd.page)
  const listed = noteLines.findLast((line) => isListItem(line))
  if (!listed) return start
  const tail = noteLines.slice(noteLines.indexOf(listed) + 1)
  // The note ends in its list: after its last item come only lines indented under it.
  if (!tail.every((line) => isIndented(line, listed.left))) return start
  const noteMargin = Math.min(...noteLines.map((line) => line.left))
  const margin = Math.min(noteMargin, leftMargin(lines))
  let top = start
  while (top > 0) {
    const line = lines[top - 1]
    if (!line || !(isListItem(line) || isIndented(line, margin))) break
    top--
  }
  const run = lines.slice(top, start)
  const above = lines[top - 1]
  const first = run[0]
  if (!first || !above || !isListRun(run, margin)) return start
  if (Math.abs(first.left - listed.left) > 0.5 * first.size) return start
  const spacing = Math.max(2 * first.size, ...gaps(run).map((gap) => 1.25 * gap))
  return above.y - first.y > spacing || isCut(above, lines) ? top : start
}

/** Whether a line fills the column and stops mid-sentence (its paragraph goes on elsewhere). */
function isCut(line: PdfLine, lines: ReadonlyArray<PdfLine>): boolean {
  const right = Math.max(...lines.map((other) => other.right))
  const full = line.right >= right - 3 * line.size
  return full && !/[.!?:;…]["'”’)\]]*$/u.test(lineText(line))
}

/** Whether lines form a list: the first opens an item, the others open items or are indented. */
function isListRun(run: ReadonlyArray<PdfLine>, margin: number): boolean {
  const [first, ...rest] = run
  return (
    first !== undefined &&
    isListItem(first) &&
    rest.every((line) => isListItem(line) || isIndented(line, margin))
  )
}

/** Whether a line opens a note by its look: raised digits, or a plain number and text. */
function opensNote(line: PdfLine): boolean {
  const first = line.pieces[0]
  if (!first) return false
  return first.raised ? /^\d{1,4}$/.test(first.text) : plainNoteStart.test(first.text)
}

/** Whether a line starts to the right of `margin` by a visible indent. */
function isIndented(line: PdfLine, margin: number): boolean {
  return line.left > margin + 0.8 * line.size
}

/** Left edge of the text column: the leftmost line. */
function leftMargin(lines: ReadonlyArray<PdfLine>): number {
  return Math.min(...lines.map((line) => line.left))
}

/** Distances between the baselines of consecutive lines. */
function gaps(lines: ReadonlyArray<PdfLine>): Array<number> {
  return lines.slice(1).map((line, index) => (lines[index]?.y ?? line.y) - line.y)
}
