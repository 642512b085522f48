import { request } from 'undici'
import { describe, expect, it, onTestFinished } from 'vitest'
import { createDispatcher } from '../../../sources/index.ts'
import { startProxy } from '../../helpers/proxy.ts'
import { createLookup, requestCount, startScenarioServer } from '../../helpers/server.ts'

describe('createDispatcher', () => {
  it('refuses private addresses at connect time unless allowed', async () => {
    const server = await startScenarioServer({ address: '127.0.0.2' })
    const lookup = createLookup({ 'a.test': '127.0.0.2' })
    const guarded = createDispatcher({ timeout: 1000, lookup, allowPrivate: false, env: {} })
    const open = createDispatcher({ timeout: 1000, lookup, allowPrivate: true, env: {} })
    onTestFinished(async () => {
      await Promise.all([guarded.close(), open.close()])
    })
    const url = `http://a.test:${server.port}/200`
    await expect(request(url, { dispatcher: guarded })).rejects.toMatchObject({
      code: 'CITECHECK_PRIVATE_ADDRESS',
    })
    const response = await request(url, { dispatcher: open })
    await response.body.dump()
    expect(response.statusCode).toBe(200)
    expect(requestCount(server.stats, '/200')).toBe(1)
  })

  it('goes through HTTP_PROXY when the environment names one, except for NO_PROXY hosts', async () => {
    const server = await startScenarioServer({ address: '127.0.0.2' })
    const direct = await startScenarioServer({ address: '127.0.0.3' })
    const proxy = await startProxy()
    const lookup = createLookup({})
    const dispatcher = createDispatcher({
      timeout: 1000,
      lookup,
      allowPrivate: true,
      env: { HTTP_PROXY: proxy.origin, NO_PROXY: '127.0.0.3' },
    })
    onTestFinished(() => dispatcher.close())
    const response = await request(`${server.origin}/200`, { dispatcher })
    await response.body.dump()
    expect(response.statusCode).toBe(200)
    const bypass = await request(`${direct.origin}/200`, { dispatcher })
    await bypass.body.dump()
    expect(bypass.statusCode).toBe(200)
    expect(proxy.targets).toEqual([`127.0.0.2:${server.port}`])
  })
})
