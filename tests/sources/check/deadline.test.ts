/**
 * The per-link budget: one deadline (`linkTimeout`) and one retry budget (`retries`) over all
 * redirect hops and retries of a link, against real loopback servers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { type CheckOptions, checkLinks } from '../../../sources/index.ts'
import { instantSleep, startScenarioServer, startServer } from '../../helpers/server.ts'

const fast: Partial<CheckOptions> = {
  allowPrivate: true,
  sleep: instantSleep,
  hostInterval: 0,
  timeout: 5000,
}

/** `/chain/<n>`: every hop answers 503 once, then redirects to `/chain/<n-1>`; `/chain/0` is 200. */
function handleChain(seen: Map<string, number>) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/'
    const count = (seen.get(path) ?? 0) + 1
    seen.set(path, count)
    const left = Number(/^\/chain\/(\d+)$/.exec(path)?.[1] ?? 0)
    if (left === 0) {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end('<title>End</title>')
    } else if (count === 1) {
      response.writeHead(503)
      response.end()
    } else {
      response.writeHead(302, { location: `/chain/${left - 1}` })
      response.end()
    }
  }
}

describe('per-link retry budget', () => {
  it('counts retries over all hops of a link, not per hop', async () => {
    const seen = new Map<string, number>()
    const server = await startServer(handleChain(seen))
    const run = await checkLinks([`${server.origin}/chain/3`], { ...fast, retries: 2 })
    // Hops 3 and 2 each use one retry; hop 1's 503 finds the budget spent.
    expect(run.checks[0]).toMatchObject({
      status: 'unverified',
      reason: 'server-error',
      attempts: 5,
      detail: 'HTTP 503 after 5 attempts',
    })
    expect([...seen.values()].reduce((sum, count) => sum + count, 0)).toBe(5)
    expect(seen.has('/chain/0')).toBe(false)
  })

  it('does not call redirect hops attempts: a 301 then a 404 is plain `HTTP 404`', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/old') response.writeHead(301, { location: '/new' })
      else response.writeHead(404)
      response.end()
    })
    const run = await checkLinks([`${server.origin}/old`], { ...fast, retries: 2 })
    expect(run.checks[0]).toMatchObject({ status: 'dead', attempts: 2, detail: 'HTTP 404' })
  })

  it('a chain within the budget still ends live', async () => {
    const server = await startServer(handleChain(new Map()))
    const run = await checkLinks([`${server.origin}/chain/2`], { ...fast, retries: 2 })
    expect(run.checks[0]).toMatchObject({ status: 'live', attempts: 5 })
  })
})

describe('per-link deadline (linkTimeout)', () => {
  it('stops retrying when the next wait would pass the deadline', async () => {
    const waits: Array<number> = []
    const server = await startServer((_request, response) => {
      response.writeHead(503, { 'retry-after': '1' })
      response.end()
    })
    const run = await checkLinks([`${server.origin}/busy`], {
      ...fast,
      retries: 10,
      linkTimeout: 2500,
      sleep: (milliseconds) => {
        waits.push(milliseconds)
        return Promise.resolve()
      },
    })
    // Two waits of 1 s fit in 2.5 s; the third would not.
    expect(waits).toEqual([1000, 1000])
    expect(run.checks[0]).toMatchObject({ status: 'unverified', reason: 'timeout', attempts: 3 })
    expect(run.checks[0]?.detail).toMatch(/link deadline of 2500ms .*HTTP 503 after 3 attempts/)
  })

  it('cuts an attempt at the deadline, however long `timeout` is', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/hang`, `${server.origin}/200`], {
      ...fast,
      timeout: 60_000,
      linkTimeout: 300,
    })
    expect(run.network.available).toBe(true)
    expect(run.checks[0]).toMatchObject({ status: 'unverified', reason: 'timeout', attempts: 1 })
    expect(run.checks[0]?.detail).toMatch(/link deadline of 300ms/)
  })

  it('bounds a slow redirect chain over all its hops', async () => {
    let requests = 0
    const server = await startServer((request, response) => {
      requests++
      const hop = Number(/\/(\d+)$/.exec(request.url ?? '')?.[1] ?? 0)
      // Each hop takes 100 ms: 30 hops would take 3 s.
      const timer = setTimeout(() => {
        response.writeHead(302, { location: `/slow/${hop + 1}` })
        response.end()
      }, 100)
      response.once('close', () => clearTimeout(timer))
    })
    const run = await checkLinks([`${server.origin}/slow/0`], {
      ...fast,
      maxRedirects: 30,
      linkTimeout: 1000,
    })
    expect(run.checks[0]).toMatchObject({ status: 'unverified', reason: 'timeout' })
    expect(run.checks[0]?.detail).toMatch(/link deadline of 1s/)
    // At least 100 ms per hop: no more than 10 hops fit, plus the one cut short.
    expect(requests).toBeLessThanOrEqual(11)
  })

  it('is an option of the checker with a 60 s default', async () => {
    const { defaultCheckOptions } = await import('../../../sources/index.ts')
    expect(defaultCheckOptions.linkTimeout).toBe(60_000)
    await expect(checkLinks([], { linkTimeout: 0 })).rejects.toThrow(
      'Expected `linkTimeout` to be a positive duration',
    )
  })
})
