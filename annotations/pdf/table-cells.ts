/**
 * Read tables cell by cell instead of row by row across their columns. A table's lines
 * (table-grid.ts) are cut into rows (table-rows.ts; a table that opens a page may go on with the
 * last row of the page before); text set in columns of prose is read column by column instead,
 * each column cut into paragraphs by its own empty lines and short lines. Each cell's text, with its wrapped lines, becomes lines of its
 * own, so that it reads as a paragraph and a marker in a cell cites that cell's text.
 */

import type { Layout } from './group-paragraphs.ts'
import { lineOfSpans } from './lines.ts'
import { type Block, findGrids } from './table-grid.ts'
import {
  columnLimits,
  isProseColumns,
  type OpenRow,
  splitColumns,
  splitRows,
} from './table-rows.ts'
import type { PdfLine, PdfSpan } from './types.ts'

/** Spans of a block starting within this many points of the one before start a line below it. */
const overlapTolerance = 1

/** Body lines with their tables read cell by cell. */
export interface TableReading {
  /** Body lines of each page, each table's lines replaced by its cells' lines in reading order. */
  bodies: Array<Array<PdfLine>>
  /** The cell (numbered through the document) each line of a cell is in. */
  cells: Map<PdfLine, number>
  /** Right edge of the column of each line of a cell. */
  right: Map<PdfLine, number>
}

/** Read the tables of every page's body lines cell by cell. */
export function readTables(
  bodies: ReadonlyArray<ReadonlyArray<PdfLine>>,
  layout: Layout,
): TableReading {
  // Rows first, page by page: a table opening a page may go on with the last row of the page before.
  let open: OpenRow | undefined
  const tables = bodies.map((lines) => {
    const grids = findGrids(lines)
    const read = grids.map((grid, index) => {
      const limits = columnLimits(grid)
      if (isProseColumns(grid, limits)) {
        open = undefined
        return { grid, rows: splitColumns(grid, layout, limits), limits }
      }
      const { rows, open: last } = splitRows(grid, layout, index === 0 ? open : undefined)
      open = grid.end === lines.length ? last : undefined
      return { grid, rows, limits }
    })
    if (grids.length === 0) open = undefined
    return read
  })
  const cells = new Map<PdfLine, number>()
  const right = new Map<PdfLine, number>()
  let cell = 0
  const read = bodies.map((lines, page) => {
    const out: Array<PdfLine> = []
    let next = 0
    for (const { grid, rows, limits } of tables[page] ?? []) {
      out.push(...lines.slice(next, grid.start))
      for (const row of rows) {
        for (const [column, blocks] of row.entries()) {
          if (blocks.length === 0) continue
          for (const line of blocks.flatMap(toCellLines)) {
            cells.set(line, cell)
            right.set(line, limits[column] ?? line.right)
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
 * A block as lines of its own. Text of two lines of the column that the page's line holds
 * together (smaller text just above the baseline, taken for raised: code in a column set
 * smaller) overlaps: the raised spans are then the line above, the others the line below.
 */
function toCellLines(block: Block): Array<PdfLine> {
  const overlaps = block.spans.some(
    (span, index) => index > 0 && span.x < (block.spans[index - 1]?.x ?? 0) + overlapTolerance,
  )
  if (!overlaps) return [toCellLine(block, block.spans)]
  const above = block.spans
    .filter((span) => span.raised)
    .map((span) => ({ ...span, raised: false }))
  const below = block.spans.filter((span) => !span.raised)
  return [above, below].filter((spans) => spans.length > 0).map((spans) => toCellLine(block, spans))
}

/** Spans of a block as a line of its own. */
function toCellLine(block: Block, spans: Array<PdfSpan>): PdfLine {
  const { y, size, page, line } = block.line
  return lineOfSpans(spans, { y, size, page, line })
}
