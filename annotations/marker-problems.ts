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
  for (const paragraph of paragraphs) {
    paragraph.markers.forEach((marker, index) => {
      const where = place(paragraph.markerOffsets[index] ?? 0)
      const id = marker.footnote
      const claim = findClaim(claims, paragraph.index, marker.offset, id)
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

/** Id of the claim that holds the marker of `id` at `offset` in paragraph `paragraph`. */
function findClaim(
  claims: ReadonlyArray<Claim>,
  paragraph: number,
  offset: number,
  id: FootnoteId,
): string | undefined {
  let found: string | undefined
  for (const claim of claims) {
    if (claim.paragraph === paragraph && claim.offset <= offset && claim.footnotes.includes(id)) {
      found = claim.id
    }
  }
  return found
}
