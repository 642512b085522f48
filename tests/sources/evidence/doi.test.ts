import type { IncomingMessage, ServerResponse } from 'node:http'
import { Agent } from 'undici'
import { describe, expect, it, onTestFinished } from 'vitest'
import { buildHandleUrl, checkDoiHandles } from '../../../sources/evidence/doi.ts'
import { startServer } from '../../helpers/pages.ts'

/** A fake handle API: known DOIs answer responseCode 1, `10.9999/*` fails, the rest 100. */
async function startHandleService() {
  return startServer({
    '/api/handles/10.1080/01436597.2021.1985449': {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        responseCode: 1,
        handle: '10.1080/01436597.2021.1985449',
        values: [],
      }),
    },
    '/api/handles/10.18449/2024C06': {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ responseCode: 1, handle: '10.18449/2024C06' }),
    },
    '/api/handles/10.1234/missing': {
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ responseCode: 100, handle: '10.1234/missing' }),
    },
    '/api/handles/10.9999/broken': { status: 500, body: 'Internal Server Error' },
    '/api/handles/10.9999/odd': {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ responseCode: 2 }),
    },
    '/api/handles/10.9999/slow': () => {
      // Never answers: the lookup must time out.
    },
  })
}

describe('checkDoiHandles', () => {
  it('reads responseCode 1 as registered and 100 as not registered', async () => {
    const server = await startHandleService()
    const result = await checkDoiHandles(
      ['10.1080/01436597.2021.1985449', '10.1234/missing', '10.18449/2024C06'],
      { allowPrivate: true, doiApi: `${server.url}/api/handles/`, timeout: 2000 },
    )
    expect(result.get('10.1080/01436597.2021.1985449')).toEqual({
      exists: true,
      detail: 'DOI is registered (handle responseCode 1)',
    })
    expect(result.get('10.1234/missing')).toEqual({
      exists: false,
      detail: 'DOI is not registered (handle responseCode 100)',
    })
    expect(result.get('10.18449/2024C06')?.exists).toBe(true)
  })

  it('answers null for a 500, an unknown responseCode, a timeout and a refused connection', async () => {
    const server = await startHandleService()
    const dispatcher = new Agent()
    onTestFinished(() => dispatcher.close())
    const result = await checkDoiHandles(['10.9999/broken', '10.9999/odd', '10.9999/slow'], {
      allowPrivate: true,
      doiApi: `${server.url}/api/handles`,
      timeout: 150,
      dispatcher,
    })
    expect(result.get('10.9999/broken')).toEqual({
      exists: null,
      detail: 'Unexpected handle API answer (HTTP 500), expected responseCode 1 or 100',
    })
    expect(result.get('10.9999/odd')?.detail).toContain('responseCode 2')
    expect(result.get('10.9999/slow')).toEqual({
      exists: null,
      detail: 'Unexpected timeout from the DOI handle API, expected an answer',
    })
    const refused = await checkDoiHandles(['10.1/x'], {
      allowPrivate: true,
      doiApi: 'http://127.0.0.1:1/api/handles/',
      timeout: 500,
    })
    expect(refused.get('10.1/x')?.exists).toBeNull()
    expect(refused.get('10.1/x')?.detail).toMatch(/^Unexpected ECONNREFUSED/)
  })

  it('asks once per distinct DOI, percent-encodes odd characters and respects concurrency', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const seen: Array<string> = []
    const counting = await startServer({
      '/h/10.5555/a': respondLater,
      '/h/10.5555/b': respondLater,
      '/h/10.5555/c': respondLater,
      '/h/10.5555/d%3Ce%3E': respondLater,
    })
    function respondLater(request: IncomingMessage, response: ServerResponse): void {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      seen.push(request.url ?? '')
      setTimeout(() => {
        inFlight--
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end('{"responseCode":1}')
      }, 20)
    }
    const result = await checkDoiHandles(
      ['10.5555/a', '10.5555/b', '10.5555/a', '10.5555/c', '10.5555/d<e>'],
      { allowPrivate: true, doiApi: `${counting.url}/h/`, doiConcurrency: 2, timeout: 2000 },
    )
    expect(seen.sort()).toEqual([
      '/h/10.5555/a',
      '/h/10.5555/b',
      '/h/10.5555/c',
      '/h/10.5555/d%3Ce%3E',
    ])
    expect(maxInFlight).toBeLessThanOrEqual(2)
    expect([...result.keys()]).toEqual(['10.5555/a', '10.5555/b', '10.5555/c', '10.5555/d<e>'])
    expect([...result.values()].every((value) => value.exists === true)).toBe(true)
  })

  it('builds handle URLs and rejects bad options with a TypeError', async () => {
    expect(buildHandleUrl('https://doi.org/api/handles', '10.1000/a b')).toBe(
      'https://doi.org/api/handles/10.1000/a%20b',
    )
    await expect(checkDoiHandles(['10.1/x'], { doiConcurrency: 0 })).rejects.toThrow(
      'Expected `doiConcurrency` to be a positive integer, got `0`',
    )
    await expect(checkDoiHandles(['10.1/x'], { doiApi: 'not a url' })).rejects.toThrow(TypeError)
  })
})
