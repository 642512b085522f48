/**
 * End to end, side by side: the whole `citecheck audit` process (start-up, parse, check, report,
 * JSON) on generated papers citing 2,000 and 5,000 distinct URLs over 50 loopback hosts with
 * 50 ms of injected latency, against the ideal bound (URLs × latency ÷ concurrency) and, in the
 * same run, a peer process: dead-or-alive over the same URLs, capped with p-limit at the same
 * concurrency. citecheck runs from the build (`dist/`, as installed), each in a process of its
 * own, with its peak RSS and CPU time read at exit. All traffic stays on loopback.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { generatePaper } from './generate-paper.ts'

const hosts = 50
const latency = 50
const concurrency = 32

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const bin = here('../bin/citecheck.js')
const reportUsage = here('./report-rss.mjs')

/** What one benchmarked process did. */
interface ProcessRun {
  /** Wall time from spawn to exit. */
  milliseconds: number
  /** Peak resident set size. */
  maxRssMb: number
  /** User + system CPU time. */
  cpuMilliseconds: number
  /** Exit code. */
  code: number | null
  /** Standard output. */
  stdout: string
}

/** Run the benchmark at each size and return printable lines. */
export async function benchEndToEnd(
  counts: ReadonlyArray<number> = [2000, 5000],
): Promise<Array<string>> {
  const server = spawn(
    process.execPath,
    [here('./loopback-hosts.mjs'), String(hosts), String(latency)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const folder = await mkdtemp(join(tmpdir(), 'citecheck-bench-'))
  const replies = createInterface({ input: server.stdout })[Symbol.asyncIterator]()
  const stats = async (): Promise<ServerStats> => {
    server.stdin.write('stats\n')
    return JSON.parse((await replies.next()).value as string) as ServerStats
  }
  try {
    const port = Number((await replies.next()).value)
    const lines = [
      `whole process, side by side: ${hosts} loopback hosts (127.0.0.1–127.0.0.${hosts}), ${latency} ms latency, concurrency ${concurrency}`,
      `  citecheck audit paper.md --concurrency ${concurrency} --host-concurrency 4 --host-interval 0 --allow-private --no-cache --json result.json --out report.md --quiet (from dist/)`,
      `  peer: dead-or-alive (findUrls: false) over the same URLs with p-limit(${concurrency}), in a plain Node process`,
    ]
    // Warm the server and the disk cache on other URLs, so neither side pays for it.
    await compare(folder, port, 200, 'warm-up', stats)
    for (const count of counts) {
      const { ours, peer, live, phases, open } = await compare(
        folder,
        port,
        count,
        String(count),
        stats,
      )
      const ideal = (count * latency) / concurrency
      const target = count >= 5000 ? 1.1 : 1.15
      lines.push(
        '',
        `${count.toLocaleString('en-US')} URLs: ideal bound ${ideal.toFixed(0)} ms (URLs × latency ÷ concurrency)`,
        `  citecheck: ${ours.milliseconds.toFixed(0)} ms = ${(ours.milliseconds / ideal).toFixed(2)}× ideal (target ≤ ${target}×) · peak RSS ${ours.maxRssMb.toFixed(0)} MB${count >= 5000 ? ' (target ≤ 120 MB)' : ''} · CPU ${ours.cpuMilliseconds.toFixed(0)} ms · ${live} live · exit ${ours.code}`,
        `  peer:      ${peer.milliseconds.toFixed(0)} ms = ${(peer.milliseconds / ideal).toFixed(2)}× ideal · peak RSS ${peer.maxRssMb.toFixed(0)} MB · CPU ${peer.cpuMilliseconds.toFixed(0)} ms · ${peer.stdout.trim()}`,
        `  citecheck ÷ peer: ${(ours.milliseconds / peer.milliseconds).toFixed(2)} (target < 1)`,
        `  requests open at the hosts while any was (the ideal keeps ${concurrency}): citecheck ${describeOpen(open.ours)}; peer ${describeOpen(open.peer)}`,
        `  where citecheck's time goes (the library phase by phase, same paper, another process; wall/CPU ms): ${describePhases(phases)}`,
      )
    }
    return lines
  } finally {
    server.stdin.end()
    if (server.exitCode === null && server.signalCode === null) await once(server, 'exit')
    await rm(folder, { recursive: true, force: true })
  }
}

/** What the loopback hosts saw of one run (see `loopback-hosts.mjs`). */
interface ServerStats {
  /** Requests answered. */
  requests: number
  /** Time with at least one request open. */
  busyMs: number
  /** Requests open on average over that time. */
  meanOpen: number
}

/** `29.3 on average over 3,412 ms (92 %)`. */
function describeOpen(stats: ServerStats): string {
  const share = ((100 * stats.meanOpen) / concurrency).toFixed(0)
  return `${stats.meanOpen.toFixed(1)} on average over ${stats.busyMs.toFixed(0)} ms (${share} %)`
}

/**
 * Generate a paper of `count` URLs, then run citecheck and the peer on it, one after the other,
 * with what the hosts saw of each.
 */
async function compare(
  folder: string,
  port: number,
  count: number,
  name: string,
  stats: () => Promise<ServerStats>,
): Promise<{
  ours: ProcessRun
  peer: ProcessRun
  live: number
  phases: ProcessRun
  open: { ours: ServerStats; peer: ServerStats }
}> {
  const dir = join(folder, name)
  const paper = generatePaper(count, hosts, port)
  await writeFile(join(folder, `${name}.urls`), `${paper.urls.join('\n')}\n`)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'paper.md'), paper.text)
  await stats()
  const ours = await runProcess(
    [
      bin,
      'audit',
      'paper.md',
      '--concurrency',
      String(concurrency),
      '--host-concurrency',
      '4',
      '--host-interval',
      '0',
      '--allow-private',
      '--no-cache',
      '--json',
      'result.json',
      '--out',
      'report.md',
      '--quiet',
    ],
    dir,
  )
  const result = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as {
    summary: { links: { live: number } }
  }
  const oursOpen = await stats()
  const peer = await runProcess(
    [here('./peer.mjs'), join(folder, `${name}.urls`), String(concurrency)],
    dir,
  )
  const peerOpen = await stats()
  const phases = await runProcess([here('./phases.mjs'), 'paper.md', String(concurrency)], dir)
  return {
    ours,
    peer,
    live: result.summary.links.live,
    phases,
    open: { ours: oursOpen, peer: peerOpen },
  }
}

