/**
 * Cut a table into rows: a row starts at a line with text in the first column where some
 * column's text starts a new cell — after a line left empty in that column, or where the
 * column's text did not wrap (its next word would clearly have fitted on the line before). A
 * table that opens its page goes on with the last row of a table that closed the page before,
 * in the same columns, until a row starts.
 */

import type { Layout } from './group-paragraphs.ts'
import type { Block, Grid } from './table-grid.ts'

/** A row: for each column, its blocks top to bottom. */
export type Row = Array<Array<Block>>

/** The last row of a table, which a table on the next page may go on with. */
export interface OpenRow {
  /** The row. */
  row: Row
  /** Left edges of the table's columns. */
  stops: Array<number>
  /** The last block of each column. */
  last: Array<Block | undefined>
}

/** Rows of a table, and its last row (the one carried on, if no row of its own started). */
export interface TableRows {
  /** Rows that start in this table. */
  rows: Array<Row>
  /** The row the table ends with. */
  open: OpenRow
}

/** A gap between two lines of a column wider than this share of the usual one leaves a line empty. */
const emptyLineRatio = 1.5
/** Width of a space, as a share of the font size. */
const spaceWidth = 0.25
/** A word fits on the line before only with this much room to spare (a share of the font size). */
const fitMargin = 0.5
/** Column stops within this many points of each other are the same column. */
const stopTolerance = 1.5

/**
 * How far the text of each column can reach: the next column's stop less the narrowest space
 * any column leaves before the next (tables pad their cells alike); for the last column, the
 * furthest its text reaches.
 */
export function columnLimits(grid: Grid): Array<number> {
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
 * Cut a table into rows. `carried` is the last row of a table that closed the page before:
 * when the table opens its page in the same columns, its lines go on with that row until a row
 * of its own starts.
 */
export function splitRows(grid: Grid, layout: Layout, carried?: OpenRow): TableRows {
  const limits = columnLimits(grid)
  const continued = carried && grid.start === 0 && sameStops(carried.stops, grid.stops)
  const open = continued ? carried : undefined
  const rows: Array<Row> = []
  const last: Array<Block | undefined> = open ? [...open.last] : grid.stops.map(() => undefined)
  for (const blocks of grid.blocks) {
    const starts =
      blocks.some((block) => block.column === 0) &&
      blocks.some((block) =>
        startsCell(last[block.column], block, limits[block.column] ?? 0, layout),
      )
    if (starts || (rows.length === 0 && !open)) rows.push(grid.stops.map(() => []))
    const row = rows.at(-1) ?? open?.row
    for (const block of blocks) {
      row?.[block.column]?.push(block)
      last[block.column] = block
    }
  }
  const row = rows.at(-1) ?? open?.row ?? grid.stops.map(() => [])
  return { rows, open: { row, stops: grid.stops, last } }
}

/** A column of prose has at least this share of lines filling most of the column. */
const proseShare = 0.6
/** A line fills most of its column when it is at least this share of the column's width. */
const fullLineShare = 0.6
/** Columns of prose: a page set in this many columns at most (tables have more, or short cells). */
const maxProseColumns = 3
/** Lines a column of prose holds at least. */
const minProseLines = 4
/** A column of prose is at least this many font sizes wide (a column of labels is narrower). */
const minProseWidth = 12
/** Columns of prose are about as wide as each other: the narrowest at least this share of the widest. */
const minProseWidthShare = 0.7

/**
 * Whether a grid is text set in columns rather than a table: two or three columns of about
 * the same width, each at least a dozen font sizes wide and of several lines, most of which
 * fill most of the column (wrapped prose, justified or ragged); a table has a narrow column or
 * one of short cells (labels, values) at least.
 */
export function isProseColumns(grid: Grid, limits: ReadonlyArray<number>): boolean {
  if (grid.stops.length > maxProseColumns) return false
  const widths = grid.stops.map((stop, column) => (limits[column] ?? stop) - stop)
  if (Math.min(...widths) < minProseWidthShare * Math.max(...widths)) return false
  return grid.stops.every((_, column) => {
    const blocks = grid.blocks.flat().filter((block) => block.column === column)
    const width = widths[column] ?? 0
    const full = blocks.filter((block) => block.right - block.x >= fullLineShare * width)
    const wide = blocks.every((block) => width >= minProseWidth * block.line.size)
    return wide && blocks.length >= minProseLines && full.length >= proseShare * blocks.length
  })
}

/**
 * Cut text set in columns into paragraphs, column by column: each column is read top to
 * bottom, a paragraph starting where that column left a line empty or its text did not wrap,
 * whatever the other columns do. Returns one row per paragraph (the others columns empty), the
 * first column's paragraphs first.
 */
export function splitColumns(
  grid: Grid,
  layout: Layout,
  limits: ReadonlyArray<number> = columnLimits(grid),
): Array<Row> {
  const rows: Array<Row> = []
  for (const [column] of grid.stops.entries()) {
    let previous: Block | undefined
    for (const block of grid.blocks.flat().filter((item) => item.column === column)) {
      const starts =
        previous === undefined || startsCell(previous, block, limits[column] ?? 0, layout)
      if (starts) rows.push(grid.stops.map(() => []))
      rows.at(-1)?.[column]?.push(block)
      previous = block
    }
  }
  return rows
}

/** Whether two tables have the same columns. */
function sameStops(a: ReadonlyArray<number>, b: ReadonlyArray<number>): boolean {
  return (
    a.length === b.length &&
    a.every((stop, index) => Math.abs(stop - (b[index] ?? 0)) <= stopTolerance)
  )
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
