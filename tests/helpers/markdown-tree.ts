/**
 * Parse Markdown the way GitHub does (CommonMark + GFM) to assert on what a reader would see.
 */

import type { Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/** Parse GFM into an mdast tree. */
export function parseMarkdown(value: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(value)
}

/** Every node of a given type in a tree. */
export function selectAll<T extends Nodes['type']>(
  tree: Root,
  type: T,
): Array<Extract<Nodes, { type: T }>> {
  const found: Array<Extract<Nodes, { type: T }>> = []
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, { type: T }>)
  })
  return found
}
