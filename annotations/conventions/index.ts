/**
 * The footnote convention readers, one per convention, all with one signature: the blocks of
 * the body in, the body items and the note definitions out.
 */
import type { Block } from '../blocks.ts'
import type { Layout } from '../layout.ts'
import type { HeadingReader } from '../sections.ts'
import type { FootnoteConvention } from '../types.ts'
import { layoutEndnotes } from './endnotes.ts'
import { layoutMarkdownFootnotes } from './markdown.ts'
import { layoutSuperscript } from './superscript.ts'

/** Reads the body blocks of a paper written in one footnote convention. */
export type ConventionReader = (
  blocks: ReadonlyArray<Block>,
  source: string,
  readHeading: HeadingReader,
) => Layout

/** The reader of each convention (a paper without footnotes is read as Markdown: all body). */
export const conventionReaders: Readonly<Record<FootnoteConvention, ConventionReader>> = {
  superscript: layoutSuperscript,
  markdown: layoutMarkdownFootnotes,
  endnote: layoutEndnotes,
  none: layoutMarkdownFootnotes,
}

export { findNotesRule } from './endnotes.ts'
