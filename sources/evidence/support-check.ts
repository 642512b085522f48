/**
 * The support check as the page inspector runs it: read the page's text (HTML, plain text or
 * PDF bytes), index it once, assess every claim citing the link, and keep only the small
 * `Support` values (a passage of at most 300 characters each); the text and the index are
 * dropped as soon as the claims are scored. PDFs are read one or two at a time in the pdf.js
 * thread, each within `maxPdfReadTime`.
 */
import pLimit from 'p-limit'
import type { Page } from '../check/types.ts'
import { isHtmlPage } from './html.ts'
import {
  assessSupport,
  hasText,
  indexSource,
  maxPdfBytes,
  readHtmlSource,
  readPdfSource,
  readPlainSource,
  type SourceText,
  type Support,
} from './support/index.ts'
import type { CitingClaim } from './types.ts'

/** Stable ids of why a live page's text could not be checked. */
export const pageSkipReasons = [
  'not-text',
  'no-text',
  'pdf-too-large',
  'pdf-encrypted',
  'pdf-corrupt',
  'pdf-failed',
] as const

/** Why a live page's text could not be checked. */
export type PageSkipReason = (typeof pageSkipReasons)[number]

/** What the support check kept of one page. */
export interface PageSupport {
  /** Why the page's text could not be checked, or `null` when it was. */
  skip: PageSkipReason | null
  /** A PDF's title (metadata, or its first large text), or `null`. */
  title: string | null
  /** Support of each citing claim, by `CitingClaim.key` (empty when skipped). */
  claims: Map<string, Support>
}

/** Support results of a run, by URL as extracted (`Page.url`). Filled by the inspector. */
export type SupportStore = Map<string, PageSupport>

/** Longest wait for one PDF's text, in milliseconds; beyond it the PDF is `pdf-failed`. */
export const maxPdfReadTime = 60_000

/** PDFs read at once (the pdf.js thread reads one at a time; the other waits or is indexed). */
const pdfConcurrency = 2

/** Read a PDF within `maxPdfReadTime` (and before `signal` aborts), or give its skip reason. */
async function readPdfWithin(
  bytes: Uint8Array,
  truncated: boolean,
  signal: AbortSignal | undefined,
): Promise<SourceText | PageSkipReason> {
  if (signal?.aborted) return 'pdf-failed'
  let timer: NodeJS.Timeout | undefined
  let stop: (() => void) | undefined
  const late = new Promise<'pdf-failed'>((resolve) => {
    timer = setTimeout(() => resolve('pdf-failed'), maxPdfReadTime)
    stop = () => resolve('pdf-failed')
    signal?.addEventListener('abort', stop, { once: true })
  })
  try {
    const source = await Promise.race([readPdfSource(bytes, { truncated }), late])
    if (typeof source === 'string') return source
    return source.problem ? source.problem.id : source
  } finally {
    clearTimeout(timer)
    if (stop) signal?.removeEventListener('abort', stop)
  }
}

/** Whether the page says it is a PDF by its content type. */
function isPdfType(page: Readonly<SupportPage>): boolean {
  return /^application\/(?:x-)?pdf$|^application\/acrobat$|^applications\/vnd\.pdf$/.test(
    page.contentType ?? '',
  )
}

/** Read a page's text, or give why it cannot be checked. `readPdf` runs PDF reads under a limit. */
async function readPageText(
  page: Readonly<SupportPage>,
  readPdf: (bytes: Uint8Array, truncated: boolean) => Promise<SourceText | PageSkipReason>,
  pdfCap: number,
): Promise<SourceText | PageSkipReason> {
  if (page.bytes) return readPdf(page.bytes, page.truncated)
  if (isPdfType(page)) {
    const length = Number(page.headers['content-length'])
    return Number.isFinite(length) && length > pdfCap ? 'pdf-too-large' : 'pdf-failed'
  }
  if (isHtmlPage(page)) return readHtmlSource(page.body, { truncated: page.truncated })
  if (page.contentType?.startsWith('text/')) {
    return readPlainSource(page.body, { truncated: page.truncated })
  }
  return 'not-text'
}

