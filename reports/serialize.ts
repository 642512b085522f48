/**
 * Serialisation of the report's mdast trees to GitHub-flavoured Markdown, written directly in
 * one pass over the tree: each text is escaped once, for the context it sits in (see
 * `markdown-escape.ts`). The output is what remark-stringify writes with the settings the
 * reports always used (`-` bullets, `_` emphasis, `**` strong, tight definitions, aligned GFM
 * tables measured in terminal columns), for the node types reports build; any other node type
 * is a bug and throws.
 */

import type { List, ListItem, Nodes, Root, RootContent, Table, TableRow } from 'mdast'
import { escapeDestination } from './markdown-escape.ts'
import { escapeLabel, writePhrasing } from './serialize-phrasing.ts'
import { displayWidth } from './width.ts'

/** Phrasing context of block-level text. */
const flowText = { table: false, label: false, heading: false }

/** Prefix every line but blank ones; the first line gets `first`, the others `rest`. */
function indentLines(value: string, first: string, rest: string, blankFirst = first): string {
  return value
    .split('\n')
    .map((line, index) => {
      if (index === 0) return line.length === 0 ? blankFirst : first + line
      return line.length === 0 ? '' : rest + line
    })
    .join('\n')
}

/** Blank lines between two siblings of a parent (remark's `join` rules for these nodes). */
function between(left: RootContent, right: RootContent, parent: Nodes): string {
  if (left.type === 'definition' && right.type === 'definition') return '\n'
  if (!('spread' in parent) || typeof parent.spread !== 'boolean') return '\n\n'
  if (parent.spread) return '\n\n'
  let tail: RootContent = left
  while (
    (tail.type === 'blockquote' || tail.type === 'list' || tail.type === 'listItem') &&
    tail.children.length > 0
  ) {
    tail = tail.children[tail.children.length - 1] as RootContent
  }
  if (left.type === 'blockquote' && right.type === 'blockquote') return '\n\n'
  if (left.type === 'table' && (right.type === 'paragraph' || right.type === 'table')) {
    return '\n\n'
  }
  if (tail.type !== 'paragraph' && tail.type !== 'definition') return '\n'
  const joins = right.type === 'paragraph' || right.type === 'definition' || right.type === 'html'
  return (left.type === 'paragraph' || left !== tail) && joins ? '\n\n' : '\n'
}

/** Write the children of a block container, one after the other. */
function writeFlow(parent: Extract<Nodes, { children: Array<RootContent> }>): string {
  let out = ''
  let previous: RootContent | null = null
  let bullet = '-'
  for (const child of parent.children) {
    if (previous !== null) out += between(previous, child, parent)
    // A list right after a list would continue it: it takes the other bullet.
    bullet = previous?.type === 'list' && bullet === '-' ? '*' : '-'
    out += writeBlock(child, bullet)
    previous = child
  }
  return out
}

/** The cells of one table row, written (a table's columns are aligned on these). */
export function writeTableCells(row: TableRow): Array<string> {
  const context = { ...flowText, table: true }
  return row.children.map((cell) => writePhrasing(cell.children, '|', '|', context))
}

/** Write one table as aligned GFM rows. */
function writeTable(node: Table): string {
  return alignTable(node.children.map(writeTableCells), node.align).join('\n')
}

/**
 * The lines of a table from its rows' written cells (the header first), each column padded to
 * its widest cell, measured in terminal columns.
 */
export function alignTable(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align: Table['align'],
): Array<string> {
  const columns = Math.max(...rows.map((row) => row.length), align?.length ?? 0)
  const widths: Array<number> = []
  const sizes = rows.map((row) => row.map((cell) => displayWidth(cell)))
  for (let column = 0; column < columns; column += 1) {
    widths[column] = Math.max(0, ...sizes.map((row) => row[column] ?? 0))
  }
  const delimiter: Array<string> = []
  for (let column = 0; column < columns; column += 1) {
    const alignment = align?.[column] ?? null
    const left = alignment === 'left' || alignment === 'center' ? ':' : ''
    const right = alignment === 'right' || alignment === 'center' ? ':' : ''
    const dashes = Math.max(1, (widths[column] ?? 0) - left.length - right.length)
    delimiter[column] = left + '-'.repeat(dashes) + right
    widths[column] = Math.max(widths[column] ?? 0, delimiter[column]?.length ?? 0)
  }
  return [rows[0] ?? [], delimiter, ...rows.slice(1)].map((row, index) => {
    const cells: Array<string> = []
    for (let column = 0; column < Math.max(1, row.length); column += 1) {
      const cell = row[column] ?? ''
      const width = index === 1 ? cell.length : (sizes[index === 0 ? 0 : index - 1]?.[column] ?? 0)
      const pad = (widths[column] ?? 0) - width
      const alignment = align?.[column] ?? null
      const before = alignment === 'right' ? pad : alignment === 'center' ? Math.ceil(pad / 2) : 0
      cells.push(`${' '.repeat(before)}${cell}${' '.repeat(pad - before)}`)
    }
    return `| ${cells.join(' | ')} |`
  })
}

/** Write item `index` of `list` (its marker, then its blocks indented under it). */
export function writeListItem(list: List, item: ListItem, index: number, bullet: string): string {
  const marker = list.ordered ? `${(list.start ?? 1) + index}.` : bullet
  return indentLines(writeFlow(item), `${marker} `, ' '.repeat(marker.length + 1), marker)
}

/** Write one block node; `bullet` is the bullet of a list. */
export function writeBlock(node: RootContent, bullet = '-'): string {
  switch (node.type) {
    case 'paragraph':
      return writePhrasing(node.children, '\n', '\n', flowText)
    case 'heading': {
      const sequence = '#'.repeat(Math.min(Math.max(node.depth, 1), 6))
      const context = { ...flowText, heading: true }
      let value = writePhrasing(node.children, '# ', '\n', context)
      if (value.startsWith(' ') || value.startsWith('\t')) {
        value = `&#x${value.charCodeAt(0).toString(16).toUpperCase()};${value.slice(1)}`
      }
      return value.length === 0 ? sequence : `${sequence} ${value}`
    }
    case 'list':
      return node.children
        .map((item, index) => writeListItem(node, item, index, bullet))
        .join(node.spread ? '\n\n' : '\n')
    case 'blockquote':
      return indentLines(writeFlow(node), '> ', '> ', '>').replace(/^$/gm, '>')
    case 'table':
      return writeTable(node)
    case 'definition':
      return `[${escapeLabel(node.label ?? node.identifier)}]: ${escapeDestination(node.url, '\n')}`
    case 'html':
      return node.value
    case 'thematicBreak':
      return '---'
    case 'footnoteDefinition': {
      const label = `[^${escapeLabel(node.label ?? node.identifier)}]:`
      if (node.children.length === 0) return label
      return `${label} ${indentLines(writeFlow(node), '', '    ')}`
    }
    case 'code': {
      let fence = '```'
      while (node.value.includes(fence)) fence += '`'
      return `${fence}${node.lang ?? ''}\n${node.value}\n${fence}`
    }
    default:
      throw new TypeError(`Unexpected \`${node.type}\` block in a report, expected report blocks`)
  }
}

/** Serialise a report tree to GFM (tables, footnotes) with stable, readable settings. */
export function serializeMarkdown(tree: Root): string {
  const out = writeFlow(tree)
  return out.length === 0 ? '' : `${out}\n`
}
