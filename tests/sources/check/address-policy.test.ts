/**
 * The private-address policy at every layer: IPv6 forms that embed an IPv4 address, local
 * names, and verdicts from the cache; and a run where every request timed out reads as offline.
 */
import { describe, expect, it } from 'vitest'
import {
  type CheckOptions,
  checkLinks,
  createCache,
  isPrivateAddress,
} from '../../../sources/index.ts'
import { instantSleep, requestCount, startScenarioServer } from '../../helpers/server.ts'

const fast: Partial<CheckOptions> = { sleep: instantSleep, hostInterval: 0, timeout: 2000 }

describe('embedded IPv4 in IPv6', () => {
  it.each([
    ['IPv4-compatible loopback', '[::127.0.0.1]'],
    ['IPv4-compatible metadata', '[::a9fe:a9fe]'],
    ['IPv4-compatible public (deprecated form)', '[::8.8.8.8]'],
    ['IPv4-mapped loopback', '[::ffff:127.0.0.1]'],
    ['IPv4-mapped metadata', '[::ffff:a9fe:a9fe]'],
    ['IPv4-translated loopback', '[::ffff:0:7f00:1]'],
    ['NAT64 loopback', '[64:ff9b::7f00:1]'],
    ['NAT64 private', '[64:ff9b::a00:1]'],
    ['local-use NAT64', '[64:ff9b:1::808:808]'],
    ['6to4 of loopback', '[2002:7f00:1::1]'],
    ['6to4 of a public address', '[2002:808:808::1]'],
    ['Teredo', '[2001:0:4136:e378:8000:63bf:80ff:fffe]'],
  ])('%s (%s) is refused', (_label, address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  it.each([
    ['IPv4-mapped public', '[::ffff:8.8.8.8]'],
    ['NAT64 of a public address (DNS64 networks)', '[64:ff9b::808:808]'],
    ['plain public IPv6', '[2606:4700::1111]'],
  ])('%s (%s) is allowed', (_label, address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })

  it('no connection is attempted to an IPv4-compatible loopback URL', async () => {
    const run = await checkLinks(['http://[::127.0.0.1]:9/x', 'http://[::a9fe:a9fe]/latest'], fast)
    expect(run.checks.map((check) => [check.status, check.reason, check.attempts])).toEqual([
      ['excluded', 'private-address', 0],
      ['excluded', 'private-address', 0],
    ])
  })
})

describe('local names', () => {
  it.each([
    'http://localhost:9/a',
    'http://LOCALHOST.:9/a',
    'http://app.localhost:9/a',
    'http://printer.local/a',
    'http://db.internal/a',
    'http://nas.home.arpa/a',
  ])('%s is excluded without a request', async (url) => {
    const run = await checkLinks([url], fast)
    expect(run.checks[0]).toMatchObject({
      status: 'excluded',
      reason: 'private-address',
      attempts: 0,
    })
  })
})

describe('cached verdicts and the address policy', () => {
  it('a cached verdict of a local name is not served without allowPrivate', async () => {
    const server = await startScenarioServer()
    const url = `http://localhost:${server.port}/200`
    const cache = createCache()
    const first = await checkLinks([url], { ...fast, allowPrivate: true, cache })
    expect(first.checks[0]).toMatchObject({ status: 'live', cached: false })
    expect(cache.entries[url]?.allowPrivate).toBe(true)

    const guarded = await checkLinks([url], { ...fast, cache })
    expect(guarded.checks[0]).toMatchObject({
      status: 'excluded',
      reason: 'private-address',
      cached: false,
    })
    const allowed = await checkLinks([url], { ...fast, allowPrivate: true, cache })
    expect(allowed.checks[0]).toMatchObject({ status: 'live', cached: true })
    expect(requestCount(server.stats, '/200')).toBe(1)
  })

  it('an entry recorded with allowPrivate is not served to a run without it', async () => {
    // A public-looking name whose cached verdict came from a run that allowed private hosts.
    const cache = createCache()
    cache.entries['https://intranet.example.com/'] = {
      status: 'live',
      reason: 'ok',
      detail: 'HTTP 200',
      httpStatus: 200,
      finalUrl: 'https://intranet.example.com/',
      title: null,
      redirects: [],
      checkedAt: Date.now(),
      history: [],
      allowPrivate: true,
    }
    const run = await checkLinks(['https://intranet.example.com/'], {
      ...fast,
      cache,
      lookup: (hostname, options, callback) => {
        // The name resolves to a private address: refused at connect time.
        if (options.all) callback(null, [{ address: '10.0.0.7', family: 4 }])
        else callback(null, '10.0.0.7', 4)
        void hostname
      },
    })
    expect(run.checks[0]).toMatchObject({ status: 'excluded', reason: 'private-address' })
    expect(run.checks[0]?.cached).toBe(false)
  })
})

describe('a run where every request timed out', () => {
  it('says the network looks unavailable and reports nothing dead', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/hang`, `${server.origin}/hang?again`], {
      ...fast,
      allowPrivate: true,
      timeout: 200,
      retries: 0,
    })
    expect(run.network.available).toBe(false)
    expect(run.checks.map((check) => [check.status, check.reason])).toEqual([
      ['unverified', 'network'],
      ['unverified', 'network'],
    ])
    expect(run.problems.map((problem) => problem.kind)).toEqual(['network-unavailable'])
  })

  it('one answer is enough to say the network works', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/hang`, `${server.origin}/status/404`], {
      ...fast,
      allowPrivate: true,
      timeout: 200,
      retries: 0,
    })
    expect(run.network.available).toBe(true)
    expect(run.checks.map((check) => check.reason)).toEqual(['timeout', 'not-found'])
  })
})
