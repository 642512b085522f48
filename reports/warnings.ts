/**
 * Warnings shown at each claim and each link, in every view (Markdown report, annotated paper,
 * review page): title mismatch, missing fragment, outlet mismatch, soft-404 rule, permanent
 * redirect (with the new URL). One derivation from the result's problems (by URL, else by
 * footnote, looked up in indexes built once) and the links' evidence, worded from the data.
 */

import type {
  AuditedClaim,
  AuditedFootnote,
  AuditProblem,
  AuditResult,
  FootnoteId,
  LinkResult,
} from '../pipeline/types.ts'
import type { ReportContext } from './context.ts'
import { describeSoft404Rule, describeTitleMatch } from './words.ts'

/** Stable ids of the warnings (problem kinds, and the `soft-404` link reason). */
export type WarningKind =
  | 'title-mismatch'
  | 'fragment-missing'
  | 'outlet-mismatch'
  | 'soft-404'
  | 'permanent-redirect'

/** One warning, in words. */
export interface Warning {
  /** Stable id (a problem kind or `soft-404`), documented in README.md § Errors. */
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

/** Problem kinds that are warnings. */
const problemKinds = new Set<string>([
  'title-mismatch',
  'fragment-missing',
  'outlet-mismatch',
  'permanent-redirect',
])

/** Warning problems of a result: by URL, and by footnote (`String(id)`). */
interface ProblemIndex {
  /** Problems naming a URL. */
  byUrl: Map<string, Array<AuditProblem>>
  /** Problems naming a footnote. */
  byFootnote: Map<string, Array<AuditProblem>>
  /** Footnotes by `String(id)` (the first of each id), to word a problem from its own citation. */
  footnotes: Map<string, AuditedFootnote>
}

/** Add a problem to the list under `key`. */
function addTo(map: Map<string, Array<AuditProblem>>, key: string, problem: AuditProblem): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [problem])
  else list.push(problem)
}

/** Index the warning problems and the footnotes of a result, in one pass over each. */
function indexProblems(result: Pick<AuditResult, 'footnotes' | 'problems'>): ProblemIndex {
  const index: ProblemIndex = { byUrl: new Map(), byFootnote: new Map(), footnotes: new Map() }
  for (const footnote of result.footnotes) {
    if (!index.footnotes.has(String(footnote.id)))
      index.footnotes.set(String(footnote.id), footnote)
  }
  for (const problem of result.problems) {
    if (!problemKinds.has(problem.kind)) continue
    if (problem.url !== undefined) addTo(index.byUrl, problem.url, problem)
    if (problem.footnote !== undefined) addTo(index.byFootnote, String(problem.footnote), problem)
  }
  return index
}

