/**
 * Test helpers for the evidence room: scripted routes served by the one test server
 * (`server.ts`), and `fetchPage`, which reads a link with the checker itself and returns the
 * `Page` the checker hands to its inspector.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { checkLinks } from '../../sources/check/index.ts'
import type { Page } from '../../sources/check/types.ts'
import { emptyEvidence } from '../../sources/evidence/index.ts'
import { startServer as startTestServer } from './server.ts'

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

/** A running route server. */
export interface RouteServer {
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
export async function startServer(routes: Record<string, Route>): Promise<RouteServer> {
  const requests: Array<string> = []
  const server = await startTestServer((incoming, response) => {
    const target = incoming.url ?? '/'
    requests.push(target)
    const route = routes[new URL(target, 'http://localhost').pathname]
    if (route === undefined) writeAnswer(response, { status: 404, body: 'no such route' })
    else if (typeof route === 'function') route(incoming, response)
    else writeAnswer(response, route)
  })
  return { url: server.origin, requests }
}

/**
 * Read `url` with the checker (redirects, caps, decoding: the real thing) and return the page
 * it hands to its inspector. Rejects when the link did not end in a 2xx page.
 */
export async function fetchPage(url: string, maxBodyBytes = 1024 * 1024): Promise<Page> {
  let seen: Page | undefined
  const run = await checkLinks([url], {
    allowPrivate: true,
    hostInterval: 0,
    retries: 0,
    timeout: 2000,
    maxBodyBytes,
    inspect: (page) => {
      seen = page
      return { evidence: emptyEvidence(null) }
    },
  })
  if (seen === undefined) {
    throw new Error(`Unexpected ${run.checks[0]?.detail ?? 'no check'} for ${url}, expected a page`)
  }
  return seen
}

/** A minimal HTML page with a title, an optional `<h1>` and body markup. */
export function htmlPage(title: string, body = '', h1?: string): string {
  const heading = h1 === undefined ? '' : `<h1>${h1}</h1>`
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${heading}${body}</body></html>`
}
