import { readFileSync } from 'node:fs'
import { annotate } from '../annotations/index.ts'

/** Superscript digits, indexed by value. */
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** The bundled paper. */
const paperUrl = new URL('../papers/security-provider.txt', import.meta.url)

/**
 * Measure the annotations stage in-process: median parse time of the bundled paper and of a
 * paper ten times its size (the paper concatenated ten times, footnotes renumbered so every
 * copy continues the numbering), and the ratio between them (linear growth is about 10×).
 * Returns printable lines; prints nothing.
 */
export async function benchParse(): Promise<Array<string>> {
  const paper = readFileSync(paperUrl, 'utf8')
  const count = annotate(paper, { path: 'paper.txt' }).footnotes.length
  const large = Array.from({ length: 10 }, (_, copy) => renumber(paper, copy * count)).join('\n\n')
  const small = measure(paper, 3, 9)
  const big = measure(large, 1, 5)
  const footnotes = annotate(large, { path: 'paper.txt' }).footnotes.length
  return [
    `parse bundled paper (${format(paper.length)} chars, ${count} footnotes): median ${small.toFixed(1)} ms over 9 runs (target ≤ 150 ms)`,
    `parse 10× paper (${format(large.length)} chars, ${footnotes} footnotes): median ${big.toFixed(1)} ms over 5 runs`,
    `growth for 10× the text: ${(big / small).toFixed(1)}× (linear ≈ 10×)`,
  ]
}

/**
 * Median wall time of `annotate` on `text` in milliseconds, after `warmUp` runs. Collects
 * garbage before each run when `--expose-gc` is on, so one run does not pay for another.
 */
function measure(text: string, warmUp: number, runs: number): number {
  for (let run = 0; run < warmUp; run++) annotate(text, { path: 'paper.txt' })
  const collect = (globalThis as { gc?: () => void }).gc
  const times: Array<number> = []
  for (let run = 0; run < runs; run++) {
    collect?.()
    const start = performance.now()
    annotate(text, { path: 'paper.txt' })
    times.push(performance.now() - start)
  }
  return median(times)
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
