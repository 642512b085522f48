/**
 * `npm run bench:render` (bench/render-claims.ts): the cost of the Markdown renderings (report and annotated paper) per
 * claim, on the bundled paper and on a 2,000-claim result (the paper repeated, its footnotes
 * renumbered and its URLs moved to other hosts, so every copy cites distinct links), with checks
 * synthesised instead of fetched. In the same run, the two steps that
 * used to dominate are measured side by side with the remark baseline they replaced: writing a
 * report tree (ours vs. remark-stringify) and reading paper text as inline Markdown (ours vs.
 * remark-parse). `benchRenderClaims` returns printable lines and prints nothing.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { annotate } from '../annotations/index.ts'
import type { AuditResult } from '../pipeline/types.ts'
import { buildMarkdownTree, renderAnnotated, renderMarkdown } from '../reports/index.ts'
import { toPhrasing } from '../reports/inline-markdown.ts'
import { serializeMarkdown } from '../reports/serialize.ts'
import { remarkPhrasing, remarkStringify } from '../tests/helpers/remark-phrasing.ts'
import { auditAnnotated } from '../tests/reports/fixtures/bundled-audit.ts'

/** Superscript digits, indexed by value. */
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** The bundled paper. */
const paperUrl = new URL('../papers/security-provider.txt', import.meta.url)

/** Claims in the large result (at least). */
const largeClaims = 2000

/** Add `shift` to every superscript number of `text`. */
function renumber(text: string, shift: number): string {
  if (shift === 0) return text
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => {
    let digits = ''
    for (const character of run) digits += String(superscriptDigits.indexOf(character))
    let result = ''
    for (const digit of String(Number(digits) + shift)) result += superscriptDigits[Number(digit)]
    return result
  })
}

/** Median wall time of `run` in milliseconds over `runs` runs, after `warmUp` runs. */
function measure(run: () => unknown, warmUp: number, runs: number): number {
  for (let index = 0; index < warmUp; index += 1) run()
  const collect = (globalThis as { gc?: () => void }).gc
  const times: Array<number> = []
  for (let index = 0; index < runs; index += 1) {
    collect?.()
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

/** Lines for one result: both renderings, total and per claim. */
function measureResult(name: string, result: AuditResult, runs: number): Array<string> {
  const claims = result.claims.length
  const markdown = measure(() => renderMarkdown(result), 2, runs)
  const annotated = measure(() => renderAnnotated(result), 2, runs)
  const total = markdown + annotated
  const perClaim = (ms: number) => `${((ms / claims) * 1000).toFixed(0)} µs/claim`
  return [
    `${name} (${claims} claims, ${result.footnotes.length} footnotes, ${result.links.length} links), median of ${runs}:`,
    `  report ${markdown.toFixed(1)} ms (${perClaim(markdown)}) · annotated paper ${annotated.toFixed(1)} ms (${perClaim(annotated)}) · both ${total.toFixed(1)} ms (${perClaim(total)})`,
  ]
}

/** Lines comparing our two former hot spots with remark, on the same input in the same run. */
function measureBaseline(result: AuditResult): Array<string> {
  const tree = buildMarkdownTree(result)
  const ours = measure(() => serializeMarkdown(tree), 2, 5)
  const remark = measure(() => remarkStringify(tree), 1, 3)
  const texts = [
    ...result.paragraphs.map((item) => item.text),
    ...result.footnotes.map((item) => item.text),
  ]
  const read = measure(() => texts.map(toPhrasing), 2, 5)
  const remarkRead = measure(() => texts.map(remarkPhrasing), 1, 3)
  return [
    `writing the report tree: ours ${ours.toFixed(1)} ms vs remark-stringify ${remark.toFixed(1)} ms (${(remark / ours).toFixed(0)}× faster)`,
    `reading ${texts.length} paragraphs and footnotes as inline Markdown: ours ${read.toFixed(1)} ms vs remark-parse ${remarkRead.toFixed(1)} ms (${(remarkRead / read).toFixed(0)}× faster)`,
  ]
}

/** Measure the renderings; returns printable lines. */
export async function benchRenderClaims(): Promise<Array<string>> {
  const paper = readFileSync(paperUrl, 'utf8')
  const small = auditAnnotated(annotate(paper, { path: 'papers/security-provider.txt' }))
  const footnotes = small.footnotes.length
  const copies = Math.ceil(largeClaims / small.claims.length)
  const text = Array.from({ length: copies }, (_, copy) =>
    renumber(paper, copy * footnotes).replace(/\bhttps?:\/\//g, (scheme) =>
      copy === 0 ? scheme : `${scheme}copy${copy}.`,
    ),
  )
  const large = auditAnnotated(annotate(text.join('\n\n'), { path: 'large.txt' }))
  return [
    ...measureResult('bundled paper', small, 15),
    ...measureResult(`bundled paper ×${copies}`, large, 5),
    '  targets: bundled paper ≤ 15 ms for both; ≤ 100 µs/claim at 2,000 claims',
    ...measureBaseline(large),
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchRenderClaims()) console.log(line)
}
