/** Detect the input format and the footnote convention of a paper. */

import type { Block } from './blocks.ts'
import { findNotesRule } from './conventions/index.ts'
import { findInnerDefinition, startsWithDefinition } from './superscript.ts'
import type { DocumentFormat, FootnoteConvention } from './types.ts'

/** A Markdown footnote reference or definition. */
const markdownFootnote = /\[\^[^\]\s]+\]/

/** A Markdown footnote definition opening a line (`[^label]: text`). */
const markdownDefinition = /^ {0,3}\[\^[^\]\s]+\]:/m

/**
 * Input format from the path and content: `.md` / `.markdown`, or Markdown footnote
 * definitions (`[^label]: text`), mean Markdown; anything else is text. A reference alone
 * (`[^label]` written in the prose, its definition missing) does not make text Markdown.
 */
export function detectFormat(text: string, path: string): DocumentFormat {
  if (/\.(?:md|markdown)$/i.test(path)) return 'markdown'
  return markdownDefinition.test(text) ? 'markdown' : 'text'
}

/**
 * Footnote convention of the body: Markdown footnotes if there are definitions, else endnotes
 * if a notes section follows a rule, else superscript definitions, else Markdown if there are
 * references (each then reported without its definition), else none. A stray `[^label]` left
 * in a paper whose notes are numbered (an undefined reference kept as text by an export) does
 * not hide those notes.
 */
export function detectConvention(body: ReadonlyArray<Block>): FootnoteConvention {
  if (body.some((block) => block.kind === 'footnote-definition')) return 'markdown'
  if (findNotesRule(body) !== -1) return 'endnote'
  const hasSuperscript = body.some(
    (block) =>
      block.kind === 'paragraph' &&
      (startsWithDefinition(block.source) || findInnerDefinition(block.source) !== -1),
  )
  if (hasSuperscript) return 'superscript'
  return body.some((block) => markdownFootnote.test(block.source)) ? 'markdown' : 'none'
}
