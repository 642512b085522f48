import type { Block } from '../blocks.ts'
import { readHtmlText } from '../html-text.ts'
import type { BodyItem, Layout, NoteDraft } from '../layout.ts'
import { appendToNote, joinLines, pushBodyBlock } from '../layout.ts'
import type { HeadingReader } from '../sections.ts'

/**
 * Start of an endnote entry as word processors export it: `[12]`, `\[12\]`,
 * `<a href="#_ftnref12">[12]</a>` (optionally with `<sup>`), or `[\[12\]](#_ftnref12)`.
 */
const entryStart =
  /^\s*(?:<a\b[^>]*>\s*(?:<sup>\s*)?\\?\[(\d+)\\?\]\s*(?:<\/sup>\s*)?<\/a>|\[\\?\[(\d+)\\?\]\]\([^)]*\)|\\?\[(\d+)\\?\])[ \t]*/i

/** Start of an entry in the text of an HTML block. */
const htmlEntryStart = /^\s*\[(\d+)\]\s*/

/** A label paragraph that opens a list of notes: `**Notes:**`, `Notlar`, `Anmerkungen`. */
const labelParagraph = /^[#\s*_]*\p{L}[\p{L} ]{0,30}[\s*_:]*$/u

/**
 * Index of the block that opens the notes section, recognised by structure: the last rule,
 * heading or one-line label (`**Notes:**`, `Anmerkungen`) that is followed by an entry starting
 * with a bracketed number — the first one `[1]`, or any in an HTML block after a rule; without
 * such a divider, the first of a closing run of at least two entries numbered 1, 2, 3, … that
 * ends the paper. -1 when the paper has no notes section.
 */
export function findNotesRule(blocks: ReadonlyArray<Block>): number {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]
    if (!block || (block.kind !== 'rule' && !isDivider(block))) continue
    if (block.kind === 'rule' && readHtmlEntries(block, true).length > 0) return index
    const next = blocks.slice(index + 1).find((candidate) => candidate.kind !== 'heading')
    if (next && startsEntry(next) && (block.kind === 'rule' || entryNumber(next) === 1)) {
      return index
    }
  }
  return findClosingEntries(blocks)
}

/**
 * Index of the first of a closing run of entries numbered 1, 2, … (at least two), or -1.
 * Paragraphs between entries continue the entry before them.
 */
function findClosingEntries(blocks: ReadonlyArray<Block>): number {
  let expected = -1
  let first = -1
  for (let index = blocks.length - 1; index >= 0 && expected !== 0; index--) {
    const block = blocks[index]
    const number = block ? entryNumber(block) : null
    if (number === null) continue
    if (expected !== -1 && number !== expected) return -1
    first = index
    expected = number - 1
  }
  const entries = first === -1 ? 0 : blocks.slice(first).filter((b) => entryNumber(b) !== null)
  return expected === 0 && entries !== 0 && entries.length >= 2 ? first : -1
}

/** Whether a block can open a notes section: a heading or a one-line label paragraph. */
function isDivider(block: Block): boolean {
  if (block.kind === 'heading') return true
  return block.kind === 'paragraph' && block.lines === 1 && labelParagraph.test(block.source)
}

/** The number of the endnote entry a paragraph starts, or `null`. */
function entryNumber(block: Block): number | null {
  if (block.kind !== 'paragraph') return null
  const match = entryStart.exec(block.source)
  const number = match?.[1] ?? match?.[2] ?? match?.[3]
  return number === undefined ? null : Number(number)
}

/**
 * Lay out a paper with endnotes: body before the notes rule, entries after it. A paragraph
 * of the notes section without a number continues the entry before it.
 */
export function layoutEndnotes(
  blocks: ReadonlyArray<Block>,
  source: string,
  readHeading: HeadingReader,
): Layout {
  const items: Array<BodyItem> = []
  const notes: Array<NoteDraft> = []
  const rule = findNotesRule(blocks)
  blocks.forEach((block, index) => {
    if (index >= rule && rule !== -1) {
      readEntries(block, notes, index === rule)
      return
    }
    pushBodyBlock(block, source, readHeading, items)
  })
  return { items, notes }
}

/** Whether a block starts an endnote entry. */
function startsEntry(block: Block): boolean {
  if (block.kind === 'paragraph') return entryStart.test(block.source)
  return block.node.type === 'html' && htmlEntryStart.test(readHtmlText(block.source))
}

/** Read one block of the notes section: new entries, or the continuation of the last. */
function readEntries(block: Block, notes: Array<NoteDraft>, isRule: boolean): void {
  if (block.node.type === 'html') {
    for (const line of readHtmlEntries(block, isRule)) {
      const match = htmlEntryStart.exec(line)
      const last = notes.at(-1)
      if (match?.[1]) {
        const text = joinLines(line.slice(match[0].length))
        notes.push({ id: Number(match[1]), label: match[1], text, offset: block.start })
      } else if (last) appendToNote(last, line)
    }
    return
  }
  if (block.kind !== 'paragraph') return
  // Entries may follow each other line by line, without blank lines between them.
  let offset = block.start
  for (const line of block.source.split('\n')) {
    const match = entryStart.exec(line)
    const number = match?.[1] ?? match?.[2] ?? match?.[3]
    const last = notes.at(-1)
    if (match && number) {
      const text = joinLines(line.slice(match[0].length))
      notes.push({ id: Number(number), label: number, text, offset })
    } else if (last) appendToNote(last, line)
    offset += line.length + 1
  }
}

/** Non-blank text lines of an HTML block (after its `<hr>` for the rule itself). */
function readHtmlEntries(block: Block, isRule: boolean): Array<string> {
  if (block.node.type !== 'html') return []
  const lines = readHtmlText(block.source, isRule)
    .split('\n')
    .filter((line) => line.trim() !== '')
  return isRule && !htmlEntryStart.test(lines[0] ?? '') ? [] : lines
}
