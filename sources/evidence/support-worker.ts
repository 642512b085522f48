/**
 * The support thread's side (see `support-thread.ts`): score each page it is sent in this
 * thread and send its `PageSupport` back.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createPageScorer } from './support-check.ts'
import type { SupportAnswer, SupportJob } from './support-thread.ts'

const { maxPdfBytes } = workerData as { maxPdfBytes?: number }
const score = createPageScorer(maxPdfBytes === undefined ? {} : { maxPdfBytes })

parentPort?.on('message', async ({ id, page, claims }: SupportJob) => {
  const answer: SupportAnswer = { id, result: await score(page, claims) }
  parentPort?.postMessage(answer)
})
