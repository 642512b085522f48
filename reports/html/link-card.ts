/**
 * One link of a footnote on the review page: verdict and reason in words, HTTP status, the
 * redirect chain, page title beside the cited title, text fragment, DOI, archived copy with a
 * "copy the repaired citation" button, dead history and warnings.
 */

import type { AuditedFootnote, LinkResult } from '../../pipeline/types.ts'
import { describeReason } from '../reasons.ts'
import { formatCapture } from '../repair-note.ts'
import type { Warning } from '../warnings.ts'
import {
  describeConfirmedDead,
  describeDoi,
  describeFragment,
  describeSoft404Rule,
  describeTitleMatch,
} from '../words.ts'
import { badge, idCode, warningBadge } from './badges.ts'
import { type Child, externalLink, type Html, h } from './markup.ts'
import { findRepair, type PageModel } from './model.ts'

/** A term and its description. */
function fact(term: string, ...description: Array<Child>): Html {
  return h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, description))
}

/** The redirect chain as an ordered list of hops. */
function renderRedirects(link: LinkResult): Html | null {
  if (link.redirects.length === 0) return null
  const hops = link.redirects.map((hop) =>
    h(
      'li',
      {},
      `HTTP ${hop.status} ${hop.permanent ? '(permanent)' : '(temporary)'} to `,
      externalLink(hop.to),
    ),
  )
  return fact('Redirects', h('ol', { class: 'hops' }, hops))
}

/** Page title beside the cited title, with the score in words. */
function renderTitles(link: LinkResult, footnote: AuditedFootnote): Array<Html> {
  const page = link.evidence?.title ?? link.title
  const cited = footnote.citation.title
  const facts: Array<Html> = []
  if (page !== null && page.trim() !== '') facts.push(fact('Page title', h('q', {}, page)))
  if (cited !== null && cited.trim() !== '') {
    const score = link.evidence?.titleMatch ?? null
    facts.push(
      fact(
        'Cited title',
        h('q', {}, cited),
        score === null ? null : ` — the page’s title ${describeTitleMatch(score)}`,
      ),
    )
  }
  return facts
}

/** The archived copy, its capture date and the copy button. */
function renderArchive(model: PageModel, link: LinkResult, footnote: number): Html | null {
  const copy = link.evidence?.archive
  if (!copy) return null
  const date = formatCapture(copy.timestamp) ?? copy.timestamp
  const repair = findRepair(model, footnote, link.url)
  const button =
    repair === null
      ? null
      : h(
          'span',
          { class: 'copy-row' },
          h(
            'button',
            { type: 'button', class: 'copy', 'data-repair': repair },
            'Copy the repaired citation',
          ),
          h('span', { class: 'copy-status', role: 'status' }),
        )
  return fact('Archived copy', externalLink(copy.url), ` captured ${date}`, button)
}

/** Evidence facts of a link. */
function renderEvidence(
  model: PageModel,
  link: LinkResult,
  footnote: AuditedFootnote,
): Array<Html | null> {
  const evidence = link.evidence
  const position = model.footnoteIndex.get(String(footnote.id)) ?? -1
  const fragment = describeFragment(evidence?.fragmentFound ?? null)
  const history = describeConfirmedDead(evidence?.confirmedDead ?? null)
  return [
    ...renderTitles(link, footnote),
    evidence?.soft404Rule
      ? fact(
          'Soft 404',
          idCode(evidence.soft404Rule, null),
          ` ${describeSoft404Rule(evidence.soft404Rule)}`,
        )
      : null,
    fragment === null ? null : fact('Text fragment', fragment),
    evidence?.doi
      ? fact('DOI', h('code', {}, evidence.doi.doi), ` ${describeDoi(evidence.doi)}`)
      : null,
    renderArchive(model, link, position),
    history === null ? null : fact('History', history),
  ]
}

/** Warnings as a list, or nothing. */
export function renderWarnings(warnings: ReadonlyArray<Warning>): Html | null {
  if (warnings.length === 0) return null
  return h(
    'ul',
    { class: 'warnings' },
    warnings.map((warning) =>
      h(
        'li',
        { 'data-warning': warning.kind },
        warningBadge(warning.title),
        ' ',
        warning.words,
        warning.target === null ? null : [' New address: ', externalLink(warning.target)],
      ),
    ),
  )
}

/** One link of a footnote, with everything known about it. */
export function renderLink(
  model: PageModel,
  link: LinkResult,
  footnote: AuditedFootnote,
  warnings: ReadonlyArray<Warning>,
): Html {
  const verdict = h(
    'p',
    { class: 'verdict' },
    badge(link.status),
    // A live link's reason (`ok`) would only repeat its status.
    link.reason === 'ok'
      ? null
      : [
          ' ',
          h('strong', {}, describeReason(link.reason)),
          ' ',
          idCode(link.reason, model.docsUrl),
        ],
    link.httpStatus === null ? null : ` · HTTP ${link.httpStatus}`,
    link.cached ? ' · from the cache' : null,
  )
  const detail = link.detail.trim() === `HTTP ${link.httpStatus}` ? '' : link.detail.trim()
  return h(
    'div',
    { class: `link st-${link.status}`, 'data-url': link.url },
    h('p', { class: 'link-url' }, externalLink(link.url)),
    verdict,
    h(
      'dl',
      { class: 'facts' },
      detail === '' ? null : fact('Detail', detail),
      link.checkedUrl === link.url ? null : fact('Checked as', externalLink(link.checkedUrl)),
      renderRedirects(link),
      renderEvidence(model, link, footnote),
    ),
    renderWarnings(warnings),
  )
}
