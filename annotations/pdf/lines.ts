/**
 * Group pdf.js text items into lines: items sharing a baseline form a line, and smaller items
 * sitting just above (or just below) a line's baseline are folded into it as raised pieces.
 */

import { normalizeGlyphs } from './normalize.ts'
import type { PdfLine, PdfPiece, PdfSpan } from './types.ts'

/** The fields of a pdf.js `TextItem` this module reads. */
export interface TextItemLike {
  /** Text of the item. */
  str: string
  /** Text matrix `[a, b, c, d, e, f]`. */
  transform: ReadonlyArray<number>
  /** Width in user space. */
  width: number
}

/** A positioned item before it is placed in a line. */
interface Glyphs {
  /** Normalised text. */
  text: string
  /** Left edge. */
  x: number
  /** Baseline. */
  y: number
  /** Width. */
  width: number
  /** Font size. */
  size: number
}

/** A line being assembled: baseline items and raised items. */
interface OpenLine {
  /** Items on the baseline (subscripts included). */
  row: Array<Glyphs>
  /** Raised items. */
  raised: Array<Glyphs>
  /** Baseline. */
  y: number
  /** Dominant font size. */
  size: number
}

/** Items whose baselines differ by less than this share of the font size share a line. */
const baselineTolerance = 0.3
/** Items whose baselines differ by at most this share of the size are on one baseline. */
const sameBaseline = 0.05
/** A gap wider than this share of the font size is a space. */
const spaceGap = 0.15
/** A raised piece is at most this share of its line's size. */
const smallerRatio = 0.85

/**
 * Turn the text items of one page into lines, top to bottom, numbered from 1.
 * Rotated text (margin stamps, watermarks) and empty items are left out.
 */
export function buildLines(items: ReadonlyArray<TextItemLike>, page: number): Array<PdfLine> {
  const glyphs = items.flatMap(toGlyphs).sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: Array<Array<Glyphs>> = []
  for (const glyph of glyphs) {
    const row = rows.find((candidate) => sharesBaseline(candidate, glyph))
    if (row) row.push(glyph)
    else rows.push([glyph])
  }
  const lines = rows.map((row) => ({
    row,
    y: row[0]?.y ?? 0,
    size: dominantSize(row),
    left: Math.min(...row.map((glyph) => glyph.x)),
    right: Math.max(...row.map((glyph) => glyph.x + glyph.width)),
  }))
  const hosts = lines.map((line) => findHost(line, lines))
  const kept = new Map<(typeof lines)[number], OpenLine>()
  lines.forEach((line, index) => {
    if (!hosts[index]) kept.set(line, { ...line, row: [...line.row], raised: [] })
  })
  lines.forEach((line, index) => {
    const host = hosts[index]
    if (!host) return
    const target = kept.get(host)
    if (!target) kept.set(line, { ...line, row: [...line.row], raised: [] })
    else if (line.y > target.y) target.raised.push(...line.row)
    else target.row.push(...line.row)
  })
  return [...kept.values()]
    .sort((a, b) => b.y - a.y)
    .map((line, index) => toLine(line.row, line.raised, line.y, line.size, page, index + 1))
}
/** Read position and size of an item; `[]` for empty or rotated items. */
function toGlyphs(item: TextItemLike): Array<Glyphs> {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform
  const text = normalizeGlyphs(item.str)
  if (text.trim() === '' || Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) return []
  return [{ text, x, y, width: item.width, size: Math.abs(d) }]
}

/** Whether an item sits on the baseline of a row of the same size. */
function sharesBaseline(row: ReadonlyArray<Glyphs>, glyph: Glyphs): boolean {
  const first = row[0]
  if (!first) return false
  const size = Math.min(first.size, glyph.size)
  const ratio = size / Math.max(first.size, glyph.size)
  const shift = Math.abs(first.y - glyph.y)
  // Smaller text on the very same baseline (inline code in another font) is no superscript.
  return shift <= baselineTolerance * size && (ratio > smallerRatio || shift <= sameBaseline * size)
}

