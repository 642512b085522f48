/**
 * Scenario servers for network tests: real `node:http` servers on loopback addresses, port 0,
 * whose paths encode the scenario, with server-side counters (requests per path, requests in
 * flight globally and per host, bytes written). Closed automatically when the test finishes.
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { onTestFinished } from 'vitest'
import type { CheckOptions, LookupFunction } from '../../sources/index.ts'

/** Counters shared by one or more servers. */
export interface ServerStats {
  /** Requests received per path (query included). */
  requests: Map<string, number>
  /** Requests in flight now. */
  inFlight: number
  /** Most requests in flight at once. */
  maxInFlight: number
  /** Requests in flight now per host (the address the request came in on). */
  inFlightByHost: Map<string, number>
  /** Most requests in flight at once per host. */
  maxInFlightByHost: Map<string, number>
  /** Bytes the `/huge` scenario managed to write. */
  hugeBytesWritten: number
  /** `true` once the client closed a `/huge` response before its end. */
  hugeClosedEarly: boolean
  /** Settles when a `/huge` response closes (await it rather than sleeping). */
  hugeClosed: Promise<void>
  /** Settles {@link ServerStats.hugeClosed}. */
  onHugeClosed: () => void
}

/** A running server. */
export interface TestServer {
  /** `http://address:port`. */
  origin: string
  /** Address bound. */
  address: string
  /** Port bound. */
  port: number
  /** Counters. */
  stats: ServerStats
  /** Close the server and every connection. */
  close: () => Promise<void>
}

/** Handler of a plain test server. */
export type TestHandler = (request: IncomingMessage, response: ServerResponse) => void

/** Fresh counters. */
export function createStats(): ServerStats {
  let onHugeClosed = () => {}
  const hugeClosed = new Promise<void>((resolve) => {
    onHugeClosed = resolve
  })
  return {
    hugeClosed,
    onHugeClosed,
    requests: new Map(),
    inFlight: 0,
    maxInFlight: 0,
    inFlightByHost: new Map(),
    maxInFlightByHost: new Map(),
    hugeBytesWritten: 0,
    hugeClosedEarly: false,
  }
}

/** Requests received for `path` so far. */
export function requestCount(stats: ServerStats, path: string): number {
  return stats.requests.get(path) ?? 0
}

/** Where and how to start a test server. */
export interface ServerOptions {
  /** Loopback address to bind (default `127.0.0.1`; any `127.x.y.z` works on Linux). */
  address?: string
  /** Counters to share with other servers (default: fresh ones). */
  stats?: ServerStats
  /**
   * Close when the current test finishes (default `true`; needs to be called inside a test).
   * Pass `false` to start it in `beforeAll` and close it yourself.
   */
  autoClose?: boolean
}

/** Start a server with `handler` on a loopback address, port 0, counting requests. */
export async function startServer(
  handler: TestHandler,
  options: ServerOptions = {},
): Promise<TestServer> {
  const address = options.address ?? '127.0.0.1'
  const stats = options.stats ?? createStats()
  const server: Server = createServer((request, response) => {
    const host = request.socket.localAddress ?? address
    const path = request.url ?? '/'
    stats.requests.set(path, (stats.requests.get(path) ?? 0) + 1)
    stats.inFlight++
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
    const hostCount = (stats.inFlightByHost.get(host) ?? 0) + 1
    stats.inFlightByHost.set(host, hostCount)
    stats.maxInFlightByHost.set(host, Math.max(stats.maxInFlightByHost.get(host) ?? 0, hostCount))
    let counted = true
    const release = () => {
      if (!counted) return
      counted = false
      stats.inFlight--
      stats.inFlightByHost.set(host, (stats.inFlightByHost.get(host) ?? 1) - 1)
    }
    response.once('finish', release)
    response.once('close', release)
    handler(request, response)
  })
  server.listen(0, address)
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    server.closeAllConnections()
    server.close()
    await once(server, 'close')
  }
  if (options.autoClose !== false) onTestFinished(close)
  return { origin: `http://${address}:${port}`, address, port, stats, close }
}

