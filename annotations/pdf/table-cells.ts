/**
 * Read tables cell by cell instead of row by row across their columns. A table's lines
 * (table-grid.ts) are cut into rows at lines with text in the first column where some column
 * starts a new cell: after a line left empty in that column, or where the column's text did not
 * wrap (its next word would clearly have fitted on the line before). Each cell's text, with its
 * wrapped lines, becomes lines of its own, so that it reads as a paragraph and a marker in a
 * cell cites that cell's text.
 */

import type { Layout } from './group-paragraphs.ts'
import { composePieces } from './lines.ts'
import { type Block, findGrids, type Grid } from './table-grid.ts'
import type { PdfLine } from './types.ts'

/** Body lines with their tables read cell by cell. */
export interface TableReading {
  /** Body lines of each page, each table's lines replaced by its cells' lines in reading order. */
  bodies: Array<Array<PdfLine>>
  /** The cell (numbered through the document) each line of a cell is in. */
  cells: Map<PdfLine, number>
  /** Right edge of the column of each line of a cell. */
  right: Map<PdfLine, number>
}

/** A gap between two lines of a column wider than this share of the usual one leaves a line empty. */
const emptyLineRatio = 1.5
/** Width of a space, as a share of the font size. */
const spaceWidth = 0.25
/** A word fits on the line before only with this much room to spare (a share of the font size). */
const fitMargin = 0.5

/** Read the tables of every page's body lines cell by cell. */
export function readTables(
  bodies: ReadonlyArray<ReadonlyArray<PdfLine>>,
  layout: Layout,
): TableReading {
  const cells = new Map<PdfLine, number>()
  const right = new Map<PdfLine, number>()
  let cell = 0
  const read = bodies.map((lines) => {
    const grids = findGrids(lines)
    if (grids.length === 0) return [...lines]
    const out: Array<PdfLine> = []
    let next = 0
    for (const grid of grids) {
      out.push(...lines.slice(next, grid.start))
      const limits = columnLimits(grid)
      for (const row of splitRows(grid, layout)) {
        for (const [column, blocks] of row.entries()) {
          if (blocks.length === 0) continue
          const edge = limits[column] ?? 0
          for (const block of blocks) {
            const line = toCellLine(block)
            cells.set(line, cell)
            right.set(line, edge)
            out.push(line)
          }
          cell++
        }
      }
      next = grid.end
    }
    out.push(...lines.slice(next))
    return out
  })
  return { bodies: read, cells, right }
}

/**
 * How far the text of each column can reach: the next column's stop less the narrowest space
 * any column leaves before the next (tables pad their cells alike); for the last column, the
 * furthest its text reaches.
 */
function columnLimits(grid: Grid): Array<number> {
  const reach = grid.stops.map(() => Number.NEGATIVE_INFINITY)
  for (const block of grid.blocks.flat()) {
    reach[block.column] = Math.max(reach[block.column] ?? 0, block.right)
  }
  const padding = Math.min(...grid.stops.slice(1).map((stop, index) => stop - (reach[index] ?? 0)))
  return grid.stops.map((_, column) => {
    const next = grid.stops[column + 1]
    return next === undefined ? (reach[column] ?? 0) : next - padding
  })
}

/**
 * Rows of a table, each a list of columns holding their blocks top to bottom. A row starts at a
 * line with text in the first column where the text of some column starts a new cell.
 */
function splitRows(grid: Grid, layout: Layout): Array<Array<Array<Block>>> {
  const rows: Array<Array<Array<Block>>> = []
  const limits = columnLimits(grid)
  const last: Array<Block | undefined> = grid.stops.map(() => undefined)
  for (const blocks of grid.blocks) {
    const starts =
      blocks.some((block) => block.column === 0) &&
      blocks.some((block) =>
        startsCell(last[block.column], block, limits[block.column] ?? 0, layout),
      )
    if (rows.length === 0 || starts) rows.push(grid.stops.map(() => []))
    const row = rows.at(-1)
    for (const block of blocks) {
      row?.[block.column]?.push(block)
      last[block.column] = block
    }
  }
  return rows
}

/**
 * Whether `block` starts a new cell of its column rather than going on with `previous`, the
 * column's block before it: a line of the column was left empty between them, or the column's
 * text did not wrap (its first word would clearly have fitted after `previous`). The first
 * block of the first column starts a cell; the first of another column tells nothing.
 */
function startsCell(
  previous: Block | undefined,
  block: Block,
  limit: number,
  layout: Layout,
): boolean {
  if (!previous) return block.column === 0
  const size = block.line.size
  const usual = layout.spacing.get(Math.round(size)) ?? 1.2 * size
  if (previous.line.y - block.line.y > emptyLineRatio * usual) return true
  const before = previous.spans
    .map((span) => span.text)
    .join('')
    .trimEnd()
  if (/[\p{L}\p{N}][-‐/]$/u.test(before)) return false
  const first = block.spans[0]
  if (!first) return false
  const text = first.text.trim()
  const word = /^\S+/.exec(text)?.[0] ?? ''
  const wordWidth = (first.width * word.length) / Math.max(1, text.length)
  return previous.right + (spaceWidth + fitMargin) * size + wordWidth <= limit
}

/** A block as a line of its own. */
function toCellLine(block: Block): PdfLine {
  const { line, spans } = block
  const pieces = composePieces(spans, line.size)
  const last = pieces.at(-1)
  return {
    pieces,
    y: line.y,
    size: line.size,
    left: block.x,
    right: last ? last.x + last.width : block.right,
    page: line.page,
    line: line.line,
    spans,
  }
}
