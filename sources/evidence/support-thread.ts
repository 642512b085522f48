/**
 * The support check in a worker thread of its own: reading a page's text, indexing it and
 * scoring its claims is pure CPU work (about a millisecond a page, more for PDFs), and on the
 * main thread it competes with the HTTP checker for every response. A run starts one thread
 * lazily, at the first page to score, sends it the few fields of each page the check reads,
 * and gets each page's small `PageSupport` back; `close` ends the thread. The thread keeps the
 * process alive only while a page is being scored. If it cannot start or dies, its pages are
 * rejected, and `createSupportCheck` scores them in the main thread instead.
 */
import { Worker } from 'node:worker_threads'
import type { PageScorer, PageScorerOptions, PageSupport } from './support-check.ts'
import type { CitingClaim } from './types.ts'

/** A page sent to the thread, with the claims citing it. */
export interface SupportJob {
  /** Job id, echoed in the answer. */
  id: number
  /** The page fields the check reads. */
  page: Parameters<PageScorer>[0]
  /** The claims citing the page. */
  claims: ReadonlyArray<CitingClaim>
}

/** The thread's answer to one job. */
export interface SupportAnswer {
  /** The job's id. */
  id: number
  /** The page's support. */
  result: PageSupport
}

/** A running support thread. */
export interface SupportThread {
  /** Score a page in the thread; rejects when the thread could not start or is gone. */
  score: PageScorer
  /** End the thread (pages still pending are rejected). Safe to call more than once. */
  close: () => Promise<void>
}

/** Young generation of the thread's heap, in MB. */
const youngGenerationMb = 8

/**
 * The worker's module: the build's JavaScript beside this file, or, run from the sources (the
 * tests, `node --import tsx`), a small module that registers tsx in the thread and then loads
 * the TypeScript one (a thread does not inherit its parent's module hooks).
 */
function workerUrl(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./support-worker.js', import.meta.url)
  const tsx = import.meta.resolve('tsx/esm/api')
  const worker = new URL('./support-worker.ts', import.meta.url).href
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(worker)})`
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`)
}

/**
 * Start a support thread for a run (the worker itself starts at the first page). When
 * `options.signal` aborts, the thread ends and its pending pages are rejected at once.
 */
export function startSupportThread(options: Readonly<PageScorerOptions> = {}): SupportThread {
  const pending = new Map<number, { resolve: (result: PageSupport) => void; reject: () => void }>()
  let worker: Worker | null = null
  let gone = false
  let next = 0
  const fail = () => {
    gone = true
    for (const job of pending.values()) job.reject()
    pending.clear()
  }
  const start = (): Worker => {
    const started = new Worker(workerUrl(), {
      workerData: { maxPdfBytes: options.maxPdfBytes },
      // Pages come and go one at a time: a small young generation is enough, and V8's default
      // (up to 48 MB) showed as about 30 MB more peak memory at 5,000 pages.
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    })
    started.unref()
    started.on('message', ({ id, result }: SupportAnswer) => {
      const job = pending.get(id)
      pending.delete(id)
      if (pending.size === 0) started.unref()
      job?.resolve(result)
    })
    started.on('error', fail)
    started.on('exit', fail)
    return started
  }
  const close = async (): Promise<void> => {
    const running = worker
    worker = null
    gone = true
    if (running) await running.terminate()
    fail()
  }
  // A stopped run does not wait for pages in the thread (a PDF may take a minute).
  options.signal?.addEventListener('abort', () => void close(), { once: true })
  return {
    score(page, claims) {
      if (gone || options.signal?.aborted) return Promise.reject(new Error('No support thread'))
      worker ??= start()
      const id = next++
      const job: SupportJob = {
        id,
        page: {
          body: page.body,
          contentType: page.contentType,
          headers: page.headers,
          truncated: page.truncated,
          ...(page.bytes ? { bytes: page.bytes } : {}),
        },
        claims,
      }
      if (pending.size === 0) worker.ref()
      return new Promise<PageSupport>((resolve, reject) => {
        pending.set(id, { resolve, reject: () => reject(new Error('Support thread gone')) })
        worker?.postMessage(job)
      })
    },
    close,
  }
}
