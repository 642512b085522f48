/**
 * Read a PDF into the same annotated document as the text path: the PDF is turned into text in
 * the superscript convention (markers `¹²`, notes `¹² Author, "Title"…`) plus a line map, and
 * handed to `annotate`.
 */

import { annotate } from '../index.ts'
import { InputError } from '../input-error.ts'
import type { AnnotatedDocument, Place } from '../types.ts'
import { assembleText } from './compose-text.ts'
import { loadPages } from './load.ts'

/** Options for reading a PDF. */
export interface ReadPdfOptions {
  /** Password of an encrypted PDF. */
  password?: string
  /** Most pages read; a longer PDF is refused (`too-large`) before any page is read. */
  maxPages?: number
}

/** A PDF as text in the superscript convention. */
export interface PdfText {
  /** Body paragraphs and footnotes, separated by blank lines. */
  text: string
  /** `lineMap[i]` is the `{ line, column: 1, page }` of line `i + 1` of `text`. */
  lineMap: Array<Place>
  /** Number of pages. */
  pages: number
  /** Label each note shows, by id, where numbering restarts (notes are then `[^2.1]`). */
  labels?: Map<string, string>
}

/**
 * Read a PDF into text in the superscript convention with a line map.
 * Throws `InputError` with code `pdf-encrypted`, `pdf-corrupt`, `pdf-no-text` or `too-large`.
 */
export async function readPdf(
  bytes: Uint8Array,
  options: Readonly<ReadPdfOptions> = {},
): Promise<PdfText> {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError('Expected `bytes` to be a `Uint8Array`')
  }
  if (options.password !== undefined && typeof options.password !== 'string') {
    throw new TypeError('Expected `password` to be a string')
  }
  if (
    options.maxPages !== undefined &&
    !(Number.isInteger(options.maxPages) && options.maxPages > 0)
  ) {
    throw new TypeError('Expected `maxPages` to be a positive integer')
  }
  const pages = await loadPages(bytes, options)
  if (pages.every((page) => page.lines.length === 0)) {
    throw new InputError(
      'pdf-no-text',
      'Unexpected PDF without a text layer (scanned PDF?), expected text: citecheck does not do OCR',
    )
  }
  const { text, lineMap, labels } = assembleText(pages)
  return { text, lineMap, pages: pages.length, ...(labels ? { labels } : {}) }
}

/** Read a PDF and annotate it: the same document the text path builds, with PDF places. */
export async function annotatePdf(
  bytes: Uint8Array,
  path: string,
  options: Readonly<ReadPdfOptions> = {},
): Promise<AnnotatedDocument> {
  const { text, lineMap, labels } = await readPdf(bytes, options)
  const result = annotate(text, { path, format: 'pdf', lineMap })
  if (labels) {
    // Numbering restarts: notes were written as footnotes `[^2.1]`; show the labels the PDF shows.
    for (const footnote of result.footnotes) {
      footnote.label = labels.get(String(footnote.id)) ?? footnote.label
    }
    result.document.convention = 'superscript'
  }
  return result
}
