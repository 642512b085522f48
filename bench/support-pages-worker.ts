/**
 * One side of `support-pages.ts`: a thread that loads the support check from `module` (this
 * tree's `support-check.ts`, or an older tree's), then scores every page once per `round`
 * message and answers with the round's wall time per group of pages, the process's CPU time and
 * garbage-collection time during the round, and a digest of
 * the results (to tell two implementations apart).
 */
import { createHash } from 'node:crypto'
import { PerformanceObserver } from 'node:perf_hooks'
import { parentPort, workerData } from 'node:worker_threads'
import type { PageScorer, SupportPage } from '../sources/evidence/support-check.ts'
import type { CitingClaim } from '../sources/evidence/types.ts'

/** A page to score with the claims citing it. */
export interface ScoredPage {
  /** Which group of pages it belongs to. */
  group: string
  /** The page. */
  page: SupportPage
  /** The claims citing it. */
  claims: Array<CitingClaim>
}

/** What a thread answers after a round. */
export interface RoundAnswer {
  /** Milliseconds per group. */
  times: Record<string, number>
  /** Milliseconds of CPU time of the whole process during the round (this thread's, mostly). */
  cpuMs: number
  /** Milliseconds of garbage collection in the whole round. */
  gcMs: number
  /** SHA-256 of every result, in page order. */
  digest: string
}

const { module, pages } = workerData as { module: string; pages: Array<ScoredPage> }
const { createPageScorer } = (await import(module)) as {
  createPageScorer: () => PageScorer
}
const score = createPageScorer()

let gcMs = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration
}).observe({ entryTypes: ['gc'] })

parentPort?.on('message', async () => {
  const times: Record<string, number> = {}
  const hash = createHash('sha256')
  const gcBefore = gcMs
  const cpuBefore = process.cpuUsage()
  for (const { group, page, claims } of pages) {
    const started = performance.now()
    const result = await score(page, claims)
    times[group] = (times[group] ?? 0) + performance.now() - started
    hash.update(JSON.stringify({ ...result, claims: [...result.claims] }))
  }
  const cpu = process.cpuUsage(cpuBefore)
  // Garbage-collection entries are delivered after the task that caused them.
  await new Promise((resolve) => setTimeout(resolve, 20))
  const answer: RoundAnswer = {
    times,
    cpuMs: (cpu.user + cpu.system) / 1000,
    gcMs: gcMs - gcBefore,
    digest: hash.digest('hex'),
  }
  parentPort?.postMessage(answer)
})
parentPort?.postMessage('ready')