/** A copy of a string that shares no memory with the text it was cut from (a V8 slice may). */
function detach(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le')
}

/** Score every claim against one source, then let the source and its index go. */
function scoreClaims(source: SourceText, claims: ReadonlyArray<CitingClaim>): Map<string, Support> {
  const index = indexSource(source)
  const results = new Map<string, Support>()
  for (const claim of claims) {
    const support = assessSupport({ text: claim.text, locator: claim.locator }, index)
    results.set(claim.key, { ...support, passage: detach(support.passage) })
  }
  return results
}

/** The page fields the support check reads (what a worker thread is sent of a page). */
export type SupportPage = Pick<Page, 'body' | 'bytes' | 'contentType' | 'headers' | 'truncated'>

/** Scores one page for the claims citing it; never rejects unless its thread is gone. */
export type PageScorer = (
  page: Readonly<SupportPage>,
  claims: ReadonlyArray<CitingClaim>,
) => Promise<PageSupport>

/** Options of `createPageScorer`. */
export interface PageScorerOptions {
  /** The checker's `maxPdfBytes`: a PDF announced larger was not read (default 5 MiB). */
  maxPdfBytes?: number
  /** The run's stop signal: a PDF still being read when it aborts is `pdf-failed`. */
  signal?: AbortSignal
}

/**
 * Create a page scorer working in this thread: read the page's text, index it, assess every
 * claim. Never rejects: a failure gives `pdf-failed` (PDF) or `not-text`.
 */
export function createPageScorer(options: Readonly<PageScorerOptions> = {}): PageScorer {
  const { signal } = options
  const pdfCap = options.maxPdfBytes ?? maxPdfBytes
  const limit = pLimit(pdfConcurrency)
  const readPdf = (bytes: Uint8Array, truncated: boolean) =>
    limit(() => readPdfWithin(bytes, truncated, signal))
  return async (page, claims) => {
    try {
      const source = await readPageText(page, readPdf, pdfCap)
      if (typeof source === 'string') return { skip: source, title: null, claims: new Map() }
      // Only a PDF's title is used (the inspector reads HTML titles itself).
      const title = source.kind === 'pdf' && source.title !== null ? detach(source.title) : null
      return hasText(source)
        ? { skip: null, title, claims: scoreClaims(source, claims) }
        : { skip: 'no-text', title, claims: new Map() }
    } catch {
      return { skip: page.bytes ? 'pdf-failed' : 'not-text', title: null, claims: new Map() }
    }
  }
}

/** Options of `createSupportCheck`. */
export interface SupportCheckOptions extends PageScorerOptions {
  /**
   * Where pages are scored, e.g. a worker thread's scorer (`startSupportThread`); default: this
   * thread. When it rejects (its thread is gone), the page is scored in this thread instead.
   */
  scorer?: PageScorer
}

/**
 * Create the support check of a run: a function the inspector calls with each live page and
 * the claims citing it; it stores the page's `PageSupport` under `page.url` in `store`.
 * Never rejects: a failure stores `pdf-failed` (PDF) or `not-text`.
 */
export function createSupportCheck(
  store: SupportStore,
  options: Readonly<SupportCheckOptions> = {},
): (page: Page, claims: ReadonlyArray<CitingClaim>) => Promise<PageSupport> {
  const { signal, scorer } = options
  const local = createPageScorer(options)
  return async (page, claims) => {
    const unscored = (): PageSupport => ({ skip: null, title: null, claims: new Map() })
    if (signal?.aborted) return unscored()
    const result = scorer
      ? await scorer(page, claims).catch(() => (signal?.aborted ? unscored() : local(page, claims)))
      : await local(page, claims)
    // Stopped while reading: leave the page unscored rather than call it unreadable.
    if (!signal?.aborted) store.set(page.url, result)
    return result
  }
}
