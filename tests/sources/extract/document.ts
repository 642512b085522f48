/** Build small annotated documents by hand for the sources-stage tests. */
import type { AnnotatedDocument, Footnote } from '../../../pipeline/types.ts'

/** A footnote numbered `id` with `text`. */
export function buildFootnote(id: number, text: string): Footnote {
  return { id, label: String(id), text, place: { line: id, column: 1 }, claims: [] }
}

/** A document whose footnotes 1, 2, … have the given texts. */
export function buildDocument(texts: ReadonlyArray<string>): AnnotatedDocument {
  return {
    document: { path: 'paper.md', title: null, format: 'markdown', convention: 'markdown' },
    sections: [],
    paragraphs: [],
    footnotes: texts.map((text, index) => buildFootnote(index + 1, text)),
    claims: [],
    problems: [],
  }
}
