import { readFileSync } from 'node:fs'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { annotate } from '../annotations/index.ts'
import { extractSources } from '../sources/extract/index.ts'
import { generatePaper } from './generate-paper.ts'
import { buildLargeMarkdown } from './large-markdown.ts'

/** Superscript digits, indexed by value. */
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** The bundled paper. */
const paperUrl = new URL('../papers/security-provider.txt', import.meta.url)

/**
 * Measure parsing in-process (the annotations stage, then source extraction: what
 * `citecheck parse` does after reading the file): median time for the bundled paper, for a
 * paper ten times its size (the paper concatenated ten times, footnotes renumbered so every
 * copy continues the numbering) and for a Markdown paper of about 1 MiB with GFM footnotes
 * (the corpus papers concatenated, see `buildLargeMarkdown`), and the end-to-end bench's
 * generated paper of 2,000 notes. Prints the time per footnote, the same texts through a bare
 * remark-parse + remark-gfm parse in the same run (a peer: the tree alone, no claims or sources),
 * and the growth from the bundled paper to 10× its size (linear ≈ 10×). Returns printable
 * lines; prints nothing.
 */
export async function benchParse(): Promise<Array<string>> {
  const paper = readFileSync(paperUrl, 'utf8')
  const count = annotate(paper, { path: 'paper.txt' }).footnotes.length
  const large = Array.from({ length: 10 }, (_, copy) => renumber(paper, copy * count)).join('\n\n')
  const markdown = buildLargeMarkdown()
  const generated = generatePaper(2000, 50, 8080).text
  const small = measure(paper, 'paper.txt', 3, 9)
  const big = measure(large, 'paper.txt', 1, 5)
  const huge = measure(markdown, 'paper.md', 1, 5)
  const notes = measure(generated, 'paper.md', 1, 5)
  const describe = (name: string, text: string, result: Measure) =>
    `parse ${name} (${format(text.length)} chars, ${format(result.footnotes)} footnotes): median ${result.ms.toFixed(1)} ms over ${result.runs} runs, ${((result.ms * 1000) / Math.max(1, result.footnotes)).toFixed(0)} µs per footnote`
  const peer = (name: string, text: string, result: Measure) => {
    const ms = measureRemark(text, 1, 5)
    return `  remark-parse + remark-gfm, the tree alone, same ${name}: median ${ms.toFixed(1)} ms; citecheck's whole parse ${(ms / result.ms).toFixed(2)}× faster`
  }
  return [
    `${describe('bundled paper', paper, small)} (target ≤ 150 ms)`,
    describe('10× paper', large, big),
    describe('~1 MiB Markdown paper', markdown, huge),
    peer('paper', markdown, huge),
    describe('generated paper (the end-to-end bench’s)', generated, notes),
    peer('paper', generated, notes),
    `growth for 10× the text: ${(big.ms / small.ms).toFixed(1)}× (linear ≈ 10×)`,
  ]
}

/** A peer: remark-parse with remark-gfm building the tree (no claims, no sources). */
const remark = unified().use(remarkParse).use(remarkGfm).freeze()

/** Median wall time of the peer on `text`, after `warmUp` runs (heap collected before each). */
function measureRemark(text: string, warmUp: number, runs: number): number {
  for (let run = 0; run < warmUp; run++) remark.parse(text)
  const collect = (globalThis as { gc?: () => void }).gc
  const times: Array<number> = []
  for (let run = 0; run < runs; run++) {
    collect?.()
    const start = performance.now()
    remark.parse(text)
    times.push(performance.now() - start)
  }
  return median(times)
}

/** One measurement. */
interface Measure {
  /** Median wall time in milliseconds. */
  ms: number
  /** Runs measured. */
  runs: number
  /** Footnotes found. */
  footnotes: number
}

/**
 * Median wall time of `annotate` then `extractSources` on `text`, after `warmUp` runs.
 * Collects garbage before each run when `--expose-gc` is on, so one run does not pay for
 * another.
 */
function measure(text: string, path: string, warmUp: number, runs: number): Measure {
  let footnotes = 0
  for (let run = 0; run < warmUp; run++) {
    footnotes = extractSources(annotate(text, { path })).footnotes.length
  }
  const collect = (globalThis as { gc?: () => void }).gc
  const times: Array<number> = []
  for (let run = 0; run < runs; run++) {
    collect?.()
    const start = performance.now()
    extractSources(annotate(text, { path }))
    times.push(performance.now() - start)
  }
  return { ms: median(times), runs, footnotes }
}

/** Median of a list of numbers. */
function median(values: Array<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Add `shift` to every superscript number of `text`. */
export function renumber(text: string, shift: number): string {
  if (shift === 0) return text
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => {
    let digits = ''
    for (const character of run) digits += String(superscriptDigits.indexOf(character))
    const shifted = String(Number(digits) + shift)
    let result = ''
    for (const digit of shifted) result += superscriptDigits[Number(digit)]
    return result
  })
}

/** Thousands separators for a count. */
function format(value: number): string {
  return value.toLocaleString('en-US')
}
