/**
 * The paper's own text on the review page: sections, paragraphs, and each claim marked by its
 * status (tint, underline style and glyph) with clickable footnote markers. Claims that cannot
 * be placed in a paragraph (a paper without paragraphs) are listed by section instead.
 */

import type { AuditedClaim, FootnoteId, Paragraph, Place, Section } from '../../pipeline/types.ts'
import { layoutParagraph, type PlacedClaim, type PlacedMarker } from './claim-layout.ts'
import { renderFlag, renderMarker } from './claim-marks.ts'
import { claimElementId } from './footnote-card.ts'
import { type Child, type Html, h } from './markup.ts'
import type { PageModel } from './model.ts'
import { renderPhrasing } from './phrasing.ts'

/** Classes and data of a claim element. */
function claimAttributes(model: PageModel, index: number, claim: AuditedClaim) {
  const warnings = model.claimWarnings[index]?.length ?? 0
  return {
    class: `claim st-${claim.status}${warnings > 0 ? ' has-warnings' : ''}`,
    id: claimElementId(index),
    'data-claim': index,
  }
}

/** Text of a paragraph between two offsets, with stray markers as plain superscripts. */
function renderPlain(
  text: string,
  from: number,
  to: number,
  strays: Array<PlacedMarker>,
): Array<Child> {
  const out: Array<Child> = []
  let cursor = from
  const here = strays.filter((item) => item.offset >= from && item.offset <= to)
  for (const marker of here) {
    strays.splice(strays.indexOf(marker), 1)
    out.push(
      renderPhrasing(text.slice(cursor, marker.offset)),
      h('sup', { class: 'stray' }, String(marker.footnote)),
    )
    cursor = marker.offset
  }
  out.push(renderPhrasing(text.slice(cursor, to)))
  return out
}

/** One claim's span: its text with its markers at their offsets, then its warning flag. */
function renderClaimSpan(model: PageModel, text: string, placed: PlacedClaim): Html {
  const claim = model.context.result.claims[placed.index] as AuditedClaim
  const children: Array<Child> = []
  let cursor = placed.start
  for (const marker of placed.markers) {
    children.push(
      renderPhrasing(text.slice(cursor, marker.offset)),
      renderMarker(model, placed.index, marker),
    )
    cursor = marker.offset
  }
  children.push(renderPhrasing(text.slice(cursor, placed.end)))
  children.push(renderFlag(model.claimWarnings[placed.index]?.length ?? 0))
  return h('span', claimAttributes(model, placed.index, claim), children)
}

/** One body paragraph with its claims marked. */
function renderParagraph(
  model: PageModel,
  paragraph: Paragraph,
  claims: Array<{ claim: AuditedClaim; index: number }>,
): Html {
  const layout = layoutParagraph(paragraph, claims)
  const children: Array<Child> = []
  let cursor = 0
  for (const placed of layout.claims) {
    children.push(renderPlain(paragraph.text, cursor, placed.start, layout.strays))
    children.push(renderClaimSpan(model, paragraph.text, placed))
    cursor = placed.end
  }
  children.push(renderPlain(paragraph.text, cursor, paragraph.text.length + 1, layout.strays))
  return h('p', { class: layout.claims.length === 0 ? 'para plain' : 'para' }, children)
}

/** A claim on its own (no paragraph to place it in): its text, then its markers. */
function renderLooseClaim(model: PageModel, index: number): Html {
  const claim = model.context.result.claims[index] as AuditedClaim
  const markers = claim.footnotes.map((footnote: FootnoteId) =>
    renderMarker(model, index, { footnote, offset: 0 }),
  )
  return h(
    'p',
    { class: 'para loose' },
    h(
      'span',
      claimAttributes(model, index, claim),
      renderPhrasing(claim.text),
      markers,
      renderFlag(model.claimWarnings[index]?.length ?? 0),
    ),
  )
}

/** Compare two places in reading order. */
function comparePlaces(a: Place, b: Place): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.line - b.line || a.column - b.column
}

/** A section heading of the paper. */
function renderSection(section: Section | string): Html {
  return h('h2', { class: 'section' }, typeof section === 'string' ? section : section.title)
}

/** Claims not placed in any paragraph, grouped by their section. */
function renderLooseClaims(
  model: PageModel,
  indexes: ReadonlyArray<number>,
  placedAny: boolean,
): Array<Child> {
  if (indexes.length === 0) return []
  const out: Array<Child> = [
    h(
      'p',
      { class: 'note' },
      placedAny
        ? 'These claims could not be placed in the text above:'
        : 'The paper’s text is not available; its claims are listed by section.',
    ),
  ]
  let section: string | null | undefined
  for (const index of indexes) {
    const claim = model.context.result.claims[index] as AuditedClaim
    if (claim.section !== section) {
      section = claim.section
      out.push(renderSection(section ?? 'Before the first section'))
    }
    out.push(renderLooseClaim(model, index))
  }
  return out
}

/** The paper: sections and paragraphs with claims marked, then claims it could not place. */
export function renderPaper(model: PageModel): Html {
  const { result } = model.context
  const byParagraph = new Map<number, Array<{ claim: AuditedClaim; index: number }>>()
  result.claims.forEach((claim, index) => {
    const list = byParagraph.get(claim.paragraph) ?? []
    list.push({ claim, index })
    byParagraph.set(claim.paragraph, list)
  })
  const placed = new Set<number>()
  const children: Array<Child> = []
  let nextSection = 0
  // A result read back from JSON has no paragraphs (the JSON report leaves them out).
  const paragraphs: ReadonlyArray<Paragraph> = result.paragraphs ?? []
  for (const paragraph of paragraphs) {
    while (nextSection < result.sections.length) {
      const section = result.sections[nextSection] as Section
      if (comparePlaces(section.place, paragraph.place) > 0) break
      children.push(renderSection(section))
      nextSection += 1
    }
    const claims = byParagraph.get(paragraph.index) ?? []
    for (const { index } of claims) placed.add(index)
    children.push(renderParagraph(model, paragraph, claims))
  }
  if (paragraphs.length > 0) children.push(result.sections.slice(nextSection).map(renderSection))
  const loose = result.claims.map((_, index) => index).filter((index) => !placed.has(index))
  children.push(renderLooseClaims(model, loose, placed.size > 0))
  if (result.claims.length === 0) {
    children.push(
      h(
        'p',
        { class: 'note' },
        'No sentence of this paper carries a footnote marker: there is no claim to review. The footnotes and problems found are listed below.',
      ),
    )
  }
  return h('div', { class: 'paper-text' }, children)
}
