/**
 * The bundled paper in-process, no network: parse (annotate + sources), assemble with verdicts
 * assigned round robin, then every render (Markdown report, JSON, annotated paper). Median of
 * several warm runs, per stage and in all.
 */
import { readFileSync } from 'node:fs'
import { annotate, decodeText } from '../annotations/index.ts'
import type { AuditResult } from '../pipeline/types.ts'
import { renderAnnotated, renderJson, renderMarkdown } from '../reports/index.ts'
import { assignRoundRobin, auditDocument } from '../tests/reports/fixtures/assigned-audit.ts'
import { median } from './startup.ts'

const path = 'papers/security-provider.txt'
const warmUp = 3
const runs = 9

/** Run the benchmark and return printable lines. */
export async function benchRender(): Promise<Array<string>> {
  const bytes = readFileSync(new URL(`../${path}`, import.meta.url))
  const stages = { parse: [], markdown: [], json: [], annotated: [], total: [] } as Record<
    'parse' | 'markdown' | 'json' | 'annotated' | 'total',
    Array<number>
  >
  let claims = 0
  for (let run = 0; run < warmUp + runs; run++) {
    ;(globalThis as { gc?: () => void }).gc?.()
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
  const show = (name: keyof typeof stages) => median(stages[name]).toFixed(1)
  return [
    `bundled paper (${path}, ${claims} claims), in-process, median of ${runs} warm runs`,
    `  parse + all renders: ${show('total')} ms (target ≤ 60 ms)`,
    `    parse ${show('parse')} ms · Markdown report ${show('markdown')} ms · JSON ${show('json')} ms · annotated paper ${show('annotated')} ms`,
  ]
}

/** The real parsing stages, then the audit result with verdicts assigned round robin. */
function parseAndAssemble(bytes: Uint8Array): AuditResult {
  return auditDocument(annotate(decodeText(bytes, path), { path }), assignRoundRobin)
}
