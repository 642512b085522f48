import { describe, expect, it } from 'vitest'
import { type CheckOptions, checkLinks } from '../../../sources/index.ts'
import { fastCheckOptions, requestCount, startScenarioServer } from '../../helpers/server.ts'

const fast = fastCheckOptions

async function checkOne(url: string, options: Partial<CheckOptions> = {}) {
  const run = await checkLinks([url], { ...fast, ...options })
  expect(run.checks).toHaveLength(1)
  return run.checks[0] as NonNullable<(typeof run.checks)[0]>
}

describe('verdicts from a real server', () => {
  it('a 200 page is live, with its title', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/200`)
    expect(check).toMatchObject({
      status: 'live',
      reason: 'ok',
      httpStatus: 200,
      title: 'OK page',
      attempts: 1,
      cached: false,
    })
    expect(check.finalUrl).toBe(`${server.origin}/200`)
  })

  it.each([
    [404, 'dead', 'not-found'],
    [410, 'dead', 'gone'],
    [400, 'dead', 'client-error'],
    [403, 'unverified', 'access-restricted'],
    [401, 'unverified', 'access-restricted'],
    [451, 'unverified', 'access-restricted'],
  ] as const)('HTTP %i is %s (%s)', async (code, status, reason) => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/status/${code}`)
    expect(check).toMatchObject({ status, reason, httpStatus: code, attempts: 1 })
  })

  it('counts an `accept`ed status as live (accepted), without retrying it', async () => {
    const server = await startScenarioServer()
    const accepted = await checkOne(`${server.origin}/status/403`, { accept: [403, 503] })
    expect(accepted).toMatchObject({ status: 'live', reason: 'accepted', httpStatus: 403 })
    const retried = await checkOne(`${server.origin}/status/503`, { accept: [503], retries: 2 })
    expect(retried).toMatchObject({ status: 'live', reason: 'accepted', attempts: 1 })
    const other = await checkOne(`${server.origin}/status/404`, { accept: [403] })
    expect(other).toMatchObject({ status: 'dead', reason: 'not-found' })
  })

  it.each([301, 302, 307, 308])(
    'follows a chain of three %i redirects and records it',
    async (code) => {
      const server = await startScenarioServer()
      const check = await checkOne(`${server.origin}/redirect/${code}/3`)
      expect(check.status).toBe('live')
      expect(check.finalUrl).toBe(`${server.origin}/200`)
      expect(check.redirects.map((redirect) => redirect.status)).toEqual([code, code, code])
      expect(
        check.redirects.every((redirect) => redirect.permanent === (code === 301 || code === 308)),
      ).toBe(true)
      expect(check.redirects[0]).toMatchObject({
        from: `${server.origin}/redirect/${code}/3`,
        to: `${server.origin}/redirect/${code}/2`,
      })
    },
  )

  it('flags a permanent redirect as a problem', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/redirect/301/1`], fast)
    expect(run.problems.map((problem) => problem.kind)).toEqual(['permanent-redirect'])
  })

  it('a redirect loop is dead (redirect-loop)', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/loop/a`)
    expect(check).toMatchObject({ status: 'dead', reason: 'redirect-loop' })
    expect(check.redirects).toHaveLength(2)
  })

  it('too many hops is dead (redirect-loop)', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/redirect/302/5`, { maxRedirects: 3 })
    expect(check).toMatchObject({ status: 'dead', reason: 'redirect-loop' })
    expect(check.redirects).toHaveLength(4)
  })

  it('a redirect to a 404 is dead, with the final URL', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/to-404`)
    expect(check).toMatchObject({
      status: 'dead',
      reason: 'not-found',
      httpStatus: 404,
      finalUrl: `${server.origin}/status/404`,
    })
  })

  it('resolves a relative Location against the current URL', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/relative/x`)
    expect(check).toMatchObject({ status: 'live', finalUrl: `${server.origin}/200` })
  })

  it('a 429 with Retry-After is retried, then live', async () => {
    const server = await startScenarioServer()
    const waits: Array<number> = []
    const check = await checkOne(`${server.origin}/retry-after/a`, {
      sleep: (milliseconds) => {
        waits.push(milliseconds)
        return Promise.resolve()
      },
    })
    expect(check).toMatchObject({ status: 'live', attempts: 2 })
    expect(waits).toContain(1000)
    expect(requestCount(server.stats, '/retry-after/a')).toBe(2)
  })

  it('a 429 backs off the whole host, not just the one URL', async () => {
    const server = await startScenarioServer()
    const waits: Array<number> = []
    const sleep = (milliseconds: number) => {
      waits.push(milliseconds)
      return Promise.resolve()
    }
    const run = await checkLinks([`${server.origin}/retry-after/b`, `${server.origin}/200`], {
      ...fast,
      hostConcurrency: 1,
      sleep,
    })
    expect(run.checks.map((check) => check.status)).toEqual(['live', 'live'])
    // One wait for the retry itself, one for the host's back-off before its next request.
    expect(waits.filter((milliseconds) => milliseconds > 900)).toHaveLength(2)
  })

  it('a Retry-After beyond the cap is unverified (rate-limited) without waiting', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/retry-after-long`, { maxRetryWait: 10_000 })
    expect(check).toMatchObject({ status: 'unverified', reason: 'rate-limited', attempts: 1 })
  })

  it('a 503 then 200 is live after one retry', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/flaky-503/a`)
    expect(check).toMatchObject({ status: 'live', attempts: 2 })
  })

  it('a persistent 500 is unverified (server-error) after 1 + retries attempts', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/status/500`, { retries: 2 })
    expect(check).toMatchObject({
      status: 'unverified',
      reason: 'server-error',
      httpStatus: 500,
      attempts: 3,
    })
    expect(requestCount(server.stats, '/status/500')).toBe(3)
  })

  it('uses GET, so a server refusing HEAD is live', async () => {
    const server = await startScenarioServer()
    expect(await checkOne(`${server.origin}/head-405`)).toMatchObject({
      status: 'live',
      title: 'GET works',
    })
  })

  it('headers that never come time out (unverified), once per attempt', async () => {
    const server = await startScenarioServer()
    // Another link answers, so the network works (a run where everything times out is offline).
    const run = await checkLinks([`${server.origin}/hang`, `${server.origin}/200`], {
      ...fast,
      timeout: 150,
      retries: 1,
    })
    expect(run.network.available).toBe(true)
    const [check] = run.checks
    expect(check).toMatchObject({
      status: 'unverified',
      reason: 'timeout',
      attempts: 2,
      httpStatus: null,
    })
  })

  it('the timeout covers the whole attempt: a body that trickles forever is cut', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/trickle`, { timeout: 200 })
    expect(check).toMatchObject({ status: 'live', httpStatus: 200, title: null, attempts: 1 })
  })

  it('reads at most maxBodyBytes of a huge body and closes the connection', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/huge`, { maxBodyBytes: 64 * 1024 })
    expect(check).toMatchObject({ status: 'live', title: 'Huge' })
    await server.stats.hugeClosed
    expect(server.stats.hugeClosedEarly).toBe(true)
    expect(server.stats.hugeBytesWritten).toBeLessThan(64 * 1024 * 1024)
  })

  it('decodes a gzip body', async () => {
    const server = await startScenarioServer()
    expect(await checkOne(`${server.origin}/gzip`)).toMatchObject({
      status: 'live',
      title: 'Compressed page',
    })
  })

  it('a connection reset is retried, then unverified (connection-reset)', async () => {
    const server = await startScenarioServer()
    const check = await checkOne(`${server.origin}/reset`, { retries: 1 })
    expect(check).toMatchObject({ status: 'unverified', reason: 'connection-reset', attempts: 2 })
  })

  it('a refused port is unverified (connection-refused) while the network works', async () => {
    const server = await startScenarioServer()
    const closed = await startScenarioServer()
    await closed.close()
    const run = await checkLinks([`${server.origin}/200`, `${closed.origin}/200`], fast)
    expect(run.network.available).toBe(true)
    expect(run.checks[1]).toMatchObject({
      status: 'unverified',
      reason: 'connection-refused',
      attempts: 1,
    })
  })
})
