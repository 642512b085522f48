/**
 * The problems the sources stage reports about one footnote: URL problems, unresolved
 * back-references and outlet mismatches, all placed at the footnote's definition.
 */
import type { Footnote } from '../../annotations/types.ts'
import type { CitationReading } from './citation.ts'
import { isSharedHost, outletOwnsHost } from './outlet.ts'
import type { OwnSource } from './read-url.ts'
import type { SourceProblem } from './types.ts'

/** Longest excerpt of a footnote quoted in a message. */
const maxExcerpt = 80

/** A problem about `footnote`, placed at its definition. */
export function problemAt(
  footnote: Footnote,
  problem: Omit<SourceProblem, 'footnote' | 'place'>,
): SourceProblem {
  return { ...problem, footnote: footnote.id, place: footnote.place }
}

/** The problem of a back-reference that points nowhere. */
export function unresolvedProblem(footnote: Footnote, reason: string): SourceProblem {
  const text = footnote.text.trim().replace(/\s+/g, ' ')
  const excerpt = text.length > maxExcerpt ? `${text.slice(0, maxExcerpt - 1)}…` : text
  const message = `Unexpected back-reference “${excerpt}”, expected an earlier footnote to point to: ${reason}`
  return problemAt(footnote, { kind: 'unresolved-back-reference', severity: 'warning', message })
}

/** Outlet-mismatch problems of a footnote's own web sources, given what its citation says. */
export function findOutletMismatches(
  footnote: Footnote,
  sources: ReadonlyArray<OwnSource>,
  reading: CitationReading,
): Array<SourceProblem> {
  const [outlet] = reading.outletNames
  if (outlet === undefined) return []
  const problems: Array<SourceProblem> = []
  for (const source of sources) {
    if (source.kind !== 'url' || !source.supported) continue
    const host = new URL(source.url).hostname
    if (isSharedHost(host) || reading.outletNames.some((name) => outletOwnsHost(name, host)))
      continue
    const message = `Unexpected host \`${host}\` for outlet “${outlet}”, expected a domain of the outlet`
    problems.push(
      problemAt(footnote, {
        kind: 'outlet-mismatch',
        severity: 'warning',
        message,
        url: source.url,
      }),
    )
  }
  return problems
}
