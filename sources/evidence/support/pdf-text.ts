/**
 * The text of a PDF source, read with pdf.js (legacy build, in the thread the paper reader
 * uses): per-page text with paragraphs on lines of their own, words hyphenated at a line end
 * rejoined, raised text (footnote markers) left out, and the title from the document's
 * metadata or else its first large text. Bounded by `maxPdfBytes`, `maxPdfPages` and
 * `maxSourceCharacters`; never throws (a PDF that cannot be read gives a `problem`).
 */
import { buildLines } from '../../../annotations/pdf/lines.ts'
import { type RawPage, streamPages } from '../../../annotations/pdf/pdf-thread.ts'
import type { PdfLine } from '../../../annotations/pdf/types.ts'
import { maxPdfBytes, maxPdfPages } from './limits.ts'
import {
  capPages,
  type ReadOptions,
  type SourcePage,
  type SourceProblem,
  type SourceText,
} from './source-text.ts'

/** Options of `readPdfSource`. */
export interface PdfReadOptions extends ReadOptions {
  /** Most pages to read; defaults to `maxPdfPages`. */
  maxPages?: number
}

/** A vertical gap wider than this many font sizes between two lines starts a paragraph. */
const paragraphGap = 1.8

/** Longest title taken from the first large text, in characters. */
const maxTitleLength = 200

/** Text of one line: its baseline pieces, raised ones (markers, exponents) left out. */
function lineText(line: PdfLine): string {
  let text = ''
  for (const piece of line.pieces) {
    if (piece.raised) continue
    text += text !== '' && piece.spaceBefore ? ` ${piece.text}` : piece.text
  }
  return text.trim()
}

/** Join a page's lines: a line break inside a paragraph becomes a space (or nothing after a hyphen). */
function joinLines(lines: ReadonlyArray<PdfLine>): string {
  let text = ''
  let previous: PdfLine | null = null
  for (const line of lines) {
    const current = lineText(line)
    if (current === '') continue
    if (previous === null) text = current
    else if (previous.y - line.y > paragraphGap * Math.max(previous.size, line.size)) {
      text += `\n${current}`
    } else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(current)) {
      text = text.slice(0, -1) + current
    } else text += ` ${current}`
    previous = line
  }
  return text
}

/** The first page's largest text, when it stands out: the lines set in the largest size. */
function firstLargeText(lines: ReadonlyArray<PdfLine>): string | null {
  const sizes = lines.map((line) => line.size)
  if (sizes.length === 0) return null
  const largest = Math.max(...sizes)
  const typical = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? largest
  if (largest < typical * 1.2) return null
  const title: Array<string> = []
  for (const line of lines) {
    if (Math.abs(line.size - largest) < 0.5) title.push(lineText(line))
    else if (title.length > 0) break
  }
  const text = title.join(' ').replace(/\s+/g, ' ').trim()
  return text === '' ? null : text.slice(0, maxTitleLength)
}

/** A problem value from what pdf.js threw. */
function toProblem(error: unknown): SourceProblem {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') {
    return { id: 'pdf-encrypted', message: 'Unexpected encrypted PDF, expected a readable PDF' }
  }
  if (
    name === 'InvalidPDFException' ||
    name === 'FormatError' ||
    name === 'UnknownErrorException'
  ) {
    return { id: 'pdf-corrupt', message: 'Unexpected corrupt or truncated PDF, expected a PDF' }
  }
  return { id: 'pdf-failed', message: 'Unexpected failure reading the PDF, expected its text' }
}

/** A source with no text and a problem. */
function unreadable(problem: SourceProblem, truncated: boolean): SourceText {
  return { kind: 'pdf', title: null, pages: [], truncated, problem }
}

/**
 * Read the text of a PDF from its bytes. A PDF over `maxPdfBytes` is not parsed
 * (`pdf-too-large`); pages after `maxPages` are not read, and `truncated` says so.
 */
export async function readPdfSource(
  bytes: Uint8Array,
  options: Readonly<PdfReadOptions> = {},
): Promise<SourceText> {
  const truncated = Boolean(options.truncated)
  if (bytes.byteLength > maxPdfBytes) {
    return unreadable(
      {
        id: 'pdf-too-large',
        message: `Unexpected PDF of ${bytes.byteLength} bytes, expected at most ${maxPdfBytes}`,
      },
      true,
    )
  }
  const maxPages = options.maxPages ?? maxPdfPages
  const pages: Array<SourcePage> = []
  let pageCount = 0
  let metadataTitle: string | null = null
  let largeText: string | null = null
  try {
    await streamPages(
      bytes,
      {
        readPages: maxPages,
        onInfo: (info) => {
          pageCount = info.pageCount
          metadataTitle = info.title
        },
      },
      (page: RawPage) => {
        const lines = buildLines(page.items, page.number)
        if (page.number === 1) largeText = firstLargeText(lines)
        pages.push({ number: page.number, text: joinLines(lines) })
      },
    )
  } catch (error) {
    return unreadable(toProblem(error), truncated)
  }
  const capped = capPages(pages)
  return {
    kind: 'pdf',
    title: metadataTitle ?? largeText,
    pages: capped.pages,
    truncated: truncated || pageCount > pages.length || capped.cut,
    problem: null,
  }
}