/** Start the scenario server (see {@link handleScenario}) on `address`. */
export function startScenarioServer(options: ServerOptions = {}): Promise<TestServer> {
  const state = { counters: new Map<string, number>() }
  const stats = options.stats ?? createStats()
  return startServer((request, response) => handleScenario(request, response, state, stats), {
    ...options,
    stats,
  })
}

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><p>${title}</p></body></html>`

/**
 * Scenarios, by path:
 * `/200` (HTML titled "OK page"), `/status/<code>`, `/redirect/<code>/<n>` (n hops of `code`,
 * then `/200`), `/loop/a` ⇄ `/loop/b`, `/to-404`, `/relative/x` (Location `../200`),
 * `/retry-after/<key>` (429 with `Retry-After: 1`, then 200), `/flaky-503/<key>` (503 then 200),
 * `/head-405` (HEAD 405, GET 200), `/hang` (headers never come), `/huge` (hundreds of MB),
 * `/gzip` (gzip-encoded HTML), `/reset` (socket destroyed), `/slow/<ms>` (200 after a delay),
 * `/retry-after-long` (429 with `Retry-After: 3600`), `/trickle` (200, then a byte every 10 ms, forever).
 */
export function handleScenario(
  request: IncomingMessage,
  response: ServerResponse,
  state: { counters: Map<string, number> },
  stats: ServerStats,
): void {
  const path = (request.url ?? '/').split('?')[0] as string
  const seen = (state.counters.get(path) ?? 0) + 1
  state.counters.set(path, seen)
  const context: ScenarioContext = { request, response, seen, stats }
  for (const [pattern, route] of routes) {
    const match = pattern.exec(path)
    if (match) {
      route(match, context)
      return
    }
  }
  sendPage(response, 404, 'Not found')
}

interface ScenarioContext {
  request: IncomingMessage
  response: ServerResponse
  /** How many times this path was requested, this one included. */
  seen: number
  stats: ServerStats
}

type Route = (match: RegExpExecArray, context: ScenarioContext) => void

const routes: Array<[RegExp, Route]> = [
  [/^\/200$/, (_, { response }) => sendPage(response, 200, 'OK page')],
  [
    /^\/status\/(\d{3})$/,
    ([, code], { response }) => sendPage(response, Number(code), `Status ${code}`),
  ],
  [
    /^\/redirect\/(\d{3})\/(\d+)$/,
    ([, code, left], { response }) =>
      sendRedirect(
        response,
        Number(code),
        Number(left) <= 1 ? '/200' : `/redirect/${code}/${Number(left) - 1}`,
      ),
  ],
  [/^\/loop\/a$/, (_, { response }) => sendRedirect(response, 302, '/loop/b')],
  [/^\/loop\/b$/, (_, { response }) => sendRedirect(response, 302, '/loop/a')],
  [/^\/to-404$/, (_, { response }) => sendRedirect(response, 302, '/status/404')],
  [/^\/relative\/x$/, (_, { response }) => sendRedirect(response, 302, '../200')],
  [
    /^\/retry-after\//,
    (_, { response, seen }) => {
      if (seen === 1) sendPage(response, 429, 'Slow down', { 'retry-after': '1' })
      else sendPage(response, 200, 'After wait')
    },
  ],
  [
    /^\/retry-after-long$/,
    (_, { response }) => sendPage(response, 429, 'Slow down', { 'retry-after': '3600' }),
  ],
  [
    /^\/flaky-503\//,
    (_, { response, seen }) => {
      if (seen === 1) sendPage(response, 503, 'Busy')
      else sendPage(response, 200, 'Recovered')
    },
  ],
  [
    /^\/head-405$/,
    (_, { request, response }) => {
      if (request.method === 'HEAD') sendPage(response, 405, 'No HEAD')
      else sendPage(response, 200, 'GET works')
    },
  ],
  [/^\/hang$/, () => {}], // Never answer; the connection is closed with the server.
  [/^\/reset$/, (_, { request }) => request.socket.destroy()],
  [
    /^\/gzip$/,
    (_, { response }) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
      response.end(gzipSync(page('Compressed page')))
    },
  ],
  [
    /^\/slow\/(\d+)$/,
    ([, delay], { response }) => {
      const timer = setTimeout(() => sendPage(response, 200, 'Slow page'), Number(delay))
      response.once('close', () => clearTimeout(timer))
    },
  ],
  [/^\/huge$/, (_, { response, stats }) => writeHuge(response, stats)],
  [
    /^\/trickle$/,
    (_, { response }) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<html><head><title>Trickle')
      const timer = setInterval(() => response.write(' '), 10)
      response.once('close', () => clearInterval(timer))
    },
  ],
]

function sendPage(
  response: ServerResponse,
  status: number,
  title: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers })
  response.end(page(title))
}

function sendRedirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location })
  response.end()
}

/** Stream 512 MiB of HTML, honouring back-pressure, until the client goes away. */
function writeHuge(response: ServerResponse, stats: ServerStats): void {
  const total = 512 * 1024 * 1024
  const chunk = Buffer.alloc(64 * 1024, 'a')
  response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(total) })
  response.write('<html><head><title>Huge</title></head><body>')
  response.once('close', () => {
    if (!response.writableFinished) stats.hugeClosedEarly = true
    stats.onHugeClosed()
  })
  const pump = () => {
    while (!response.destroyed && stats.hugeBytesWritten < total) {
      stats.hugeBytesWritten += chunk.length
      if (!response.write(chunk)) {
        response.once('drain', pump)
        return
      }
    }
    if (!response.destroyed) response.end()
  }
  pump()
}

/** A resolver mapping names to addresses; every other name fails with `ENOTFOUND`. */
export function createLookup(names: Readonly<Record<string, string>>): LookupFunction {
  return (hostname, options, callback) => {
    const address = Object.hasOwn(names, hostname) ? names[hostname] : undefined
    queueMicrotask(() => {
      if (address === undefined) {
        const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
          code: 'ENOTFOUND',
          hostname,
        })
        return callback(error, '', 0)
      }
      const family = address.includes(':') ? 6 : 4
      if (options.all) callback(null, [{ address, family }])
      else callback(null, address, family)
    })
  }
}

/** A resolver that fails every name with `ENOTFOUND` (an offline machine). */
export const offlineLookup: LookupFunction = createLookup({})

/** A sleep that returns at once (retries and back-off without waiting). */
export const instantSleep = (): Promise<void> => Promise.resolve()

/** Checker options for tests on loopback servers: private addresses allowed, no waiting. */
export const fastCheckOptions: Readonly<Partial<CheckOptions>> = {
  allowPrivate: true,
  sleep: instantSleep,
  hostInterval: 0,
  timeout: 2000,
}
