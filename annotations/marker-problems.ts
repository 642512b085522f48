import type { PlacedParagraph } from './body.ts'
import type { Placer } from './places.ts'
import type { AnnotationProblem, Claim, Footnote, FootnoteConvention, FootnoteId } from './types.ts'

/**
 * Problems found by comparing markers with definitions: `missing-footnote` (a marker without
 * definition), `unused-footnote` (a definition never cited), `footnote-out-of-order` (a
 * numbered marker after a higher one) and `no-footnotes` (a paper without footnotes).
 */
export function findMarkerProblems(
  convention: FootnoteConvention,
  paragraphs: ReadonlyArray<PlacedParagraph>,
  claims: ReadonlyArray<Claim>,
  footnotes: ReadonlyArray<Footnote>,
  place: Placer,
): Array<AnnotationProblem> {
  const problems: Array<AnnotationProblem> = []
  if (convention === 'none') {
    problems.push({
      kind: 'no-footnotes',
      severity: 'warning',
      message:
        'Unexpected paper without footnotes, expected superscript markers, `[^label]` footnotes or `[12]` endnotes',
    })
    return problems
  }
  const defined = new Set<FootnoteId>(footnotes.map((footnote) => footnote.id))
  const cited = new Set<FootnoteId>()
  let highest = 0
  const claimsByParagraph = groupByParagraph(claims)
  for (const paragraph of paragraphs) {
    const paragraphClaims = claimsByParagraph.get(paragraph.index) ?? []
    paragraph.markers.forEach((marker, index) => {
      const where = place(paragraph.markerOffsets[index] ?? 0)
      const id = marker.footnote
      const claim = findClaim(paragraphClaims, marker.offset, id)
      const extra = claim ? { claim, place: where } : { place: where }
      if (!defined.has(id)) {
        problems.push({
          kind: 'missing-footnote',
          severity: 'error',
          message: `Unexpected marker ${id} without a definition, expected a footnote ${id}`,
          footnote: id,
          ...extra,
        })
      }
      if (typeof id === 'number' && !cited.has(id) && id < highest) {
        problems.push({
          kind: 'footnote-out-of-order',
          severity: 'warning',
          message: `Unexpected marker ${id} after marker ${highest}, expected markers in increasing order`,
          footnote: id,
          ...extra,
        })
      }
      if (typeof id === 'number') highest = Math.max(highest, id)
      cited.add(id)
    })
  }
  for (const footnote of footnotes) {
    if (cited.has(footnote.id)) continue
    problems.push({
      kind: 'unused-footnote',
      severity: 'warning',
      message: `Unexpected footnote ${footnote.label} that no marker cites, expected a marker in the body`,
      footnote: footnote.id,
      place: footnote.place,
    })
  }
  return problems
}

/** The claims of each paragraph, in order: one pass, not one per marker. */
function groupByParagraph(claims: ReadonlyArray<Claim>): Map<number, Array<Claim>> {
  const groups = new Map<number, Array<Claim>>()
  for (const claim of claims) {
    const group = groups.get(claim.paragraph)
    if (group) group.push(claim)
    else groups.set(claim.paragraph, [claim])
  }
  return groups
}

/** Id of the last of a paragraph's `claims` that holds the marker of `id` at `offset`. */
function findClaim(
  claims: ReadonlyArray<Claim>,
  offset: number,
  id: FootnoteId,
): string | undefined {
  let found: string | undefined
  for (const claim of claims) {
    if (claim.offset <= offset && claim.footnotes.includes(id)) {
      found = claim.id
    }
  }
  return found
}

/**
 * `unlinked-notes`: the paper clearly has notes but none can be linked — at least two notes
 * that no marker cites, or (`unmatchedLines`) lines at page bottoms numbered 1, 2, … in turn
 * that no marker in the body matches. Says what was seen instead of an empty result.
 */
export function findUnlinkedNotes(
  footnotes: ReadonlyArray<Footnote>,
  unmatchedLines: number,
): Array<AnnotationProblem> {
  if (footnotes.length >= 2 && footnotes.every((footnote) => footnote.claims.length === 0)) {
    const first = footnotes[0]
    return [
      {
        kind: 'unlinked-notes',
        severity: 'warning',
        message: `Unexpected ${footnotes.length} notes (from footnote ${first?.label}) that no marker in the body cites, expected markers such as ¹, [1] or [^1] after the sentences they support`,
        ...(first ? { place: first.place } : {}),
      },
    ]
  }
  if (footnotes.length === 0 && unmatchedLines >= 2) {
    return [
      {
        kind: 'unlinked-notes',
        severity: 'warning',
        message: `Unexpected ${unmatchedLines} lines that look like notes at page bottoms (numbered 1, 2, … in turn), but no body marker matches them; expected each note's number in the body, after the sentence it supports`,
      },
    ]
  }
  return []
}
