import type { Block } from './blocks.ts'
import type { InlineText } from './inline-text.ts'
import { collectInlineText } from './inline-text.ts'
import type { HeadingReader } from './sections.ts'
import type { FootnoteId } from './types.ts'

/** A footnote definition as read, before problems are checked. */
export interface NoteDraft {
  /** Footnote id. */
  id: FootnoteId
  /** Marker as displayed. */
  label: string
  /** Text as written, continuations joined with a space. */
  text: string
  /** 0-based source offset of the definition. */
  offset: number
}

/** A piece of body text or a section heading, in document order. */
export type BodyItem =
  | {
      /** A section heading. */
      kind: 'heading'
      /** Heading title. */
      title: string
      /** 0-based source offset. */
      start: number
    }
  | {
      /** A paragraph (or a piece of one, split by a page break). */
      kind: 'paragraph'
      /** Its plain text. */
      inline: InlineText
      /** 0-based source offset. */
      start: number
      /** Whether footnote definitions came between this piece and the body text before it. */
      afterNotes: boolean
      /** `true` when it opens a list item (`2. Analyze …`). */
      listItem?: boolean
    }

/** What a convention reader makes of the blocks of the body. */
export interface Layout {
  /** Body items in order. */
  items: Array<BodyItem>
  /** Footnote definitions in order of appearance. */
  notes: Array<NoteDraft>
}

/** Join lines of a definition as written: each line trimmed, joined with one space. */
export function joinLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}

/** Append continuation text to a note. */
export function appendToNote(note: NoteDraft, text: string): void {
  const addition = joinLines(text)
  if (addition === '') return
  note.text = note.text === '' ? addition : `${note.text} ${addition}`
}

/** A marker in a heading's text: `[^label]`, `[12]` or superscript digits. */
const headingMarker = /\[\^[^\]\s]+\]|\[\d{1,4}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]/

/**
 * Append a body block to `items`: a section heading when `readHeading` reads it as one (and a
 * paragraph too when the heading carries a marker), else a paragraph. Blocks other than
 * paragraphs and headings are skipped.
 */
export function pushBodyBlock(
  block: Block,
  source: string,
  readHeading: HeadingReader,
  items: Array<BodyItem>,
): void {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return
  const title = readHeading(block)
  if (title !== null) items.push({ kind: 'heading', title, start: block.start })
  const inline =
    title === null || block.kind === 'heading' ? collectInlineText(block.node, source) : null
  // A heading that carries a marker also makes a claim: its own text.
  if (inline && (title === null || headingMarker.test(inline.text))) {
    items.push({ kind: 'paragraph', inline, start: block.start, afterNotes: false })
  }
}
