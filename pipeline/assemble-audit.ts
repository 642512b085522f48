/**
 * Assemble the audit: fan each link's verdict back to the footnotes that cite it, roll statuses
 * up to footnotes and claims, attach each claim's support, and count. Pure: data in, data out.
 */
import type { PageSupport } from '../sources/evidence/support-check.ts'
import { assembleSupport, summarizeSupport } from './assemble-support.ts'
import type {
  AuditedClaim,
  AuditedFootnote,
  AuditProblem,
  AuditResult,
  AuditSummary,
  CollectedLink,
  FootnoteId,
  LinkCheck,
  LinkResult,
  LinkStatus,
  MissingCause,
  SourcedDocument,
  SourcedFootnote,
  SourceStatus,
} from './types.ts'
import { missingCauses } from './types.ts'

/** Severity order of rolled-up statuses, worst first. */
export const sourceStatusOrder: ReadonlyArray<SourceStatus> = [
  'dead',
  'missing',
  'unverified',
  'live',
]

/** Everything `assembleAudit` needs besides the sourced document. */
export interface AssembleInput {
  /** The paper with its footnotes' sources. */
  document: SourcedDocument
  /** Its distinct links with the footnotes citing them, as `collectLinks` gives them (sorted by URL). */
  links: ReadonlyArray<CollectedLink>
  /** One check per distinct URL. */
  checks: ReadonlyArray<LinkCheck>
  /** Extra problems from checking and evidence (network, cache, warnings, …). */
  problems: ReadonlyArray<AuditProblem>
  /** Whether the network looked available. */
  networkAvailable: boolean
  /** Whether the run was interrupted. */
  incomplete: boolean
  /** Options that change verdicts, echoed into the result. */
  options: Record<string, unknown>
  /** Tool version. */
  version: string
  /**
   * The support check's results by URL (`createInspector`'s store); absent or `null` when the
   * check did not run: then claims have no `support` and the summary no `support` counts.
   */
  supports?: ReadonlyMap<string, PageSupport> | null
}

/** Roll a footnote's link verdicts up: any live → live, all dead → dead, none → missing, else unverified. */
export function rollUpFootnote(statuses: ReadonlyArray<LinkStatus>): SourceStatus {
  if (statuses.length === 0) return 'missing'
  if (statuses.includes('live')) return 'live'
  if (statuses.every((status) => status === 'dead')) return 'dead'
  return 'unverified'
}

/** The worst of several statuses (`dead > missing > unverified > live`); `missing` for none. */
export function worstStatus(statuses: ReadonlyArray<SourceStatus>): SourceStatus {
  if (statuses.length === 0) return 'missing'
  for (const status of sourceStatusOrder) if (statuses.includes(status)) return status
  return 'live'
}

/**
 * Build the `AuditResult` the reports render. Its `links` keep the order of `input.links`
 * (sorted by URL); a link without a check is `unverified`.
 */
export function assembleAudit(input: Readonly<AssembleInput>): AuditResult {
  const checkByUrl = new Map(input.checks.map((check) => [check.url, check]))

  const footnotes: Array<AuditedFootnote> = []
  const footnoteById = new Map<FootnoteId, AuditedFootnote>()
  for (const footnote of input.document.footnotes) {
    const statuses = footnote.sources.map(
      (source): LinkStatus => checkByUrl.get(source.url)?.status ?? 'unverified',
    )
    const status = rollUpFootnote(statuses)
    const audited: AuditedFootnote = {
      ...footnote,
      status,
      missingCause: status === 'missing' ? footnoteMissingCause(footnote, footnoteById) : null,
    }
    footnotes.push(audited)
    if (!footnoteById.has(footnote.id)) footnoteById.set(footnote.id, audited)
  }

  const supports = input.supports
    ? assembleSupport(input.document, checkByUrl, input.supports)
    : null
  const claims: Array<AuditedClaim> = input.document.claims.map((claim) => {
    const support = supports?.get(claim.id)
    const cited = claim.footnotes.map((id) => footnoteById.get(id))
    const status = worstStatus(cited.map((footnote) => footnote?.status ?? 'missing'))
    return {
      ...claim,
      status,
      missingCause: status === 'missing' ? claimMissingCause(cited) : null,
      ...(support ? { support } : {}),
    }
  })

  const links: Array<LinkResult> = input.links.flatMap((link) => {
    const check = checkByUrl.get(link.url)
    return check === undefined ? [] : [{ ...check, footnotes: [...link.footnotes] }]
  })

  const problems = [...input.document.problems, ...placeLinkProblems(input.problems, links)]

  return {
    schemaVersion: 1,
    tool: { name: 'citecheck', version: input.version },
    document: input.document.document,
    options: input.options,
    network: { available: input.networkAvailable },
    incomplete: input.incomplete,
    sections: input.document.sections,
    paragraphs: input.document.paragraphs,
    claims,
    footnotes,
    links,
    problems: sortProblems(problems, input.document.footnotes),
    summary: {
      ...summarize(claims, footnotes, links),
      ...(supports ? { support: summarizeSupport(claims) } : {}),
    },
  }
}

