/**
 * The warnings evidence leads to, as `Problem` values: `title-mismatch` and `fragment-missing`.
 * The link keeps its verdict; the warning asks a reviewer to look.
 */
import type { LinkCheck } from '../check/types.ts'
import { titleMismatchThreshold } from './title-match.ts'
import type { EvidenceProblem } from './types.ts'

/** Quote a page-supplied string for a message, shortened. */
function quote(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text
  return `"${short.replace(/\s+/g, ' ')}"`
}

/**
 * Warnings for one checked link from its evidence: `title-mismatch` when `titleMatch` is below
 * `titleMismatchThreshold`, `fragment-missing` when `fragmentFound` is `false`. `citedTitles`
 * are the titles the citing footnotes quote (the first is named in the message). The audit
 * places them at the first footnote citing the link.
 */
export function findEvidenceProblems(
  link: Pick<LinkCheck, 'url' | 'evidence'>,
  citedTitles: ReadonlyArray<string> = [],
): Array<EvidenceProblem> {
  const evidence = link.evidence
  if (evidence === undefined) return []
  const problems: Array<EvidenceProblem> = []
  if (evidence.titleMatch !== null && evidence.titleMatch < titleMismatchThreshold) {
    const page = evidence.title === null ? 'page title' : `page title ${quote(evidence.title)}`
    const cited = citedTitles[0] === undefined ? 'the cited title' : quote(citedTitles[0])
    problems.push({
      kind: 'title-mismatch',
      severity: 'warning',
      message: `Unexpected ${page} (match ${evidence.titleMatch.toFixed(2)}), expected one like ${cited}`,
      url: link.url,
    })
  }
  if (evidence.fragmentFound === false) {
    const hash = URL.canParse(link.url) ? new URL(link.url).hash : ''
    const what = hash.includes(':~:') ? 'quoted text' : `element \`${hash}\``
    problems.push({
      kind: 'fragment-missing',
      severity: 'warning',
      message: `Unexpected missing ${what} on the live page, expected the fragment the URL points at`,
      url: link.url,
    })
  }
  return problems
}
