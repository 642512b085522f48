/**
 * The last parts of Needs attention: citations to update after permanent redirects, and the
 * remaining problems (mismatches are warnings: `warning-lines.ts`).
 */

import type { ListItem, PhrasingContent } from 'mdast'
import type { AuditProblem, ProblemKind } from '../pipeline/types.ts'
import { formatFootnotes, formatPlace, type ReportContext, sortLinks } from './context.ts'
import { toPhrasing } from './inline-markdown.ts'
import { docLink, link, listItem, paragraph, strong, text } from './nodes.ts'
import { shorten } from './shorten.ts'

/** Problem kinds shown under "Mismatches" (as warnings). */
const mismatchKinds: Array<ProblemKind> = ['outlet-mismatch', 'title-mismatch', 'fragment-missing']

/** Problem kinds shown elsewhere in the report (notices, missing sources, redirects). */
const shownElsewhere: Array<ProblemKind> = [
  'network-unavailable',
  'missing-footnote',
  'empty-footnote',
  'unresolved-back-reference',
  'no-source',
  'permanent-redirect',
  ...mismatchKinds,
]

/** Items for links behind a permanent redirect: the citation should point to the new URL. */
export function renderRedirects(context: ReportContext): Array<ListItem> {
  const moved = context.result.links.filter((item) => item.redirects.some((hop) => hop.permanent))
  return sortLinks(context, moved).map((item) => {
    const permanent = item.redirects.filter((hop) => hop.permanent)
    const target = item.finalUrl ?? permanent[permanent.length - 1]?.to ?? item.url
    const status = permanent[0]?.status ?? 301
    return listItem(
      paragraph(
        text('↪️ '),
        link(item.url),
        text(' → '),
        link(target),
        text(` — HTTP ${status}, ${formatFootnotes(item.footnotes)}: update the citation (`),
        docLink('permanent-redirect', context.docsUrl),
        text(')'),
      ),
    )
  })
}

/** One item for a problem: severity, id, where, message. */
function renderProblem(problem: AuditProblem, docsUrl: string): ListItem {
  const where: Array<string> = []
  if (problem.footnote !== undefined) where.push(`footnote ${problem.footnote}`)
  if (problem.claim !== undefined) where.push(`claim ${problem.claim}`)
  if (problem.place !== undefined) where.push(formatPlace(problem.place))
  const head: Array<PhrasingContent> = [
    strong(text(problem.severity)),
    text(' '),
    docLink(problem.kind, docsUrl),
    text(where.length === 0 ? ': ' : ` (${where.join(', ')}): `),
    ...toPhrasing(shorten(problem.message, 240)),
  ]
  if (problem.url !== undefined) head.push(text(' — '), link(problem.url))
  return listItem(paragraph(...head))
}

/** Items for every problem not shown in another part of the report. */
export function renderOtherProblems(context: ReportContext): Array<ListItem> {
  return context.result.problems
    .filter((problem) => !shownElsewhere.includes(problem.kind))
    .map((problem) => renderProblem(problem, context.docsUrl))
}
