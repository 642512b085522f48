/**
 * `npm run bench:hostile`: crafted papers through the annotations stage, in bounded time and
 * memory. Each crafted case is about 200 KB; it is also measured at half its size, and the
 * ratio between the two says whether the time grows linearly (about 2×) or worse (about 4×).
 * Memory is measured in a fresh process per case (peak RSS above the process's start), for a
 * real paper repeated to 4 and 16 MiB and a single line of 4 MiB, as a multiple of the input.
 * Wall and CPU time are both printed: CPU time is what the machine's load does not inflate.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { annotate } from '../annotations/index.ts'
import { markupLimits } from '../annotations/screen.ts'
import { extractSources } from '../sources/extract/index.ts'
import { renumber } from './parse.ts'

/** The bundled paper. */
const paperUrl = new URL('../papers/security-provider.txt', import.meta.url)

/** A crafted paper of about `size` characters. */
type Craft = (size: number) => string

/** Repeat `unit` up to about `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)))
}

/** The crafted cases the issue tried. */
const cases: ReadonlyArray<[string, Craft]> = [
  ['`[` × n then `]` × n', (size) => `${'['.repeat(size / 2)}${']'.repeat(size / 2)}\n`],
  ['5,000-deep `> ` lines', (size) => fill(`${'> '.repeat(5000)}x\n`, size)],
  ['1,000-deep lists (`- ` × 1,000 per line)', (size) => fill(`${'- '.repeat(1000)}x\n`, size)],
  [
    'a list nested by indentation',
    (size) => {
      const lines: Array<string> = []
      let length = 0
      for (let depth = 0; length < size; depth++) {
        const line = `${'  '.repeat(depth)}- item\n`
        lines.push(line)
        length += line.length
      }
      return lines.join('')
    },
  ],
  ['`*a` emphasis runs', (size) => fill('*a', size)],
]

/**
 * The worst this parser allows under its limits: marks at the limit after as many events as a
 * piece holds, each against the same text without those marks (micromark's own linear cost:
 * dense Markdown such as code spans or links costs several times plain prose).
 */
const worstCases: ReadonlyArray<[string, Craft, Craft]> = [
  [
    'unmatched `]` after code spans, at the work limit',
    (size) => fill(`${'`a` '.repeat(1000)}${']'.repeat(4000)}\n`, size),
    (size) => fill(`${'`a` '.repeat(1000)}${'.'.repeat(4000)}\n`, size),
  ],
  [
    `${markupLimits.delimiterRuns} closing \`*\` after 64 KiB of code spans`,
    (size) => fill(`${'`a` '.repeat(16_000)}${'a*'.repeat(markupLimits.delimiterRuns)}\n`, size),
    (size) => fill(`${'`a` '.repeat(16_000)}${'a.'.repeat(markupLimits.delimiterRuns)}\n`, size),
  ],
  [
    `${markupLimits.openBrackets} open \`[\` then as many \`]\`, in every paragraph`,
    (size) =>
      fill(
        `${'['.repeat(markupLimits.openBrackets)}${']'.repeat(markupLimits.openBrackets)}\n\n`,
        size,
      ),
    (size) =>
      fill(
        `${'('.repeat(markupLimits.openBrackets)}${')'.repeat(markupLimits.openBrackets)}\n\n`,
        size,
      ),
  ],
]

/** Wall and CPU milliseconds of one `annotate` run on `text`, and its warnings. */
function time(text: string): { wall: number; cpu: number; warnings: number } {
  ;(globalThis as { gc?: () => void }).gc?.()
  const cpu = process.cpuUsage()
  const start = performance.now()
  const document = annotate(text, { path: 'crafted.md' })
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  const warnings = document.problems.filter((problem) => problem.kind === 'markup-simplified')
  return { wall, cpu: (used.user + used.system) / 1000, warnings: warnings.length }
}

/**
 * Measure every crafted case at 100 KB and 200 KB, then (unless `memory: false`) memory in
 * fresh processes.
 */
export async function benchHostile(
  options: Readonly<{ memory?: boolean }> = {},
): Promise<Array<string>> {
  annotate(readFileSync(paperUrl, 'utf8'), { path: 'paper.txt' }) // Warm up.
  const lines = [
    '| crafted Markdown (200 KB) | wall | CPU | < 2 s | 100 KB → 200 KB | warnings |',
    '| --- | ---: | ---: | :---: | ---: | ---: |',
  ]
  for (const [name, craft] of cases) {
    const half = time(craft(100_000))
    const full = time(craft(200_000))
    const pass = full.cpu < 2000 ? 'yes' : 'NO'
    lines.push(
      `| ${name} | ${ms(full.wall)} | ${ms(full.cpu)} | ${pass} | ${(full.cpu / half.cpu).toFixed(1)}× | ${full.warnings} |`,
    )
  }
  lines.push(
    '',
    '| worst case under the limits (200 KB) | CPU | the same without the marks | overhead |',
    '| --- | ---: | ---: | ---: |',
  )
  for (const [name, craft, baseline] of worstCases) {
    const crafted = time(craft(200_000))
    const plain = time(baseline(200_000))
    lines.push(
      `| ${name} | ${ms(crafted.cpu)} | ${ms(plain.cpu)} | ${(crafted.cpu / plain.cpu).toFixed(1)}× |`,
    )
  }
  if (options.memory === false) return lines
  lines.push(
    '',
    '| input | chars | wall | peak RSS above start | × input |',
    '| --- | ---: | ---: | ---: | ---: |',
  )
  for (const [kind, mebibytes] of [
    ['paper', 4],
    ['paper', 16],
    ['line', 4],
  ] as const) {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--memory', kind, String(mebibytes)],
      { encoding: 'utf8', maxBuffer: 1024 * 1024 },
    )
    lines.push(output.trim())
  }
  return lines
}

/** In a fresh process: annotate and extract a large paper, print one table row of its memory. */
function measureMemory(kind: 'paper' | 'line', mebibytes: number): string {
  const size = mebibytes * 1024 * 1024
  let text: string
  if (kind === 'line') text = fill('word ', size)
  else {
    const paper = readFileSync(paperUrl, 'utf8')
    const count = annotate(paper, { path: 'paper.txt' }).footnotes.length
    const copies = Math.ceil(size / Buffer.byteLength(paper))
    text = Array.from({ length: copies }, (_, copy) => renumber(paper, copy * count)).join('\n\n')
  }
  const bytes = Buffer.byteLength(text)
  const before = process.memoryUsage().rss
  const start = performance.now()
  extractSources(annotate(text, { path: 'paper.txt' }))
  const wall = performance.now() - start
  const peak = process.resourceUsage().maxRSS * 1024
  const name =
    kind === 'line'
      ? `one line of words, ${mebibytes} MiB`
      : `the bundled paper repeated to ${mebibytes} MiB`
  return `| ${name} | ${text.length.toLocaleString('en-US')} | ${ms(wall)} | ${Math.round((peak - before) / 1e6)} MB | ${((peak - before) / bytes).toFixed(1)}× |`
}

function ms(milliseconds: number): string {
  return milliseconds >= 1000
    ? `${(milliseconds / 1000).toFixed(2)} s`
    : `${Math.round(milliseconds)} ms`
}

const memoryFlag = process.argv.indexOf('--memory')
if (memoryFlag !== -1) {
  const kind = process.argv[memoryFlag + 1] === 'line' ? 'line' : 'paper'
  console.log(measureMemory(kind, Number(process.argv[memoryFlag + 2] ?? 4)))
}
