import type { PlacedParagraph } from './body.ts'
import type { Placer } from './places.ts'
import { splitSentences } from './sentences.ts'
import type { Claim, FootnoteId } from './types.ts'

/**
 * Turn every sentence that carries at least one marker into a claim, in document order
 * (`c1`, `c2`, …). A marker belongs to the sentence it follows, even when it stands after
 * the sentence's final punctuation.
 */
export function linkClaims(
  paragraphs: ReadonlyArray<PlacedParagraph>,
  place: Placer,
): Array<Claim> {
  const claims: Array<Claim> = []
  for (const paragraph of paragraphs) {
    if (paragraph.markers.length === 0) continue
    const spans = splitSentences(
      paragraph.text,
      new Set(paragraph.markers.map((marker) => marker.offset)),
    )
    let spanIndex = 0
    let current: Claim | undefined
    for (const marker of paragraph.markers) {
      while (spanIndex < spans.length - 1 && marker.offset > (spans[spanIndex]?.end ?? 0)) {
        spanIndex++
      }
      const span = spans[spanIndex] ?? { start: 0, end: paragraph.text.length }
      if (current?.offset !== span.start || current.paragraph !== paragraph.index) {
        current = {
          id: `c${claims.length + 1}`,
          section: paragraph.section,
          text: paragraph.text.slice(span.start, span.end).trim(),
          footnotes: [],
          paragraph: paragraph.index,
          offset: span.start,
          place: place(paragraph.offsets.at(span.start) ?? 0),
        }
        claims.push(current)
      }
      addOnce(current.footnotes, marker.footnote)
    }
  }
  return claims
}

/** Push `id` unless already present. */
function addOnce(ids: Array<FootnoteId>, id: FootnoteId): void {
  if (!ids.includes(id)) ids.push(id)
}