/** A sentence's first letter in upper case. */
function capitalize(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Quote a title for a sentence. */
function quote(value: string): string {
  return `“${value.replace(/\s+/g, ' ').trim()}”`
}

/** The host of a URL, or `null`. */
function hostOf(url: string | null | undefined): string | null {
  return url !== null && url !== undefined && URL.canParse(url) ? new URL(url).hostname : null
}

/** What the fragment of a URL points at, in words. */
function describeTarget(url: string | null | undefined): string {
  const hash = url !== null && url !== undefined && URL.canParse(url) ? new URL(url).hash : ''
  if (hash.includes(':~:')) return 'The quoted text the URL points at'
  return hash.length > 1 ? `The anchor ${hash} the URL points at` : 'The passage the URL points at'
}

/**
 * The words of a warning problem, from the link's evidence and the citation of `cited` (the
 * footnote the problem was placed at, whose citation it compares); the problem's own message
 * only when the data to word it is missing.
 */
function wordsOf(
  problem: AuditProblem,
  link: LinkResult | null,
  cited: AuditedFootnote | null,
): string {
  const citedTitle = cited?.citation.title ?? null
  const evidence = link?.evidence
  if (problem.kind === 'title-mismatch' && evidence && evidence.title !== null) {
    const page = `The page’s title ${quote(evidence.title)}`
    const risk = 'the link may point at the wrong article.'
    if (evidence.titleMatch !== null) {
      const citedWords = citedTitle === null ? '' : ` (cited: ${quote(citedTitle)})`
      return `${page} ${describeTitleMatch(evidence.titleMatch)}${citedWords}: ${risk}`
    }
    if (citedTitle !== null)
      return `${page} differs from the cited title ${quote(citedTitle)}: ${risk}`
  }
  const outlet = cited?.citation.outlet ?? null
  const host = hostOf(problem.url ?? link?.url)
  if (problem.kind === 'outlet-mismatch' && outlet !== null && host !== null) {
    return `The link is on ${host}, not a site of the cited outlet ${quote(outlet)}: a repost, a syndication or the wrong link.`
  }
  if (problem.kind === 'fragment-missing') {
    return `${describeTarget(problem.url ?? link?.url)} is not on the page.`
  }
  return problem.message
}

/**
 * The warning a problem about `link` means for `footnote`, worded from the data when it can be
 * (the citation compared is that of the footnote the problem was placed at).
 */
function fromProblem(
  index: ProblemIndex,
  problem: AuditProblem,
  link: LinkResult | null,
  footnote: AuditedFootnote,
): Warning {
  const kind = problem.kind as WarningKind
  if (kind === 'permanent-redirect' && link) {
    const moved = redirectWarning(link, footnote.id)
    if (moved !== null) return moved
  }
  const placed =
    problem.footnote === undefined ? undefined : index.footnotes.get(String(problem.footnote))
  const cited = placed ?? footnote
  return {
    kind,
    footnote: footnote.id,
    url: problem.url ?? null,
    title: warningTitles[kind],
    words: wordsOf(problem, link, cited),
    target: null,
  }
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
function warningsOfLink(
  index: ProblemIndex,
  link: LinkResult,
  footnote: AuditedFootnote,
): Array<Warning> {
  // An outlet mismatch is about one footnote's citation (the outlet it names), not the link:
  // it stays with that footnote, or a back-reference whose source it holds.
  const holder = footnote.sources.find((source) => source.url === link.url)?.from
  const own = (problem: AuditProblem) =>
    problem.kind !== 'outlet-mismatch' ||
    problem.footnote === undefined ||
    String(problem.footnote) === String(footnote.id) ||
    (holder !== undefined && String(problem.footnote) === String(holder))
  const found = (index.byUrl.get(link.url) ?? [])
    .filter(own)
    .map((problem) => fromProblem(index, problem, link, footnote))
  const evidence = link.evidence
  const has = (kind: WarningKind) => found.some((item) => item.kind === kind)
  if (evidence?.soft404Rule && !has('soft-404')) {
    found.push({
      kind: 'soft-404',
      footnote: footnote.id,
      url: link.url,
      title: warningTitles['soft-404'],
      words: `${capitalize(describeSoft404Rule(evidence.soft404Rule))} (rule ${evidence.soft404Rule}).`,
      target: null,
    })
  }
  if (evidence?.fragmentFound === false && !has('fragment-missing')) {
    found.push({
      kind: 'fragment-missing',
      footnote: footnote.id,
      url: link.url,
      title: warningTitles['fragment-missing'],
      words: `${describeTarget(link.url)} is not on the page.`,
      target: null,
    })
  }
  if (!has('permanent-redirect')) {
    const moved = redirectWarning(link, footnote.id)
    if (moved !== null) found.push(moved)
  }
  return found
}

/**
 * The warnings of every footnote, derived once per result (the report context keeps them): those
 * of its links, then its problems that name no link of it. Linear in footnotes, links and
 * problems.
 */
export function deriveWarnings(
  result: Pick<AuditResult, 'footnotes' | 'problems'>,
  linksOfFootnote: (footnote: AuditedFootnote) => Array<LinkResult>,
): Map<AuditedFootnote, Array<Warning>> {
  const index = indexProblems(result)
  const warnings = new Map<AuditedFootnote, Array<Warning>>()
  for (const footnote of result.footnotes) {
    const links = linksOfFootnote(footnote)
    const urls = new Set(links.map((link) => link.url))
    const found = links.flatMap((link) => warningsOfLink(index, link, footnote))
    for (const problem of index.byFootnote.get(String(footnote.id)) ?? []) {
      if (problem.url !== undefined && urls.has(problem.url)) continue
      found.push(fromProblem(index, problem, null, footnote))
    }
    warnings.set(footnote, found)
  }
  return warnings
}

/** Warnings of one footnote (derived once, in the report context). */
export function warningsOfFootnote(
  context: ReportContext,
  footnote: AuditedFootnote,
): Array<Warning> {
  return context.warnings.get(footnote) ?? []
}

/** Warnings at a claim: those of every footnote it cites, each kind, URL and wording once. */
export function warningsOfClaim(context: ReportContext, claim: AuditedClaim): Array<Warning> {
  const found: Array<Warning> = []
  for (const id of claim.footnotes) {
    const footnote = context.footnotes.get(String(id))
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
