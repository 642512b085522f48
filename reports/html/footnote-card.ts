/**
 * Footnote cards of the review page: the footnote's full text, its status, and each of its
 * links in detail. The cards are listed at the end of the page (and printed); the side panel
 * shows copies of the cards of the selected claim.
 */

import type { AuditedFootnote } from '../../pipeline/types.ts'
import { linksOf } from '../context.ts'
import { whyMissing } from '../missing.ts'
import { countOf } from '../words.ts'
import { badge } from './badges.ts'
import { renderLink, renderWarnings } from './link-card.ts'
import { type Html, h } from './markup.ts'
import type { PageModel } from './model.ts'
import { renderPhrasing } from './phrasing.ts'

/** Id attribute of a footnote card, by position. */
export function footnoteCardId(index: number): string {
  return `fn-${index}`
}

/** Id attribute of a claim in the paper, by position. */
export function claimElementId(index: number): string {
  return `claim-${index}`
}

/** Links to the claims citing a footnote. */
function renderCitedBy(model: PageModel, footnote: AuditedFootnote): Html | null {
  const claims = model.context.result.claims
  const citing = claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => claim.footnotes.some((id) => String(id) === String(footnote.id)))
  if (citing.length === 0) return h('p', { class: 'cited-by' }, 'Cited by no claim.')
  return h(
    'p',
    { class: 'cited-by' },
    `Cited by ${citing.length === 1 ? 'claim' : 'claims'} `,
    citing.map(({ claim, index }, position) => [
      position === 0 ? '' : ', ',
      h('a', { href: `#${claimElementId(index)}`, 'data-claim': index }, claim.id),
    ]),
    '.',
  )
}

/** The text with its first letter in upper case. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The footnote's own text. */
function renderText(footnote: AuditedFootnote): Html {
  if (footnote.text.trim() === '') return h('p', { class: 'fn-text empty' }, '(empty footnote)')
  return h('p', { class: 'fn-text' }, renderPhrasing(footnote.text))
}

/** One footnote card. */
export function renderFootnoteCard(
  model: PageModel,
  footnote: AuditedFootnote,
  index: number,
): Html {
  const links = linksOf(model.context, footnote)
  const warnings = model.footnoteWarnings[index] ?? []
  const linkUrls = new Set(links.map((link) => link.url))
  const own = warnings.filter((warning) => warning.url === null || !linkUrls.has(warning.url))
  const refers =
    footnote.kind === 'back-reference' && footnote.refersTo !== null
      ? h(
          'p',
          { class: 'note' },
          `Back-reference to footnote ${footnote.refersTo}: its sources are checked.`,
        )
      : null
  const body =
    links.length === 0
      ? h('p', { class: 'note' }, `${capitalize(whyMissing(footnote).words)}.`)
      : links.map((link) =>
          renderLink(
            model,
            link,
            footnote,
            warnings.filter((warning) => warning.url === link.url),
          ),
        )
  const summary = links.length > 1 ? h('p', { class: 'note' }, countOf(links.length, 'link')) : null
  return h(
    'li',
    {
      class: `fn-card st-${footnote.status}`,
      id: footnoteCardId(index),
      'data-footnote': index,
    },
    h('h3', { class: 'fn-head' }, badge(footnote.status), ' ', `Footnote ${footnote.label}`),
    renderText(footnote),
    refers,
    renderWarnings(own),
    summary,
    body,
    renderCitedBy(model, footnote),
  )
}

/** The list of every footnote card. */
export function renderFootnoteCards(model: PageModel): Html {
  const footnotes = model.context.result.footnotes
  const cards =
    footnotes.length === 0
      ? h('p', {}, 'The paper has no footnotes.')
      : h(
          'ol',
          { class: 'fn-cards' },
          footnotes.map((footnote, index) => renderFootnoteCard(model, footnote, index)),
        )
  return h(
    'section',
    { id: 'footnotes', class: 'footnotes', 'aria-labelledby': 'footnotes-title' },
    h('h2', { id: 'footnotes-title' }, 'Footnotes and their sources'),
    cards,
  )
}
