/**
 * Wiring: paper → annotations → sources → checks (+ evidence) → audit result → reports.
 * The typed library API the CLI is a thin shell over.
 */
import { basename, extname, join } from 'node:path'
import { createInspector } from '../sources/evidence/index.ts'
import { collectLinks, extractSources } from '../sources/extract/index.ts'
import { checkLinks, loadCache, saveCache } from '../sources/index.ts'
import { assembleAudit } from './assemble.ts'
import { toCheckOptions, verdictOptions } from './check-options.ts'
import { addEvidence, citedTitles } from './evidence.ts'
import type { Settings } from './options.ts'
import type { Progress } from './progress.ts'
import { readPaper } from './read-paper.ts'
import type { AuditResult, Problem, SourcedDocument } from './types.ts'
import { version } from './version.ts'

/** Options of `auditPaper`. */
export interface AuditOptions {
  /** Merged settings (defaults, config file, flags). */
  settings: Readonly<Settings>
  /** Abort to stop starting requests (Ctrl-C); the result is then marked incomplete. */
  signal?: AbortSignal
  /** Called as links are checked. */
  onProgress?: (progress: Progress) => void
}

/** Read a paper and extract its footnotes' sources (no network). */
export async function sourcePaper(
  path: string,
  settings: Pick<Settings, 'password'> = { password: null },
): Promise<SourcedDocument> {
  return extractSources(await readPaper(path, { password: settings.password }))
}

/** Audit a paper: read it, check every distinct cited URL once, and assemble the result. */
export async function auditPaper(
  path: string,
  options: Readonly<AuditOptions>,
): Promise<AuditResult> {
  const { settings } = options
  const started = new Date()
  const document = await sourcePaper(path, settings)
  const links = collectLinks(document.footnotes)
  const problems: Array<Problem> = []

  const loaded = settings.noCache ? null : await loadCache(settings.cache)
  if (loaded?.problem) problems.push(loaded.problem)
  const titles = citedTitles(document)
  const inspect = settings.noEvidence ? undefined : createInspector(titles)

  const run = await checkLinks(
    links.map((link) => link.url),
    {
      ...toCheckOptions(settings),
      cache: loaded?.cache ?? null,
      ...(inspect ? { inspect } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  )
  if (loaded) await saveCache(settings.cache, loaded.cache)
  problems.push(...run.problems)

  const evidence = await addEvidence(document, run.checks, {
    settings,
    cache: loaded?.cache ?? null,
    networkAvailable: run.network.available,
    interrupted: run.incomplete,
    titles,
  })
  problems.push(...evidence.problems)

  const result = assembleAudit({
    document,
    checks: evidence.checks,
    problems,
    networkAvailable: run.network.available,
    incomplete: run.incomplete,
    options: verdictOptions(settings),
    version,
  })
  if (settings.timestamps) {
    result.timestamps = { started: started.toISOString(), finished: new Date().toISOString() }
  }
  return result
}

/** Default path of the Markdown report: `out/<paper name>.md` under the working directory. */
export function defaultReportPath(paper: string): string {
  return join('out', `${basename(paper, extname(paper))}.md`)
}
