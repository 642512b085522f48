/**
 * The bundled paper in-process, no network: parse (annotate + sources), assemble with verdicts
 * assigned round robin, then every render (Markdown report, JSON, annotated paper). Median of
 * several warm runs, per stage and in all; then the same with the heap collected before each run.
 */
import { readFileSync } from 'node:fs'
import { annotate, decodeText } from '../annotations/index.ts'
import type { AuditResult } from '../pipeline/types.ts'
import { renderAnnotated, renderJson, renderMarkdown } from '../reports/index.ts'
import { assignRoundRobin, auditDocument } from '../tests/reports/fixtures/assigned-audit.ts'
import { median } from './startup.ts'

const path = 'papers/security-provider.txt'
const warmUp = 10
const runs = 15

/** The stages measured, each a list of run times in milliseconds. */
type Stages = Record<'parse' | 'markdown' | 'json' | 'annotated' | 'total', Array<number>>

/**
 * Run `warmUp + runs` parse-and-render rounds, keeping the times of the last `runs`. With
 * `collect`, the heap is collected before each round (when `--expose-gc` is on): no round pays
 * for another's garbage, but after V8's forced collection each round starts partly cold (in a
 * CPU profile micromark's functions take about three times as long), so these times are higher
 * than a running process sees.
 */
function measure(bytes: Uint8Array, collect: boolean): { stages: Stages; claims: number } {
  const stages: Stages = { parse: [], markdown: [], json: [], annotated: [], total: [] }
  let claims = 0
  for (let run = 0; run < warmUp + runs; run++) {
    if (collect) (globalThis as { gc?: () => void }).gc?.()
    const started = performance.now()
    const result = parseAndAssemble(bytes)
    const parsed = performance.now()
    renderMarkdown(result)
    const markdown = performance.now()
    renderJson(result)
    const json = performance.now()
    renderAnnotated(result)
    const annotated = performance.now()
    claims = result.claims.length
    if (run < warmUp) continue
    stages.parse.push(parsed - started)
    stages.markdown.push(markdown - parsed)
    stages.json.push(json - markdown)
    stages.annotated.push(annotated - json)
    stages.total.push(annotated - started)
  }
  return { stages, claims }
}

/** Run the benchmark and return printable lines. */
export async function benchRender(): Promise<Array<string>> {
  const bytes = readFileSync(new URL(`../${path}`, import.meta.url))
  const steady = measure(bytes, false)
  const collected = measure(bytes, true)
  const show = (stages: Stages, name: keyof Stages) => median(stages[name]).toFixed(1)
  const describe = (stages: Stages) =>
    `parse ${show(stages, 'parse')} ms · Markdown report ${show(stages, 'markdown')} ms · JSON ${show(stages, 'json')} ms · annotated paper ${show(stages, 'annotated')} ms`
  return [
    `bundled paper (${path}, ${steady.claims} claims), in-process, median of ${runs} runs after ${warmUp} warm-up runs`,
    `  parse + all renders: ${show(steady.stages, 'total')} ms (target ≤ 60 ms)`,
    `    ${describe(steady.stages)}`,
    `  the same with the heap collected before each run: ${show(collected.stages, 'total')} ms (after a forced collection each run starts partly cold: higher than a running process sees)`,
    `    ${describe(collected.stages)}`,
  ]
}

function parseAndAssemble(bytes: Uint8Array): AuditResult {
  return auditDocument(annotate(decodeText(bytes, path), { path }), assignRoundRobin)
}
