/** Annotate a paper: sections, footnotes and the claims (sentences carrying markers) citing them. */

import { flattenBlocks } from './blocks.ts'
import { assembleBody } from './body.ts'
import { detectConvention, detectFormat } from './convention.ts'
import { findAnchoredNotes } from './conventions/anchors.ts'
import { conventionReaders } from './conventions/index.ts'
import { buildFootnotes } from './footnotes.ts'
import { findOpeningTitle, findTitle, splitFrontMatter } from './front-matter.ts'
import type { NoteDraft } from './layout.ts'
import { linkClaims } from './link-claims.ts'
import { findMarkerProblems, findUnlinkedNotes } from './marker-problems.ts'
import { type PageText, readPageText } from './page-text/index.ts'
import { parseMarkdown } from './parse-markdown.ts'
import { createPlacer } from './places.ts'
import { findPublicationDate } from './publication-date.ts'
import { describeSimplification } from './screen-problems.ts'
import { createHeadingReader } from './sections.ts'
import { findTableOfContents } from './toc.ts'
import type { AnnotatedDocument, DocumentFormat, FootnoteId, Paragraph, Place } from './types.ts'
import { readYamlHeader } from './yaml-header.ts'

/** Options of `annotate`. */
export interface AnnotateOptions {
  /** Path of the paper as given by the user (used in the result and to detect Markdown). */
  path: string
  /** Input format; detected from the path and the content when absent. */
  format?: DocumentFormat
  /** Place of each line of `text` (`lineMap[i]` is line `i + 1`), for text converted from a PDF. */
  lineMap?: ReadonlyArray<Place>
}

/** Formats `annotate` accepts. */
const formats: ReadonlyArray<DocumentFormat> = ['text', 'markdown', 'pdf']

/**
 * Annotate a paper: find its sections, footnotes and the claims (sentences carrying markers)
 * that cite them. Pure: problems in the paper are returned as values, never thrown.
 *
 * @throws {TypeError} when `text` or the options are not what they should be.
 */
export function annotate(text: string, options: Readonly<AnnotateOptions>): AnnotatedDocument {
  assertOptions(text, options)
  const format = options.format ?? detectFormat(text, options.path)
  let unmatchedLines = 0
  if (format === 'text' && options.lineMap === undefined) {
    const paged = readPageText(text)
    if (paged.result) return annotatePageText(paged.result, options.path)
    unmatchedLines = paged.unmatched
  }
  const place = createPlacer(text, options.lineMap)
  const { tree, simplifications } = parseMarkdown(text, { plainText: format !== 'markdown' })
  const blocks = flattenBlocks(tree, text)
  const toc = findTableOfContents(text)
  const yaml = readYamlHeader(tree, text)
  const afterYaml = yaml ? blocks.filter((block) => block.start >= yaml.end) : blocks
  const readHeading = createHeadingReader(text, toc, afterYaml)
  const { front, body } = splitFrontMatter(blocks, toc, yaml, readHeading)
  const anchored = findAnchoredNotes(body)
  const rest = anchored.blocks.size > 0 ? body.filter((b) => !anchored.blocks.has(b)) : body
  const detected = detectConvention(rest)
  const convention = detected === 'none' && anchored.notes.length > 0 ? 'endnote' : detected
  const layout = conventionReaders[convention](rest, text, readHeading)
  const notes = anchored.notes.length > 0 ? mergeNotes(layout.notes, anchored.notes) : layout.notes
  const { footnotes, problems } = buildFootnotes(notes, place)
  const state = {
    defined: new Set<FootnoteId>(footnotes.map((footnote) => footnote.id)),
    cited: new Set<FootnoteId>(),
    expected: 1,
    ahead: new Map<number, number>(),
  }
  const { sections, paragraphs } = assembleBody(layout.items, convention, state, place)
  const claims = linkClaims(paragraphs, place)
  const byId = new Map(footnotes.map((footnote) => [footnote.id, footnote]))
  for (const claim of claims) {
    for (const id of claim.footnotes) byId.get(id)?.claims.push(claim.id)
  }
  problems.push(...findMarkerProblems(convention, paragraphs, claims, footnotes, place))
  problems.push(...findUnlinkedNotes(footnotes, unmatchedLines))
  problems.push(
    ...simplifications.map((simplification) => describeSimplification(simplification, place)),
  )
  const title =
    yaml?.title ??
    findTitle(front, text) ??
    (format === 'text' && !yaml ? findOpeningTitle(blocks, text) : null)
  const yamlDate = yaml?.date ?? null
  const date = findPublicationDate({ yamlDate, front, body, title, toc, readHeading })
  return {
    document: { path: options.path, title, format, convention, ...(date ? { date } : {}) },
    sections,
    paragraphs: paragraphs.map(
      ({ index, section, text: paragraphText, markers, place: where }): Paragraph => ({
        index,
        section,
        text: paragraphText,
        markers,
        place: where,
      }),
    ),
    footnotes,
    claims,
    problems,
  }
}

/**
 * Annotate text from a PDF rewritten with its page-bottom notes as footnotes: the result shows
 * the labels the PDF shows and reads as PDF-converted text.
 */
function annotatePageText(paged: PageText, path: string): AnnotatedDocument {
  const result = annotate(paged.text, { path, format: 'text', lineMap: paged.lineMap })
  for (const footnote of result.footnotes) {
    footnote.label = paged.labels.get(String(footnote.id)) ?? footnote.label
  }
  result.document.convention = 'superscript'
  return result
}

/** Notes of two readers in document order. */
function mergeNotes(
  first: ReadonlyArray<NoteDraft>,
  second: ReadonlyArray<NoteDraft>,
): Array<NoteDraft> {
  return [...first, ...second].sort((a, b) => a.offset - b.offset)
}

/** Throw a `TypeError` for arguments that are not what `annotate` expects. */
function assertOptions(text: unknown, options: Readonly<AnnotateOptions> | undefined): void {
  if (typeof text !== 'string') throw new TypeError('Expected `text` to be a string')
  if (!options || typeof options.path !== 'string') {
    throw new TypeError('Expected `options.path` to be a string')
  }
  if (options.format !== undefined && !formats.includes(options.format)) {
    throw new TypeError("Expected `options.format` to be 'text', 'markdown' or 'pdf'")
  }
  if (options.lineMap !== undefined && !Array.isArray(options.lineMap)) {
    throw new TypeError('Expected `options.lineMap` to be an array of places')
  }
}
