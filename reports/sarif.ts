/**
 * SARIF 2.1.0 for code scanning and other SARIF viewers: one run of citecheck over every paper,
 * one result per dead, missing or unverified source, located at the footnote's definition with
 * the claims relying on it as related locations. Rule ids are citecheck's stable reason and
 * problem ids, each with a link to its documentation. Deterministic: no times, no paths but the
 * papers' as given.
 */

import { createHash } from 'node:crypto'
import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif'
import type { FailOn } from '../pipeline/cli-options.ts'
import type { AuditRun } from '../pipeline/types.ts'
import { linkReasonIds, linkReasons } from '../sources/check/reasons.ts'
import { homepage, version } from '../sources/check/user-agent.ts'
import { type AttentionItem, listAttention, missingCauseOf } from './attention.ts'
import { describeAttention, describeUnreadable } from './attention-text.ts'
import { createFailPolicy, type FailPolicy, isFailing } from './fail-on.ts'
import { toPlainText } from './inline-markdown.ts'
import { defaultDocsUrl, type MissingSourceId, missingSourceWords, toDocsUrl } from './reasons.ts'
import { toArtifactLocation, toLocation } from './sarif-location.ts'
import { shorten } from './shorten.ts'

/** Options of `renderSarif`. */
export interface SarifOptions {
  /** Base URL of the documentation of the ids (default: the README on the repository). */
  docsUrl?: string
  /** Items at or above this level are `error`s, the others `warning`s (default `dead`). */
  failOn?: FailOn
  /** With `failOn: 'new-dead'`: URLs newly dead since the baseline. */
  newlyDead?: Iterable<string>
  /** Version of citecheck to report (default: this package's). */
  toolVersion?: string
}

/** The schema this output follows (the OASIS errata 01 text). */
export const sarifSchemaUri =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** Every rule id in the order rules are listed: link reasons, then missing-source ids. */
const ruleOrder: ReadonlyArray<string> = [...linkReasonIds, ...Object.keys(missingSourceWords)]

/** A rule for an id: its words, its documentation and its default level. */
function buildRule(id: string, docsUrl: string): ReportingDescriptor {
  const isReason = Object.hasOwn(linkReasons, id)
  const status = isReason ? linkReasons[id as keyof typeof linkReasons].status : 'missing'
  const words = isReason
    ? linkReasons[id as keyof typeof linkReasons].words
    : missingSourceWords[id as MissingSourceId]
  const help = toDocsUrl(id as MissingSourceId, docsUrl)
  return {
    id,
    shortDescription: {
      text: `${status === 'dead' ? 'Dead' : status === 'missing' ? 'Missing' : 'Unverified'} source: ${words}`,
    },
    ...(URL.canParse(help) ? { helpUri: help } : {}),
    help: { text: `What \`${id}\` means and what to do: ${help}` },
    defaultConfiguration: { level: status === 'dead' ? 'error' : 'warning' },
    properties: { tags: ['citations', status] },
  }
}

/** Stable identity of an item across runs, whatever line it moves to. */
function fingerprint(path: string, item: AttentionItem): string {
  const what = item.link?.url ?? item.id
  return createHash('sha256').update(`${path}\0${item.footnote}\0${what}`).digest('hex')
}

/** One result for an item of one paper. */
function buildResult(
  path: string,
  item: AttentionItem,
  ruleIndex: number,
  policy: FailPolicy,
): Result {
  const artifact = toArtifactLocation(path)
  const failing = isFailing(policy, item.status, item.link?.url ?? null, missingCauseOf(item))
  const primary = toLocation(artifact, item.place)
  const related = item.claims.flatMap((claim, index): Array<Location> => {
    const text = `Claim ${claim.id}: “${shorten(toPlainText(claim.text), 120)}”`
    const location = toLocation(artifact, claim.place, text)
    return location === null ? [] : [{ id: index + 1, ...location }]
  })
  return {
    ruleId: item.id,
    ruleIndex,
    level: failing || item.status === 'dead' ? 'error' : 'warning',
    message: { text: describeAttention(item) },
    ...(primary === null ? {} : { locations: [primary] }),
    ...(related.length === 0 ? {} : { relatedLocations: related }),
    partialFingerprints: { 'citecheckSource/v1': fingerprint(path, item) },
    properties: {
      status: item.status,
      failing,
      footnote: item.footnote,
      ...(item.link === null ? {} : { url: item.link.url, httpStatus: item.link.httpStatus }),
      ...(item.place.page === undefined ? {} : { page: item.place.page }),
      line: item.place.line,
      claims: item.claims.map((claim) => claim.id),
    },
  }
}

/** Notifications about the run: unreadable papers, no network, interruption. */
function buildNotifications(run: AuditRun): Array<Notification> {
  const notifications: Array<Notification> = []
  for (const paper of run.papers) {
    if (!('error' in paper)) continue
    const artifact = toArtifactLocation(paper.path)
    notifications.push({
      ...(artifact === null
        ? {}
        : { locations: [{ physicalLocation: { artifactLocation: artifact } }] }),
      message: { text: describeUnreadable(paper.path, paper.error) },
      level: 'error',
      properties: { code: paper.error.code },
    })
  }
  if (!run.network.available) {
    notifications.push({
      message: { text: 'The network looked unavailable: links could not be verified.' },
      level: 'warning',
    })
  }
  if (run.incomplete) {
    notifications.push({
      message: { text: 'The run was interrupted before every link was checked.' },
      level: 'warning',
    })
  }
  return notifications
}

/** Check and normalise the options once. */
function normalizeOptions(options: Readonly<SarifOptions>) {
  for (const key of ['docsUrl', 'toolVersion'] as const) {
    const value = options[key]
    if (value !== undefined && typeof value !== 'string') {
      throw new TypeError(`Expected \`${key}\` to be a string, not ${typeof value}`)
    }
  }
  return {
    docsUrl: options.docsUrl ?? defaultDocsUrl,
    policy: createFailPolicy(options.failOn, options.newlyDead),
    toolVersion: options.toolVersion ?? version,
  }
}

/** Render a run over one or more papers as a SARIF 2.1.0 log (JSON text, newline-terminated). */
export function renderSarif(run: AuditRun, options: Readonly<SarifOptions> = {}): string {
  const { docsUrl, policy, toolVersion } = normalizeOptions(options)
  const papers = run.papers.flatMap((paper) =>
    'result' in paper ? [{ path: paper.path, items: listAttention(paper.result) }] : [],
  )
  const used = new Set(papers.flatMap((paper) => paper.items.map((item) => item.id as string)))
  const ruleIds = ruleOrder.filter((id) => used.has(id))
  const results = papers.flatMap((paper) =>
    paper.items.map((item) => buildResult(paper.path, item, ruleIds.indexOf(item.id), policy)),
  )
  const notifications = buildNotifications(run)
  const successful =
    run.network.available && !run.incomplete && run.papers.every((paper) => 'result' in paper)
  const log: Log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'citecheck',
            version: toolVersion,
            informationUri: homepage,
            rules: ruleIds.map((id) => buildRule(id, docsUrl)),
          },
        },
        invocations: [
          {
            executionSuccessful: successful,
            ...(notifications.length === 0 ? {} : { toolExecutionNotifications: notifications }),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
