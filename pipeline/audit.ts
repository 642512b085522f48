/**
 * Wiring: paper → annotations → sources → checks (+ evidence) → audit result. The typed
 * library API the CLI is a thin shell over; only this module and `read-paper.ts` touch the
 * disk (the paper and the cache), and only the checker and evidence rooms the network.
 */
import {
  type CheckOptions,
  type CheckProgress,
  checkLinks,
  normalizeCheckOptions,
  version,
} from '../sources/check/index.ts'
import {
  citedTitles,
  collectEvidence,
  createInspector,
  type EvidenceOptions,
  normalizeEvidenceOptions,
  sharedNetworkOptions,
} from '../sources/evidence/index.ts'
import { collectLinks, extractSources } from '../sources/extract/index.ts'
import { assembleAudit } from './assemble-audit.ts'
import { loadCache, saveCache } from './cache-file.ts'
import { echoOptions } from './echo-options.ts'
import { type PaperInput, readPaper } from './read-paper.ts'
import type { AuditProblem, AuditResult, SourcedDocument } from './types.ts'

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
  const started = new Date()
  const check = normalizeCheckOptions(options.check)
  const evidence =
    options.evidence === false
      ? null
      : normalizeEvidenceOptions(withNetwork(check, options.evidence))
  const cachePath = options.cache ?? null
  const document = await sourcePaper(input, options)
  const links = collectLinks(document.footnotes)
  const problems: Array<AuditProblem> = []

  const loaded = cachePath === null ? null : await loadCache(cachePath)
  if (loaded?.problem) problems.push(loaded.problem)
  const cache = loaded?.cache ?? null
  const titles = citedTitles(document.footnotes)
  const run = await checkLinks(
    links.map((link) => link.url),
    {
      ...check,
      cache,
      ...(evidence ? { inspect: createInspector(titles) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  )
  problems.push(...run.problems)
  const unsaved = cachePath !== null && cache !== null ? await saveCache(cachePath, cache) : null
  if (unsaved) problems.push(unsaved)

  const date = document.document.date
  const completed = evidence
    ? await collectEvidence(links, run, { cache, titles, ...(date ? { date } : {}) }, evidence)
    : { checks: run.checks, problems: [] }
  problems.push(...completed.problems)

  const result = assembleAudit({
    document,
    links,
    checks: completed.checks,
    problems,
    networkAvailable: run.network.available,
    incomplete: run.incomplete,
    options: echoOptions(check, evidence, cachePath),
    version,
  })
  if (options.timestamps === true) {
    result.timestamps = { started: started.toISOString(), finished: new Date().toISOString() }
  }
  return result
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
