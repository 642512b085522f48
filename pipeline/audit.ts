/**
 * Wiring: paper → annotations → sources → checks (+ evidence) → audit result. The typed
 * library API the CLI is a thin shell over; only this module and `read-paper.ts` touch the
 * disk (the paper and the cache), and only the checker and evidence rooms the network.
 */
import pLimit from 'p-limit'
import {
  type CheckOptions,
  type CheckProgress,
  checkLinks,
  normalizeCheckOptions,
  version,
} from '../sources/check/index.ts'
import {
  citedTitles,
  citingClaims,
  collectEvidence,
  createInspector,
  type EvidenceOptions,
  type InspectorOptions,
  type LinkContext,
  normalizeEvidenceOptions,
  type SupportStore,
  type SupportThread,
  sharedNetworkOptions,
  startSupportThread,
} from '../sources/evidence/index.ts'
import { maxPdfBytes } from '../sources/evidence/support/index.ts'
import { collectLinks, extractSources } from '../sources/extract/index.ts'
import { assembleAudit } from './assemble-audit.ts'
import { loadCache, saveCache } from './cache-file.ts'
import { echoOptions } from './echo-options.ts'
import { InputError } from './errors.ts'
import { type PaperInput, readPaper } from './read-paper.ts'
import type {
  AuditProblem,
  AuditResult,
  AuditRun,
  CollectedLink,
  PaperAudit,
  SourcedDocument,
} from './types.ts'

/** Options of `auditPaper`. Everything is optional; the defaults are the tables' defaults. */
export interface AuditOptions {
  /** Checker options (concurrency, timeouts, remaps, excludes, …): see `checkOptionTable`. */
  check?: Readonly<Partial<Omit<CheckOptions, 'cache' | 'inspect' | 'signal' | 'onProgress'>>>
  /**
   * Evidence options (archive look-ups, API endpoints): see `evidenceOptionTable`; the network
   * options default to the checker's. `false`: no evidence at all (no page inspection, DOI
   * handle or archive look-up).
   */
  evidence?: Readonly<Partial<EvidenceOptions>> | false
  /** Path of the verdict cache file, read before and written after checking; `null` (default): none. */
  cache?: string | null
  /** Password of an encrypted PDF. */
  password?: string | null
  /** Largest paper file read, in bytes (default 64 MiB); a larger one is an `InputError`. */
  maxInput?: number
  /** Most pages of a PDF read (default 2,000); a longer one is an `InputError`. */
  maxPages?: number
  /** Record when the audit started and finished (`result.timestamps`). */
  timestamps?: boolean
  /** Abort to stop starting requests (Ctrl-C); the result is then marked incomplete. */
  signal?: AbortSignal
  /** Called after every link verdict. */
  onProgress?: (progress: CheckProgress) => void
}

/** Read a paper and extract its footnotes' sources (no network). */
export async function sourcePaper(
  input: PaperInput,
  options: Readonly<Pick<AuditOptions, 'password' | 'maxInput' | 'maxPages'>> = {},
): Promise<SourcedDocument> {
  const { password = null, maxInput, maxPages } = options
  return extractSources(
    await readPaper(input, {
      password,
      ...(maxInput === undefined ? {} : { maxInput }),
      ...(maxPages === undefined ? {} : { maxPages }),
    }),
  )
}

/**
 * Audit a paper: read it, check every distinct cited URL once, gather evidence, and assemble
 * the result. Never rejects for a bad link or source (they are verdicts and problems).
 *
 * @throws {InputError} when the paper cannot be read; {TypeError} for invalid options.
 */
export async function auditPaper(
  input: PaperInput,
  options: Readonly<AuditOptions> = {},
): Promise<AuditResult> {
  const [read] = await readPapers([input], options)
  if (read === undefined || 'error' in read) throw read?.error
  const [paper] = await auditDocuments([read], options)
  return (paper as { result: AuditResult }).result
}

/**
 * Audit several papers in one run: every distinct URL of every paper is checked once, with one
 * politeness budget per host and one cache, and each paper is assembled from the shared
 * verdicts. A paper that cannot be read is reported in `papers` with its input error; the
 * others still run. Never rejects for a bad paper, link or source.
 *
 * @throws {TypeError} for invalid options.
 */
export async function auditPapers(
  inputs: ReadonlyArray<PaperInput>,
  options: Readonly<AuditOptions> = {},
): Promise<AuditRun> {
  const read = await readPapers(inputs, options)
  const audited = await auditDocuments(
    read.filter((paper): paper is ReadPaper => !('error' in paper)),
    options,
  )
  // `audited` holds the readable papers in order: take them one by one.
  const readable = audited.values()
  const papers: Array<PaperAudit> = read.map((paper) => {
    if (!('error' in paper)) return readable.next().value as PaperAudit
    const { code, message } = paper.error
    return { path: paper.path, error: { code, message } }
  })
  const results = papers.flatMap((paper) => ('result' in paper ? [paper.result] : []))
  return {
    papers,
    network: { available: results.every((result) => result.network.available) },
    incomplete: results.some((result) => result.incomplete),
  }
}

/** A paper read and sourced, or the input error it failed with. */
type ReadPaper = { path: string; document: SourcedDocument }

