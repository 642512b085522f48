/**
 * The verdict cache: definitive verdicts (live, dead) keyed by the URL requested, with a short
 * history of past checks. Pure: parsed leniently (a corrupt file is a warning and a fresh
 * start) and serialised here; the pipeline reads and writes the file.
 */
import type { LinkReason, LinkStatus } from './reasons.ts'
import type { CheckProblem, LinkCheck, Redirect } from './types.ts'

/** Checks kept in an entry's history. */
export const maxHistory = 20

/** One past check of a URL. */
export interface CacheHistoryItem {
  /** When it was checked (ms since the epoch). */
  at: number
  /** Verdict then. */
  status: LinkStatus
  /** Reason then. */
  reason: LinkReason
}

/** Last verdict on a URL and its history. */
export interface CacheEntry {
  /** Last verdict. */
  status: LinkStatus
  /** Last reason. */
  reason: LinkReason
  /** Last detail sentence. */
  detail: string
  /** Last HTTP status, or `null`. */
  httpStatus: number | null
  /** Last final URL, or `null`. */
  finalUrl: string | null
  /** Last page title, or `null`. */
  title: string | null
  /** Last redirect chain. */
  redirects: Array<Redirect>
  /** When it was last checked (ms since the epoch). */
  checkedAt: number
  /** The last {@link maxHistory} checks, oldest first. */
  history: Array<CacheHistoryItem>
  /**
   * `true` when a run with `allowPrivate` recorded it: the host may be private, so only a run
   * that allows private addresses may reuse it.
   */
  allowPrivate?: true
}

/** The cache as stored: entries keyed by the URL requested (`LinkCheck.checkedUrl`). */
export interface LinkCache {
  /** Version of the file shape. */
  version: 1
  /** Entries by URL. */
  entries: Record<string, CacheEntry>
}

/** An empty cache. */
export function createCache(): LinkCache {
  return { version: 1, entries: {} }
}

/**
 * Parse the text of a cache file read from `path` (named in warnings). Malformed text → an empty
 * cache plus a `cache-corrupt` warning; malformed entries are dropped with a warning.
 */
export function parseCache(
  text: string,
  path: string,
): { cache: LinkCache; problem?: CheckProblem } {
  // An empty file (`touch`ed, or a character device such as /dev/null) is an empty cache.
  if (text.trim() === '') return { cache: createCache() }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return corruptCache(path, 'it is not JSON')
  }
  const record = data as { version?: unknown; entries?: unknown } | null
  if (typeof record !== 'object' || record === null || record.version !== 1) {
    return corruptCache(path, 'it has no `"version": 1`')
  }
  if (
    typeof record.entries !== 'object' ||
    record.entries === null ||
    Array.isArray(record.entries)
  ) {
    return corruptCache(path, 'it has no `entries` object')
  }
  const cache = createCache()
  let dropped = 0
  for (const [url, entry] of Object.entries(record.entries)) {
    if (isEntry(entry)) cache.entries[url] = { ...entry, history: entry.history.slice(-maxHistory) }
    else dropped++
  }
  if (dropped > 0)
    return { cache, problem: corruptProblem(path, `${dropped} entries are malformed`) }
  return { cache }
}

/** A cached live or dead verdict for `url` no older than `maxAge`, else `null`. */
export function readCachedVerdict(
  cache: LinkCache,
  url: string,
  now: number,
  maxAge: number,
): CacheEntry | null {
  const entry = Object.hasOwn(cache.entries, url) ? cache.entries[url] : undefined
  if (!entry || (entry.status !== 'live' && entry.status !== 'dead')) return null
  const age = now - entry.checkedAt
  return age >= 0 && age <= maxAge ? entry : null
}

/**
 * Record a fresh check of `check.checkedUrl` (appends to its history). Interrupted or offline
 * checks are skipped. `allowPrivate`: the run allowed private addresses (the entry says so).
 */
export function recordCheck(
  cache: LinkCache,
  check: LinkCheck,
  now: number,
  allowPrivate = false,
): void {
  if (check.cached || check.status === 'excluded') return
  if (check.reason === 'interrupted' || check.reason === 'network') return
  const previous = Object.hasOwn(cache.entries, check.checkedUrl)
    ? cache.entries[check.checkedUrl]
    : undefined
  const history = [
    ...(previous?.history ?? []),
    { at: now, status: check.status, reason: check.reason },
  ]
  cache.entries[check.checkedUrl] = {
    status: check.status,
    reason: check.reason,
    detail: check.detail,
    httpStatus: check.httpStatus,
    finalUrl: check.finalUrl,
    title: check.title,
    redirects: check.redirects,
    checkedAt: now,
    history: history.slice(-maxHistory),
    ...(allowPrivate ? { allowPrivate: true as const } : {}),
  }
}

