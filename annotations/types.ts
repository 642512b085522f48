/**
 * Contracts of the annotations stage: a paper as claims (sentences carrying footnote markers)
 * linked to its footnotes, with body paragraphs, sections and problems. Plain JSON-serialisable
 * data; later stages extend these types, never the other way round.
 */

/**
 * Where something sits in the paper. For text and Markdown, `line` and `column` are 1-based
 * positions in the source file. For a PDF, `page` is the 1-based page number and `line` the
 * 1-based line on that page (`column` is then 1).
 */
export interface Place {
  /** 1-based line (in the file, or on the page for a PDF). */
  line: number
  /** 1-based column (1 for PDF places). */
  column: number
  /** 1-based page number; present only for PDF input. */
  page?: number
}

/** Identifier of a footnote: its number for numbered notes, otherwise its (normalised) label. */
export type FootnoteId = number | string

/** Input formats the annotations stage understands. */
export type DocumentFormat = 'text' | 'markdown' | 'pdf'

/** Which footnote convention the paper uses. */
export type FootnoteConvention =
  /**
   * PDF-converted text: raised markers (Unicode superscripts, or plain digits in text that
   * `pdftotext` made) and notes starting with their number, at page bottoms.
   */
  | 'superscript'
  /** Markdown footnotes: `[^label]` and `[^label]: text`. */
  | 'markdown'
  /** Word-processor endnotes: `[12]` in the body, a notes section after a rule. */
  | 'endnote'
  /** No footnotes were found. */
  | 'none'

/** What the paper is. */
export interface DocumentInfo {
  /** Path of the paper as given by the user. */
  path: string
  /** Title of the paper, when one could be recognised. */
  title: string | null
  /** Input format. */
  format: DocumentFormat
  /** Footnote convention detected. */
  convention: FootnoteConvention
  /** Publication date when the front matter gives one (`2025-04`, ISO prefix), else absent. */
  date?: string
}

/** A section heading of the body. */
export interface Section {
  /** Heading text, cleaned of Markdown emphasis and numbering punctuation kept as written. */
  title: string
  /** Where the heading is. */
  place: Place
}

/** A footnote (or endnote) of the paper, with its complete text. */
export interface Footnote {
  /** Number for numbered notes, label otherwise. */
  id: FootnoteId
  /** The marker as displayed (`'22'`, `'note-a'`). */
  label: string
  /** Full text of the note, continuations joined with a space, Markdown kept as written. */
  text: string
  /** Where the note's definition starts. */
  place: Place
  /** Ids of the claims that cite this note, in document order. */
  claims: Array<string>
}

/** A sentence of body text that carries at least one footnote marker. */
export interface Claim {
  /** Stable id: `c1`, `c2`, … in document order. */
  id: string
  /** Title of the section the claim is in, or `null` before the first section. */
  section: string | null
  /** The sentence, markers removed, whitespace collapsed. */
  text: string
  /** Footnotes the claim cites, in the order of their markers. */
  footnotes: Array<FootnoteId>
  /** 0-based index of the body paragraph the claim is in. */
  paragraph: number
  /** 0-based character offset of the sentence in its (joined) paragraph text. */
  offset: number
  /** Where the sentence starts. */
  place: Place
}

/** Severity of a problem. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * Something worth telling the user about the paper, its sources or the run. Never thrown.
 * Each stage owns the stable ids of the problems it reports (`annotationProblemKinds`, …);
 * messages may change, ids do not. Each id is documented in README.md § Errors.
 */
export interface Problem<Kind extends string = string> {
  /** Stable id. */
  kind: Kind
  /** How bad it is. */
  severity: Severity
  /** Human message, "Unexpected …, expected …" where it fits. */
  message: string
  /** Footnote concerned, if any. */
  footnote?: FootnoteId
  /** Claim concerned, if any. */
  claim?: string
  /** URL concerned, if any. */
  url?: string
  /** Where in the paper, if known. */
  place?: Place
}

/** Stable ids of the problems the annotations stage reports. */
export const annotationProblemKinds = [
  'no-footnotes',
  'empty-footnote',
  'unused-footnote',
  'missing-footnote',
  'duplicate-footnote',
  'footnote-out-of-order',
  'unlinked-notes',
  'markup-simplified',
] as const

/** A problem id of the annotations stage. */
export type AnnotationProblemKind = (typeof annotationProblemKinds)[number]

/** A problem the annotations stage reports. */
export type AnnotationProblem = Problem<AnnotationProblemKind>

/** A footnote marker inside a body paragraph. */
export interface Marker {
  /** Footnote the marker points to. */
  footnote: FootnoteId
  /** 0-based offset in the paragraph's `text` (markers removed) right after which the marker stood. */
  offset: number
}

/** A paragraph of body text (title page, contents and footnote blocks excluded). */
export interface Paragraph {
  /** 0-based index, as used by `Claim.paragraph`. */
  index: number
  /** Title of the section it is in, or `null`. */
  section: string | null
  /** Text with markers removed; pieces split by a page break are joined. */
  text: string
  /** Markers in order. */
  markers: Array<Marker>
  /** Where the paragraph starts. */
  place: Place
}

/** Output of the annotations stage: the paper as claims linked to footnotes. */
export interface AnnotatedDocument {
  /** What the paper is. */
  document: DocumentInfo
  /** Body sections in order. */
  sections: Array<Section>
  /** Body paragraphs in order (used to re-emit the annotated paper). */
  paragraphs: Array<Paragraph>
  /** All footnotes in order of definition (numbered ones sorted by number). */
  footnotes: Array<Footnote>
  /** All claims in document order. */
  claims: Array<Claim>
  /** Problems found while annotating. */
  problems: Array<AnnotationProblem>
}
