/**
 * A real HTTP proxy on loopback for tests: `CONNECT` tunnels (what undici uses for every proxied
 * URL) and plain forward requests (absolute URIs). It records every target it was asked for and
 * can be told to refuse tunnels with a status (403, 407, 502…). Closed when the test finishes.
 */
import { once } from 'node:events'
import { createServer, request as forward } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { onTestFinished } from 'vitest'

/** A running proxy. */
export interface TestProxy {
  /** `http://127.0.0.1:port`, for `HTTP_PROXY`. */
  origin: string
  /** Targets asked for, in order: `host:port` for `CONNECT`, the absolute URI when forwarding. */
  targets: Array<string>
}

/** How the proxy behaves. */
export interface ProxyOptions {
  /** Answer every `CONNECT` with this status instead of opening the tunnel. */
  refuseConnect?: number
}

/** Start a proxy on 127.0.0.1, port 0. */
export async function startProxy(options: ProxyOptions = {}): Promise<TestProxy> {
  const targets: Array<string> = []
  const proxy = createServer((incoming, outgoing) => {
    // A forward request: the request line holds the absolute URI.
    targets.push(incoming.url ?? '')
    const upstream = forward(incoming.url ?? '', {
      method: incoming.method,
      headers: incoming.headers,
    })
    upstream.on('response', (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers)
      response.pipe(outgoing)
    })
    upstream.on('error', () => {
      outgoing.writeHead(502)
      outgoing.end()
    })
    incoming.pipe(upstream)
  })
  proxy.on('connect', (message, client) => {
    targets.push(message.url ?? '')
    client.on('error', () => {})
    if (options.refuseConnect !== undefined) {
      client.end(
        `HTTP/1.1 ${options.refuseConnect} Refused by test proxy\r\nContent-Length: 0\r\n\r\n`,
      )
      return
    }
    const [host, port] = (message.url ?? '').split(':')
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => {
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
    })
    client.on('close', () => upstream.destroy())
  })
  proxy.listen(0, '127.0.0.1')
  await once(proxy, 'listening')
  onTestFinished(async () => {
    proxy.closeAllConnections()
    proxy.close()
    await once(proxy, 'close')
  })
  return { origin: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, targets }
}
