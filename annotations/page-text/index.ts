/**
 * Text converted from a PDF (`pdftotext`) whose notes sit at the page bottoms as plain numbered
 * lines and whose markers became plain digits: found by structure and rewritten as Markdown
 * footnotes, with a line map back to the input.
 */
import type { Place } from '../types.ts'
import { composeText } from './compose.ts'
import { type PageNote, readPageNotes } from './notes.ts'
import { readPages } from './pages.ts'

/** Text from a PDF rewritten with its notes linked. */
export interface PageText {
  /** Markdown text: body paragraphs with `[^n]` markers, then the notes as definitions. */
  text: string
  /** `lineMap[i]` is the place in the input of line `i + 1` of `text`. */
  lineMap: Array<Place>
  /** Label each note shows, by id (`2.1` → `1` where numbering restarts). */
  labels: Map<string, string>
}

/** What reading page-bottom notes found. */
export interface PageTextReading {
  /** The rewritten text, or `null` when no note could be linked to a marker. */
  result: PageText | null
  /** Lines that start like notes, in numbered turn, but that no body marker matched. */
  unmatched: number
}

/**
 * Notes written as superscript definitions (`¹ text` opening a line) or Markdown definitions
 * (`[^1]: text`): the paper already says where its notes are. An exponent (`R²`) or a stray
 * `[^label]` in the prose does not.
 */
const explicitNotes = /^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\S|\[\^[^\]\s]+\]:)/m

/** Read page-bottom notes and plain-digit markers of text converted from a PDF. */
export function readPageText(text: string): PageTextReading {
  if (explicitNotes.test(text)) return { result: null, unmatched: 0 }
  const { body, notes, unmatched } = readPageNotes(readPages(text))
  if (notes.length === 0 || (!text.includes('\f') && !isConvincing(notes))) {
    return { result: null, unmatched }
  }
  return { result: composeText(body, notes), unmatched }
}

/**
 * Whether notes read from text without page breaks (one page: the notes close the text) are
 * convincing: at least two linked, every marker glued to the word or punctuation before it. A
 * numbered list closing a plain text, its numbers written in the body (`in 1 day`), is not.
 */
function isConvincing(notes: ReadonlyArray<PageNote>): boolean {
  const linked = notes.filter((note) => note.marker !== null)
  return (
    linked.length >= 2 &&
    linked.every((note) => !/\s/.test(note.marker?.line.text[note.marker.index - 1] ?? ' '))
  )
}
