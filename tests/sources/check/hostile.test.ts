import { once } from 'node:events'
import { createServer as createNetServer, type Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { Agent } from 'undici'
import { describe, expect, it, onTestFinished } from 'vitest'
import { createInspector, emptyEvidence } from '../../../sources/evidence/index.ts'
import { type CheckOptions, checkLinks, type Page } from '../../../sources/index.ts'
import {
  createLookup,
  fastCheckOptions,
  requestCount,
  startScenarioServer,
  startServer,
} from '../../helpers/server.ts'

const fast: Partial<CheckOptions> = { ...fastCheckOptions, retries: 0 }

/** A resolver failing every name with `code` (e.g. `EAI_AGAIN`, a temporary DNS failure). */
function failingLookup(code: string): CheckOptions['lookup'] {
  return (hostname, _options, callback) =>
    queueMicrotask(() => callback(Object.assign(new Error(code), { code, hostname }), '', 0))
}

/** The origin of a port nothing listens on (a server started, then closed). */
async function refusedOrigin(): Promise<string> {
  const closed = await startScenarioServer()
  await closed.close()
  return closed.origin
}

/** A raw TCP server answering every connection with `reply` (bytes as written), then closing. */
async function startRawServer(reply: string | Buffer): Promise<string> {
  const sockets = new Set<Socket>()
  const server = createNetServer((socket) => {
    sockets.add(socket)
    socket.once('data', () => socket.end(reply))
    socket.on('error', () => {})
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  onTestFinished(() => {
    for (const socket of sockets) socket.destroy()
    server.close()
  })
  const address = server.address()
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}

describe('offline is never dead', () => {
  it('a run of one URL whose domain is not found is unverified (network), not dead', async () => {
    const run = await checkLinks(['https://missing.test/a'], {
      ...fast,
      lookup: createLookup({}),
    })
    expect(run.network.available).toBe(false)
    expect(run.checks[0]).toMatchObject({ status: 'unverified', reason: 'network' })
  })

  it('only refused ports and a missing domain: the network looks unavailable, nothing dead', async () => {
    const origin = await refusedOrigin()
    const run = await checkLinks([`${origin}/a`, `${origin}/b`, 'http://missing.test/'], {
      ...fast,
      lookup: createLookup({}),
    })
    expect(run.network.available).toBe(false)
    expect(run.checks.map((check) => [check.status, check.reason])).toEqual([
      ['unverified', 'network'],
      ['unverified', 'network'],
      ['unverified', 'network'],
    ])
  })

  it('refused ports beside one live server: refused stays unverified, the network works', async () => {
    const server = await startScenarioServer()
    const origin = await refusedOrigin()
    const run = await checkLinks([`${origin}/a`, `${server.origin}/200`, `${origin}/b`], fast)
    expect(run.network.available).toBe(true)
    expect(run.checks.map((check) => [check.status, check.reason])).toEqual([
      ['unverified', 'connection-refused'],
      ['live', 'ok'],
      ['unverified', 'connection-refused'],
    ])
  })

  it('a temporary DNS failure (EAI_AGAIN) is never dead, even while other links answer', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/200`, 'http://flaky.test/'], {
      ...fast,
      lookup: failingLookup('EAI_AGAIN'),
    })
    expect(run.network.available).toBe(true)
    expect(run.checks[1]).toMatchObject({ status: 'unverified', reason: 'network' })
  })
})

describe('bad servers', () => {
  it('a malformed Location header is unverified (http-error), not dead', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(302, { location: 'http://[bad' })
      response.end()
    })
    const run = await checkLinks([`${server.origin}/x`], fast)
    expect(run.checks[0]).toMatchObject({
      status: 'unverified',
      reason: 'http-error',
      httpStatus: 302,
    })
  })

  it('a redirect loop that sets cookies (a cookie check) is unverified, not dead', async () => {
    const server = await startServer((request, response) => {
      const cookie = request.url === '/cookie' ? { 'set-cookie': 'consent=1; Path=/' } : {}
      response.writeHead(302, { location: request.url ?? '/', ...cookie })
      response.end()
    })
    const run = await checkLinks([`${server.origin}/cookie`, `${server.origin}/plain`], fast)
    expect(run.checks.map((check) => [check.status, check.reason])).toEqual([
      ['unverified', 'http-error'],
      ['dead', 'redirect-loop'],
    ])
  })

  it('a redirect to a name resolving to 127.0.0.1 is excluded (private-address), never fetched', async () => {
    const target = await startScenarioServer()
    const front = await startServer(
      (_request, response) => {
        response.writeHead(302, { location: `http://local.test:${target.port}/200` })
        response.end()
      },
      { address: '127.0.0.2' },
    )
    // The dispatcher physically reaches the loopback servers; the checker's own resolver says
    // where each name points, as real DNS would.
    const dispatcher = new Agent({
      connect: { lookup: createLookup({ 'public.test': '127.0.0.2', 'local.test': '127.0.0.1' }) },
    })
    onTestFinished(() => dispatcher.close())
    const run = await checkLinks([`http://public.test:${front.port}/start`], {
      ...fast,
      allowPrivate: false,
      dispatcher,
      lookup: createLookup({ 'public.test': '93.184.216.34', 'local.test': '127.0.0.1' }),
    })
    expect(run.checks[0]).toMatchObject({ status: 'excluded', reason: 'private-address' })
    expect(requestCount(target.stats, '/200')).toBe(0)
  })

  it('a gzip bomb is decoded only up to maxBodyBytes', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('<title>Bomb</title>'), Buffer.alloc(16e6)]))
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      response.end(bomb)
    })
    const pages: Array<Page> = []
    const run = await checkLinks([`${server.origin}/bomb`], {
      ...fast,
      maxBodyBytes: 64 * 1024,
      inspect: (page) => {
        pages.push(page)
        return { evidence: emptyEvidence(null) }
      },
    })
    expect(run.checks[0]).toMatchObject({ status: 'live', title: 'Bomb' })
    expect(pages[0]?.truncated).toBe(true)
    expect(pages[0]?.body.length).toBeLessThanOrEqual(64 * 1024)
  })

  it('invalid UTF-8 is decoded with replacement characters; a non-HTML body has no title', async () => {
    const server = await startServer((request, response) => {
      const type = request.url === '/pdf' ? 'application/pdf' : 'text/html; charset=utf-8'
      response.writeHead(200, { 'content-type': type })
      response.end(Buffer.from('<title>Caf\xe9 \xff\xfe</title>', 'latin1'))
    })
    const run = await checkLinks([`${server.origin}/bytes`, `${server.origin}/pdf`], fast)
    expect(run.checks.map((check) => [check.status, check.title])).toEqual([
      ['live', 'Caf\ufffd \ufffd\ufffd'],
      ['live', null],
    ])
  })

  it('an HTTP/1.0 server that closes instead of sending a length is read', async () => {
    const origin = await startRawServer(
      'HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<title>Old server</title>',
    )
    const run = await checkLinks([`${origin}/`], fast)
    expect(run.checks[0]).toMatchObject({ status: 'live', title: 'Old server', httpStatus: 200 })
  })

  it('an HTTP/1.0 404 is dead', async () => {
    const origin = await startRawServer('HTTP/1.0 404 Not Found\r\n\r\nGone')
    const run = await checkLinks([`${origin}/`], fast)
    expect(run.checks[0]).toMatchObject({ status: 'dead', reason: 'not-found' })
  })

  it('a body cut mid-read leaves the fragment unknown, not missing', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/trickle#methods`], {
      ...fast,
      timeout: 200,
      inspect: createInspector(new Map()),
    })
    expect(run.checks[0]).toMatchObject({ status: 'live' })
    expect(run.checks[0]?.evidence?.fragmentFound).toBeNull()
  })
})
