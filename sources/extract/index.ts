/**
 * Sources stage: read every footnote's sources (URLs, DOIs, back-references) and what its
 * citation says. Pure: data in, data out; problems are values, nothing is thrown.
 */
import type { AnnotatedDocument, Footnote, FootnoteId } from '../../annotations/types.ts'
import { type CitationReading, readCitation } from './citation.ts'
import { findOutletMismatches, problemAt, unresolvedProblem } from './citation-problems.ts'
import { type ReadUrls, readUrls } from './read-url.ts'
import {
  findClauseEnd,
  findReferenceMarks,
  findShortTitles,
  type ReferenceMark,
  removeReferenceMarks,
} from './reference-marks.ts'
import { type MarkedNote, resolveTargets, type Targets } from './targets.ts'
import type {
  Citation,
  FootnoteKind,
  Source,
  SourcedDocument,
  SourcedFootnote,
  SourceProblem,
} from './types.ts'

export { collectLinks, compareFootnoteIds } from './collect.ts'
export { extractUrls, type OwnSource } from './read-url.ts'

/** What one footnote's own text says, before back-references are resolved. */
interface OwnReading extends MarkedNote {
  /** The footnote. */
  footnote: Footnote
  /** Its own URLs and DOIs. */
  urls: ReadUrls
  /** What its citation says (back-reference marks left out). */
  reading: CitationReading
}

/** A year or a page locator left once back-references are cut out: a work cited anew. */
const newCitation = /\b(?:1[5-9]|20)\d\d\b/

/** The footnote text with its URL-like pieces cut out (a link's URL text lies inside the link). */
function withoutUrls(text: string, urls: ReadUrls): string {
  let result = ''
  let at = 0
  for (const span of urls.spans) {
    if (span.end <= at) continue
    // Sentence punctuation trimmed off a bare URL stays: `…/wiki/X. Voir aussi Y, op. cit.`
    const punctuation = /[.,;:!?]+$/.exec(text.slice(span.start, span.end))?.[0] ?? ''
    result += `${text.slice(at, Math.max(at, span.start))} ${punctuation}`
    at = span.end
  }
  return result + text.slice(at)
}

/**
 * Read one footnote's own text. It is a back-reference (and nothing else) when it has marks and
 * cites nothing anew: no link of its own and no year once the marks' clauses are left out.
 */
function readOwn(footnote: Footnote): OwnReading {
  const urls = readUrls(footnote.text)
  const prose = withoutUrls(footnote.text, urls)
  const marks = findReferenceMarks(prose)
  const rest = removeReferenceMarks(prose, marks)
  const isEmpty = footnote.text.trim() === ''
  const citesAnew = urls.sources.length > 0 || (marks.length > 0 && citesBeyondMarks(prose, marks))
  const isBackReference = marks.length > 0 && !citesAnew
  const reading = readCitation(rest)
  return {
    id: footnote.id,
    footnote,
    urls,
    prose,
    marks,
    shortTitles: findShortTitles(prose),
    reading,
    citation: reading.citation,
    isBackReference,
    isEmpty,
  }
}

/**
 * Whether a note cites a work of its own besides its back-references: a year left once every
 * mark's clause (`Smith, op. cit., March 2024`) is cut out.
 */
function citesBeyondMarks(prose: string, marks: ReadonlyArray<ReferenceMark>): boolean {
  let rest = ''
  let at = 0
  for (const mark of marks) {
    if (mark.clauseStart < at) continue
    rest += `${prose.slice(at, mark.clauseStart)} `
    at = Math.max(mark.end, findClauseEnd(prose, mark.end))
  }
  return newCitation.test(rest + prose.slice(at))
}

/** Kind of a footnote from its own text. */
function kindOf(own: OwnReading): FootnoteKind {
  if (own.isEmpty) return 'empty'
  if (own.marks.length > 0 && own.urls.sources.length === 0) return 'back-reference'
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

/**
 * The sources a note passes on to the notes pointing at it: its own, and — when it is itself
 * only a back-reference — those of the notes it points at, transitively.
 */
function createEffectiveSources(
  owns: ReadonlyArray<OwnReading>,
  targets: ReadonlyArray<Targets>,
): (id: FootnoteId) => Array<Source> {
  const index = new Map<FootnoteId, number>()
  owns.forEach((own, at) => {
    if (!index.has(own.id)) index.set(own.id, at)
  })
  const memo = new Map<FootnoteId, Array<Source>>()
  const effective = (id: FootnoteId, trail: Set<FootnoteId>): Array<Source> => {
    const cached = memo.get(id)
    if (cached) return cached
    const at = index.get(id)
    const own = at === undefined ? undefined : owns[at]
    if (own === undefined || at === undefined || trail.has(id)) return []
    const sources: Array<Source> = own.urls.sources.map((source) => ({ ...source, from: id }))
    if (own.isBackReference) {
      const next = new Set(trail).add(id)
      for (const target of targets[at]?.ids ?? []) addSources(sources, effective(target, next))
    }
    memo.set(id, sources)
    return sources
  }
  return (id) => effective(id, new Set())
}

/** Append the sources of `more` whose URL `sources` does not have yet. */
function addSources(sources: Array<Source>, more: ReadonlyArray<Source>): void {
  for (const source of more) {
    if (!sources.some((known) => known.url === source.url)) sources.push({ ...source })
  }
}

/** Extract every footnote's sources, kind, back-reference target and citation. Never throws. */
export function extractSources(document: AnnotatedDocument): SourcedDocument {
  const owns = document.footnotes.map(readOwn)
  const targets = resolveTargets(owns)
  const effective = createEffectiveSources(owns, targets)
  const citations = new Map(owns.map((own) => [own.id, own.citation]))
  const problems: Array<SourceProblem> = []
  const footnotes = owns.map((own, at): SourcedFootnote => {
    const { footnote, urls, reading } = own
    for (const problem of urls.problems) problems.push(problemAt(footnote, problem))
    const ids = targets[at]?.ids ?? []
    const sources: Array<Source> = urls.sources.map((source) => ({ ...source, from: footnote.id }))
    for (const id of ids) addSources(sources, effective(id))
    // The target's citation as sourced so far: an `Ibid.` after an `op. cit.` gets the original.
    const target = ids[0] === undefined ? undefined : citations.get(ids[0])
    const citation =
      own.isBackReference && target ? inheritCitation(reading.citation, target) : reading.citation
    citations.set(own.id, citation)
    if (own.marks.length > 0 && ids.length === 0) {
      problems.push(unresolvedProblem(footnote, targets[at]?.reason ?? 'it is missing'))
    }
    problems.push(...findOutletMismatches(footnote, urls.sources, reading))
    return { ...footnote, kind: kindOf(own), sources, refersTo: ids[0] ?? null, citation }
  })
  return { ...document, footnotes, problems: [...document.problems, ...problems] }
}
export type * from './types.ts'
export { sourceProblemKinds } from './types.ts'
