/**
 * Comparison of this run with an earlier one (`--baseline previous.json`).
 */

import { InputError } from '../annotations/input-error.ts'
import type { AuditResult, FootnoteId, LinkStatus } from '../pipeline/types.ts'

/** Schema versions of earlier results this version can compare against. */
export const knownSchemaVersions: ReadonlyArray<number> = [1]

/** A link whose verdict appeared, disappeared or changed between two runs. */
export interface LinkChange {
  /** URL as extracted. */
  url: string
  /** Verdict in this run, or `null` when the link is gone from the paper. */
  status: LinkStatus | null
  /** Verdict in the earlier run, or `null` when the link is new. */
  previousStatus: LinkStatus | null
  /** Reason id of the current verdict (of the earlier one for a removed link). */
  reason: string
  /** Footnotes citing it (in this run; in the earlier one for a removed link). */
  footnotes: Array<FootnoteId>
}

/** What changed since an earlier run. Each list is sorted by URL. */
export interface BaselineChanges {
  /** Links dead now that were not dead (or not cited) before. */
  newlyDead: Array<LinkChange>
  /** Links dead before that are live now. */
  recovered: Array<LinkChange>
  /** Links cited now that were not cited before. */
  added: Array<LinkChange>
  /** Links cited before that are no longer cited. */
  removed: Array<LinkChange>
}

/** The part of an earlier link that the comparison reads. */
interface PreviousLink {
  url: string
  status: LinkStatus
  reason: string
  footnotes: Array<FootnoteId>
}

const statuses: ReadonlyArray<string> = ['live', 'dead', 'unverified', 'excluded']

/** Whether a value is a plain (non-array, non-null) object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Throw the baseline error with the expectation spelled out. */
function reject(problem: string): never {
  throw new InputError(
    'baseline',
    `Unexpected baseline: ${problem}, expected the JSON result of an earlier \`citecheck audit --json\` (schemaVersion ${knownSchemaVersions.join(' or ')})`,
  )
}

/** Validate one earlier link. */
function readLink(value: unknown, index: number): PreviousLink {
  const where = `\`links[${index}]\``
  if (!isRecord(value)) return reject(`${where} is not an object`)
  const { url, status, reason, footnotes } = value
  if (typeof url !== 'string') return reject(`${where}.url is not a string`)
  if (typeof status !== 'string' || !statuses.includes(status)) {
    return reject(`${where}.status is ${JSON.stringify(status)}, not a link status`)
  }
  if (typeof reason !== 'string') return reject(`${where}.reason is not a string`)
  const valid = (id: unknown) => typeof id === 'number' || typeof id === 'string'
  if (!Array.isArray(footnotes) || !footnotes.every(valid)) {
    return reject(`${where}.footnotes is not a list of footnote ids`)
  }
  return { url, status: status as LinkStatus, reason, footnotes: footnotes as Array<FootnoteId> }
}

/** Validate an earlier result and return its links; throws `InputError('baseline', …)`. */
export function readBaselineLinks(previous: unknown): Array<PreviousLink> {
  if (!isRecord(previous)) return reject('not a JSON object')
  const tool = previous.tool
  if (!isRecord(tool) || tool.name !== 'citecheck') return reject('`tool.name` is not "citecheck"')
  const version = previous.schemaVersion
  if (typeof version !== 'number' || !knownSchemaVersions.includes(version)) {
    return reject(`unknown \`schemaVersion\` ${JSON.stringify(version) ?? 'undefined'}`)
  }
  if (!Array.isArray(previous.links)) return reject('`links` is not a list')
  return previous.links.map(readLink)
}

/** Sort changes by URL. */
function byUrl(a: LinkChange, b: LinkChange): number {
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0
}

/**
 * Compare an earlier result (parsed JSON, validated here) with this run: newly dead,
 * recovered, added and removed links, each with its footnotes.
 */
export function compareBaseline(previous: unknown, current: AuditResult): BaselineChanges {
  const before = new Map(readBaselineLinks(previous).map((item) => [item.url, item]))
  const now = new Set(current.links.map((item) => item.url))
  const changes: BaselineChanges = { newlyDead: [], recovered: [], added: [], removed: [] }
  for (const item of current.links) {
    const old = before.get(item.url)
    const change: LinkChange = {
      url: item.url,
      status: item.status,
      previousStatus: old?.status ?? null,
      reason: item.reason,
      footnotes: [...item.footnotes],
    }
    if (old === undefined) changes.added.push(change)
    if (item.status === 'dead' && old?.status !== 'dead') changes.newlyDead.push(change)
    if (item.status === 'live' && old?.status === 'dead') changes.recovered.push(change)
  }
  for (const old of before.values()) {
    if (now.has(old.url)) continue
    changes.removed.push({ ...old, status: null, previousStatus: old.status })
  }
  for (const list of Object.values(changes)) list.sort(byUrl)
  return changes
}

/**
 * The earlier result of one paper from a baseline file: the baseline itself when it is one
 * paper's result (of that paper, or of any when `single`), the paper of the same `path` when it
 * is a run over several papers, else `null` (the paper is new: no changes to report).
 */
export function selectBaseline(previous: unknown, path: string, single: boolean): unknown {
  if (!isRecord(previous)) return previous
  if (!Array.isArray(previous.papers)) {
    const document = isRecord(previous.document) ? previous.document : {}
    return single || document.path === path ? previous : null
  }
  const paper = previous.papers.find((item) => isRecord(item) && item.path === path)
  if (!isRecord(paper) || !Array.isArray(paper.links)) return null
  return { ...paper, tool: previous.tool, schemaVersion: previous.schemaVersion }
}
