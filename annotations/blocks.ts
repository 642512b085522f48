import type { Nodes, Root, RootContent } from 'mdast'

/** Kind of a top-level block of the paper, after lists and quotes are flattened. */
export type BlockKind = 'paragraph' | 'heading' | 'rule' | 'footnote-definition' | 'other'

/** A block of the paper: a paragraph, a heading, a rule, a Markdown footnote definition, … */
export interface Block {
  /** What the block is. */
  kind: BlockKind
  /** The mdast node. */
  node: Nodes
  /** 0-based source offset where the block starts (including a list marker). */
  start: number
  /** 0-based source offset where the block ends. */
  end: number
  /** Source text of the block as written, without the list marker. */
  source: string
  /** For the first paragraph of a list item: the list marker as written (`1)`, `-`). */
  listMarker?: string
  /** Number of lines of the block. */
  lines: number
}

/** Flatten the top level of an mdast tree into blocks, in document order. */
export function flattenBlocks(root: Root, source: string): Array<Block> {
  const blocks: Array<Block> = []
  for (const child of root.children) pushBlocks(child, source, blocks)
  return blocks
}

/** Append the blocks of one node. */
function pushBlocks(node: RootContent, source: string, blocks: Array<Block>): void {
  switch (node.type) {
    case 'list':
      for (const item of node.children) {
        item.children.forEach((child, index) => {
          const before = blocks.length
          pushBlocks(child, source, blocks)
          const first = blocks[before]
          if (index === 0 && first?.kind === 'paragraph') {
            first.listMarker = source.slice(offsetOf(item, 'start'), first.start).trim()
            first.start = offsetOf(item, 'start')
          }
        })
      }
      return
    case 'blockquote':
      for (const child of node.children) pushBlocks(child, source, blocks)
      return
    case 'table':
      // Each cell is read as a short paragraph: a marker in a cell cites the cell's text.
      for (const row of node.children) {
        for (const cell of row.children) blocks.push(createBlock(cell, source, 'paragraph'))
      }
      return
    case 'paragraph':
    case 'heading':
    case 'footnoteDefinition':
      blocks.push(createBlock(node, source, kindOf(node.type)))
      return
    case 'thematicBreak':
      blocks.push(createBlock(node, source, 'rule'))
      return
    case 'html':
      blocks.push(createBlock(node, source, /<hr\b/i.test(node.value) ? 'rule' : 'other'))
      return
    default:
      blocks.push(createBlock(node, source, 'other'))
  }
}

/** Block kind of a paragraph, heading or footnote definition node. */
function kindOf(type: 'paragraph' | 'heading' | 'footnoteDefinition'): BlockKind {
  return type === 'footnoteDefinition' ? 'footnote-definition' : type
}

/** Build a block from a node. */
function createBlock(node: Nodes, source: string, kind: BlockKind): Block {
  const start = offsetOf(node, 'start')
  const end = offsetOf(node, 'end')
  const text = source.slice(start, end)
  let lines = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++
  return { kind, node, start, end, source: text, lines }
}

/** Source offset of a node's start or end (parsed trees always carry positions). */
function offsetOf(node: Nodes, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0
}
