/**
 * Behind a proxy (a real one on loopback): a refused tunnel is `unverified (proxy)`, never an
 * interrupted run; names are checked before the proxy sees them, and one that does not resolve
 * here is never handed over.
 */
import { lookup } from 'node:dns'
import { describe, expect, it, onTestFinished } from 'vitest'
import {
  type CheckOptions,
  checkLinks,
  createDispatcher,
  type LookupFunction,
} from '../../../sources/index.ts'
import { startProxy } from '../../helpers/proxy.ts'
import { instantSleep, startScenarioServer } from '../../helpers/server.ts'

const fast: Partial<CheckOptions> = { sleep: instantSleep, hostInterval: 0, timeout: 3000 }

/** A dispatcher going through `proxy`, as `HTTP_PROXY` would make it. */
function throughProxy(origin: string) {
  const dispatcher = createDispatcher({
    timeout: 3000,
    lookup: lookup as unknown as LookupFunction,
    allowPrivate: true,
    env: { HTTP_PROXY: origin },
  })
  onTestFinished(() => dispatcher.close())
  return dispatcher
}

describe('a proxy that refuses the tunnel', () => {
  it.each([403, 407, 502])(
    'CONNECT answered %i: unverified (proxy), not interrupted',
    async (code) => {
      const server = await startScenarioServer()
      const proxy = await startProxy({ refuseConnect: code })
      const run = await checkLinks([`${server.origin}/200`], {
        ...fast,
        allowPrivate: true,
        dispatcher: throughProxy(proxy.origin),
      })
      expect(proxy.targets).toEqual([`127.0.0.1:${server.port}`])
      expect(run.checks[0]).toMatchObject({ status: 'unverified', reason: 'proxy' })
      expect(run.checks[0]?.detail).toContain(`HTTP ${code}`)
      expect(run.incomplete).toBe(false)
      expect(run.network.available).toBe(true)
    },
  )

  it('a tunnel the proxy opens is checked as usual', async () => {
    const server = await startScenarioServer()
    const proxy = await startProxy()
    const run = await checkLinks([`${server.origin}/200`, `${server.origin}/status/404`], {
      ...fast,
      allowPrivate: true,
      dispatcher: throughProxy(proxy.origin),
    })
    expect(run.checks.map((check) => check.reason)).toEqual(['ok', 'not-found'])
    expect(new Set(proxy.targets)).toEqual(new Set([`127.0.0.1:${server.port}`]))
  })
})

describe('names behind a proxy', () => {
  it('a name that does not resolve here is never handed to the proxy', async () => {
    const proxy = await startProxy()
    // `.invalid` never resolves (RFC 6761); the real resolver says so.
    const run = await checkLinks(['http://citecheck-test.invalid/page'], {
      ...fast,
      dispatcher: throughProxy(proxy.origin),
    })
    expect(proxy.targets).toEqual([])
    expect(run.checks[0]).toMatchObject({ status: 'unverified', reason: 'network' })
    expect(run.checks[0]?.detail).toMatch(/resolving `citecheck-test\.invalid` before handing it/)
  })

  it.each([
    'http://localhost:9/x',
    'http://printer.local/x',
    'http://[::127.0.0.1]:9/x',
    'http://[::ffff:169.254.169.254]/latest',
  ])('%s is refused before the proxy sees it', async (url) => {
    const proxy = await startProxy()
    const run = await checkLinks([url], { ...fast, dispatcher: throughProxy(proxy.origin) })
    expect(run.checks[0]).toMatchObject({ status: 'excluded', reason: 'private-address' })
    expect(proxy.targets).toEqual([])
  })
})
