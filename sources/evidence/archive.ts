/**
 * Archived copies: the Wayback Machine snapshot (a 200) closest to the paper's date, found
 * through the CDX server API, which is more reliable than the rate-limited availability API.
 */
import pLimit from 'p-limit'
import { createLookupClient } from './lookup.ts'
import { type EvidenceOptions, normalizeEvidenceOptions } from './options.ts'

/** Snapshots asked for per URL; the closest of them is chosen. */
export const cdxLimit = 25

/** Most bytes of a CDX answer read. */
const maxCdxBytes = 256 * 1024

/** An archived copy of a URL. */
export interface ArchivedCopy {
  /** Wayback URL of the snapshot, ready to cite. */
  url: string
  /** 14-digit Wayback timestamp (`YYYYMMDDhhmmss`). */
  timestamp: string
}

/** Turn a date into a 14-digit Wayback timestamp, or `null` when it is not a date we read. */
export function toWaybackTimestamp(date: string): string | null {
  const match = /^(\d{4})-?(\d{2})?-?(\d{2})?(?:[T ](\d{2}):?(\d{2}):?(\d{2})?)?/.exec(date.trim())
  if (match === null) return null
  const [, year = '', month = '01', day = '01', hour = '00', minute = '00', second = '00'] = match
  const timestamp = `${year}${month}${day}${hour}${minute}${second}`
  return Number.isNaN(timestampToMs(timestamp)) ? null : timestamp
}

/** Milliseconds since the epoch of a Wayback timestamp (short ones are padded), or NaN. */
function timestampToMs(timestamp: string): number {
  const full = timestamp.padEnd(14, '0')
  const [year, month, day, hour, minute, second] = [0, 4, 6, 8, 10, 12].map((start, index) =>
    Number(full.slice(start, index === 0 ? 4 : start + 2)),
  )
  if (month === undefined || month < 1 || month > 12 || day === undefined || day < 1 || day > 31) {
    return Number.NaN
  }
  return Date.UTC(year ?? 0, month - 1, day, hour, minute, second)
}

/** Build the CDX query URL for one URL. */
export function buildCdxUrl(endpoint: string, url: string, timestamp: string | null): string {
  const query = new URLSearchParams({
    url,
    output: 'json',
    filter: 'statuscode:200',
    fl: 'timestamp,original',
  })
  if (timestamp === null) {
    query.set('limit', String(-cdxLimit))
  } else {
    query.set('closest', timestamp)
    query.set('sort', 'closest')
    query.set('limit', String(cdxLimit))
  }
  // The endpoint may carry a query of its own (a proxy's key, say): add ours to it.
  const target = new URL(endpoint)
  for (const [name, value] of query) target.searchParams.append(name, value)
  return target.href
}

/** Read `[timestamp, original]` rows from a CDX JSON answer (header row skipped). */
export function readCdxRows(text: string): Array<[string, string]> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  return data.filter(
    (row): row is [string, string] =>
      Array.isArray(row) &&
      typeof row[0] === 'string' &&
      /^\d{4,14}$/.test(row[0]) &&
      typeof row[1] === 'string',
  )
}

/** The archived copy of one CDX row. */
function toCopy([timestamp, original]: [string, string]): ArchivedCopy {
  return { url: `https://web.archive.org/web/${timestamp}/${original}`, timestamp }
}

/** Choose the snapshot closest to `timestamp` (the latest when `null`); ties go to the earlier. */
export function chooseSnapshot(
  rows: ReadonlyArray<[string, string]>,
  timestamp: string | null,
): ArchivedCopy | null {
  if (timestamp === null) {
    const latest = [...rows].sort((left, right) =>
      right[0].padEnd(14, '0').localeCompare(left[0].padEnd(14, '0')),
    )[0]
    return latest === undefined ? null : toCopy(latest)
  }
  const target = timestampToMs(timestamp)
  let best: [string, string] | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const row of rows) {
    const distance = Math.abs(timestampToMs(row[0]) - target)
    const closer =
      distance < bestDistance || (distance === bestDistance && best !== null && row[0] < best[0])
    if (best === null || closer) {
      best = row
      bestDistance = distance
    }
  }
  return best === null ? null : toCopy(best)
}

/**
 * Find, for each URL, the archived 200 snapshot closest to `date` (ISO `2024-05-29` or
 * `2024-05`, `YYYYMM`, `YYYYMMDD` or `YYYY`; the latest without one), asking the CDX server
 * (`archiveApi`) `archiveConcurrency` at a time. `null` when there is none or the server could
 * not be asked. Never rejects for a URL; throws a TypeError only for bad options.
 */
export async function findArchivedCopies(
  urls: ReadonlyArray<string>,
  options: Readonly<Partial<EvidenceOptions>> = {},
  date?: string,
): Promise<Map<string, ArchivedCopy | null>> {
  const settings = normalizeEvidenceOptions(options)
  const timestamp = date === undefined ? null : toWaybackTimestamp(date)
  if (date !== undefined && timestamp === null) {
    throw new TypeError(`Expected \`date\` to be an ISO date or YYYYMM, got \`${date}\``)
  }
  const client = createLookupClient(settings)
  const limit = pLimit(settings.archiveConcurrency)
  const results = new Map<string, ArchivedCopy | null>()
  try {
    await Promise.all(
      [...new Set(urls)].map((url) =>
        limit(async () => {
          const query = buildCdxUrl(settings.archiveApi, url, timestamp)
          const response = await client.get(query, maxCdxBytes)
          const rows = response.ok && response.status === 200 ? readCdxRows(response.text) : []
          results.set(url, chooseSnapshot(rows, timestamp))
        }),
      ),
    )
  } finally {
    await client.close()
  }
  return new Map(urls.map((url) => [url, results.get(url) ?? null]))
}
