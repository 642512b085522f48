import type { Block } from './blocks.ts'
import { collectInlineText } from './inline-text.ts'
import type { HeadingReader } from './sections.ts'
import { readTitle } from './sections.ts'
import type { TableOfContents } from './toc.ts'
import type { YamlHeader } from './yaml-header.ts'

/** The paper split into its front matter (title page, contents) and its body. */
export interface PaperParts {
  /** Blocks before the body: title page and table of contents. They carry no claims. */
  front: Array<Block>
  /** Blocks of the body, footnote definitions included. */
  body: Array<Block>
}

/**
 * Split off the front matter. A YAML header is front matter. With a table of contents the
 * body starts at the first heading after it; without one, only a leading top-level heading
 * (the title) is front matter.
 */
export function splitFrontMatter(
  blocks: ReadonlyArray<Block>,
  toc: TableOfContents | null,
  yaml: YamlHeader | null,
  readHeading: HeadingReader,
): PaperParts {
  let start = yaml ? blocks.findIndex((block) => block.start >= yaml.end) : 0
  if (start === -1) start = blocks.length
  if (toc) {
    start = blocks.findIndex((block) => block.start >= toc.end && readHeading(block) !== null)
    if (start === -1) start = blocks.findIndex((block) => block.start >= toc.end)
    if (start === -1) start = blocks.length
  } else {
    const first = blocks[start]?.node
    if (first?.type === 'heading' && first.depth === 1) start++
  }
  return { front: blocks.slice(0, start), body: blocks.slice(start) }
}

/**
 * Title of the paper: the first top-level heading of the front matter, else its first
 * paragraph set entirely in bold. `null` when there is neither.
 */
export function findTitle(front: ReadonlyArray<Block>, source: string): string | null {
  for (const block of front) {
    if (block.node.type === 'heading' && block.node.depth === 1) return readTitle(block, source)
  }
  for (const block of front) {
    if (block.node.type !== 'paragraph') continue
    const children = block.node.children.filter(
      (child) => child.type !== 'text' || child.value.trim() !== '',
    )
    if (children.length > 0 && children.every((child) => child.type === 'strong')) {
      return collectInlineText(block.node, source).text.replace(/\s+/g, ' ').trim()
    }
  }
  return null
}

/** Longest opening line read as the title of a plain-text paper. */
const maxOpeningTitle = 150

/**
 * Title of a plain-text paper without a heading: its opening paragraph when that is at most
 * three short lines that do not end like a sentence and carry no marker. `null` otherwise.
 */
export function findOpeningTitle(blocks: ReadonlyArray<Block>, source: string): string | null {
  const first = blocks.find((block) => block.kind !== 'other' && block.kind !== 'rule')
  if (first?.kind !== 'paragraph' || first.lines > 3) return null
  const text = collectInlineText(first.node, source).text.replace(/\s+/g, ' ').trim()
  if (text === '' || text.length > maxOpeningTitle || /[.;,:]$/.test(text)) return null
  if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^?\d+\]/.test(text) || !/^[\p{Lu}\p{N}"“«]/u.test(text)) return null
  return text
}
