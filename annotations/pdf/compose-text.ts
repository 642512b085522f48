/**
 * Assemble the pages of a PDF into text in the superscript convention, with a line map:
 * body paragraphs, then after the last paragraph touching a page, that page's footnotes (notes
 * at the page bottom, and table notes set as paragraphs under a table: table-notes.ts).
 */

import type { Place } from '../types.ts'
import { type PdfNote, splitFootnoteAreas } from './footnote-area.ts'
import { dropFurniture } from './furniture.ts'
import { groupParagraphs, type LineGroup, measureLayout } from './group-paragraphs.ts'
import {
  collectVocabulary,
  escapeRiskyStart,
  type JoinContext,
  joinLines,
  type TextLine,
} from './join.ts'
import { findNoteLinks, missingUrls } from './note-links.ts'
import {
  type MarkerState,
  noteKey,
  renderBodyLine,
  renderNoteLine,
  toSuperscript,
} from './render-line.ts'
import { readTables } from './table-cells.ts'
import { liftTableNotes } from './table-notes.ts'
import type { PdfLine, PdfPage } from './types.ts'

/** Text of a PDF in the superscript convention, with where each of its lines comes from. */
export interface AssembledText {
  /** Paragraphs separated by blank lines. */
  text: string
  /** `lineMap[i]` is the place of line `i + 1` of `text`. */
  lineMap: Array<Place>
  /**
   * Where numbering restarts (per chapter), the notes are written as Markdown footnotes
   * (`[^2.1]`) and this gives the label each shows (`2.1` → `1`); absent otherwise.
   */
  labels?: Map<string, string>
}

/** The title is set at least this many times larger than the body. */
const titleRatio = 1.3

/** A block of output lines: a paragraph or a note. */
interface OutBlock {
  lines: Array<TextLine>
  /** First page the block is on. */
  page: number
}

/** Assemble pages (top-to-bottom lines, links) into text and a line map. */
export function assembleText(pages: ReadonlyArray<PdfPage>): AssembledText {
  const cleaned = dropFurniture(pages)
  const bodySize = bodyFontSize(cleaned)
  const layout = measureLayout(cleaned.map((page) => page.lines))
  const split = liftTableNotes(splitFootnoteAreas(cleaned, bodySize), layout)
  const notes = split.flatMap((page) => page.notes)
  const tables = readTables(
    split.map((page) => page.body),
    layout,
  )
  const bodies = tables.bodies
  const restarts = notes.some((note) => note.sequence > 1)
  const state: MarkerState = { notes: new Set(notes.map((note) => note.number)), last: 0 }
  if (restarts) {
    state.sequences = {
      keys: new Set(notes.map((note) => noteKey(note.sequence, note.number))),
      current: 1,
    }
  }
  const rendered = new Map<PdfLine, string>()
  for (const line of bodies.flat()) rendered.set(line, renderBodyLine(line, state))
  for (const line of notes.flatMap((note) => note.lines)) rendered.set(line, renderNoteLine(line))
  const textOf = (line: PdfLine): string => rendered.get(line) ?? ''
  const context: JoinContext = {
    risky: 'escape',
    vocabulary: collectVocabulary(rendered.values()),
    links: pages.flatMap((page) => page.links.map((link) => link.url)),
  }
  const toText = (line: PdfLine): TextLine =>
    toTextLine(line, textOf(line), tables.right.get(line) ?? layout.right.get(line.page))
  const groups = groupParagraphs(bodies, layout, textOf, tables.cells)
  const paragraphs: Array<OutBlock> = groups.map((group) => {
    const lines = joinLines(group.lines.map(toText), context)
    const first = lines[0]
    // A cell's text is a paragraph of its own: a cell holding `-` is no list item.
    if (first && group.lines[0] && tables.cells.has(group.lines[0])) {
      first.text = escapeRiskyStart(first.text)
    }
    return { lines, page: group.lines[0]?.page ?? 0 }
  })
  const title = paragraphs[findTitle(groups, bodySize)]?.lines
  const [titleFirst, titleLast] = [title?.[0], title?.at(-1)]
  if (titleFirst && titleLast) {
    titleFirst.text = `**${titleFirst.text}`
    titleLast.text = `${titleLast.text}**`
  }
  const links = findNoteLinks(notes, pages)
  const noteBlocks = notes.map((note) =>
    toNoteBlock(note, links.get(note) ?? [], toText, context, restarts),
  )
  const assembled = serialize(interleave(paragraphs, noteBlocks))
  if (!restarts) return assembled
  const labels = new Map(
    notes.map((note) => [noteKey(note.sequence, note.number), String(note.number)]),
  )
  return { ...assembled, labels }
}

