/**
 * The one HTTP policy of a run, in one undici dispatcher: connect timeout, keep-alive, the
 * injected resolver guarded against private addresses, and proxies from the environment.
 * Never installed as the global dispatcher.
 */
import { Agent, type Dispatcher, EnvHttpProxyAgent, Pool } from 'undici'
import { createCodedError } from './attempt.ts'
import { proxyRefusedCode } from './classify.ts'
import { guardLookup, type LookupFunction } from './safety.ts'

/** What {@link createDispatcher} needs. */
export interface DispatcherOptions {
  /** Connect timeout in milliseconds. */
  timeout: number
  /** Resolver for every connection. */
  lookup: LookupFunction
  /** Allow connections to private addresses. */
  allowPrivate: boolean
  /** Environment to read `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` from (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>
}

/** `true` when the environment names an HTTP(S) proxy. */
export function usesProxy(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return Boolean(env.HTTP_PROXY || env.http_proxy || env.HTTPS_PROXY || env.https_proxy)
}

/**
 * Build the run's dispatcher: an `Agent` whose connections resolve through the guarded `lookup`
 * (private addresses refused at connect time unless allowed), or, when a proxy is configured,
 * an `EnvHttpProxyAgent` (targets are then checked by the caller before each hop, since the
 * proxy resolves them).
 */
export function createDispatcher(options: Readonly<DispatcherOptions>): Dispatcher {
  const env = options.env ?? process.env
  const proxied = usesProxy(env)
  const lookup = options.allowPrivate || proxied ? options.lookup : guardLookup(options.lookup)
  const agentOptions = {
    connect: { timeout: options.timeout, lookup },
    keepAliveTimeout: 4000,
    keepAliveMaxTimeout: 10_000,
    headersTimeout: options.timeout,
    bodyTimeout: options.timeout,
  }
  if (!proxied) return new Agent(agentOptions)
  const httpProxy = env.HTTP_PROXY ?? env.http_proxy
  const httpsProxy = env.HTTPS_PROXY ?? env.https_proxy
  const noProxy = env.NO_PROXY ?? env.no_proxy
  return new EnvHttpProxyAgent({
    ...agentOptions,
    clientFactory: createProxyClient,
    ...(httpProxy ? { httpProxy } : {}),
    ...(httpsProxy ? { httpsProxy } : {}),
    ...(noProxy !== undefined ? { noProxy } : {}),
  })
}

/**
 * The connection pool to the proxy, whose `CONNECT` fails with {@link proxyRefusedCode} when the
 * proxy refuses the tunnel (403, 407, 502, …). undici itself reports a refusal as an abort
 * (`UND_ERR_ABORTED`), which reads like an interrupted run.
 */
export function createProxyClient(origin: URL | string, options: Pool.Options): Pool {
  const pool = new Pool(origin, options)
  const connect = pool.connect.bind(pool) as (
    options: Dispatcher.ConnectOptions,
  ) => Promise<Dispatcher.ConnectData>
  const refusing = async (params: Dispatcher.ConnectOptions): Promise<Dispatcher.ConnectData> => {
    const data = await connect(params)
    if (data.statusCode === 200) return data
    data.socket.destroy()
    throw createCodedError(
      proxyRefusedCode,
      `The proxy refused the tunnel to \`${params.path}\` with HTTP ${data.statusCode}${
        data.statusCode === 407 ? ' (proxy authentication required)' : ''
      }`,
    )
  }
  pool.connect = refusing as Pool['connect']
  return pool
}

/** Request headers of every attempt: accept HTML and compression, name the tool; `extra` wins. */
export function createRequestHeaders(
  userAgent: string,
  extra: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
  }
  for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value
  return headers
}
