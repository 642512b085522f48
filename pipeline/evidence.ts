/**
 * Wiring of the evidence stage: the page inspector handed to the checker, then the passes that
 * run after checking (DOI handles, archived copies, confirmed-dead history) and the warnings
 * evidence leads to.
 */
import { lookup as dnsLookup } from 'node:dns'
import type { LinkCache } from '../sources/cache.ts'
import {
  checkDoiHandles,
  createInspector,
  findArchivedCopies,
  findEvidenceProblems,
  isConfirmedDead,
  type LinkContext,
} from '../sources/evidence/index.ts'
import { createDispatcher } from '../sources/http.ts'
import { emptyEvidence } from '../sources/inspect-page.ts'
import type { Settings } from './options.ts'
import type { Evidence, FootnoteId, LinkCheck, Problem, SourcedDocument } from './types.ts'

/** What the paper says about each URL: the titles its citing footnotes quote. */
export function citedTitles(document: SourcedDocument): Map<string, LinkContext> {
  const context = new Map<string, { titles: Array<string> }>()
  for (const footnote of document.footnotes) {
    for (const source of footnote.sources) {
      const entry = context.get(source.url) ?? { titles: [] }
      const title = footnote.citation.title
      if (title && !entry.titles.includes(title)) entry.titles.push(title)
      context.set(source.url, entry)
    }
  }
  return context
}

/** Settings and state the post-check evidence passes need. */
export interface EvidenceContext {
  settings: Readonly<Settings>
  cache: LinkCache | null
  networkAvailable: boolean
  /** The run was interrupted: make no further requests. */
  interrupted: boolean
  /** Titles the citing footnotes quote, per URL (from `citedTitles`). */
  titles: ReadonlyMap<string, LinkContext>
}

/** Add DOI existence, archived copies and confirmed-dead history; derive evidence warnings. */
export async function addEvidence(
  document: SourcedDocument,
  checks: ReadonlyArray<LinkCheck>,
  context: Readonly<EvidenceContext>,
): Promise<{ checks: Array<LinkCheck>; problems: Array<Problem> }> {
  const { settings } = context
  const online = context.networkAvailable && !context.interrupted && !settings.noEvidence
  const dispatcher = online
    ? createDispatcher({
        timeout: settings.timeout,
        lookup: dnsLookup,
        allowPrivate: settings.allowPrivate,
      })
    : null
  try {
    const doiByUrl = new Map<string, string>()
    for (const footnote of document.footnotes) {
      for (const source of footnote.sources) if (source.doi) doiByUrl.set(source.url, source.doi)
    }
    const handles =
      dispatcher && doiByUrl.size > 0
        ? await checkDoiHandles([...new Set(doiByUrl.values())], {
            baseUrl: settings.doiApi,
            dispatcher,
            timeout: settings.timeout,
          })
        : new Map()
    const failing = checks.filter(
      (check) => check.status === 'dead' || check.status === 'unverified',
    )
    const archived =
      dispatcher && settings.archive && failing.length > 0
        ? await findArchivedCopies(
            failing.map((check) => check.url),
            {
              endpoint: settings.archiveApi,
              dispatcher,
              timeout: settings.timeout,
              ...paperDate(document),
            },
          )
        : new Map()

    const enriched = checks.map((check) => {
      const evidence: Evidence = { ...emptyEvidence(check.title), ...check.evidence }
      const doi = doiByUrl.get(check.url)
      if (doi !== undefined) evidence.doi = { doi, exists: handles.get(doi)?.exists ?? null }
      const copy = archived.get(check.url)
      if (copy) evidence.archive = { url: copy.url, timestamp: copy.timestamp }
      const history = context.cache?.entries[check.checkedUrl]?.history
      if (check.status === 'dead' && history) evidence.confirmedDead = isConfirmedDead(history)
      return { ...check, evidence }
    })

    const { titles } = context
    const citing = footnotesByUrl(document)
    // Title and fragment warnings concern live pages only: a dead page's title says nothing.
    const live = enriched.filter((check) => check.status === 'live')
    const problems = live.flatMap((check) =>
      findEvidenceProblems(check, titles.get(check.url)?.titles ?? []).map((problem) => {
        const footnote = citing.get(check.url)
        return footnote === undefined ? problem : { ...problem, footnote }
      }),
    )
    return { checks: enriched, problems }
  } finally {
    await dispatcher?.close()
  }
}

/** The first footnote citing each URL (for placing warnings). */
function footnotesByUrl(document: SourcedDocument): Map<string, FootnoteId> {
  const first = new Map<string, FootnoteId>()
  for (const footnote of document.footnotes) {
    for (const source of footnote.sources)
      if (!first.has(source.url)) first.set(source.url, footnote.id)
  }
  return first
}

/** The paper's date, when the annotations stage found one (`2025-04`), for choosing snapshots. */
function paperDate(document: SourcedDocument): { date?: string } {
  return document.document.date ? { date: document.document.date } : {}
}
