/**
 * The checker's options, once: kind, default, validation and help text of each. `CheckOptions`,
 * `defaultCheckOptions`, validation and the CLI's flags and `--help` all derive from this table.
 */
import { lookup as dnsLookup } from 'node:dns'
import type { Dispatcher } from 'undici'
import type { LinkCache } from './cache.ts'
import {
  booleanOption,
  defaultsOf,
  durationOption,
  functionOption,
  headersOption,
  integerOption,
  integersOption,
  normalizeOptions,
  type OptionValues,
  optionalOption,
  patternsOption,
  row,
  stringOption,
} from './option-table.ts'
import { defaultSleep, type Sleep } from './retry.ts'
import type { RemapRule } from './rewrite.ts'
import type { LookupFunction } from './safety.ts'
import type { CheckProgress, PageInspector } from './types.ts'
import { defaultUserAgent } from './user-agent.ts'

/** Every option of a check run. Durations are in milliseconds. */
export const checkOptionTable = {
  /** Requests in flight at once over all hosts. */
  concurrency: integerOption(32, 1, {
    description: 'requests in flight at once, over all hosts',
    reported: true,
  }),
  /** Requests in flight at once to one host (host name, any port). */
  hostConcurrency: integerOption(2, 1, {
    description: 'requests in flight at once to one host',
    reported: true,
  }),
  /** Minimum gap between the starts of two requests to one host. */
  hostInterval: durationOption(50, 0, {
    description: 'minimum gap between two requests to one host',
    reported: true,
  }),
  /** Deadline of one attempt: connect, headers and capped body together. */
  timeout: durationOption(20_000, 1, {
    description: 'timeout of one attempt (connect, headers and body)',
    reported: true,
  }),
  /**
   * Deadline of one link over all its redirect hops and retries: the time of its own requests
   * plus the waits between its retries (not the time it waits for a free slot). Past it the
   * link is `unverified (timeout)`.
   */
  linkTimeout: durationOption(60_000, 1, {
    description: 'deadline of one link over all its redirects and retries',
    reported: true,
  }),
  /** Further attempts after a failure that can heal (resets, timeouts, 408, 429, 5xx), per link. */
  retries: integerOption(2, 0, {
    description: 'retries for resets, timeouts, 408, 429, 500, 502, 503, 504 (per link)',
    reported: true,
  }),
  /** Longest `Retry-After` (or backoff) obeyed; beyond it the link is `unverified (rate-limited)`. */
  maxRetryWait: durationOption(60_000, 0, {
    description: 'longest Retry-After obeyed; beyond it the link is unverified (rate-limited)',
    reported: true,
  }),
  /** HTTP statuses that count as `live (accepted)` (a bot wall's 403 you trust, say), as lychee's `--accept`. */
  accept: integersOption(100, 599, {
    description: 'HTTP status codes that count as live (repeatable or comma-separated)',
    reported: true,
  }),
  /** Redirect hops followed before a link is `dead (redirect-loop)`. */
  maxRedirects: integerOption(10, 0, {
    description: 'redirect hops followed before a link is dead (redirect-loop)',
    reported: true,
  }),
  /** Bytes of (decoded) body read at most; the rest is never downloaded. */
  maxBodyBytes: integerOption(1024 * 1024, 0),
  /**
   * Bytes of a 2xx PDF body kept raw for the inspector (`Page.bytes`); 0 (the default): PDF
   * bodies are not read. The support check sets it (5 MiB); it never changes a verdict.
   */
  maxPdfBytes: integerOption(0, 0),
  /** `User-Agent` header sent with every request. */
  userAgent: stringOption(defaultUserAgent, { description: 'User-Agent header' }),
  /** Extra request headers (names lower-cased win over the defaults). */
  headers: headersOption({ description: "extra request header, 'Name: value' (repeatable)" }),
  /** Allow loopback, private, link-local and metadata addresses (refused by default). */
  allowPrivate: booleanOption(false, {
    description: 'allow loopback, private and link-local addresses',
    reported: true,
  }),
  /** Rewrites applied before checking; the first matching rule wins. */
  remap: row<Array<RemapRule>>(
    'remaps',
    [],
    (value) =>
      Array.isArray(value) &&
      value.every((rule) => rule?.pattern instanceof RegExp && typeof rule.replacement === 'string')
        ? null
        : 'an array of `{pattern: RegExp, replacement: string}`',
    {
      description: "rewrite URLs before checking, '<regex> <replacement>' (repeatable)",
      reported: true,
    },
  ),
  /** URLs matching any of these (before or after remapping) are `excluded (excluded-pattern)`. */
  exclude: patternsOption({
    description: 'do not check URLs matching this pattern (repeatable)',
    reported: true,
  }),
  /** Verdict cache, read for fresh live/dead verdicts and updated in place; `null` for none. */
  cache: row<LinkCache | null>(
    'object',
    null,
    (value) =>
      value === null || (typeof value === 'object' && 'entries' in value)
        ? null
        : 'a cache from `parseCache` or `null`',
    {},
  ),
  /** Age up to which a cached live/dead verdict is reused. */
  maxCacheAge: durationOption(
    86_400_000,
    0,
    { description: 'reuse cached verdicts younger than this', reported: true },
    Number.MAX_SAFE_INTEGER,
  ),
  /** Wait given to in-flight requests after `signal` aborts, before they are cut. */
  abortGrace: durationOption(2000, 0),
  /** Stop the run: no new requests; in-flight ones get `abortGrace`; the rest is `interrupted`. */
  signal: optionalOption<AbortSignal>(
    'object',
    (value) => value instanceof AbortSignal,
    'an AbortSignal',
  ),
  /** Called after every verdict. Must not throw. */
  onProgress: optionalOption<(progress: CheckProgress) => void>(
    'function',
    (value) => typeof value === 'function',
    'a function',
  ),
  /** Looks at every 2xx page (evidence room); may override the verdict. */
  inspect: optionalOption<PageInspector>(
    'function',
    (value) => typeof value === 'function',
    'a function',
  ),
  /**
   * Dispatcher for every request; default: one built by `createDispatcher` for this run.
   * With an injected dispatcher, host names are resolved with `lookup` and checked before
   * each hop (the dispatcher's own connections are not guarded).
   */
  dispatcher: optionalOption<Dispatcher>(
    'object',
    (value) => typeof value === 'object' && value !== null && 'dispatch' in value,
    'an undici Dispatcher',
  ),
  /** `dns.lookup`-compatible resolver used for every connection. */
  lookup: functionOption<LookupFunction>(dnsLookup as unknown as LookupFunction),
  /** Sleep used for retry backoff, host back-off and host intervals. */
  sleep: functionOption<Sleep>(defaultSleep),
  /** Random numbers in [0, 1) for backoff jitter. */
  random: functionOption<() => number>(Math.random),
}

/** Everything that shapes a check run (see {@link checkOptionTable}). Durations are in milliseconds. */
export type CheckOptions = OptionValues<typeof checkOptionTable>

/** Defaults of every option. */
export const defaultCheckOptions: Readonly<CheckOptions> = defaultsOf(checkOptionTable)

/** Merge `options` over the defaults and validate them. @throws {TypeError} on a bad option. */
export function normalizeCheckOptions(options: Readonly<Partial<CheckOptions>> = {}): CheckOptions {
  return normalizeOptions(checkOptionTable, options)
}
