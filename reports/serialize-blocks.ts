/**
 * A report written a block at a time: the same text `serializeMarkdown` writes for a root
 * holding the blocks, in chunks, so a long report is never held whole, as a tree or as text.
 * Two pieces keep long parts from being built at once: more items of the list just before
 * (a long list written an item at a time) and a table whose rows are made as they are written
 * (only their cells' text is kept, to align the columns).
 */

import type { List, ListItem, RootContent, Table, TableRow } from 'mdast'
import { list } from './nodes.ts'
import { alignTable, writeBlock, writeListItem, writeTableCells } from './serialize.ts'

/** More items of the list written just before. */
export interface ListContinuation {
  /** Node type. */
  type: 'listContinuation'
  /** The items, numbered (in an ordered list) after the list's earlier items. */
  children: Array<ListItem>
}

/** A table whose rows are made one at a time, as they are written. */
export interface RowsTable {
  /** Node type. */
  type: 'rowsTable'
  /** Alignment of each column. */
  align: Table['align']
  /** The rows, the header first. */
  rows: Iterable<TableRow>
}

/** A top-level piece of a report written a block at a time. */
export type ReportBlock = RootContent | ListContinuation | RowsTable

/**
 * A tight bulleted list as blocks, an item at a time: the list with its first item, then a
 * continuation per further item, each made (`toItem`) as it is taken, so a long list is never
 * held whole. Nothing for no items.
 */
export function* listBlocks<T>(
  items: Iterable<T>,
  toItem: (item: T) => ListItem,
): Generator<ReportBlock, void, undefined> {
  let first = true
  for (const item of items) {
    const made = toItem(item)
    yield first ? list([made]) : { type: 'listContinuation', children: [made] }
    first = false
  }
}

/** Lines of a table written in one chunk. */
const tableLinesPerChunk = 256

/**
 * Write `blocks` as the children of a root, in chunks: the chunks joined are exactly what
 * `serializeMarkdown` writes for a root holding the blocks (with each continuation's items in
 * the list before it and each rows table as a table).
 *
 * @throws {TypeError} for a continuation that does not follow a list.
 */
export function* serializeBlocks(
  blocks: Iterable<ReportBlock>,
): Generator<string, void, undefined> {
  let previous: RootContent['type'] | 'rowsTable' | null = null
  let bullet = '-'
  let open: { list: List; next: number } | null = null
  let written = 0
  for (const block of blocks) {
    if (block.type === 'listContinuation') {
      if (open === null) {
        throw new TypeError('Unexpected list continuation, expected it right after a list')
      }
      for (const item of block.children) {
        const text = `${open.list.spread ? '\n\n' : '\n'}${writeListItem(open.list, item, open.next++, bullet)}`
        written += text.length
        yield text
      }
      continue
    }
    // Between two children of the root: a blank line, none between two definitions.
    const gap =
      previous === null
        ? ''
        : previous === 'definition' && block.type === 'definition'
          ? '\n'
          : '\n\n'
    // A list right after a list would continue it: it takes the other bullet.
    bullet = previous === 'list' && bullet === '-' ? '*' : '-'
    open = block.type === 'list' ? { list: block, next: block.children.length } : null
    previous = block.type
    const chunks = block.type === 'rowsTable' ? writeRowsTable(block) : [writeBlock(block, bullet)]
    let first = true
    for (const chunk of chunks) {
      const text = first ? gap + chunk : chunk
      first = false
      written += text.length
      yield text
    }
  }
  if (written > 0) yield '\n'
}

/** The lines of a rows table, a few hundred at a time (the first chunk without a line break before it). */
function* writeRowsTable(table: RowsTable): Generator<string, void, undefined> {
  const cells: Array<Array<string>> = []
  for (const row of table.rows) cells.push(writeTableCells(row))
  const lines = alignTable(cells, table.align)
  cells.length = 0
  for (let start = 0; start < lines.length; start += tableLinesPerChunk) {
    const part = lines.slice(start, start + tableLinesPerChunk).join('\n')
    yield start === 0 ? part : `\n${part}`
  }
}

/**
 * Blocks gathered as a tree's children again: each continuation's items in the list before it,
 * each rows table a table.
 *
 * @throws {TypeError} for a continuation that does not follow a list.
 */
export function collectBlocks(blocks: Iterable<ReportBlock>): Array<RootContent> {
  const nodes: Array<RootContent> = []
  for (const block of blocks) {
    const last = nodes[nodes.length - 1]
    if (block.type === 'rowsTable') {
      nodes.push({ type: 'table', align: block.align, children: [...block.rows] })
    } else if (block.type !== 'listContinuation') nodes.push(block)
    else if (last?.type === 'list') last.children.push(...block.children)
    else throw new TypeError('Unexpected list continuation, expected it right after a list')
  }
  return nodes
}