/** The phases line: each phase's wall and CPU time, from the phases process's JSON line. */
function describePhases(run: ProcessRun): string {
  const phases = JSON.parse(run.stdout) as Record<string, [number, number]>
  const names: Record<string, string> = {
    load: 'load modules',
    parse: 'read and parse (to the first verdict)',
    check: 'check (to the last verdict)',
    evidence: 'evidence and assembly',
    report: 'Markdown report',
    json: 'JSON',
  }
  return Object.entries(phases)
    .map(([name, [wall, cpu]]) => `${names[name] ?? name} ${wall.toFixed(0)}/${cpu.toFixed(0)}`)
    .join(' · ')
}

/** Run `node <args>` in `cwd` with the usage reporter preloaded; time it from spawn to exit. */
async function runProcess(args: Array<string>, cwd: string): Promise<ProcessRun> {
  const usageFile = join(cwd, `usage-${Math.random().toString(36).slice(2)}.json`)
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', reportUsage, ...args], {
    cwd,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let stdout = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (text: string) => {
    stdout += text
  })
  const [code] = (await once(child, 'exit')) as [number | null]
  const milliseconds = performance.now() - started
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as {
    maxRssKb: number
    cpuMicroseconds: number
  }
  return {
    milliseconds,
    maxRssMb: usage.maxRssKb / 1024,
    cpuMilliseconds: usage.cpuMicroseconds / 1000,
    code,
    stdout,
  }
}
