/**
 * The JSON result: a versioned, documented projection of the audit (see `SCHEMA.md`),
 * byte-identical for identical input.
 */

import type { AuditResult, AuditRun } from '../pipeline/types.ts'
import { version } from '../sources/check/user-agent.ts'

/** Options of `renderJson`. */
export interface JsonOptions {
  /**
   * Keep what differs from run to run over the same state: `timestamps` and each link's
   * `durationMs`, `attempts` and `cached` (default `false`).
   */
  timestamps?: boolean
}

/** Order of the top-level keys. */
const topLevelOrder = [
  'schemaVersion tool document options network incomplete timestamps summary',
  'sections claims footnotes links problems',
]
  .join(' ')
  .split(' ')

/**
 * Preferred order of keys in nested records, whatever record they are in (keys within one
 * record are unique, so one ranking orders every kind). Keys not listed come after,
 * alphabetically.
 */
const nestedOrder = [
  'id label kind severity level url status reason score passage highlights footnotes section',
  'title text message footnote',
  'claim paragraph offset place line column page refersTo citation authors outlet date locator',
  'sources doi raw repairedFrom supported from claims checkedUrl detail httpStatus finalUrl',
  'redirects to permanent attempts durationMs cached evidence soft404Rule titleMatch',
  'fragmentFound exists archive timestamp confirmedDead name version path format convention',
  'available started finished live dead missing unverified excluded total claimsAllLive',
  'support supported partial notFound notChecked numbersFound numbersMissing truncated',
  'links',
]
  .join(' ')
  .split(' ')

/** Comparator of keys by their rank in `order`, then alphabetically. */
function byRank(order: Array<string>): (a: string, b: string) => number {
  const rank = new Map(order.map((key, index) => [key, index]))
  return (a, b) =>
    (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length) || (a < b ? -1 : a > b ? 1 : 0)
}

const compareTopLevel = byRank(topLevelOrder)
const compareNested = byRank(nestedOrder)

/** Deep copy with keys in canonical order; `undefined` members dropped. */
function canonicalize(value: unknown, compare = compareNested): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record).sort(compare)) {
    if (record[key] !== undefined) out[key] = canonicalize(record[key])
  }
  return out
}

/** Check the options once; a bad one is a bug in the caller. */
function keepsTimes(options: Readonly<JsonOptions>): boolean {
  if (options.timestamps !== undefined && typeof options.timestamps !== 'boolean') {
    throw new TypeError(`Expected \`timestamps\` to be a boolean, not ${typeof options.timestamps}`)
  }
  return options.timestamps === true
}

/** The JSON projection of one audit: no `paragraphs`, run-specific fields only when kept. */
function project(result: AuditResult, keepTimes: boolean): Record<string, unknown> {
  const { paragraphs: _paragraphs, timestamps, ...rest } = result
  // `result.links` is sorted by URL already (an invariant of the audit result).
  const links = result.links.map((item) => {
    if (keepTimes) return item
    const { durationMs: _durationMs, attempts: _attempts, cached: _cached, ...kept } = item
    return kept
  })
  return { ...rest, links, ...(keepTimes && timestamps ? { timestamps } : {}) }
}

/**
 * Render an audit as the JSON result: 2-space indentation and a trailing newline; without
 * `paragraphs`; without the run-specific `timestamps`, `durationMs`, `attempts` and `cached`
 * unless asked, so two runs over the same state (one served from the cache) are identical.
 */
export function renderJson(result: AuditResult, options: Readonly<JsonOptions> = {}): string {
  const projection = project(result, keepsTimes(options))
  return `${JSON.stringify(canonicalize(projection, compareTopLevel), null, 2)}\n`
}

/**
 * Render a run over several papers as one JSON document: `schemaVersion`, `tool`, `network`,
 * `incomplete`, then `papers` in the order named, each the JSON result of that paper (as
 * `renderJson` writes it) with its `path`, or `{path, error: {code, message}}` for a paper
 * that could not be read.
 */
export function renderRunJson(run: AuditRun, options: Readonly<JsonOptions> = {}): string {
  const keepTimes = keepsTimes(options)
  const first = run.papers.find((paper) => 'result' in paper)
  const papers = run.papers.map((paper) =>
    'result' in paper
      ? {
          path: paper.path,
          ...(canonicalize(project(paper.result, keepTimes), compareTopLevel) as object),
        }
      : paper,
  )
  const document = {
    schemaVersion: 1,
    tool: first && 'result' in first ? first.result.tool : { name: 'citecheck', version },
    network: run.network,
    incomplete: run.incomplete,
    papers,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