/** Font size carrying the most characters. */
function dominantSize(row: ReadonlyArray<Glyphs>): number {
  const counts = new Map<number, number>()
  for (const glyph of row) {
    const size = Math.round(glyph.size * 10) / 10
    counts.set(size, (counts.get(size) ?? 0) + glyph.text.length)
  }
  let best = 0
  let bestCount = -1
  for (const [size, count] of counts) {
    if (count > bestCount) {
      best = size
      bestCount = count
    }
  }
  return best
}

/**
 * The line a row of small text is a superscript (or subscript) of, if any. `left` and `right`
 * are the row's extent, measured once per row: every row is compared with every other.
 */
function findHost<T extends { y: number; size: number; left: number; right: number }>(
  line: T,
  lines: ReadonlyArray<T>,
): T | undefined {
  const { left, right } = line
  let best: T | undefined
  for (const candidate of lines) {
    if (candidate === line || line.size > smallerRatio * candidate.size) continue
    const shift = (line.y - candidate.y) / candidate.size
    const fits = (shift >= 0.12 && shift <= 0.7) || (shift <= -0.08 && shift >= -0.4)
    const near =
      left >= candidate.left - 3 * candidate.size && right <= candidate.right + 3 * candidate.size
    if (!fits || !near) continue
    if (!best || Math.abs(line.y - candidate.y) < Math.abs(line.y - best.y)) best = candidate
  }
  return best
}

/** Assemble a line from its baseline and raised items. */
function toLine(
  row: ReadonlyArray<Glyphs>,
  raised: ReadonlyArray<Glyphs>,
  y: number,
  size: number,
  page: number,
  line: number,
): PdfLine {
  const spans: Array<PdfSpan> = [
    ...row.map((glyph) => toSpan(glyph, false)),
    ...raised.map((glyph) => toSpan(glyph, true)),
  ].sort((a, b) => a.x - b.x)
  return lineOfSpans(spans, { y, size, page, line })
}

/** A line made of `spans` (left to right), merged into pieces, at the place `at` gives. */
export function lineOfSpans(
  spans: Array<PdfSpan>,
  at: Pick<PdfLine, 'y' | 'size' | 'page' | 'line'>,
): PdfLine {
  const pieces = composePieces(spans, at.size)
  const first = pieces[0]
  const last = pieces.at(-1)
  return {
    pieces,
    ...at,
    left: first?.x ?? 0,
    right: last ? last.x + last.width : 0,
    spans,
  }
}

/** An item as a span of its line. */
function toSpan(glyph: Glyphs, raised: boolean): PdfSpan {
  return { text: glyph.text, x: glyph.x, width: glyph.width, size: glyph.size, raised }
}

/**
 * Merge the spans of a line (left to right) into pieces: neighbouring spans both on the
 * baseline, or both raised, form one piece; a gap wider than a share of `size` is a space.
 */
export function composePieces(spans: ReadonlyArray<PdfSpan>, size: number): Array<PdfPiece> {
  const pieces: Array<PdfPiece> = []
  let previousEnd = Number.NEGATIVE_INFINITY
  let trailingSpace = false
  for (const span of spans) {
    const gap = span.x - previousEnd
    const spaceBefore =
      gap > spaceGap * Math.min(size, span.size * 1.5) || trailingSpace || /^\s/.test(span.text)
    previousEnd = Math.max(previousEnd, span.x + span.width)
    trailingSpace = /\s$/.test(span.text)
    const last = pieces.at(-1)
    const text = span.text.trim()
    if (last && last.raised === span.raised) {
      last.text += (spaceBefore ? ' ' : '') + text
      last.width = span.x + span.width - last.x
      continue
    }
    pieces.push({
      text,
      x: span.x,
      width: span.width,
      size: span.size,
      raised: span.raised,
      spaceBefore,
    })
  }
  return pieces
}
