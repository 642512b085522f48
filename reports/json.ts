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
  'id label kind severity level url status missingCause reason score passage highlights',
  'footnotes section title text message footnote',
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

/** Canonical key order of each nested key list seen, by the list joined (records repeat shapes). */
const nestedKeyOrders = new Map<string, Array<string>>()

/** Records of this many keys or more are sorted afresh (a hostile record must not fill the map). */
const maxRememberedKeys = 64

/** The keys of a nested record in canonical order. */
function sortNestedKeys(keys: Array<string>): Array<string> {
  if (keys.length >= maxRememberedKeys) return keys.sort(compareNested)
  const shape = keys.join('\u0000')
  let sorted = nestedKeyOrders.get(shape)
  if (!sorted) {
    sorted = [...keys].sort(compareNested)
    if (nestedKeyOrders.size < 10_000) nestedKeyOrders.set(shape, sorted)
  }
  return sorted
}

/** Deep copy with keys in canonical order; `undefined` members dropped. */
function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  const record = value as Record<string, unknown>
  for (const key of sortNestedKeys(Object.keys(record))) {
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
  const links = keepTimes ? result.links : result.links.map(withoutRunDetails)
  return { ...rest, links, ...(keepTimes && timestamps ? { timestamps } : {}) }
}

/** A link without what differs from run to run: `durationMs`, `attempts` and `cached`. */
function withoutRunDetails(item: AuditResult['links'][number]): object {
  const { durationMs: _durationMs, attempts: _attempts, cached: _cached, ...kept } = item
  return kept
}

/**
 * Render an audit as the JSON result: 2-space indentation and a trailing newline; without
 * `paragraphs`; without the run-specific `timestamps`, `durationMs`, `attempts` and `cached`
 * unless asked, so two runs over the same state (one served from the cache) are identical.
 */
export function renderJson(result: AuditResult, options: Readonly<JsonOptions> = {}): string {
  return [...renderJsonChunks(result, options)].join('')
}

/** Items of a top-level list stringified at once (a chunk of roughly 100 KiB for links). */
const batchSize = 64

/**
 * The text of `renderJson` in chunks, for writing to a file or a stream without holding the
 * whole text, or a canonical copy of the whole result, at once: each top-level member, or each
 * batch of a top-level list's items (claims, footnotes, links, problems), is put in canonical
 * order and stringified on its own. The chunks joined are exactly `renderJson`'s text.
 */
export function* renderJsonChunks(
  result: AuditResult,
  options: Readonly<JsonOptions> = {},
): Generator<string, void, undefined> {
  const projection = project(result, keepsTimes(options))
  const keys = Object.keys(projection)
    .filter((key) => projection[key] !== undefined)
    .sort(compareTopLevel)
  yield '{\n'
  for (const [index, key] of keys.entries()) {
    const value = projection[key]
    const comma = index < keys.length - 1 ? ',' : ''
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${stringifyAt(value, '  ')}${comma}\n`
      continue
    }
    yield `  ${JSON.stringify(key)}: [\n`
    // A batch of items at a time: stringified as a list, brackets dropped, indented once.
    for (let start = 0; start < value.length; start += batchSize) {
      const batch = stringifyAt(value.slice(start, start + batchSize), '  ')
      const last = start + batchSize >= value.length
      yield `${batch.slice(2, -4)}${last ? '' : ','}\n`
    }
    yield `  ]${comma}\n`
  }
  yield '}\n'
}

/**
 * `value` in canonical order as 2-space indented JSON, nested under `indent`: the same text
 * `JSON.stringify` gives the value inside its parent (JSON strings hold no raw line breaks).
 */
function stringifyAt(value: unknown, indent: string): string {
  const text = JSON.stringify(canonicalize(value), null, 2) ?? 'null'
  return text.replaceAll('\n', `\n${indent}`)
}

/**
 * Render a run over several papers as one JSON document: `schemaVersion`, `tool`, `network`,
 * `incomplete`, then `papers` in the order named, each the JSON result of that paper (as
 * `renderJson` writes it) with its `path` first, or `{path, error: {code, message}}` for a
 * paper that could not be read.
 */
export function renderRunJson(run: AuditRun, options: Readonly<JsonOptions> = {}): string {
  return [...renderRunJsonChunks(run, options)].join('')
}

/** The text of `renderRunJson` in chunks: one paper at a time. */
export function* renderRunJsonChunks(
  run: AuditRun,
  options: Readonly<JsonOptions> = {},
): Generator<string, void, undefined> {
  keepsTimes(options)
  const first = run.papers.find((paper) => 'result' in paper)
  const head = {
    schemaVersion: 1,
    tool: first && 'result' in first ? first.result.tool : { name: 'citecheck', version },
    network: run.network,
    incomplete: run.incomplete,
  }
  const opening = JSON.stringify(head, null, 2)
  yield `${opening.slice(0, -2)},\n  "papers": [`
  for (const [index, paper] of run.papers.entries()) {
    const path = `{\n  "path": ${JSON.stringify(paper.path)},\n`
    const text =
      'result' in paper
        ? path + renderJson(paper.result, options).slice(2)
        : `${JSON.stringify(paper, null, 2)}\n`
    yield `${index === 0 ? '' : ','}\n    ${text.trimEnd().replaceAll('\n', '\n    ')}`
  }
  yield `${run.papers.length === 0 ? '' : '\n  '}]\n}\n`
}
