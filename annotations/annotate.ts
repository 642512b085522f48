/** Annotate a paper: sections, footnotes and the claims (sentences carrying markers) citing them. */

import { flattenBlocks } from './blocks.ts'
import { assembleBody } from './body.ts'
import { detectConvention, detectFormat } from './convention.ts'
import { conventionReaders } from './conventions/index.ts'
import { buildFootnotes } from './footnotes.ts'
import { findTitle, splitFrontMatter } from './front-matter.ts'
import { linkClaims } from './link-claims.ts'
import { findMarkerProblems } from './marker-problems.ts'
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
  const place = createPlacer(text, options.lineMap)
  const { tree, simplifications } = parseMarkdown(text, { plainText: format !== 'markdown' })
  const blocks = flattenBlocks(tree, text)
  const toc = findTableOfContents(text)
  const yaml = readYamlHeader(text)
  const afterYaml = yaml ? blocks.filter((block) => block.start >= yaml.end) : blocks
  const readHeading = createHeadingReader(text, toc, afterYaml)
  const { front, body } = splitFrontMatter(blocks, toc, yaml, readHeading)
  const convention = detectConvention(body)
  const layout = conventionReaders[convention](body, text, readHeading)
  const { footnotes, problems } = buildFootnotes(layout.notes, place)
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
  problems.push(
    ...simplifications.map((simplification) => describeSimplification(simplification, place)),
  )
  const title = yaml?.title ?? findTitle(front, text)
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
