/**
 * Turn errors (undici, Node net/tls/dns, our own aborts) and HTTP statuses into verdicts.
 * Errors are matched on `error.code`, walking `error.cause` (and `AggregateError.errors`),
 * never on messages.
 */
import type { LinkReason, LinkStatus } from './reasons.ts'
import { privateAddressCode } from './safety.ts'

/** Error code of an attempt cut by our own per-attempt deadline. */
export const attemptTimeoutCode = 'CITECHECK_TIMEOUT'

/** Error code of an attempt cut because the run was interrupted. */
export const interruptedCode = 'CITECHECK_INTERRUPTED'

/** Error code of a tunnel the proxy refused (it answered `CONNECT` with 403, 407, 5xx, …). */
export const proxyRefusedCode = 'CITECHECK_PROXY_REFUSED'

/** Which layer failed, for offline detection: a DNS failure, a connect failure, or neither. */
export type FailureLayer = 'dns' | 'connect' | null

/** What an error means for a link. */
export interface ErrorVerdict {
  /** Verdict (a `dead`/`domain-not-found` is provisional: it needs the network to work). */
  status: LinkStatus
  /** Stable reason. */
  reason: LinkReason
  /** Human sentence naming the code. */
  detail: string
  /** `true` when another attempt may heal it (resets, timeouts). */
  retry: boolean
  /** Layer that failed. */
  layer: FailureLayer
}

const dnsUnavailable = new Set([
  'EAI_AGAIN',
  'EAI_FAIL',
  'ESERVFAIL',
  'ECONNREFUSED_DNS',
  'ETIMEOUT',
])
const unreachable = new Set([
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
])
const timeouts = new Set([
  attemptTimeoutCode,
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
])
const resets = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'])

/** Codes found on `error`, its `cause` chain and aggregated errors, outermost first. */
export function collectErrorCodes(error: unknown): Array<string> {
  return collectCodedErrors(error).map((coded) => coded.code)
}

/** Errors with a string `code` in `error`, its `cause` chain and aggregated errors. */
function collectCodedErrors(error: unknown): Array<{ code: string; message: string }> {
  const coded: Array<{ code: string; message: string }> = []
  const seen = new Set<unknown>()
  const queue: Array<unknown> = [error]
  while (queue.length > 0) {
    const current = queue.shift()
    if (typeof current !== 'object' || current === null || seen.has(current)) continue
    seen.add(current)
    const { code, cause, errors, message } = current as {
      code?: unknown
      cause?: unknown
      errors?: unknown
      message?: unknown
    }
    if (typeof code === 'string') coded.push({ code, message: String(message ?? '') })
    queue.push(cause)
    if (Array.isArray(errors)) queue.push(...errors)
  }
  return coded
}

/** Classify one error code; `null` when the code means nothing to us. */
function classifyCode(code: string): Omit<ErrorVerdict, 'detail'> | null {
  if (code === privateAddressCode) {
    return { status: 'excluded', reason: 'private-address', retry: false, layer: null }
  }
  // Only our own abort means the run was interrupted: an attempt aborted by us carries our
  // reason. A bare `UND_ERR_ABORTED` comes from elsewhere (undici's proxy agent aborts a refused
  // tunnel with it) and is left to the fallback.
  if (code === interruptedCode) {
    return { status: 'unverified', reason: 'interrupted', retry: false, layer: null }
  }
  if (code === proxyRefusedCode) {
    return { status: 'unverified', reason: 'proxy', retry: false, layer: null }
  }
  if (code === 'ENOTFOUND' || code === 'ENODATA') {
    return { status: 'dead', reason: 'domain-not-found', retry: false, layer: 'dns' }
  }
  if (dnsUnavailable.has(code)) {
    return { status: 'unverified', reason: 'network', retry: false, layer: 'dns' }
  }
  if (code === 'ECONNREFUSED') {
    return { status: 'unverified', reason: 'connection-refused', retry: false, layer: 'connect' }
  }
  if (unreachable.has(code)) {
    return { status: 'unverified', reason: 'network', retry: false, layer: 'connect' }
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { status: 'unverified', reason: 'timeout', retry: true, layer: 'connect' }
  }
  if (timeouts.has(code))
    return { status: 'unverified', reason: 'timeout', retry: true, layer: null }
  if (resets.has(code)) {
    return { status: 'unverified', reason: 'connection-reset', retry: true, layer: null }
  }
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)|^EPROTO$/.test(code)) {
    return { status: 'unverified', reason: 'tls', retry: false, layer: null }
  }
  return null
}

/** What an error means for a link; unknown errors are `unverified (http-error)`. */
export function classifyError(error: unknown): ErrorVerdict {
  const coded = collectCodedErrors(error)
  for (const { code, message } of coded) {
    const verdict = classifyCode(code)
    if (verdict?.reason === 'proxy') return { ...verdict, detail: message }
    if (verdict) return { ...verdict, detail: `Request failed with \`${code}\`` }
  }
  const codes = coded.map((entry) => entry.code)
  const name = error instanceof Error ? error.name : typeof error
  const label = codes[0] ?? name
  return {
    status: 'unverified',
    reason: 'http-error',
    detail: `Request failed with \`${label}\``,
    retry: false,
    layer: null,
  }
}

/** Verdict for a final (non-redirect) HTTP status. */
export function classifyStatus(status: number): { status: LinkStatus; reason: LinkReason } {
  if (status >= 200 && status < 300) return { status: 'live', reason: 'ok' }
  if (status === 404) return { status: 'dead', reason: 'not-found' }
  if (status === 410) return { status: 'dead', reason: 'gone' }
  if (status === 401 || status === 403 || status === 451) {
    return { status: 'unverified', reason: 'access-restricted' }
  }
  if (status === 408) return { status: 'unverified', reason: 'timeout' }
  if (status === 429) return { status: 'unverified', reason: 'rate-limited' }
  if (status >= 400 && status < 500) return { status: 'dead', reason: 'client-error' }
  if (status >= 500 && status < 600) return { status: 'unverified', reason: 'server-error' }
  return { status: 'unverified', reason: 'http-error' }
}
