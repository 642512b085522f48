/**
 * Top of the review page: the paper's title, what was audited, loud notices, the summary
 * table, and the toolbar (filters and next/previous problem).
 */

import type { AuditResult, LinkStatus, SourceStatus } from '../../pipeline/types.ts'
import { describeSupportSummary } from '../support.ts'
import { countOf } from '../words.ts'
import { badge } from './badges.ts'
import { type Html, h } from './markup.ts'

/** The paper's title, or its file name when it has none. */
export function paperTitle(result: AuditResult): string {
  const title = result.document.title?.trim()
  if (title) return title
  return result.document.path.split(/[\\/]/).pop() || 'Paper'
}

/** Notices for an unavailable network and an interrupted run. */
function renderNotices(result: AuditResult): Array<Html> {
  const notices: Array<Html> = []
  if (!result.network.available) {
    notices.push(
      h(
        'p',
        { class: 'notice' },
        h(
          'strong',
          {},
          'The network looked unavailable: no source was verified and nothing is reported dead.',
        ),
        ' Every link is marked unverified. Run the audit again with a working connection.',
      ),
    )
  }
  if (result.incomplete) {
    const left = result.links.filter((link) => link.reason === 'interrupted').length
    notices.push(
      h(
        'p',
        { class: 'notice' },
        h('strong', {}, 'This audit is incomplete: the run was interrupted.'),
        ` ${countOf(left, 'link was', 'links were')} not checked and marked unverified.`,
      ),
    )
  }
  return notices
}

const sourceStatuses: Array<SourceStatus> = ['live', 'dead', 'missing', 'unverified']
const linkStatuses: Array<LinkStatus> = ['live', 'dead', 'unverified', 'excluded']

/** The summary table: claims, footnotes and links by status. */
function renderTable(result: AuditResult): Html {
  const columns: Array<SourceStatus | LinkStatus> = [
    'live',
    'dead',
    'missing',
    'unverified',
    'excluded',
  ]
  const cell = (counts: Record<string, number>, status: string, applies: boolean) =>
    h('td', { 'data-status': status }, applies ? String(counts[status] ?? 0) : '–')
  const row = (
    name: string,
    counts: Record<string, number> & { total: number },
    applies: Array<string>,
  ) =>
    h(
      'tr',
      { 'data-row': name.toLowerCase() },
      h('th', { scope: 'row' }, name),
      columns.map((status) => cell(counts, status, applies.includes(status))),
      h('td', { 'data-status': 'total' }, String(counts.total)),
    )
  const { summary } = result
  return h(
    'table',
    { class: 'summary-table' },
    h('caption', { class: 'sr-only' }, 'Claims, footnotes and links by status'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Counted')),
        columns.map((status) => h('th', { scope: 'col' }, badge(status))),
        h('th', { scope: 'col' }, 'total'),
      ),
    ),
    h(
      'tbody',
      {},
      row('Claims', summary.claims, sourceStatuses),
      row('Footnotes', summary.footnotes, sourceStatuses),
      row('Links', summary.links, linkStatuses),
    ),
  )
}

/** One sentence on the share of claims whose sources are all live, and one on their support. */
function renderShare(result: AuditResult): Html {
  const { claims } = result.summary
  if (claims.total === 0) return h('p', { class: 'share' }, 'No claim cites a footnote.')
  const percent = Math.round(result.summary.claimsAllLive * 100)
  return h(
    'p',
    { class: 'share' },
    h('strong', {}, `${claims.live} of ${countOf(claims.total, 'claim')} (${percent} %)`),
    ` ${claims.live === 1 ? 'has' : 'have'} all their sources live.`,
    result.summary.support === undefined
      ? null
      : [' ', h('strong', {}, 'Support:'), ` ${describeSupportSummary(result.summary.support)}`],
  )
}

/** Title, provenance, notices and summary. */
export function renderHeader(result: AuditResult): Html {
  const { document } = result
  const dated = document.date === undefined ? '' : `, dated ${document.date}`
  return h(
    'header',
    { class: 'page-header' },
    h('h1', {}, paperTitle(result)),
    h(
      'p',
      { class: 'meta' },
      `Citation review by ${result.tool.name} ${result.tool.version} of `,
      h('code', {}, document.path),
      ` (${document.format}, ${document.convention} footnotes${dated}): `,
      `${countOf(result.claims.length, 'claim')} in ${countOf(result.sections.length, 'section')}, `,
      `${countOf(result.footnotes.length, 'footnote')}, ${countOf(result.links.length, 'distinct link')}.`,
    ),
    renderNotices(result),
    h(
      'section',
      { class: 'summary', 'aria-label': 'Summary' },
      h(
        'div',
        { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Summary table' },
        renderTable(result),
      ),
      renderShare(result),
    ),
  )
}
