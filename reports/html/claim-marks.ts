/**
 * What follows a claim in the paper: a clickable marker per footnote (the footnote's status as
 * a glyph, its label, its citation as a tooltip) and a warning flag.
 */

import { shortCitation } from '../citation.ts'
import { countOf } from '../words.ts'
import { statusGlyphs, warningGlyph } from './badges.ts'
import type { PlacedMarker } from './claim-layout.ts'
import { type Html, h } from './markup.ts'
import { findFootnote, type PageModel } from './model.ts'

/** Text only a screen reader reads. */
function hidden(text: string): Html {
  return h('span', { class: 'sr-only' }, text)
}

/** A clickable footnote marker of a claim: glyph of the footnote's status and its label. */
export function renderMarker(model: PageModel, claim: number, marker: PlacedMarker): Html {
  const position = findFootnote(model, marker.footnote)
  const footnote = position === null ? undefined : model.context.result.footnotes[position]
  const status = footnote?.status ?? 'missing'
  const label = footnote?.label ?? String(marker.footnote)
  return h(
    'button',
    {
      type: 'button',
      class: `marker st-${status}`,
      'data-claim': claim,
      'data-footnote': position ?? '',
      'aria-pressed': 'false',
      title:
        footnote === undefined
          ? `Footnote ${label}: no such footnote`
          : `Footnote ${label}: ${status} — ${shortCitation(footnote)}`,
    },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, statusGlyphs[status]),
    hidden('Footnote '),
    label,
    hidden(footnote === undefined ? ': no such footnote' : `: ${status}`),
  )
}

/** The warning flag after a claim's markers. */
export function renderFlag(count: number): Html | null {
  if (count === 0) return null
  return h(
    'span',
    { class: 'flag' },
    h('span', { 'aria-hidden': 'true' }, warningGlyph),
    hidden(countOf(count, 'warning')),
  )
}
