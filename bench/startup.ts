/**
 * Start-up: `citecheck --version` (the installed shape: bin → dist/) against `node -e 0`,
 * alternated in one run so both see the same machine, as the median of several runs each.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../bin/citecheck.js', import.meta.url))
const reportUsage = fileURLToPath(new URL('./report-rss.mjs', import.meta.url))
const runs = 21

/** Run the benchmark and return printable lines. */
export async function benchStartup(): Promise<Array<string>> {
  const commands = { node: ['-e', '0'], citecheck: [bin, '--version'] }
  const times: Record<keyof typeof commands, Array<number>> = { node: [], citecheck: [] }
  for (let run = 0; run < runs; run++) {
    for (const name of ['node', 'citecheck'] as const) {
      const started = performance.now()
      execFileSync(process.execPath, commands[name], { stdio: 'ignore' })
      times[name].push(performance.now() - started)
    }
  }
  const node = median(times.node)
  const ours = median(times.citecheck)
  return [
    `start-up: median of ${runs} runs each, alternated`,
    `  node -e 0:           ${node.toFixed(0)} ms · peak RSS ${peakRssMb(commands.node).toFixed(0)} MB`,
    `  citecheck --version: ${ours.toFixed(0)} ms · peak RSS ${peakRssMb(commands.citecheck).toFixed(0)} MB`,
    `  ratio:               ${(ours / node).toFixed(2)}× (target ≤ 1.6×)`,
  ]
}

/** Peak RSS of one run of `node <args>`, read at exit by the preloaded reporter. */
function peakRssMb(args: Array<string>): number {
  const file = join(tmpdir(), `citecheck-bench-usage-${process.pid}.json`)
  spawnSync(process.execPath, ['--import', reportUsage, ...args], {
    stdio: 'ignore',
    env: { ...process.env, BENCH_USAGE_FILE: file },
  })
  const { maxRssKb } = JSON.parse(readFileSync(file, 'utf8')) as { maxRssKb: number }
  rmSync(file, { force: true })
  return maxRssKb / 1024
}

/** Median of a list of numbers. */
export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}
