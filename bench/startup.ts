/**
 * Start-up: `citecheck --version` (the installed shape: bin → dist/) against `node -e 0`,
 * alternated in one run so both see the same machine, as the median of several runs each.
 * Then a first job, `citecheck parse` of the bundled paper (every module an audit loads, but no
 * network): the CLI as shipped (bundled by esbuild into dist/cli/) against the same CLI run
 * from tsc's per-module build (dist/pipeline/cli.js), alternated likewise.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../bin/citecheck.js', import.meta.url))
const reportUsage = fileURLToPath(new URL('./report-rss.mjs', import.meta.url))
const runs = 21
const jobRuns = 9
const paper = fileURLToPath(new URL('../papers/security-provider.txt', import.meta.url))
const modules = new URL('../dist/pipeline/cli.js', import.meta.url).href

/** Run the benchmark and return printable lines. */
export async function benchStartup(): Promise<Array<string>> {
  const commands = { node: ['-e', '0'], citecheck: [bin, '--version'] }
  const { node, citecheck: ours } = alternate(commands, runs)
  return [
    `start-up: median of ${runs} runs each, alternated`,
    `  node -e 0:           ${node.toFixed(0)} ms · peak RSS ${peakRssMb(commands.node).toFixed(0)} MB`,
    `  citecheck --version: ${ours.toFixed(0)} ms · peak RSS ${peakRssMb(commands.citecheck).toFixed(0)} MB`,
    `  ratio:               ${(ours / node).toFixed(2)}× (target ≤ 1.6×)`,
    ...benchFirstJob(),
  ]
}

/** `citecheck parse` of the bundled paper: the bundled CLI against the per-module build. */
function benchFirstJob(): Array<string> {
  const output = join(tmpdir(), `citecheck-bench-parse-${process.pid}.json`)
  const job = ['parse', paper, '--json', output]
  const commands = {
    bundled: [bin, ...job],
    modules: [
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(modules)}); process.exitCode = await main(${JSON.stringify(job)})`,
    ],
  }
  try {
    const { bundled, modules: perModule } = alternate(commands, jobRuns)
    return [
      `first job, citecheck parse of the bundled paper: median of ${jobRuns} runs each, alternated`,
      `  as shipped (dist/cli/, bundled):     ${bundled.toFixed(0)} ms · peak RSS ${peakRssMb(commands.bundled).toFixed(0)} MB`,
      `  per-module build (dist/pipeline/):   ${perModule.toFixed(0)} ms · peak RSS ${peakRssMb(commands.modules).toFixed(0)} MB`,
      `  bundled ÷ per-module:                ${(bundled / perModule).toFixed(2)}`,
    ]
  } finally {
    rmSync(output, { force: true })
  }
}

/**
 * Run `node <args>` of each command in turn, `runs` rounds (so all see the same machine), and
 * return each command's median wall time in milliseconds.
 */
function alternate<Name extends string>(
  commands: Record<Name, Array<string>>,
  runs: number,
): Record<Name, number> {
  const names = Object.keys(commands) as Array<Name>
  const times = new Map<Name, Array<number>>(names.map((name) => [name, []]))
  for (let run = 0; run < runs; run++) {
    for (const name of names) {
      const started = performance.now()
      execFileSync(process.execPath, commands[name], { stdio: 'ignore' })
      times.get(name)?.push(performance.now() - started)
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times.get(name) ?? [])])) as Record<
    Name,
    number
  >
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