/**
 * Merge `other` into `cache` (a cache written meanwhile by another run): per URL the entry
 * checked last wins, and the two histories are united by time (capped at {@link maxHistory}).
 * Returns `cache`, updated in place.
 */
export function mergeCaches(cache: LinkCache, other: Readonly<LinkCache>): LinkCache {
  for (const [url, theirs] of Object.entries(other.entries)) {
    const ours = Object.hasOwn(cache.entries, url) ? cache.entries[url] : undefined
    if (ours === undefined) {
      cache.entries[url] = theirs
      continue
    }
    const newest = theirs.checkedAt > ours.checkedAt ? theirs : ours
    cache.entries[url] = { ...newest, history: uniteHistories(ours.history, theirs.history) }
  }
  return cache
}

/** Both histories, each check once, oldest first, the last {@link maxHistory}. */
function uniteHistories(
  a: ReadonlyArray<CacheHistoryItem>,
  b: ReadonlyArray<CacheHistoryItem>,
): Array<CacheHistoryItem> {
  const byKey = new Map<string, CacheHistoryItem>()
  for (const item of [...a, ...b]) byKey.set(`${item.at} ${item.status} ${item.reason}`, item)
  return [...byKey.values()].sort((x, y) => x.at - y.at).slice(-maxHistory)
}

const statuses: ReadonlySet<unknown> = new Set(['live', 'dead', 'unverified', 'excluded'])

function isNullable(value: unknown, type: 'string' | 'number'): boolean {
  return value === null || typeof value === type
}

function isRedirect(value: unknown): value is Redirect {
  const redirect = value as Partial<Redirect> | null
  return (
    typeof redirect === 'object' &&
    redirect !== null &&
    typeof redirect.from === 'string' &&
    typeof redirect.to === 'string' &&
    typeof redirect.status === 'number' &&
    typeof redirect.permanent === 'boolean'
  )
}

function isHistoryItem(value: unknown): value is CacheHistoryItem {
  const item = value as Partial<CacheHistoryItem> | null
  return (
    typeof item === 'object' &&
    item !== null &&
    Number.isFinite(item.at) &&
    statuses.has(item.status) &&
    typeof item.reason === 'string'
  )
}

/** Every field a cached check is rebuilt from has the type `LinkCheck` promises. */
function isEntry(value: unknown): value is CacheEntry {
  const entry = value as Partial<CacheEntry> | null
  return (
    typeof entry === 'object' &&
    entry !== null &&
    statuses.has(entry.status) &&
    typeof entry.reason === 'string' &&
    typeof entry.detail === 'string' &&
    isNullable(entry.httpStatus, 'number') &&
    isNullable(entry.finalUrl, 'string') &&
    isNullable(entry.title, 'string') &&
    Number.isFinite(entry.checkedAt) &&
    Array.isArray(entry.history) &&
    entry.history.every(isHistoryItem) &&
    Array.isArray(entry.redirects) &&
    entry.redirects.every(isRedirect) &&
    (entry.allowPrivate === undefined || entry.allowPrivate === true)
  )
}

/** The text of a cache file. */
export function serializeCache(cache: LinkCache): string {
  return `${JSON.stringify(cache)}\n`
}

/** A fresh cache plus the `cache-corrupt` warning saying why the file at `path` was not used. */
export function corruptCache(
  path: string,
  why: string,
): { cache: LinkCache; problem: CheckProblem } {
  return { cache: createCache(), problem: corruptProblem(path, why) }
}

/**
 * The `cache-unusable` warning: the file at `path` cannot be used, for `why` (`it is a
 * directory`). `stage` says what is lost: reading (the run goes on without the cache) or saving
 * (this run's verdicts are not saved).
 */
export function unusableCache(path: string, why: string, stage: 'read' | 'save'): CheckProblem {
  const lost =
    stage === 'read' ? 'running without the cache' : 'the verdicts of this run are not saved'
  return {
    kind: 'cache-unusable',
    severity: 'warning',
    message: `Unexpected cache file \`${path}\`: ${why}, expected a readable and writable cache file; ${lost}`,
  }
}

/** The `cache-corrupt` warning for the file at `path`. */
function corruptProblem(path: string, why: string): CheckProblem {
  return {
    kind: 'cache-corrupt',
    severity: 'warning',
    message: `Unexpected cache file \`${path}\`: ${why}, expected a citecheck cache; starting fresh`,
  }
}
