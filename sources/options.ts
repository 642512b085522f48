/** Options of the HTTP checker, their defaults and their validation. */
import { lookup as dnsLookup } from 'node:dns'
import type { Dispatcher } from 'undici'
import packageJson from '../package.json' with { type: 'json' }
import type { LinkCache } from './cache.ts'
import type { PageInspector } from './page.ts'
import { defaultSleep, type Sleep } from './retry.ts'
import type { RemapRule } from './rewrite.ts'
import type { LookupFunction } from './safety.ts'

/** Counts reported while a run progresses. */
export interface CheckProgress {
  /** Links with a verdict so far (excluded and cached ones included). */
  done: number
  /** Distinct links in the run. */
  total: number
  /** Links found live so far. */
  live: number
  /** Links found dead so far. */
  dead: number
  /** Links left unverified so far. */
  unverified: number
  /** Links excluded by policy so far. */
  excluded: number
}

/** Everything that shapes a check run. Durations are in milliseconds. */
export interface CheckOptions {
  /** Requests in flight at once over all hosts. */
  concurrency: number
  /** Requests in flight at once to one host (host name, any port). */
  hostConcurrency: number
  /** Minimum gap between the starts of two requests to one host. */
  hostInterval: number
  /** Deadline of one attempt: connect, headers and capped body together. */
  timeout: number
  /** Further attempts after a failure that can heal (resets, timeouts, 408, 429, 5xx). */
  retries: number
  /** Longest `Retry-After` (or backoff) obeyed; beyond it the link is `unverified (rate-limited)`. */
  maxRetryWait: number
  /** Redirect hops followed before a link is `dead (redirect-loop)`. */
  maxRedirects: number
  /** Bytes of (decoded) body read at most; the rest is never downloaded. */
  maxBodyBytes: number
  /** `User-Agent` header sent with every request. */
  userAgent: string
  /** Extra request headers (names lower-cased win over the defaults). */
  headers: Record<string, string>
  /** Allow loopback, private, link-local and metadata addresses (refused by default). */
  allowPrivate: boolean
  /** Rewrites applied before checking; the first matching rule wins. */
  remap: Array<RemapRule>
  /** URLs matching any of these (before or after remapping) are `excluded (excluded-pattern)`. */
  exclude: Array<RegExp>
  /** Verdict cache, read for fresh live/dead verdicts and updated in place; `null` for none. */
  cache: LinkCache | null
  /** Age up to which a cached live/dead verdict is reused. */
  maxCacheAge: number
  /** Wait given to in-flight requests after `signal` aborts, before they are cut. */
  abortGrace: number
  /** Stop the run: no new requests; in-flight ones get `abortGrace`; the rest is `interrupted`. */
  signal?: AbortSignal
  /** Called after every verdict. Must not throw. */
  onProgress?: (progress: CheckProgress) => void
  /** Looks at every 2xx page (evidence stage); may override the verdict. */
  inspect?: PageInspector
  /**
   * Dispatcher for every request; default: one built by `createDispatcher` for this run.
   * With an injected dispatcher, host names are resolved with `lookup` and checked before
   * each hop (the dispatcher's own connections are not guarded).
   */
  dispatcher?: Dispatcher
  /** `dns.lookup`-compatible resolver used for every connection. */
  lookup: LookupFunction
  /** Sleep used for retry backoff, host back-off and host intervals. */
  sleep: Sleep
  /** Random numbers in [0, 1) for backoff jitter. */
  random: () => number
}

/** Version of citecheck, from package.json. */
export const checkerVersion: string = packageJson.version

/** Default `User-Agent`: the tool, its version and where to read about it. */
export const defaultUserAgent = `citecheck/${checkerVersion} (+https://github.com/citecheck/citecheck)`

/** Defaults of every option with one. */
export const defaultCheckOptions: Readonly<CheckOptions> = Object.freeze({
  concurrency: 32,
  hostConcurrency: 2,
  hostInterval: 50,
  timeout: 20_000,
  retries: 2,
  maxRetryWait: 60_000,
  maxRedirects: 10,
  maxBodyBytes: 1024 * 1024,
  userAgent: defaultUserAgent,
  headers: {},
  allowPrivate: false,
  remap: [],
  exclude: [],
  cache: null,
  maxCacheAge: 86_400_000,
  abortGrace: 2000,
  lookup: dnsLookup as unknown as LookupFunction,
  sleep: defaultSleep,
  random: Math.random,
})