/**
 * Font size of the body: the largest size carrying at least a third as many characters as the
 * most used size (on pages heavy with notes, the notes' size can be the most used).
 */
function bodyFontSize(pages: ReadonlyArray<PdfPage>): number {
  const counts = new Map<number, number>()
  for (const line of pages.flatMap((page) => page.lines)) {
    for (const piece of line.pieces) {
      if (piece.raised) continue
      const size = Math.round(piece.size * 10) / 10
      counts.set(size, (counts.get(size) ?? 0) + piece.text.length)
    }
  }
  const most = Math.max(0, ...counts.values())
  return Math.max(0, ...[...counts].filter(([, count]) => count >= most / 3).map(([size]) => size))
}

/**
 * Index of the title: the paragraph set in the largest type on the first page with text, when
 * that type is clearly larger than the body's (-1 when there is none). It is emitted in bold,
 * as a title page converted to text shows it.
 */
function findTitle(groups: ReadonlyArray<LineGroup>, bodySize: number): number {
  const firstPage = groups[0]?.lines[0]?.page
  let best = -1
  let bestSize = titleRatio * bodySize
  groups.forEach((group, index) => {
    if (group.lines[0]?.page !== firstPage) return
    const size = Math.max(...group.lines.map((line) => line.size))
    if (size > bestSize || (best === -1 && size >= bestSize)) {
      best = index
      bestSize = size
    }
  })
  return best
}

/** A PDF line as an output line; `edge` is the right edge of its column. */
function toTextLine(line: PdfLine, text: string, edge: number | undefined): TextLine {
  const right = edge ?? line.right
  return {
    text,
    place: { line: line.line, column: 1, page: line.page },
    room: Math.max(0, right - line.right),
    charWidth: (line.right - line.left) / Math.max(1, text.length),
  }
}

/** A note as an output block: `¹² text…`, with link URLs it does not show appended. */
function toNoteBlock(
  note: PdfNote,
  urls: ReadonlyArray<string>,
  toText: (line: PdfLine) => TextLine,
  context: JoinContext,
  restarts: boolean,
): OutBlock {
  const lines = joinLines(note.lines.map(toText), { ...context, risky: 'merge' })
  const first = lines[0]
  const label = restarts ? `[^${noteKey(note.sequence, note.number)}]:` : toSuperscript(note.number)
  const place = { line: note.lines[0]?.line ?? 1, column: 1, page: note.page }
  if (first) first.text = `${label} ${first.text}`
  else lines.push({ text: label, place, room: 0, charWidth: 0 })
  const missing = missingUrls(lines.map((line) => line.text).join(' '), urls)
  const last = lines.at(-1)
  if (last && missing.length > 0) last.text += missing.map((url) => ` <${url}>`).join('')
  return { lines, page: note.page }
}

/** Put each note after the last paragraph that starts on or before its page. */
function interleave(
  paragraphs: ReadonlyArray<OutBlock>,
  notes: ReadonlyArray<OutBlock>,
): Array<OutBlock> {
  const out: Array<OutBlock> = []
  let next = 0
  paragraphs.forEach((paragraph, index) => {
    out.push(paragraph)
    const following = paragraphs[index + 1]
    while (next < notes.length && (!following || following.page > (notes[next]?.page ?? 0))) {
      const note = notes[next++]
      if (note) out.push(note)
    }
  })
  out.push(...notes.slice(next))
  return out
}

/** Join blocks with blank lines; a blank line maps to the place of the line before it. */
function serialize(blocks: ReadonlyArray<OutBlock>): AssembledText {
  const texts: Array<string> = []
  const lineMap: Array<Place> = []
  for (const block of blocks) {
    if (block.lines.length === 0) continue
    const previous = lineMap.at(-1)
    if (previous) {
      texts.push('')
      lineMap.push({ ...previous })
    }
    for (const line of block.lines) {
      texts.push(line.text)
      lineMap.push(line.place)
    }
  }
  return { text: texts.join('\n'), lineMap }
}
