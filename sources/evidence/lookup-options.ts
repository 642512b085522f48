/**
 * Options shared by the DOI and archive lookups, validated and normalised once.
 */
import { Agent, type Dispatcher } from 'undici'

/** Options every lookup accepts. */
export interface LookupOptions {
  /** Dispatcher for the requests (default: a new `Agent`, closed when the lookup ends). */
  dispatcher?: Dispatcher
  /** Most requests in flight at once. */
  concurrency?: number
  /** Milliseconds before one request is given up (default `defaultLookupTimeout`). */
  timeout?: number
}

/** Default timeout of one lookup request, in milliseconds. */
export const defaultLookupTimeout = 15_000

/** Lookup options after validation. */
export interface LookupState {
  /** Dispatcher to use. */
  dispatcher: Dispatcher
  /** Most requests in flight. */
  concurrency: number
  /** Timeout of one request in milliseconds. */
  timeout: number
  /** Release what the lookup created (the default agent); a no-op for an injected dispatcher. */
  release: () => Promise<void>
}

/** Throw a TypeError unless `value` is a positive number (an integer when `integer`). */
function assertPositive(name: string, value: unknown, integer: boolean): void {
  const valid =
    typeof value === 'number' &&
    value > 0 &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value))
  if (!valid) {
    const what = integer ? 'a positive integer' : 'a positive number'
    throw new TypeError(`Expected \`${name}\` to be ${what}, got \`${String(value)}\``)
  }
}

/** Validate lookup options and fill in defaults; throws a TypeError on a bad option. */
export function normalizeLookupOptions(
  options: Readonly<LookupOptions>,
  defaultConcurrency: number,
): LookupState {
  const concurrency = options.concurrency ?? defaultConcurrency
  const timeout = options.timeout ?? defaultLookupTimeout
  assertPositive('concurrency', concurrency, true)
  assertPositive('timeout', timeout, false)
  if (options.dispatcher !== undefined) {
    return { dispatcher: options.dispatcher, concurrency, timeout, release: async () => {} }
  }
  const agent = new Agent()
  return { dispatcher: agent, concurrency, timeout, release: () => agent.close() }
}
