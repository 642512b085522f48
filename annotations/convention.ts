/** Detect the input format and the footnote convention of a paper. */

import type { Block } from './blocks.ts'
import { findNotesRule } from './conventions/index.ts'
import { findInnerDefinition, startsWithDefinition } from './superscript.ts'
import type { DocumentFormat, FootnoteConvention } from './types.ts'

/** A Markdown footnote reference or definition. */
const markdownFootnote = /\[\^[^\]\s]+\]/

/**
 * Input format from the path and content: `.md` / `.markdown`, or Markdown footnote syntax
 * (`[^label]`), mean Markdown; anything else is text.
 */
export function detectFormat(text: string, path: string): DocumentFormat {
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown'
  return markdownFootnote.test(text) ? 'markdown' : 'text'
}

/**
 * Footnote convention of the body: Markdown footnotes if there are any, else endnotes if a
 * notes section follows a rule, else superscript definitions, else none.
 */
export function detectConvention(body: ReadonlyArray<Block>): FootnoteConvention {
  const hasMarkdown = body.some(
    (block) => block.kind === 'footnote-definition' || markdownFootnote.test(block.source),
  )
  if (hasMarkdown) return 'markdown'
  if (findNotesRule(body) !== -1) return 'endnote'
  const hasSuperscript = body.some(
    (block) =>
      block.kind === 'paragraph' &&
      (startsWithDefinition(block.source) || findInnerDefinition(block.source) !== -1),
  )
  return hasSuperscript ? 'superscript' : 'none'
}
