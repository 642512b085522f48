/**
 * The text of a cited source, as the support check reads it: pages of plain text (one page for
 * HTML and text, one per PDF page), its title, and whether anything was cut. Readers never
 * throw on bad input; a source that could not be read carries a `problem` and no pages.
 */
import { readHeadings, visibleBlocks } from '../html.ts'
import { maxHtmlBytes, maxSourceCharacters } from './limits.ts'

/** One page of a source's text. */
export interface SourcePage {
  /** 1-based page number for a PDF, `null` for HTML and plain text. */
  number: number | null
  /** Visible text; blocks (paragraphs, headings) on lines of their own. */
  text: string
}

/** Stable ids of why a source has no text. */
export type SourceProblemId = 'pdf-encrypted' | 'pdf-corrupt' | 'pdf-too-large' | 'pdf-failed'

/** Why a source has no text. */
export interface SourceProblem {
  /** Stable id. */
  id: SourceProblemId
  /** Human message, "Unexpected X, expected Y". */
  message: string
}

/** The text of a source. */
export interface SourceText {
  /** What it was read from. */
  kind: 'html' | 'pdf' | 'text'
  /** Title (HTML `<title>`, PDF metadata or first large text), or `null`. */
  title: string | null
  /** Pages in order; empty when nothing could be read. */
  pages: Array<SourcePage>
  /** `true` when the body, the page count or the text was cut at a cap. */
  truncated: boolean
  /** Why there is no text, or `null`. */
  problem: SourceProblem | null
}

/** Options shared by the readers. */
export interface ReadOptions {
  /** The body was already cut before it reached the reader (e.g. by the checker's cap). */
  truncated?: boolean
}

/** Cut pages so that all together they hold at most `maxSourceCharacters` characters. */
export function capPages(pages: ReadonlyArray<SourcePage>): {
  pages: Array<SourcePage>
  cut: boolean
} {
  const kept: Array<SourcePage> = []
  let room = maxSourceCharacters
  for (const page of pages) {
    if (room <= 0) return { pages: kept, cut: true }
    if (page.text.length > room) {
      kept.push({ number: page.number, text: page.text.slice(0, room) })
      return { pages: kept, cut: true }
    }
    kept.push(page)
    room -= page.text.length
  }
  return { pages: kept, cut: false }
}

/** Read the visible text and title of an HTML page (at most `maxHtmlBytes` characters of it). */
export function readHtmlSource(html: string, options: Readonly<ReadOptions> = {}): SourceText {
  const over = html.length > maxHtmlBytes
  const markup = over ? html.slice(0, maxHtmlBytes) : html
  const headings = readHeadings(markup)
  const { pages, cut } = capPages([{ number: null, text: visibleBlocks(markup) }])
  return {
    kind: 'html',
    title: headings.title ?? headings.ogTitle ?? headings.h1,
    pages,
    truncated: Boolean(options.truncated) || over || cut,
    problem: null,
  }
}

/** Read a plain-text source (at most `maxHtmlBytes` characters of it); it has no title. */
export function readPlainSource(text: string, options: Readonly<ReadOptions> = {}): SourceText {
  const over = text.length > maxHtmlBytes
  const body = (over ? text.slice(0, maxHtmlBytes) : text).replace(/\r\n?/g, '\n')
  const { pages, cut } = capPages([{ number: null, text: body }])
  return {
    kind: 'text',
    title: null,
    pages,
    truncated: Boolean(options.truncated) || over || cut,
    problem: null,
  }
}

/** Whether a source has any text to check a claim against. */
export function hasText(source: Pick<SourceText, 'pages'>): boolean {
  return source.pages.some((page) => page.text.trim() !== '')
}
