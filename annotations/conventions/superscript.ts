import type { Block } from '../blocks.ts'
import type { InlineText } from '../inline-text.ts'
import { collectInlineText } from '../inline-text.ts'
import type { BodyItem, Layout, NoteDraft } from '../layout.ts'
import { appendToNote } from '../layout.ts'
import type { HeadingReader } from '../sections.ts'
import {
  findInnerDefinition,
  readSuperscriptDefinitions,
  startsWithDefinition,
} from '../superscript.ts'

/**
 * A block that is a bare URL or DOI, or a link lead-in (`Available at: <https://…>`): the tail
 * of a citation, never body prose.
 */
const citationFragment =
  /^\s*(?:(?:available (?:at|from)|see|retrieved from|accessed|url)\b[^.\n]{0,40}?)?<?(?:https?:\/\/|www\.|doi:|10\.\d{4,9}\/)/i

/** Traits of a citation: a URL, a year, a page or volume locator. */
const citationTrait = /https?:\/\/|www\.|\b(?:1[89]|20)\d\d\b|\bpp?\.\s?\d|\bvol\.|\bno\.\s?\d/i

/** Longest block taken for the continuation of an open note without starting in lower case. */
const fragmentLength = 200

/** A note whose text stops mid-citation (`See:`, a trailing comma) expects a continuation. */
const openEnding = /(?:[:,;(\-–—/&]|\b(?:See|in|and|of|the|at|by))$/i

/** Any superscript digit (a marker or a definition). */
const superscriptDigit = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/

/**
 * Lay out PDF-converted text where footnote definitions are paragraphs (or lines under body
 * text) starting with a superscript number, interleaved with body text at old page breaks.
 * A block that is neither body prose nor a new definition continues the last definition (see
 * `continuesNote`).
 */
export function layoutSuperscript(
  blocks: ReadonlyArray<Block>,
  source: string,
  readHeading: HeadingReader,
): Layout {
  const items: Array<BodyItem> = []
  const notes: Array<NoteDraft> = []
  let lastNote: NoteDraft | undefined
  let previousWasNote = false
  let notesSinceBody = false
  const pushParagraph = (inline: InlineText, start: number, listItem = false) => {
    items.push({ kind: 'paragraph', inline, start, afterNotes: notesSinceBody, listItem })
    previousWasNote = false
    notesSinceBody = false
  }
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') return
    const from = definitionOffset(block)
    if (from !== -1) {
      if (from > 0) pushParagraph(cutInline(block, source, block.start + from), block.start)
      const definitions = readSuperscriptDefinitions(block.source.slice(from), block.start + from)
      for (const { number, text, offset } of definitions) {
        notes.push({ id: number, label: String(number), text, offset })
      }
      lastNote = notes.at(-1)
      previousWasNote = true
      notesSinceBody = true
    } else if (lastNote && continuesNote(block, lastNote, previousWasNote, blocks[index + 1])) {
      appendToNote(lastNote, block.source)
      previousWasNote = true
      notesSinceBody = true
    } else {
      const title = readHeading(block)
      if (title === null) {
        const listItem = block.listMarker !== undefined
        pushParagraph(collectInlineText(block.node, source), block.start, listItem)
      } else {
        items.push({ kind: 'heading', title, start: block.start })
        previousWasNote = false
        notesSinceBody = false
      }
    }
  })
  return { items, notes }
}

/** Offset in a paragraph's source where its footnote definitions start, or -1 if none. */
function definitionOffset(block: Block): number {
  if (block.kind !== 'paragraph') return -1
  return startsWithDefinition(block.source) ? 0 : findInnerDefinition(block.source)
}

/** Plain text of the part of a block before source offset `end`. */
function cutInline(block: Block, source: string, end: number): InlineText {
  const inline = collectInlineText(block.node, source)
  const cut = inline.offsets.findFirstAtOrAfter(end)
  if (cut === -1) return inline
  return { text: inline.text.slice(0, cut), offsets: inline.offsets.slice(0, cut) }
}

/**
 * Whether a block is the continuation of `note` rather than body text: a bare URL or DOI right
 * after the note, or when the note stops mid-citation or has no URL yet; or, when the note
 * stops mid-citation, a block without markers that starts in lower case right after the note,
 * or a short citation fragment right after the note or right before the next definitions (the
 * top of the next page's notes).
 */
function continuesNote(
  block: Block,
  note: NoteDraft,
  previousWasNote: boolean,
  next: Block | undefined,
): boolean {
  if (block.kind !== 'paragraph') return false
  const open = note.text !== '' && openEnding.test(note.text)
  // A bare URL right after the note, or after body text when the note stops mid-citation
  // (`See:`) or has no URL yet; not a reference list's URLs after a note that ended with its
  // own (`… Disponível em: https://…`).
  if (citationFragment.test(block.source)) {
    return previousWasNote || open || !/https?:\/\/|www\./i.test(note.text)
  }
  if (!open) return false
  if (superscriptDigit.test(block.source)) return false
  // A note ending in a URL (`…/`) goes on only with the rest of that URL (`2017/report.pdf`),
  // not with the body text after the page's notes (`Jüngst hat die DFG …`).
  if (/(?:^|\s)<?(?:https?:\/\/|www\.)\S*$/.test(note.text)) {
    return /[/?#&=%]/.test(/^\s*(\S+)/.exec(block.source)?.[1] ?? '')
  }
  if (previousWasNote && /^\s*\p{Ll}/u.test(block.source)) return true
  const beforeNotes = next !== undefined && definitionOffset(next) === 0
  const fragment = block.source.length <= fragmentLength && citationTrait.test(block.source)
  return fragment && (previousWasNote || beforeNotes)
}
