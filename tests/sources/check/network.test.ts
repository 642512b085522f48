import { Agent } from 'undici'
import { describe, expect, it, onTestFinished } from 'vitest'
import { type CheckOptions, checkLinks } from '../../../sources/index.ts'
import {
  createLookup,
  instantSleep,
  offlineLookup,
  requestCount,
  startScenarioServer,
  startServer,
} from '../../helpers/server.ts'

const fast: Partial<CheckOptions> = { sleep: instantSleep, hostInterval: 0, timeout: 2000 }

describe('offline detection', () => {
  it('when every lookup fails, the network is unavailable and links are unverified (network)', async () => {
    const run = await checkLinks(['https://example.org/a', 'http://missing.test/b'], {
      ...fast,
      lookup: offlineLookup,
    })
    expect(run.network.available).toBe(false)
    expect(run.checks[0]).toEqual({
      url: 'https://example.org/a',
      checkedUrl: 'https://example.org/a',
      status: 'unverified',
      reason: 'network',
      detail: 'Request failed with `ENOTFOUND`; the network looks unavailable',
      httpStatus: null,
      finalUrl: null,
      redirects: [],
      title: null,
      attempts: 1,
      durationMs: expect.any(Number),
      cached: false,
    })
    expect(run.checks[1]).toMatchObject({ status: 'unverified', reason: 'network' })
    expect(run.problems.map((problem) => [problem.kind, problem.severity])).toEqual([
      ['network-unavailable', 'error'],
    ])
  })

  it('a missing domain is dead (domain-not-found) while another link answers', async () => {
    const server = await startScenarioServer({ address: '127.0.0.2' })
    const lookup = createLookup({ 'a.test': '127.0.0.2' })
    const run = await checkLinks(
      [`http://a.test:${server.port}/200`, `http://missing.test:${server.port}/x`],
      {
        ...fast,
        lookup,
        allowPrivate: true,
      },
    )
    expect(run.network.available).toBe(true)
    expect(run.checks.map((check) => [check.status, check.reason])).toEqual([
      ['live', 'ok'],
      ['dead', 'domain-not-found'],
    ])
    expect(run.problems).toEqual([])
    expect(run.checks[1]?.detail).toBe(
      'Request failed with `ENOTFOUND`: no such domain, while other links answered',
    )
  })
})

describe('address safety', () => {
  it('refuses loopback IP literals by default, without a request', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/200`], fast)
    expect(run.checks[0]).toMatchObject({
      status: 'excluded',
      reason: 'private-address',
      httpStatus: null,
    })
    expect(requestCount(server.stats, '/200')).toBe(0)
  })

  it('refuses a name that resolves to a private address, after resolution', async () => {
    const server = await startScenarioServer({ address: '127.0.0.2' })
    const run = await checkLinks([`http://a.test:${server.port}/200`], {
      ...fast,
      lookup: createLookup({ 'a.test': '127.0.0.2' }),
    })
    expect(run.checks[0]).toMatchObject({ status: 'excluded', reason: 'private-address' })
    expect(requestCount(server.stats, '/200')).toBe(0)
  })

  it('allowPrivate lifts the refusal', async () => {
    const server = await startScenarioServer({ address: '127.0.0.2' })
    const lookup = createLookup({ 'a.test': '127.0.0.2' })
    const run = await checkLinks([`http://a.test:${server.port}/200`], {
      ...fast,
      lookup,
      allowPrivate: true,
    })
    expect(run.checks[0]).toMatchObject({ status: 'live' })
  })
})

describe('policy before any request', () => {
  it('excludes unsupported schemes, unparsable URLs and excluded patterns', async () => {
    const run = await checkLinks(
      ['mailto:a@b.org', 'ftp://x.org/f', 'not a url', 'https://skip.example/x'],
      {
        ...fast,
        lookup: offlineLookup,
        exclude: [/skip\.example/],
      },
    )
    expect(run.checks.map((check) => [check.status, check.reason])).toEqual([
      ['excluded', 'unsupported-scheme'],
      ['excluded', 'unsupported-scheme'],
      ['excluded', 'invalid-url'],
      ['excluded', 'excluded-pattern'],
    ])
    expect(run.network.available).toBe(true)
  })

  it('remaps before checking and reports both URLs', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks(['https://old.example/page'], {
      ...fast,
      allowPrivate: true,
      remap: [{ pattern: /^https:\/\/old\.example\/page$/, replacement: `${server.origin}/200` }],
    })
    expect(run.checks[0]).toMatchObject({
      url: 'https://old.example/page',
      checkedUrl: `${server.origin}/200`,
      status: 'live',
    })
  })
})

describe('address safety at every hop', () => {
  it('refuses a redirect to a private address after a public first hop', async () => {
    const target = await startScenarioServer({ address: '127.0.0.3' })
    const front = await startServer(
      (_request, response) => {
        response.writeHead(302, { location: `${target.origin}/200` })
        response.end()
      },
      { address: '127.0.0.2' },
    )
    // The checker's resolver says `public.test` is public; the injected dispatcher really
    // connects it to the loopback front server, which redirects to a private address.
    const dispatcher = new Agent({
      connect: { lookup: createLookup({ 'public.test': '127.0.0.2' }) },
    })
    onTestFinished(() => dispatcher.close())
    const run = await checkLinks([`http://public.test:${front.port}/start`], {
      ...fast,
      dispatcher,
      lookup: createLookup({ 'public.test': '93.184.216.34' }),
    })
    expect(run.checks[0]).toMatchObject({
      status: 'excluded',
      reason: 'private-address',
      httpStatus: 302,
    })
    expect(run.checks[0]?.redirects).toHaveLength(1)
    expect(requestCount(target.stats, '/200')).toBe(0)
  })

  it('refuses a redirect to a name that resolves privately', async () => {
    const front = await startServer(
      (_request, response) => {
        response.writeHead(302, { location: 'http://inner.test/secret' })
        response.end()
      },
      { address: '127.0.0.2' },
    )
    const dispatcher = new Agent({
      connect: { lookup: createLookup({ 'public.test': '127.0.0.2' }) },
    })
    onTestFinished(() => dispatcher.close())
    const run = await checkLinks([`http://public.test:${front.port}/start`], {
      ...fast,
      dispatcher,
      lookup: createLookup({ 'public.test': '93.184.216.34', 'inner.test': '10.0.0.5' }),
    })
    expect(run.checks[0]).toMatchObject({ status: 'excluded', reason: 'private-address' })
  })
})
