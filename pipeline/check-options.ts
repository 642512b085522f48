/** Map CLI/config settings onto the checker's options, validating patterns and headers. */
import type { CheckOptions } from '../sources/index.ts'
import { UsageError } from './errors.ts'
import type { Settings } from './options.ts'

/** The checker options that follow from the settings (everything but cache, hooks and signal). */
export function toCheckOptions(settings: Readonly<Settings>): Partial<CheckOptions> {
  return {
    concurrency: settings.concurrency,
    hostConcurrency: settings.hostConcurrency,
    hostInterval: settings.hostInterval,
    timeout: settings.timeout,
    retries: settings.retries,
    maxRetryWait: settings.maxRetryWait,
    maxRedirects: settings.maxRedirects,
    maxCacheAge: settings.maxCacheAge,
    allowPrivate: settings.allowPrivate,
    headers: parseHeaders(settings.header),
    remap: settings.remap.map(parseRemap),
    exclude: settings.exclude.map((pattern) => compile(pattern, '--exclude')),
    ...(settings.userAgent ? { userAgent: settings.userAgent } : {}),
  }
}

/** The options echoed into the report because they change verdicts. */
export function verdictOptions(settings: Readonly<Settings>): Record<string, unknown> {
  return {
    concurrency: settings.concurrency,
    hostConcurrency: settings.hostConcurrency,
    hostInterval: formatDuration(settings.hostInterval),
    timeout: formatDuration(settings.timeout),
    retries: settings.retries,
    maxRetryWait: formatDuration(settings.maxRetryWait),
    maxRedirects: settings.maxRedirects,
    allowPrivate: settings.allowPrivate,
    remap: settings.remap,
    exclude: settings.exclude,
    cache: settings.noCache ? null : settings.cache,
    maxCacheAge: formatDuration(settings.maxCacheAge),
    evidence: !settings.noEvidence,
    archive: settings.archive,
  }
}

/** Parse `'<regex> <replacement>'`. */
export function parseRemap(text: string): { pattern: RegExp; replacement: string } {
  const match = /^(\S+)\s+(\S.*)$/.exec(text.trim())
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`Unexpected \`--remap ${text}\`, expected \`<regex> <replacement>\``)
  }
  return { pattern: compile(match[1], '--remap'), replacement: match[2].trim() }
}

/** Parse `'Name: value'` headers. */
export function parseHeaders(lines: ReadonlyArray<string>): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const index = line.indexOf(':')
    const name = line.slice(0, index).trim()
    if (index < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new UsageError(`Unexpected \`--header ${line}\`, expected \`Name: value\``)
    }
    headers[name.toLowerCase()] = line.slice(index + 1).trim()
  }
  return headers
}

function compile(pattern: string, flag: string): RegExp {
  try {
    return new RegExp(pattern)
  } catch (error) {
    throw new UsageError(`Unexpected \`${flag} ${pattern}\`: ${(error as Error).message}`)
  }
}

/** Milliseconds in the largest whole unit that `parseDuration` reads back (`20s`, `1d`, `1500ms`). */
export function formatDuration(milliseconds: number): string {
  const units: Array<[string, number]> = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ]
  for (const [unit, size] of units) {
    if (milliseconds >= size && milliseconds % size === 0) return `${milliseconds / size}${unit}`
  }
  return `${milliseconds}ms`
}
