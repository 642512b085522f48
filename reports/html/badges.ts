/**
 * Status badges of the review page: a glyph and a word on a tinted background, so a status is
 * never told by colour alone. Glyphs are plain text characters (no emoji font needed).
 */

import type { AnyStatus } from '../marks.ts'
import { type Html, h } from './markup.ts'

/** Glyph of each status. */
export const statusGlyphs: Record<AnyStatus, string> = {
  live: '✓',
  dead: '✗',
  missing: '!',
  unverified: '?',
  excluded: '–',
}

/** Glyph of a warning. */
export const warningGlyph = '⚠'

/** A badge: glyph and word (`✗ dead`), classed by status. */
export function badge(status: AnyStatus, words: string = status): Html {
  return h(
    'span',
    { class: `badge st-${status}` },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, statusGlyphs[status]),
    ` ${words}`,
  )
}

/** A warning badge: glyph and its short name. */
export function warningBadge(title: string): Html {
  return h(
    'span',
    { class: 'badge st-warning' },
    h('span', { class: 'glyph', 'aria-hidden': 'true' }, warningGlyph),
    ` ${title}`,
  )
}

/** A stable id as code, linked to its documentation when a docs URL is known. */
export function idCode(id: string, docsUrl: string | null): Html {
  const code = h('code', {}, id)
  if (docsUrl === null) return code
  return h('a', { href: `${docsUrl}#${id}`, rel: 'noopener noreferrer', target: '_blank' }, code)
}
