/**
 * The page inspector handed to the HTTP checker: for every 2xx page it reads the title, runs
 * the soft-404 rules, compares the title with the cited ones and checks the fragment; with a
 * support store, it also scores the claims citing the page (`support-check.ts`).
 */
import type { Inspection, Page, PageInspector } from '../check/types.ts'
import type { SourcedFootnote } from '../extract/types.ts'
import { checkFragment } from './fragment.ts'
import { isHtmlPage, type PageHeadings, readHeadings, shortenTitle } from './html.ts'
import { detectSoft404 } from './soft-404.ts'
import { maxPdfBytes } from './support/index.ts'
import { createSupportCheck, type PageScorer, type SupportStore } from './support-check.ts'
import { matchTitle } from './title-match.ts'
import type { Evidence, LinkContext } from './types.ts'

/** Options of `createInspector`. */
export interface InspectorOptions {
  /**
   * Where to keep the support of each claim citing a live page (see `createSupportCheck`);
   * absent: no support check. The claims come from `LinkContext.claims`.
   */
  supports?: SupportStore
  /** The checker's `maxPdfBytes`: a PDF announced larger is `pdf-too-large` (default 5 MiB). */
  maxPdfBytes?: number
  /** The run's stop signal: once aborted, no more pages are scored. */
  signal?: AbortSignal
  /** Where pages are scored (a support thread's scorer); default: this thread. */
  scorer?: PageScorer
}

/** Evidence with nothing found yet but the page title. */
export function emptyEvidence(title: string | null): Evidence {
  return {
    title,
    soft404Rule: null,
    titleMatch: null,
    fragmentFound: null,
    doi: null,
    archive: null,
    confirmedDead: null,
  }
}

/** What the paper says about each URL: the titles its citing footnotes quote. */
export function citedTitles(footnotes: ReadonlyArray<SourcedFootnote>): Map<string, LinkContext> {
  const context = new Map<string, { titles: Array<string> }>()
  for (const footnote of footnotes) {
    for (const source of footnote.sources) {
      const entry = context.get(source.url) ?? { titles: [] }
      const title = footnote.citation.title
      if (title && !entry.titles.includes(title)) entry.titles.push(title)
      context.set(source.url, entry)
    }
  }
  return context
}

/** Best title match of the page's titles against the cited ones, or `null` when not compared. */
function scoreTitles(headings: PageHeadings, cited: ReadonlyArray<string>): number | null {
  const pageTitles = [headings.title, headings.ogTitle].filter((title) => title !== null)
  const citedTitles = cited.filter((title) => title.trim() !== '')
  if (pageTitles.length === 0 || citedTitles.length === 0) return null
  let best = 0
  for (const pageTitle of pageTitles) {
    for (const citedTitle of citedTitles) best = Math.max(best, matchTitle(pageTitle, citedTitle))
  }
  return best
}

/** Inspect one page; may throw on a bug, which `createInspector` turns into no evidence. */
export function inspectPage(page: Page, context: LinkContext | undefined): Inspection {
  const headings: PageHeadings = isHtmlPage(page)
    ? readHeadings(page.body)
    : { title: null, ogTitle: null, h1: null }
  const soft404 = detectSoft404(page, headings)
  const evidence: Evidence = {
    ...emptyEvidence(null),
    title: headings.title ?? headings.ogTitle,
    soft404Rule: soft404?.rule ?? null,
    titleMatch: scoreTitles(headings, context?.titles ?? []),
    fragmentFound: checkFragment(page),
  }
  if (soft404 === null) return { evidence }
  return { evidence, verdict: { status: 'dead', reason: 'soft-404', detail: soft404.detail } }
}

/**
 * Create the inspector for a run. `context` is keyed by `Page.url` (the URL as extracted from
 * the paper). The inspector never throws: on an internal failure it returns no evidence. With
 * `options.supports`, a page that is not a soft 404 also gets its claims scored; a PDF's title
 * then becomes the page title.
 */
export function createInspector(
  context: ReadonlyMap<string, LinkContext>,
  options: Readonly<InspectorOptions> = {},
): PageInspector {
  const checkSupport = options.supports
    ? createSupportCheck(options.supports, {
        maxPdfBytes: options.maxPdfBytes ?? maxPdfBytes,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.scorer ? { scorer: options.scorer } : {}),
      })
    : null
  return (page) => {
    let inspection: Inspection
    try {
      inspection = inspectPage(page, context.get(page.url))
    } catch {
      return { evidence: emptyEvidence(null) }
    }
    const claims = context.get(page.url)?.claims ?? []
    if (checkSupport === null || inspection.verdict || claims.length === 0) return inspection
    return checkSupport(page, claims).then((support) => {
      // A PDF's title (metadata or first large text) is the page title; HTML titles are read above.
      if (page.bytes && inspection.evidence.title === null && support.title !== null) {
        inspection.evidence.title = shortenTitle(support.title.replace(/\s+/g, ' ').trim())
      }
      return inspection
    })
  }
}
