/**
 * A PDF fixture of `tests/fixtures/pdf/` read both ways a test looks at it: the text the PDF
 * reader composes, and the annotated document.
 */
import { readFileSync } from 'node:fs'
import { annotatePdf, readPdf } from '../../annotations/pdf/index.ts'
import type { AnnotatedDocument } from '../../annotations/types.ts'

/** What a fixture reads as. */
export interface ReadFixture {
  /** The composed text (paragraphs separated by blank lines). */
  text: string
  /** The annotated document. */
  annotated: AnnotatedDocument
}

/** Read `tests/fixtures/pdf/<name>`. */
export async function readPdfFixture(name: string): Promise<ReadFixture> {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)))
  const { text } = await readPdf(bytes)
  return { text, annotated: await annotatePdf(bytes, name) }
}

/** The paragraphs of a composed text. */
export const paragraphsOf = (text: string): Array<string> => text.split('\n\n')

/** A paragraph on one line, its line breaks read as spaces. */
export const flat = (paragraph: string): string => paragraph.replace(/\s+/g, ' ')
