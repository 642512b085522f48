/**
 * Find tables in a page's body lines by their structure: a run of consecutive lines whose text
 * falls into blocks separated by wide gaps, the blocks starting at the same few x positions
 * (column stops) line after line. Prose lines (one block from margin to margin, or blocks that
 * do not line up with other lines) are never part of a table, and neither is a list whose
 * first "column" holds only bullets or numbers.
 */

import { bulletGlyphs } from '../bullets.ts'
import type { PdfLine, PdfSpan } from './types.ts'

/** Text of one line that stands apart from the rest of the line by a wide gap. */
export interface Block {
  /** Its spans, left to right. */
  spans: Array<PdfSpan>
  /** Left edge. */
  x: number
  /** Right edge. */
  right: number
  /** The line it is on. */
  line: PdfLine
  /** Index of its column in the table (-1 before columns are known). */
  column: number
}

/** A table found on a page. */
export interface Grid {
  /** Index of its first line in the page's lines. */
  start: number
  /** Index after its last line. */
  end: number
  /** Left edges of its columns, left to right. */
  stops: Array<number>
  /** Blocks of each of its lines, in line order. */
  blocks: Array<Array<Block>>
}

/** A gap wider than this share of the line's font size separates blocks. */
const blockGap = 0.4
/** Block starts within this many points of each other line up. */
const stopTolerance = 1.5
/** A column stop is where at least this many blocks start. */
const minimumStarts = 3
/** A table has at least this many lines with two blocks or more. */
const minimumRows = 2
/** Lines of a table are at most this many font sizes apart. */
const maximumLineGap = 3
/** A first column holding only these is a list's bullets or numbers, not a table's column. */
const listMarker = new RegExp(
  `^(?:[${bulletGlyphs}✓✔–—-]|\\(?\\d{1,4}[.)]?|\\[\\d{1,4}\\]|[a-z][.)])$`,
  'i',
)

/** Find the tables among the lines of one page (top to bottom). */
export function findGrids(lines: ReadonlyArray<PdfLine>): Array<Grid> {
  const split = lines.map(toBlocks)
  const stops = findStops(split.filter((line) => line.length >= 2).flat())
  if (stops.length < 2) return []
  const columns = lines.map((line) => toColumns(line, stops))
  const grids: Array<Grid> = []
  let start = 0
  while (start < lines.length) {
    let end = start
    while (end < lines.length && columns[end]) {
      const previous = lines[end - 1]
      const line = lines[end]
      if (end > start && previous && line && !isNear(previous, line)) break
      end++
    }
    const own = columns.slice(start, end).map((line) => line ?? [])
    if (own.filter((line) => line.length >= 2).length >= minimumRows) {
      const blocks = own.flat()
      const used = [...new Set(blocks.map((block) => block.column))].sort((a, b) => a - b)
      const first = blocks.filter((block) => block.column === used[0])
      if (!first.every((block) => listMarker.test(blockText(block)))) {
        // Number the columns the table uses from 0.
        const renumber = new Map(used.map((column, index) => [column, index]))
        for (const block of blocks) block.column = renumber.get(block.column) ?? -1
        grids.push({ start, end, stops: used.map((column) => stops[column] ?? 0), blocks: own })
      }
    }
    start = Math.max(end, start + 1)
  }
  return grids
}

/**
 * The text of a line by column: the spans from each stop up to the next, as blocks. `undefined`
 * when the line does not fit the columns: text left of the first stop, text of a column not
 * starting at its stop, or text running into the next column.
 */
function toColumns(line: PdfLine, stops: ReadonlyArray<number>): Array<Block> | undefined {
  const blocks: Array<Block> = []
  for (const span of line.spans ?? line.pieces) {
    const column = lastStopAtOrBefore(stops, span.x + stopTolerance)
    if (column === -1) return undefined
    const last = blocks.at(-1)
    const right = span.x + span.width
    if (last && last.column === column) {
      last.spans.push(span)
      last.right = Math.max(last.right, right)
      continue
    }
    if (!near(span.x, stops[column] ?? Number.NaN)) return undefined
    blocks.push({ spans: [span], x: span.x, right, line, column })
  }
  const fits = blocks.every((block) => {
    const next = stops[block.column + 1]
    return next === undefined || block.right < next - stopTolerance
  })
  return blocks.length > 0 && fits ? blocks : undefined
}

/** The blocks of a line: its spans, split where the gap to the next span is wide. */
function toBlocks(line: PdfLine): Array<Block> {
  const spans = line.spans ?? line.pieces
  const blocks: Array<Block> = []
  for (const span of spans) {
    const last = blocks.at(-1)
    const right = span.x + span.width
    if (last && span.x - last.right < blockGap * line.size) {
      last.spans.push(span)
      last.right = Math.max(last.right, right)
    } else {
      blocks.push({ spans: [span], x: span.x, right, line, column: -1 })
    }
  }
  return blocks
}

/** Text of a block. */
function blockText(block: Block): string {
  return block.spans
    .map((span) => span.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether two x positions line up. */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= stopTolerance
}

/** The x positions where at least {@link minimumStarts} blocks start, left to right. */
function findStops(blocks: ReadonlyArray<Block>): Array<number> {
  const starts = blocks.map((block) => block.x).sort((a, b) => a - b)
  const stops: Array<number> = []
  let cluster: Array<number> = []
  for (const x of [...starts, Number.POSITIVE_INFINITY]) {
    const first = cluster[0]
    if (first !== undefined && x - first <= stopTolerance) {
      cluster.push(x)
      continue
    }
    if (first !== undefined && cluster.length >= minimumStarts) stops.push(first)
    cluster = [x]
  }
  return stops
}

/** Index of the last of the sorted `stops` at or before `x` (-1 when none is), by bisection. */
function lastStopAtOrBefore(stops: ReadonlyArray<number>, x: number): number {
  let low = 0
  let high = stops.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((stops[middle] ?? 0) <= x) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Whether two consecutive lines are close enough to be lines of one table. */
function isNear(previous: PdfLine, line: PdfLine): boolean {
  return previous.y - line.y <= maximumLineGap * Math.max(previous.size, line.size)
}