/** Read and source every paper, two at a time (PDFs are heavy); input errors become values. */
async function readPapers(
  inputs: ReadonlyArray<PaperInput>,
  options: Readonly<AuditOptions>,
): Promise<Array<ReadPaper | { path: string; error: InputError }>> {
  const limit = pLimit(2)
  return Promise.all(
    inputs.map((input) =>
      limit(async () => {
        const path = typeof input === 'string' ? input : input.path
        try {
          return { path, document: await sourcePaper(input, options) }
        } catch (error) {
          if (error instanceof InputError) return { path, error }
          throw error
        }
      }),
    ),
  )
}

/** Check the links of every paper in one run and assemble each paper's result. */
async function auditDocuments(
  papers: ReadonlyArray<ReadPaper>,
  options: Readonly<AuditOptions>,
): Promise<Array<{ path: string; result: AuditResult }>> {
  const started = new Date()
  const check = normalizeCheckOptions(options.check)
  const evidence =
    options.evidence === false
      ? null
      : normalizeEvidenceOptions(withNetwork(check, options.evidence))
  const cachePath = options.cache ?? null
  const linksOf = papers.map((paper) => collectLinks(paper.document.footnotes))
  const links = mergeLinks(linksOf.flat())
  const runProblems: Array<AuditProblem> = []

  const loaded = cachePath === null ? null : await loadCache(cachePath)
  if (loaded?.problem) runProblems.push(loaded.problem)
  const cache = loaded?.cache ?? null
  const titles = citedTitles(papers.flatMap((paper) => paper.document.footnotes))
  const supports: SupportStore | null = evidence?.support ? new Map() : null
  if (supports) addCitingClaims(titles, papers)
  // The support check reads PDFs too (5 MiB at most), unless the caller set the cap.
  const pdfCap = options.check?.maxPdfBytes ?? maxPdfBytes
  // Pages are scored in a thread of their own, so the checker keeps this one for the network.
  const thread = supports
    ? startSupportThread({
        maxPdfBytes: pdfCap,
        ...(options.signal ? { signal: options.signal } : {}),
      })
    : null
  const run = await checkLinks(
    links.map((link) => link.url),
    {
      ...check,
      cache,
      ...(supports ? { maxPdfBytes: pdfCap } : {}),
      ...(evidence
        ? {
            inspect: createInspector(
              titles,
              supports ? supportOptions(supports, pdfCap, thread, options) : {},
            ),
          }
        : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  ).finally(() => thread?.close())
  runProblems.push(...run.problems)
  const unsaved = cachePath !== null && cache !== null ? await saveCache(cachePath, cache) : null
  if (unsaved) runProblems.push(unsaved)

  const date = sharedDate(papers)
  const completed = evidence
    ? await collectEvidence(links, run, { cache, titles, ...(date ? { date } : {}) }, evidence)
    : { checks: run.checks, problems: [] }
  const problems = [...runProblems, ...completed.problems]
  const echoed = echoOptions(check, evidence, cachePath)
  const finished = new Date()

  return papers.map((paper, index) => {
    const own = linksOf[index] ?? []
    const urls = new Set(own.map((link) => link.url))
    const result = assembleAudit({
      document: paper.document,
      links: own,
      checks: completed.checks.filter((item) => urls.has(item.url)),
      problems: problems.filter((problem) => problem.url === undefined || urls.has(problem.url)),
      networkAvailable: run.network.available,
      incomplete: run.incomplete,
      options: echoed,
      version,
      supports,
    })
    if (options.timestamps === true) {
      result.timestamps = { started: started.toISOString(), finished: finished.toISOString() }
    }
    return { path: paper.path, result }
  })
}

/** The inspector's support options: the store, the PDF cap, the thread, the run's stop signal. */
function supportOptions(
  supports: SupportStore,
  maxPdfBytes: number,
  thread: SupportThread | null,
  options: Readonly<AuditOptions>,
): InspectorOptions {
  return {
    supports,
    maxPdfBytes,
    ...(thread ? { scorer: thread.score } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  }
}

/** Add the claims citing each URL (for the support check) to the links' context. */
function addCitingClaims(
  context: Map<string, LinkContext>,
  papers: ReadonlyArray<ReadPaper>,
): void {
  for (const [url, claims] of citingClaims(papers.map((paper) => paper.document))) {
    context.set(url, { titles: context.get(url)?.titles ?? [], claims })
  }
}

/** The distinct links of several papers, sorted by URL (their footnote lists do not matter here). */
function mergeLinks(links: ReadonlyArray<CollectedLink>): Array<CollectedLink> {
  const byUrl = new Map<string, CollectedLink>()
  for (const link of links) if (!byUrl.has(link.url)) byUrl.set(link.url, link)
  return [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
}

/** The publication date all papers share (to choose archived snapshots), if they share one. */
function sharedDate(papers: ReadonlyArray<ReadPaper>): string | undefined {
  const dates = new Set(papers.map((paper) => paper.document.document.date))
  const [only] = dates
  return dates.size === 1 ? only : undefined
}

/** Evidence options with the checker's network options where evidence does not set its own. */
function withNetwork(
  check: Readonly<CheckOptions>,
  evidence: Readonly<Partial<EvidenceOptions>> | undefined,
): Partial<EvidenceOptions> {
  const network: Record<string, unknown> = {}
  for (const key of sharedNetworkOptions) network[key] = check[key]
  return { ...network, ...evidence }
}
