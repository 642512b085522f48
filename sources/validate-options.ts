/** Validation of checker options: merge over the defaults once, fail early with a TypeError. */
import { type CheckOptions, defaultCheckOptions } from './options.ts'

/** Longest delay `setTimeout` honours (2³¹ − 1 ms, about 24.8 days). */
export const maxTimerDelay = 2 ** 31 - 1

/** Merge `options` over the defaults and validate them. @throws {TypeError} on a bad option. */
export function normalizeCheckOptions(options: Readonly<Partial<CheckOptions>> = {}): CheckOptions {
  const settings: CheckOptions = { ...defaultCheckOptions, ...definedOnly(options) }
  for (const key of ['concurrency', 'hostConcurrency'] as const) {
    expect(
      Number.isInteger(settings[key]) && settings[key] > 0,
      key,
      'a positive integer',
      settings[key],
    )
  }
  for (const key of ['retries', 'maxRedirects', 'maxBodyBytes'] as const) {
    expect(
      Number.isInteger(settings[key]) && settings[key] >= 0,
      key,
      'a non-negative integer',
      settings[key],
    )
  }
  expect(
    isDuration(settings.maxCacheAge) && settings.maxCacheAge >= 0,
    'maxCacheAge',
    'a non-negative duration in ms',
    settings.maxCacheAge,
  )
  // Timer durations: beyond `maxTimerDelay` Node fires a timer at once, so a huge `timeout`
  // would time every request out immediately.
  for (const key of ['hostInterval', 'maxRetryWait', 'abortGrace'] as const) {
    expect(
      isDuration(settings[key]) && settings[key] >= 0 && settings[key] <= maxTimerDelay,
      key,
      'a non-negative duration in ms of at most 24 days',
      settings[key],
    )
  }
  expect(
    isDuration(settings.timeout) && settings.timeout > 0 && settings.timeout <= maxTimerDelay,
    'timeout',
    'a positive duration in ms of at most 24 days',
    settings.timeout,
  )
  expect(typeof settings.userAgent === 'string', 'userAgent', 'a string', settings.userAgent)
  expect(
    typeof settings.headers === 'object' &&
      settings.headers !== null &&
      Object.values(settings.headers).every((value) => typeof value === 'string'),
    'headers',
    'an object of strings',
    settings.headers,
  )
  expect(
    Array.isArray(settings.remap) &&
      settings.remap.every(
        (rule) => rule?.pattern instanceof RegExp && typeof rule.replacement === 'string',
      ),
    'remap',
    'an array of `{pattern: RegExp, replacement: string}`',
    settings.remap,
  )
  expect(
    Array.isArray(settings.exclude) &&
      settings.exclude.every((pattern) => pattern instanceof RegExp),
    'exclude',
    'an array of regular expressions',
    settings.exclude,
  )
  for (const key of ['lookup', 'sleep', 'random'] as const) {
    expect(typeof settings[key] === 'function', key, 'a function', settings[key])
  }
  return settings
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<T>
}

function expect(
  condition: boolean,
  key: string,
  expected: string,
  value: unknown,
): asserts condition {
  if (!condition)
    throw new TypeError(`Expected \`${key}\` to be ${expected}, got ${describe(value)}`)
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``
  if (typeof value === 'function') return 'a function'
  try {
    return `\`${JSON.stringify(value) ?? String(value)}\``
  } catch {
    return `\`${String(value)}\``
  }
}
