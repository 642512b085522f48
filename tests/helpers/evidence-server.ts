/**
 * Test helpers for the evidence stage: a real `node:http` server on 127.0.0.1 serving scripted
 * routes, and `fetchPage`, which reads a link the way the checker does (redirects followed by
 * hand, body capped) into a `Page`.
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { request } from 'undici'
import { onTestFinished } from 'vitest'
import type { Redirect } from '../../pipeline/types.ts'
import type { Page } from '../../sources/page.ts'

/** A scripted answer: status, headers and body. */
export interface Answer {
  /** HTTP status (default 200). */
  status?: number
  /** Response headers (default `content-type: text/html; charset=utf-8`). */
  headers?: Record<string, string>
  /** Response body (default empty). */
  body?: string
}

/** A route: a fixed answer, or a handler given the request. */
export type Route = Answer | ((request: IncomingMessage, response: ServerResponse) => void)

/** A running test server. */
export interface TestServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string
  /** Requests received, as path plus query, in order. */
  requests: Array<string>
}

/** Write a fixed answer. */
function writeAnswer(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status ?? 200, {
    'content-type': 'text/html; charset=utf-8',
    ...answer.headers,
  })
  response.end(answer.body ?? '')
}

/**
 * Start a server on 127.0.0.1, port 0, answering each path (without query) from `routes`
 * (404 otherwise). It is closed when the current test finishes.
 */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: Array<string> = []
  const server = createServer((incoming, response) => {
    const target = incoming.url ?? '/'
    requests.push(target)
    const route = routes[new URL(target, 'http://localhost').pathname]
    if (route === undefined) writeAnswer(response, { status: 404, body: 'no such route' })
    else if (typeof route === 'function') route(incoming, response)
    else writeAnswer(response, route)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  onTestFinished(async () => {
    server.closeAllConnections()
    server.close()
    await once(server, 'close')
  })
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests }
}

/** Most bytes of a body read, as the checker does. */
const maxBodyBytes = 1024 * 1024

/** GET a URL following redirects by hand and return it as the checker's `Page`. */
export async function fetchPage(url: string, maxBytes = maxBodyBytes): Promise<Page> {
  const redirects: Array<Redirect> = []
  let current = new URL(url)
  current.hash = ''
  for (let hop = 0; hop < 10; hop++) {
    const response = await request(current.href, { signal: AbortSignal.timeout(2000) })
    const location = response.headers.location
    if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string') {
      await response.body.dump()
      const to = new URL(location, current)
      const permanent = response.statusCode === 301 || response.statusCode === 308
      redirects.push({ from: current.href, to: to.href, status: response.statusCode, permanent })
      current = to
      current.hash = ''
      continue
    }
    const bytes = Buffer.from(await response.body.arrayBuffer())
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
    }
    const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? null
    return {
      url,
      checkedUrl: url,
      finalUrl: current.href,
      status: response.statusCode,
      headers,
      contentType: type === '' ? null : type,
      body: bytes.subarray(0, maxBytes).toString('utf8'),
      truncated: bytes.length > maxBytes,
      redirects,
    }
  }
  throw new Error(`Unexpected redirect loop at ${current}, expected a page`)
}

/** A minimal HTML page with a title, an optional `<h1>` and body markup. */
export function htmlPage(title: string, body = '', h1?: string): string {
  const heading = h1 === undefined ? '' : `<h1>${h1}</h1>`
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${heading}${body}</body></html>`
}