/**
 * Why a footnote without links has none: empty, an unresolved back-reference, or a print
 * citation (`no-source`). A back-reference takes the cause of the (earlier) footnote it points
 * to.
 */
export function footnoteMissingCause(
  footnote: Readonly<SourcedFootnote>,
  earlier: ReadonlyMap<FootnoteId, Pick<AuditedFootnote, 'missingCause'>>,
): MissingCause {
  if (footnote.kind === 'empty') return 'empty-footnote'
  if (footnote.kind !== 'back-reference') return 'no-source'
  if (footnote.refersTo === null) return 'unresolved-back-reference'
  return earlier.get(footnote.refersTo)?.missingCause ?? 'no-source'
}

/**
 * The worst cause among a missing claim's footnotes (`undefined` for a marker without a
 * footnote), in the order of `missingCauses`.
 */
export function claimMissingCause(
  footnotes: ReadonlyArray<Pick<AuditedFootnote, 'missingCause'> | undefined>,
): MissingCause {
  const causes = footnotes.map((footnote) =>
    footnote === undefined ? 'missing-footnote' : footnote.missingCause,
  )
  return missingCauses.find((cause) => causes.includes(cause)) ?? 'missing-footnote'
}

/** Place problems about a URL (from checking) at the first footnote citing it. */
function placeLinkProblems(
  problems: ReadonlyArray<AuditProblem>,
  links: ReadonlyArray<LinkResult>,
): Array<AuditProblem> {
  const first = new Map(links.map((link) => [link.url, link.footnotes[0]]))
  return problems.map((problem) => {
    if (problem.footnote !== undefined || problem.url === undefined) return problem
    const footnote = first.get(problem.url)
    return footnote === undefined ? problem : { ...problem, footnote }
  })
}

function summarize(
  claims: ReadonlyArray<AuditedClaim>,
  footnotes: ReadonlyArray<AuditedFootnote>,
  links: ReadonlyArray<LinkResult>,
): AuditSummary {
  const bySource = (items: ReadonlyArray<{ status: SourceStatus }>) => ({
    total: items.length,
    live: count(items, 'live'),
    dead: count(items, 'dead'),
    missing: count(items, 'missing'),
    unverified: count(items, 'unverified'),
  })
  const claimsSummary = bySource(claims)
  return {
    claims: claimsSummary,
    footnotes: bySource(footnotes),
    links: {
      total: links.length,
      live: count(links, 'live'),
      dead: count(links, 'dead'),
      unverified: count(links, 'unverified'),
      excluded: count(links, 'excluded'),
    },
    claimsAllLive: claims.length === 0 ? 0 : claimsSummary.live / claims.length,
  }
}

function count<T extends string>(items: ReadonlyArray<{ status: T }>, status: T): number {
  return items.filter((item) => item.status === status).length
}

/** Order problems by the position of the footnote or place they concern, keeping input order otherwise. */
function sortProblems(
  problems: ReadonlyArray<AuditProblem>,
  footnotes: ReadonlyArray<SourcedFootnote>,
): Array<AuditProblem> {
  const order = new Map(footnotes.map((footnote, index) => [footnote.id, index]))
  const key = (problem: AuditProblem) => {
    if (problem.place) return problem.place.line + (problem.place.page ?? 0) * 1e6
    if (problem.footnote !== undefined) {
      const footnote = footnotes[order.get(problem.footnote) ?? -1]
      if (footnote) return footnote.place.line + (footnote.place.page ?? 0) * 1e6
    }
    return Number.POSITIVE_INFINITY
  }
  return problems
    .map((problem, index) => ({ problem, index, key: key(problem) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.problem)
}
