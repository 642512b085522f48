import { describe, expect, it } from 'vitest'
import { memoizeLookup } from '../../../sources/check/memo-lookup.ts'
import type { LookupFunction } from '../../../sources/check/safety.ts'
import { checkLinks } from '../../../sources/index.ts'
import { createLookup, instantSleep, startServer } from '../../helpers/server.ts'

/** A resolver that counts the names it was asked for. */
function counting(inner: LookupFunction): { lookup: LookupFunction; calls: Array<string> } {
  const calls: Array<string> = []
  return {
    calls,
    lookup: (hostname, options, callback) => {
      calls.push(hostname)
      inner(hostname, options, callback)
    },
  }
}

function resolve(
  lookup: LookupFunction,
  hostname: string,
  options: { all?: boolean; family?: number },
) {
  return new Promise<{ error: string | null; address: unknown; family: unknown }>((done) => {
    lookup(hostname, options, (error, address, family) =>
      done({ error: error?.code ?? null, address, family }),
    )
  })
}

describe('memoizeLookup', () => {
  it('asks once per host name, for concurrent and later calls, in the shape each caller wants', async () => {
    const { lookup, calls } = counting(createLookup({ 'a.test': '127.0.0.2' }))
    const memo = memoizeLookup(lookup)
    const [one, all] = await Promise.all([
      resolve(memo, 'a.test', {}),
      resolve(memo, 'A.test', { all: true }),
    ])
    const later = await resolve(memo, 'a.test', { family: 4 })
    expect(one).toEqual({ error: null, address: '127.0.0.2', family: 4 })
    expect(all.address).toEqual([{ address: '127.0.0.2', family: 4 }])
    expect(later.address).toBe('127.0.0.2')
    expect(calls).toEqual(['a.test'])
  })

  it('shares failures, and answers a family the host lacks with ENOTFOUND', async () => {
    const { lookup, calls } = counting(createLookup({ 'a.test': '127.0.0.2' }))
    const memo = memoizeLookup(lookup)
    expect((await resolve(memo, 'missing.test', {})).error).toBe('ENOTFOUND')
    expect((await resolve(memo, 'missing.test', { all: true })).error).toBe('ENOTFOUND')
    expect((await resolve(memo, 'a.test', { family: 6 })).error).toBe('ENOTFOUND')
    expect(calls).toEqual(['missing.test', 'a.test'])
  })

  it('makes a check run resolve each host once however many of its URLs are cited', async () => {
    const server = await startServer((_request, response) => response.end('ok'))
    const { lookup, calls } = counting(
      createLookup({ 'a.test': '127.0.0.1', 'b.test': '127.0.0.1' }),
    )
    const urls = [1, 2, 3, 4, 5].flatMap((index) => [
      `http://a.test:${server.port}/${index}`,
      `http://b.test:${server.port}/${index}`,
      `http://gone.test:${server.port}/${index}`,
    ])
    const run = await checkLinks(urls, {
      lookup,
      allowPrivate: true,
      hostInterval: 0,
      sleep: instantSleep,
    })
    expect(run.checks.filter((check) => check.status === 'live')).toHaveLength(10)
    expect(run.checks.filter((check) => check.reason === 'domain-not-found')).toHaveLength(5)
    expect(calls.sort()).toEqual(['a.test', 'b.test', 'gone.test'])
  })
})
