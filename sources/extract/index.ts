/**
 * Sources stage: read every footnote's sources (URLs, DOIs, back-references) and what its
 * citation says. Pure: data in, data out; problems are values, nothing is thrown.
 */
import type { AnnotatedDocument, Footnote, FootnoteId } from '../../annotations/types.ts'
import {
  hasBackReference,
  type ReferenceTarget,
  removeBackReference,
  resolveBackReference,
} from './back-references.ts'
import { type CitationReading, readCitation } from './citation.ts'
import { findOutletMismatches, problemAt, unresolvedProblem } from './citation-problems.ts'
import { type ReadUrls, readUrls } from './read-url.ts'
import type {
  Citation,
  FootnoteKind,
  SourcedDocument,
  SourcedFootnote,
  SourceProblem,
} from './types.ts'

export { collectLinks, compareFootnoteIds } from './collect.ts'
export { extractUrls, type OwnSource } from './read-url.ts'

/** What one footnote's own text says, before back-references are resolved. */
interface OwnReading {
  /** The footnote. */
  footnote: Footnote
  /** Its own URLs and DOIs. */
  urls: ReadUrls
  /** What its citation says. */
  reading: CitationReading
  /** `true` when it is a back-reference (a marker and no link of its own). */
  isBackReference: boolean
  /** `true` when it has no text. */
  isEmpty: boolean
}

/** The footnote text with its URL-like pieces cut out. */
function withoutUrls(text: string, urls: ReadUrls): string {
  let result = ''
  let at = 0
  for (const span of urls.spans) {
    result += `${text.slice(at, span.start)} `
    at = span.end
  }
  return result + text.slice(at)
}

/** Read one footnote's own text. */
function readOwn(footnote: Footnote): OwnReading {
  const urls = readUrls(footnote.text)
  const prose = withoutUrls(footnote.text, urls)
  const isEmpty = footnote.text.trim() === ''
  const isBackReference = urls.sources.length === 0 && hasBackReference(prose)
  const reading = readCitation(isBackReference ? removeBackReference(prose) : prose)
  return { footnote, urls, reading, isBackReference, isEmpty }
}

/** Kind of a footnote from its own text. */
function kindOf(own: OwnReading): FootnoteKind {
  if (own.isEmpty) return 'empty'
  if (own.isBackReference) return 'back-reference'
  if (own.urls.sources.some((source) => source.kind === 'doi')) return 'doi'
  return own.urls.sources.length > 0 ? 'web' : 'print'
}

/** A back-reference's citation: its own fields, the target's where it says nothing; own locator. */
function inheritCitation(own: Citation, target: Citation): Citation {
  return {
    authors: own.authors.length > 0 ? own.authors : target.authors,
    title: own.title ?? target.title,
    outlet: own.outlet ?? target.outlet,
    date: own.date ?? target.date,
    locator: own.locator,
  }
}

/** Source one footnote, given the footnotes sourced before it; push its problems. */
function sourceFootnote(
  own: OwnReading,
  earlier: ReadonlyArray<ReferenceTarget>,
  byId: ReadonlyMap<FootnoteId, SourcedFootnote>,
  problems: Array<SourceProblem>,
): SourcedFootnote {
  const { footnote, urls, reading } = own
  for (const problem of urls.problems) problems.push(problemAt(footnote, problem))
  const sourced: SourcedFootnote = {
    ...footnote,
    kind: kindOf(own),
    sources: urls.sources.map((source) => ({ ...source, from: footnote.id })),
    refersTo: null,
    citation: reading.citation,
  }
  if (own.isBackReference) {
    const resolution = resolveBackReference(reading.citation, earlier)
    const target = resolution.resolved ? byId.get(resolution.refersTo) : undefined
    if (resolution.resolved && target !== undefined) {
      sourced.refersTo = resolution.refersTo
      sourced.sources = target.sources.map((source) => ({ ...source }))
      sourced.citation = inheritCitation(reading.citation, target.citation)
    } else {
      problems.push(
        unresolvedProblem(footnote, resolution.resolved ? 'it is missing' : resolution.reason),
      )
    }
  }
  problems.push(...findOutletMismatches(footnote, urls.sources, reading))
  return sourced
}

/** Extract every footnote's sources, kind, back-reference target and citation. Never throws. */
export function extractSources(document: AnnotatedDocument): SourcedDocument {
  const byId = new Map<FootnoteId, SourcedFootnote>()
  const earlier: Array<ReferenceTarget> = []
  const problems: Array<SourceProblem> = []
  const footnotes = document.footnotes.map((footnote) => {
    const own = readOwn(footnote)
    const sourced = sourceFootnote(own, earlier, byId, problems)
    byId.set(footnote.id, sourced)
    earlier.push({
      id: footnote.id,
      citation: own.reading.citation,
      isBackReference: own.isBackReference,
      isEmpty: own.isEmpty,
    })
    return sourced
  })
  return { ...document, footnotes, problems: [...document.problems, ...problems] }
}
export type * from './types.ts'
export { sourceProblemKinds } from './types.ts'
