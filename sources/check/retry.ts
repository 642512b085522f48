/** What to retry, how long to wait, and how to read `Retry-After`. */

/** Statuses worth another attempt: they can heal on their own. */
const retryStatuses = new Set([408, 429, 500, 502, 503, 504])

/** Waits `milliseconds`; resolves early (never rejects) when `signal` aborts. */
export type Sleep = (milliseconds: number, signal?: AbortSignal) => Promise<void>

/** Default {@link Sleep}: a real timer, cancelled by the signal. */
export const defaultSleep: Sleep = (milliseconds, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, milliseconds)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })

/** First delay of the exponential backoff, in milliseconds. */
export const baseRetryDelay = 1000

/** `true` when an HTTP status is worth retrying (408, 429, 500, 502, 503, 504). */
export function shouldRetryStatus(status: number): boolean {
  return retryStatuses.has(status)
}

/**
 * Delay before retry number `retry` (1-based): `baseRetryDelay × 2^(retry-1)`, scaled by a jitter
 * factor in [0.5, 1.5) drawn from `random`, and capped at `cap`.
 */
export function computeBackoff(retry: number, random: () => number, cap: number): number {
  const exponential = baseRetryDelay * 2 ** Math.max(0, retry - 1)
  return Math.min(cap, Math.round(exponential * (0.5 + random())))
}

/**
 * Parse a `Retry-After` value (delta seconds or an HTTP date) into milliseconds from `now`.
 * Returns `null` when absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) return null
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return null
  const date = Date.parse(text)
  if (Number.isNaN(date)) return null
  return Math.max(0, date - now)
}

/** Sleep with `sleep`, but return as soon as `signal` aborts (even if `sleep` ignores it). */
export function sleepUnlessAborted(
  sleep: Sleep,
  milliseconds: number,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
    sleep(milliseconds, signal).then(done, done)
  })
}
