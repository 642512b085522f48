/**
 * Contracts of the extract room of the sources stage: each footnote's sources (URLs, DOIs),
 * what its citation says, back-references resolved, and the distinct links of a paper.
 */
import type {
  AnnotatedDocument,
  AnnotationProblemKind,
  Footnote,
  FootnoteId,
  Problem,
} from '../../annotations/types.ts'

/** Stable ids of the problems the extract room reports (`no-source` is a report entry). */
export const sourceProblemKinds = [
  'unresolved-back-reference',
  'malformed-url',
  'repaired-url',
  'unsupported-url',
  'outlet-mismatch',
  'no-source',
] as const

/** A problem id of the extract room. */
export type SourceProblemKind = (typeof sourceProblemKinds)[number]

/** A problem the extract room reports. */
export type SourceProblem = Problem<SourceProblemKind>

/** What kind of citation a footnote is. */
export type FootnoteKind = 'web' | 'doi' | 'print' | 'back-reference' | 'empty'

/** One cited source: a URL (possibly repaired) or a DOI turned into a doi.org URL. */
export interface Source {
  /** Absolute URL to check, WHATWG-serialised (`new URL(x).href`). */
  url: string
  /** `url` for a link, `doi` for a DOI (bare, `doi:` or inside a doi.org URL). */
  kind: 'url' | 'doi'
  /** The DOI, lower-cased prefix kept as written, when `kind` is `doi`. */
  doi?: string
  /** The text exactly as written in the footnote. */
  raw: string
  /** When the URL had to be repaired (`See://…`, `htps://`, `www.…`), the text before repair. */
  repairedFrom?: string
  /** `false` for schemes we never fetch (mailto:, ftp:, file:); such sources are `excluded`. */
  supported: boolean
  /** Footnote whose own text holds this source (differs from the owner for back-references). */
  from: FootnoteId
}

/** What the citation says, as far as it could be read. Fields are `null` when absent. */
export interface Citation {
  /** Authors as written, split on `,`/`and`/`&`, `et al.` dropped. */
  authors: Array<string>
  /** Title (quoted or italic). */
  title: string | null
  /** Outlet / publisher / journal. */
  outlet: string | null
  /** Date as written. */
  date: string | null
  /** Page or other locator (`p.5`, `pp. 10-12`). */
  locator: string | null
}

/** A footnote with what it cites. */
export interface SourcedFootnote extends Footnote {
  /** Kind of citation. */
  kind: FootnoteKind
  /** Effective sources: its own, or for a back-reference those of the note it points to. */
  sources: Array<Source>
  /** For a back-reference, the footnote it points to (resolved); `null` otherwise. */
  refersTo: FootnoteId | null
  /** What the citation says. */
  citation: Citation
}

/** Output of the sources stage. */
export interface SourcedDocument extends Omit<AnnotatedDocument, 'footnotes' | 'problems'> {
  /** Footnotes with their sources; same order as the annotated document. */
  footnotes: Array<SourcedFootnote>
  /** Problems of the annotations stage, then those found while reading sources. */
  problems: Array<Problem<AnnotationProblemKind | SourceProblemKind>>
}

/**
 * A distinct link of a paper and the footnotes citing it. `collectLinks` returns them sorted by
 * URL, each `footnotes` list in `compareFootnoteIds` order; the audit keeps that order.
 */
export interface CollectedLink {
  /** WHATWG-serialised URL. */
  url: string
  /** Footnotes citing it (directly or through a back-reference), in `compareFootnoteIds` order. */
  footnotes: Array<FootnoteId>
  /** `false` for schemes that are never fetched. */
  supported: boolean
  /** `doi` when the link is a DOI's doi.org URL. */
  kind: 'url' | 'doi'
  /** The DOI, for a `doi` link. */
  doi?: string
}
