/**
 * Where each claim and marker sits in its paragraph: markers are assigned to the claim whose
 * sentence they end (or sit in), and each claim gets a span `[start, end)` of the paragraph's
 * text that holds its sentence and its markers. Pure geometry, no markup.
 */

import type { AuditedClaim, FootnoteId, Paragraph } from '../../pipeline/types.ts'

/** A marker placed in a paragraph. */
export interface PlacedMarker {
  /** Footnote it points to. */
  footnote: FootnoteId
  /** Offset in the paragraph text. */
  offset: number
}

/** A claim placed in a paragraph. */
export interface PlacedClaim {
  /** Position of the claim in `result.claims`. */
  index: number
  /** Start of its span in the paragraph text. */
  start: number
  /** End of its span (exclusive). */
  end: number
  /** Its markers, in order (including markers added for cited footnotes with none). */
  markers: Array<PlacedMarker>
}

/** Markers that belong to no claim (a marker in a sentence the annotator did not keep). */
export interface ParagraphLayout {
  /** Claims in order of their spans. */
  claims: Array<PlacedClaim>
  /** Markers assigned to no claim. */
  strays: Array<PlacedMarker>
}

/** Whether a claim cites a footnote. */
function cites(claim: AuditedClaim, footnote: FootnoteId): boolean {
  return claim.footnotes.some((id) => String(id) === String(footnote))
}

/** The claim a marker belongs to, as a position in `claims`, or -1. */
function ownerOf(claims: ReadonlyArray<{ claim: AuditedClaim }>, marker: PlacedMarker): number {
  let inside = -1
  let before = -1
  claims.forEach(({ claim }, position) => {
    if (!cites(claim, marker.footnote)) return
    const end = claim.offset + claim.text.length
    if (claim.offset <= marker.offset && marker.offset <= end + 1) inside = position
    if (claim.offset <= marker.offset) before = position
  })
  if (inside !== -1) return inside
  if (before !== -1) return before
  return claims.findIndex(({ claim }) => cites(claim, marker.footnote))
}

/**
 * Lay out the claims of one paragraph (`claims` are those whose `paragraph` is this one, with
 * their positions in `result.claims`).
 */
export function layoutParagraph(
  paragraph: Paragraph,
  claims: ReadonlyArray<{ claim: AuditedClaim; index: number }>,
): ParagraphLayout {
  const sorted = [...claims].sort((a, b) => a.claim.offset - b.claim.offset || a.index - b.index)
  const assigned: Array<Array<PlacedMarker>> = sorted.map(() => [])
  const strays: Array<PlacedMarker> = []
  const length = paragraph.text.length
  for (const marker of paragraph.markers) {
    const placed = {
      footnote: marker.footnote,
      offset: Math.min(Math.max(marker.offset, 0), length),
    }
    const owner = ownerOf(sorted, placed)
    if (owner === -1) strays.push(placed)
    else assigned[owner]?.push(placed)
  }
  const placed: Array<PlacedClaim> = []
  let floor = 0
  sorted.forEach(({ claim, index }, position) => {
    const markers = assigned[position] ?? []
    const nextStart = sorted[position + 1]?.claim.offset ?? length
    const start = Math.min(Math.max(claim.offset, floor), length)
    const lastMarker = markers.reduce((most, marker) => Math.max(most, marker.offset), start)
    const end = Math.max(
      start,
      Math.min(
        Math.max(claim.offset + claim.text.length, lastMarker),
        Math.max(nextStart, lastMarker),
        length,
      ),
    )
    const own = markers.map((marker) => ({
      ...marker,
      offset: Math.min(Math.max(marker.offset, start), end),
    }))
    for (const id of claim.footnotes) {
      if (!own.some((marker) => String(marker.footnote) === String(id)))
        own.push({ footnote: id, offset: end })
    }
    own.sort((a, b) => a.offset - b.offset)
    placed.push({ index, start, end, markers: own })
    floor = end
  })
  return { claims: placed, strays }
}
