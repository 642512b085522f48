/**
 * The toolbar of the review page: filters (dead, missing, unverified, warnings, all) and
 * next/previous problem, with the position among them.
 */

import { countOf } from '../words.ts'
import { statusGlyphs, warningGlyph } from './badges.ts'
import { type Child, type Html, h } from './markup.ts'

/** Counts of claims per filter, as the toolbar shows them. */
export interface FilterCounts {
  /** Dead claims. */
  dead: number
  /** Missing claims. */
  missing: number
  /** Unverified claims. */
  unverified: number
  /** Claims with at least one warning. */
  warnings: number
  /** Every claim. */
  all: number
}

/** A filter button. */
function filterButton(
  filter: keyof FilterCounts,
  label: Child,
  count: number,
  pressed: boolean,
): Html {
  return h(
    'button',
    {
      type: 'button',
      class: `filter f-${filter}`,
      'data-filter': filter,
      'aria-pressed': pressed ? 'true' : 'false',
    },
    label,
    ' ',
    h('span', { class: 'count' }, String(count)),
  )
}

/** The toolbar: filters, next/previous problem and the position among them. */
export function renderToolbar(counts: FilterCounts): Html {
  const glyph = (text: string) => h('span', { class: 'glyph', 'aria-hidden': 'true' }, text)
  return h(
    'nav',
    { class: 'toolbar', 'aria-label': 'Filters and navigation' },
    h(
      'div',
      { class: 'filters', role: 'group', 'aria-label': 'Show claims' },
      filterButton('all', 'All', counts.all, true),
      filterButton('dead', [glyph(statusGlyphs.dead), ' Dead'], counts.dead, false),
      filterButton('missing', [glyph(statusGlyphs.missing), ' Missing'], counts.missing, false),
      filterButton(
        'unverified',
        [glyph(statusGlyphs.unverified), ' Unverified'],
        counts.unverified,
        false,
      ),
      filterButton('warnings', [glyph(warningGlyph), ' Warnings'], counts.warnings, false),
    ),
    h(
      'div',
      { class: 'stepper' },
      h(
        'button',
        { type: 'button', class: 'step', 'data-step': '-1', 'aria-keyshortcuts': 'k' },
        glyph('↑'),
        ' Previous ',
        h('kbd', {}, 'k'),
      ),
      h(
        'button',
        { type: 'button', class: 'step', 'data-step': '1', 'aria-keyshortcuts': 'j' },
        glyph('↓'),
        ' Next problem ',
        h('kbd', {}, 'j'),
      ),
      h(
        'span',
        { class: 'position', id: 'position', role: 'status' },
        `${countOf(counts.all, 'claim')} shown`,
      ),
    ),
  )
}
