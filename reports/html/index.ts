/**
 * The review page: one self-contained HTML file (inline style and script, no network, a strict
 * Content Security Policy) with the summary on top, the paper's text with each claim marked by
 * status, a side panel for the selected claim, filters and next/previous problem, and the
 * footnote cards. Pure and deterministic: the same result gives the same bytes.
 */

import { createHash } from 'node:crypto'
import type { AuditResult, Problem } from '../../pipeline/types.ts'
import { describePlace } from '../words.ts'
import { buildPageData } from './data.ts'
import { renderFootnoteCards } from './footnote-card.ts'
import { fragment, type Html, h, raw, render, toScriptJson } from './markup.ts'
import { buildModel } from './model.ts'
import { renderPaper } from './paper.ts'
import { clientScript } from './script.ts'
import { pageStyle } from './style.ts'
import { paperTitle, renderHeader } from './summary.ts'
import { renderToolbar } from './toolbar.ts'

/** Options of `renderHtml`. */
export interface HtmlOptions {
  /**
   * Base URL of the documentation of reason and problem ids (`README.md`, linked as
   * `README.md#not-found`); `null` (the default) shows the ids without links, since a page
   * opened from disk or a CI artifact has no README beside it.
   */
  docsUrl?: string | null
}

/** `sha256-…` source of a CSP hash for an inline element's text. */
function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The Content Security Policy: nothing from anywhere, only this page's style and script. */
function buildPolicy(): string {
  return [
    "default-src 'none'",
    "img-src 'none'",
    `style-src ${hashOf(pageStyle)}`,
    `script-src ${hashOf(clientScript)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** One problem of the paper, the sources or the run. */
function renderProblem(problem: Problem): Html {
  const where: Array<string> = []
  if (problem.footnote !== undefined) where.push(`footnote ${problem.footnote}`)
  if (problem.claim !== undefined) where.push(`claim ${problem.claim}`)
  if (problem.place !== undefined) where.push(describePlace(problem.place))
  return h(
    'li',
    { 'data-kind': problem.kind },
    h('strong', {}, problem.severity),
    ' ',
    h('code', {}, problem.kind),
    where.length === 0 ? ': ' : ` (${where.join(', ')}): `,
    problem.message,
    problem.url === undefined ? null : [' — ', h('span', { class: 'url' }, problem.url)],
  )
}

/** Problems and options, collapsed at the end. */
function renderDetails(result: AuditResult): Html {
  const options = Object.entries(result.options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return h(
    'section',
    { class: 'problems', 'aria-label': 'Problems and options' },
    h(
      'details',
      {},
      h('summary', {}, `Problems found (${result.problems.length})`),
      result.problems.length === 0
        ? h('p', {}, 'None.')
        : h('ul', {}, result.problems.map(renderProblem)),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'Options of the run'),
      options.length === 0
        ? h('p', {}, 'Defaults.')
        : h(
            'ul',
            {},
            options.map(([key, value]) =>
              h('li', {}, h('code', {}, `${key}: ${JSON.stringify(value)}`)),
            ),
          ),
    ),
  )
}

/** The side panel (a bottom sheet on narrow screens), empty until a claim is selected. */
function renderPanel(): Html {
  return h(
    'aside',
    { id: 'panel', class: 'panel', 'aria-labelledby': 'panel-title' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'panel-title' }, 'Selected claim'),
      h(
        'span',
        { class: 'sheet-controls' },
        h(
          'button',
          { type: 'button', class: 'step', 'data-step': '-1' },
          h('span', { 'aria-hidden': 'true' }, '↑'),
          ' Previous',
        ),
        h(
          'button',
          { type: 'button', class: 'step', 'data-step': '1' },
          h('span', { 'aria-hidden': 'true' }, '↓'),
          ' Next',
        ),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close the details' }, 'Close'),
      ),
    ),
    h('p', { id: 'panel-status', class: 'sr-only', 'aria-live': 'polite' }),
    h(
      'div',
      { id: 'panel-body', class: 'panel-body' },
      h(
        'p',
        { class: 'hint' },
        'Select a highlighted sentence or a footnote number to see its sources: each link’s verdict, redirects, page title, archived copy and warnings, and the passage that best supports the claim. Keys: ',
        h('kbd', {}, 'j'),
        ' next problem, ',
        h('kbd', {}, 'k'),
        ' previous, ',
        h('kbd', {}, 'Esc'),
        ' close.',
      ),
    ),
  )
}

/** Render the review page of an audit as one self-contained HTML document. */
export function renderHtml(result: AuditResult, options: Readonly<HtmlOptions> = {}): string {
  const docsUrl = options.docsUrl ?? null
  if (docsUrl !== null && typeof docsUrl !== 'string') {
    throw new TypeError('Expected `docsUrl` to be a string or null')
  }
  const model = buildModel(result, docsUrl)
  const data = buildPageData(model)
  const head = fragment(
    raw('<meta charset="utf-8">'),
    h('meta', { 'http-equiv': 'Content-Security-Policy', content: buildPolicy() }),
    h('meta', { name: 'referrer', content: 'no-referrer' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: `${result.tool.name} ${result.tool.version}` }),
    h('title', {}, `Citation review: ${paperTitle(result)}`),
    raw(`<style>${pageStyle}</style>`),
  )
  const page = fragment(
    h('a', { class: 'skip', href: '#paper' }, 'Skip to the paper'),
    renderHeader(result),
    renderToolbar(data.counts),
    h(
      'div',
      { class: 'layout' },
      h(
        'main',
        { id: 'paper', class: 'paper', 'aria-label': 'The paper with its claims marked' },
        renderPaper(model),
      ),
      renderPanel(),
    ),
    renderFootnoteCards(model),
    renderDetails(result),
    h(
      'footer',
      { class: 'page-footer' },
      `Generated by ${result.tool.name} ${result.tool.version}. Open this file in any browser; it makes no network request.`,
    ),
    raw(`<script type="application/json" id="citecheck-data">${toScriptJson(data)}</script>`),
    raw(`<script>${clientScript}</script>`),
  )
  return `<!doctype html>\n<html lang="en">\n<head>\n${render(head)}\n</head>\n<body data-filter="all">\n${render(page)}\n</body>\n</html>\n`
}
