/**
 * Warnings shown at each claim and each link of the review page, derived from the result's
 * problems (by URL, else by footnote) and the links' evidence: title mismatch, missing
 * fragment, outlet mismatch, soft-404 rule, permanent redirect (with the new URL).
 */

import type {
  AuditedClaim,
  AuditedFootnote,
  FootnoteId,
  LinkResult,
  Problem,
} from '../../pipeline/types.ts'
import { footnoteOf, linksOf, type ReportContext } from '../context.ts'
import { describeSoft404Rule, describeTitleMatch } from './words.ts'

/** Stable ids of the warnings the page shows. */
export type WarningKind =
  | 'title-mismatch'
  | 'fragment-missing'
  | 'outlet-mismatch'
  | 'soft-404'
  | 'permanent-redirect'

/** One warning, in words. */
export interface Warning {
  /** Stable id (a problem kind or `soft-404`). */
  kind: WarningKind
  /** Footnote it concerns, when known. */
  footnote: FootnoteId | null
  /** URL it concerns, when it concerns a link. */
  url: string | null
  /** Short name: `Title mismatch`. */
  title: string
  /** What was found, in words (untrusted text included: page titles). */
  words: string
  /** The URL the citation should now point to (permanent redirects). */
  target: string | null
}

/** Short names of the warning kinds. */
export const warningTitles: Record<WarningKind, string> = {
  'title-mismatch': 'Title mismatch',
  'fragment-missing': 'Fragment missing',
  'outlet-mismatch': 'Outlet mismatch',
  'soft-404': 'Error page served as success',
  'permanent-redirect': 'Moved permanently',
}

/** Problem kinds that are warnings of the page. */
const problemKinds = new Set<string>([
  'title-mismatch',
  'fragment-missing',
  'outlet-mismatch',
  'permanent-redirect',
])

/** Quote a title for a sentence. */
function quote(value: string): string {
  return `“${value.replace(/\s+/g, ' ').trim()}”`
}

/** The warning a problem about `link` means, worded from the link's evidence when it can. */
function fromProblem(problem: Problem, link: LinkResult | null, cited: string | null): Warning {
  const kind = problem.kind as WarningKind
  const base = {
    kind,
    footnote: problem.footnote ?? null,
    url: problem.url ?? null,
    title: warningTitles[kind],
  }
  const evidence = link?.evidence
  if (kind === 'title-mismatch' && evidence && evidence.title !== null) {
    const citedWords = cited === null ? '' : ` (cited: ${quote(cited)})`
    return {
      ...base,
      words: `The page’s title ${quote(evidence.title)} ${describeTitleMatch(evidence.titleMatch)}${citedWords}: the link may point at the wrong article.`,
      target: null,
    }
  }
  if (kind === 'permanent-redirect' && link) {
    const moved = redirectWarning(link, base.footnote)
    if (moved !== null) return moved
  }
  return { ...base, words: problem.message, target: null }
}

/** The permanent-redirect warning of a link, or `null` when no hop is permanent. */
function redirectWarning(link: LinkResult, footnote: FootnoteId | null): Warning | null {
  const permanent = link.redirects.filter((hop) => hop.permanent)
  const first = permanent[0]
  if (first === undefined) return null
  const target = link.finalUrl ?? permanent[permanent.length - 1]?.to ?? first.to
  return {
    kind: 'permanent-redirect',
    footnote,
    url: link.url,
    title: warningTitles['permanent-redirect'],
    words: `The link redirects permanently (HTTP ${first.status}) to a new address: update the citation.`,
    target,
  }
}

/** Warnings of one link: its problems, its soft-404 rule, a missing fragment, a permanent redirect. */
export function warningsOfLink(
  context: ReportContext,
  link: LinkResult,
  footnote: AuditedFootnote | null,
): Array<Warning> {
  const id = footnote?.id ?? null
  const cited = footnote?.citation.title ?? null
  const found = context.result.problems
    .filter((problem) => problemKinds.has(problem.kind) && problem.url === link.url)
    .map((problem) => ({ ...fromProblem(problem, link, cited), footnote: id }))
  const evidence = link.evidence
  const has = (kind: WarningKind) => found.some((item) => item.kind === kind)
  if (evidence?.soft404Rule && !has('soft-404')) {
    found.push({
      kind: 'soft-404',
      footnote: id,
      url: link.url,
      title: warningTitles['soft-404'],
      words: `Rule ${evidence.soft404Rule}: ${describeSoft404Rule(evidence.soft404Rule)}.`,
      target: null,
    })
  }
  if (evidence?.fragmentFound === false && !has('fragment-missing')) {
    found.push({
      kind: 'fragment-missing',
      footnote: id,
      url: link.url,
      title: warningTitles['fragment-missing'],
      words: 'The passage or anchor the URL points at is not on the page.',
      target: null,
    })
  }
  if (!has('permanent-redirect')) {
    const moved = redirectWarning(link, id)
    if (moved !== null) found.push(moved)
  }
  return found
}

/** Warnings of one footnote: those of its links, then its problems that name no link of it. */
export function warningsOfFootnote(
  context: ReportContext,
  footnote: AuditedFootnote,
): Array<Warning> {
  const links = linksOf(context, footnote)
  const urls = new Set(links.map((link) => link.url))
  const found = links.flatMap((link) => warningsOfLink(context, link, footnote))
  for (const problem of context.result.problems) {
    if (!problemKinds.has(problem.kind)) continue
    if (problem.footnote === undefined || String(problem.footnote) !== String(footnote.id)) continue
    if (problem.url !== undefined && urls.has(problem.url)) continue
    found.push(fromProblem(problem, null, footnote.citation.title))
  }
  return found
}

/** Warnings at a claim: those of every footnote it cites, each kind and URL once. */
export function warningsOfClaim(context: ReportContext, claim: AuditedClaim): Array<Warning> {
  const found: Array<Warning> = []
  for (const id of claim.footnotes) {
    const footnote = footnoteOf(context, id)
    if (footnote === undefined) continue
    for (const warning of warningsOfFootnote(context, footnote)) {
      const seen = found.some(
        (item) =>
          item.kind === warning.kind && item.url === warning.url && item.words === warning.words,
      )
      if (!seen) found.push(warning)
    }
  }
  return found
}
