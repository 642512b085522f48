/**
 * Benchmark of the HTTP checker: 5,000 distinct URLs over 50 hosts with 50 ms of injected
 * latency, against the ideal bound (URLs × latency ÷ concurrency), and against a naive peer
 * (p-limit over undici `request`, no per-host logic). The 50 hosts are 50 names
 * (`h1.bench` … `h50.bench`) that the injected lookup maps onto one server on 127.0.0.1. The
 * server runs in a child process so that it does not compete with the checker for one event
 * loop and its memory is not counted in the checker's peak RSS. All traffic stays on loopback; the server closes at the end.
 */

import { spawn } from 'node:child_process'
import { once } from 'node:events'
import pLimit from 'p-limit'
import { Agent, request } from 'undici'
import { checkLinks, type LookupFunction } from '../sources/index.ts'

const hosts = 50
const urlCount = 5000
const latency = 50
const concurrency = 64

/** Run the benchmark and return printable lines. */
export async function benchCheck(): Promise<Array<string>> {
  const server = spawn(process.execPath, ['-e', serverSource, String(latency)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    const [chunk] = (await once(server.stdout, 'data')) as [Buffer]
    const port = Number(chunk.toString().trim())
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
      else callback(null, '127.0.0.1', 4)
    }
    const urls = Array.from(
      { length: urlCount },
      (_, index) => `http://h${(index % hosts) + 1}.bench:${port}/page/${index}`,
    )
    const ideal = (urlCount * latency) / concurrency
    const checkOurs = async (list: ReadonlyArray<string>) => {
      const options = {
        concurrency,
        hostConcurrency: 4,
        hostInterval: 0,
        allowPrivate: true,
        lookup,
      }
      const run = await checkLinks(list, options)
      return run.checks.filter((check) => check.status === 'live').length
    }
    // Warm both up (JIT, module code paths) on other URLs, so neither pays it in the timing.
    const warmUp = urls.slice(0, 500).map((url) => `${url}?warm-up`)
    await checkOurs(warmUp)
    await checkNaively(warmUp, lookup)
    collectGarbage()

    const sampler = sampleRss()
    const ours = await time(() => checkOurs(urls))
    const oursRssMb = sampler.stop() / 1024 / 1024
    collectGarbage()
    const peer = await time(() => checkNaively(urls, lookup))
    const processRssMb = process.resourceUsage().maxRSS / 1024
    return [
      `checker bench: ${urlCount} URLs, ${hosts} hosts (names mapped by the injected lookup onto one server on 127.0.0.1), ${latency} ms latency`,
      `  options:      --concurrency ${concurrency} --host-concurrency 4 --host-interval 0 --allow-private`,
      `  ours:         ${ours.milliseconds.toFixed(0)} ms (${ours.value} live), ${((urlCount / ours.milliseconds) * 1000).toFixed(0)} requests/s`,
      `  ideal bound:  ${ideal.toFixed(0)} ms (URLs × latency ÷ concurrency)`,
      `  ratio:        ${(ours.milliseconds / ideal).toFixed(2)} (target ≤ 1.2)`,
      `  naive peer:   ${peer.milliseconds.toFixed(0)} ms (${peer.value} ok) — p-limit(${concurrency}) over undici request`,
      `  ours / peer:  ${(ours.milliseconds / peer.milliseconds).toFixed(2)}`,
      `  peak RSS:     ${oursRssMb.toFixed(0)} MB during our run (target < 150 MB); process lifetime peak ${processRssMb.toFixed(0)} MB; the server runs in a child process`,
    ]
  } finally {
    server.kill()
    if (server.exitCode === null && server.signalCode === null) await once(server, 'exit')
  }
}

/** The bench server: answers every request with a small HTML page after `latency` ms. */
const serverSource = `
const { createServer } = require('node:http')
const latency = Number(process.argv[1])
const page = '<html><head><title>Bench</title></head><body>ok</body></html>'
const server = createServer((request, response) => {
  setTimeout(() => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(page)
  }, latency)
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
`

async function checkNaively(urls: ReadonlyArray<string>, lookup: LookupFunction): Promise<number> {
  const dispatcher = new Agent({ connect: { lookup } })
  const limit = pLimit(concurrency)
  try {
    const statuses = await Promise.all(
      urls.map((url) =>
        limit(async () => {
          const response = await request(url, { dispatcher })
          await response.body.dump()
          return response.statusCode
        }),
      ),
    )
    return statuses.filter((status) => status === 200).length
  } finally {
    await dispatcher.close()
  }
}

/** Sample the RSS every 10 ms until stopped; `stop` returns the peak in bytes. */
function sampleRss(): { stop: () => number } {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 10)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, process.memoryUsage.rss())
    },
  }
}

/** Run a full GC when `--expose-gc` is on (as `npm run bench` does). */
function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

async function time<T>(task: () => Promise<T>): Promise<{ milliseconds: number; value: T }> {
  const started = performance.now()
  const value = await task()
  return { milliseconds: performance.now() - started, value }
}
