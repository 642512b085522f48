import type { Block } from './blocks.ts'
import { collectInlineText } from './inline-text.ts'
import { startsWithDefinition } from './superscript.ts'
import type { TableOfContents } from './toc.ts'
import { cleanTitle, titleKey } from './toc.ts'

/** Decides whether a block is a section heading, and returns its title if so. */
export type HeadingReader = (block: Block) => string | null

/** Footnote markers of any convention; a heading never carries one. */
const anyMarker = /[⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^[^\]]+\]|\[\d+\]/

/**
 * Create the heading rule of a paper. Markdown headings always are headings. With a table of
 * contents, a paragraph is a heading when its text (list numbering included, `1) The Middle
 * East:`) matches an entry. Without one, a one-line paragraph is a heading when it is short,
 * starts with a capital or a number, carries no marker, does not end like a sentence and is not
 * followed by lower-case text — unless the paper has Markdown headings, whose authors mark
 * their headings themselves.
 */
export function createHeadingReader(
  source: string,
  toc: TableOfContents | null,
  blocks: ReadonlyArray<Block>,
): HeadingReader {
  const hasMarkdownHeadings = blocks.some((block, index) => index > 0 && block.kind === 'heading')
  const continued = findContinuedBlocks(blocks)
  const keys = new Set<string>()
  for (const entry of toc?.entries ?? []) {
    keys.add(titleKey(entry))
    keys.add(titleKey(stripNumbering(entry)))
  }
  return (block) => {
    if (block.kind === 'heading') return readTitle(block, source)
    // A title is at most 120 characters; a block far longer cannot hold one (cheap to tell).
    if (block.kind !== 'paragraph' || block.lines > 2 || block.source.length > 4000) return null
    const title = readTitle(block, source)
    if (title === '' || title.length > 120) return null
    if (toc) {
      return keys.has(titleKey(title)) || keys.has(titleKey(stripNumbering(title))) ? title : null
    }
    if (hasMarkdownHeadings || continued.has(block)) return null
    return looksLikeHeading(block, title) ? title : null
  }
}

/**
 * Blocks whose next body block (footnote definitions skipped, as at a page break) starts in
 * lower case: they stop mid-sentence and are no headings.
 */
function findContinuedBlocks(blocks: ReadonlyArray<Block>): Set<Block> {
  const continued = new Set<Block>()
  let next: Block | undefined
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]
    if (!block) continue
    if (block.kind === 'footnote-definition' || startsWithDefinition(block.source)) continue
    if (next?.kind === 'paragraph' && /^\p{Ll}/u.test(next.source)) continued.add(block)
    next = block
  }
  return continued
}

/** Heading text: list numbering as written, then the plain text, emphasis removed. */
export function readTitle(block: Block, source: string): string {
  const text = collectInlineText(block.node, source)
    .text.replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const title =
    block.listMarker && /^\d+[.)]$/.test(block.listMarker) ? `${block.listMarker} ${text}` : text
  return cleanTitle(title)
}

/** The unnumbered one-line heading rule (used when there is no table of contents). */
function looksLikeHeading(block: Block, title: string): boolean {
  if (block.lines !== 1 || title.length > 80) return false
  if (anyMarker.test(block.source) || anyMarker.test(title)) return false
  if (block.listMarker && !/^\d+[.)]$/.test(block.listMarker)) return false
  if (/[.!?,;…]["'”’)]*$/.test(block.source.trim()) || /^(?:<?https?:|www\.)/i.test(title)) {
    return false
  }
  if (danglingWord.test(title)) return false
  return /^[\p{Lu}\p{N}]/u.test(stripNumbering(title)) && /\p{L}/u.test(title)
}

/** A line ending in an article, preposition or verb stops mid-sentence: it is no heading. */
const danglingWord =
  /\b(?:a|an|the|of|and|or|to|in|on|for|with|by|at|from|as|that|which|where|has|have|is|are|was|were)$/i

/** Remove leading numbering such as `1)`, `2.`, `IV.`. */
function stripNumbering(title: string): string {
  return title.replace(/^(?:\d+|[ivxlc]+)[.)]\s+/i, '')
}
