import { describe, expect, it } from 'vitest'
import { type CheckProgress, checkLinks } from '../../../sources/index.ts'
import {
  createStats,
  fastCheckOptions,
  requestCount,
  startScenarioServer,
  startServer,
} from '../../helpers/server.ts'

const fast = fastCheckOptions

describe('scheduling', () => {
  it('fetches each distinct URL once and keeps the order of first appearance', async () => {
    const server = await startScenarioServer()
    const a = `${server.origin}/200`
    const b = `${server.origin}/status/404`
    const run = await checkLinks([a, b, a, a, b], fast)
    expect(run.checks.map((check) => check.url)).toEqual([a, b])
    expect(requestCount(server.stats, '/200')).toBe(1)
    expect(requestCount(server.stats, '/status/404')).toBe(1)
  })

  it('never exceeds the global and per-host limits, and fills the global pool', async () => {
    const stats = createStats()
    const servers = await Promise.all(
      ['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((address) =>
        startScenarioServer({ address, stats }),
      ),
    )
    const urls = servers.flatMap((server) =>
      Array.from({ length: 8 }, (_, index) => `${server.origin}/slow/40?${index}`),
    )
    const run = await checkLinks(urls, { ...fast, concurrency: 4, hostConcurrency: 2 })
    expect(run.checks.every((check) => check.status === 'live')).toBe(true)
    expect(stats.maxInFlight).toBeLessThanOrEqual(4)
    expect(stats.maxInFlight).toBe(4)
    for (const server of servers) {
      expect(stats.maxInFlightByHost.get(server.address)).toBeLessThanOrEqual(2)
    }
  })

  it('a saturated host does not hold global slots: other hosts go ahead', async () => {
    const order: Array<string> = []
    const handler =
      (address: string) => (_request: unknown, response: import('node:http').ServerResponse) => {
        order.push(address)
        setTimeout(() => response.end('ok'), 20)
      }
    const busy = await startServer(handler('busy'), { address: '127.0.0.5' })
    const quiet = await startServer(handler('quiet'), { address: '127.0.0.6' })
    const urls = [
      ...Array.from({ length: 12 }, (_, index) => `${busy.origin}/${index}`),
      ...Array.from({ length: 3 }, (_, index) => `${quiet.origin}/${index}`),
    ]
    await checkLinks(urls, { ...fast, concurrency: 2, hostConcurrency: 1 })
    expect(order).toHaveLength(15)
    expect(order.lastIndexOf('quiet')).toBeLessThan(8)
  })

  it('an aborted signal checks nothing and marks the run incomplete', async () => {
    const server = await startScenarioServer()
    const controller = new AbortController()
    controller.abort()
    const run = await checkLinks([`${server.origin}/200`], { ...fast, signal: controller.signal })
    expect(run.incomplete).toBe(true)
    expect(run.checks[0]).toMatchObject({ status: 'unverified', reason: 'interrupted' })
    expect(requestCount(server.stats, '/200')).toBe(0)
  })

  it('interrupting stops new requests and cuts in-flight ones after the grace', async () => {
    const server = await startScenarioServer()
    const controller = new AbortController()
    const progress: Array<number> = []
    setTimeout(() => controller.abort(), 100)
    const run = await checkLinks(
      [`${server.origin}/200`, `${server.origin}/hang`, `${server.origin}/status/404`],
      {
        ...fast,
        concurrency: 1,
        timeout: 10_000,
        abortGrace: 50,
        signal: controller.signal,
        onProgress: (state) => progress.push(state.done),
      },
    )
    expect(run.incomplete).toBe(true)
    expect(run.checks.map((check) => [check.status, check.reason])).toEqual([
      ['live', 'ok'],
      ['unverified', 'interrupted'],
      ['unverified', 'interrupted'],
    ])
    expect(requestCount(server.stats, '/status/404')).toBe(0)
    expect(progress).toEqual([1, 2, 3])
  })

  it('reports progress for every link', async () => {
    const server = await startScenarioServer()
    const seen: Array<CheckProgress> = []
    const urls = [`${server.origin}/200`, `${server.origin}/status/404`, 'mailto:x@y.z']
    await checkLinks(urls, { ...fast, onProgress: (progress) => seen.push(progress) })
    const { latest, ...counts } = seen.at(-1) ?? { latest: null }
    expect(counts).toEqual({ done: 3, total: 3, live: 1, dead: 1, unverified: 0, excluded: 1 })
    // Each report names the link just decided: every link once.
    expect(seen.map((progress) => progress.latest.url).sort()).toEqual([...urls].sort())
    expect(latest).toEqual(seen.at(-1)?.latest)
    const mailto = seen.find((progress) => progress.latest.url === 'mailto:x@y.z')
    expect(mailto?.latest).toEqual({
      url: 'mailto:x@y.z',
      status: 'excluded',
      reason: 'unsupported-scheme',
    })
  })

  it('rejects invalid options with a TypeError', async () => {
    await expect(checkLinks([], { concurrency: 0 })).rejects.toThrow(
      new TypeError('Expected `concurrency` to be a positive integer, got `0`'),
    )
    await expect(checkLinks([], { timeout: Number.NaN })).rejects.toThrow(TypeError)
    // Beyond 2^31 - 1 ms a Node timer fires at once: every request would time out immediately.
    await expect(checkLinks([], { timeout: 30 * 86_400_000 })).rejects.toThrow(TypeError)
    await expect(checkLinks([], { maxRetryWait: 2 ** 31 })).rejects.toThrow(TypeError)
    await expect(checkLinks([], { maxCacheAge: 365 * 86_400_000 })).resolves.toMatchObject({
      checks: [],
    })
  })
})
