/**
 * Top of the Markdown report: title, what was checked, and loud notices; and the options,
 * collapsed at its end.
 */

import type { BlockContent, Heading, RootContent } from 'mdast'
import type { AuditResult } from '../pipeline/types.ts'
import { cleanText } from './escape.ts'
import { code, heading, link, list, listItem, paragraph, strong, text, untrusted } from './nodes.ts'

/** Title of the report: the paper's title, or its file name when it has none. */
function renderTitle(result: AuditResult): Heading {
  const name = result.document.title ?? result.document.path.split(/[\\/]/).pop() ?? 'Paper'
  return heading(1, untrusted(name, 200))
}

/** Count with a noun, pluralised with `s`: `1 claim`, `3 claims`. */
export function count(value: number, noun: string): string {
  return `${value} ${value === 1 ? noun : `${noun}s`}`
}

/**
 * The options that changed verdicts, collapsed at the end of the report (`<details>`, which
 * GitHub shows closed): one item per option, sorted by name.
 */
export function renderOptions(result: AuditResult): Array<RootContent> {
  const entries = Object.entries(result.options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const title =
    entries.length === 0
      ? 'Options: all defaults'
      : `Options that change verdicts (${entries.length})`
  const nodes: Array<RootContent> = [
    { type: 'html', value: `<details>\n<summary>${title}</summary>` },
  ]
  if (entries.length > 0) {
    nodes.push(
      list(
        entries.map(([key, value]) =>
          listItem(paragraph(code(`${key}: ${JSON.stringify(value)}`, 100))),
        ),
      ),
    )
  }
  nodes.push({ type: 'html', value: '</details>' })
  return nodes
}

/** Blockquote notices for an unavailable network and an interrupted run. */
function renderNotices(result: AuditResult): Array<BlockContent> {
  const notices: Array<BlockContent> = []
  if (!result.network.available) {
    notices.push({
      type: 'blockquote',
      children: [
        paragraph(
          text('⚠️ '),
          strong(
            text(
              'The network looked unavailable: no source was verified; nothing is reported dead.',
            ),
          ),
          text(' Every link is marked unverified. Run the audit again with a working connection.'),
        ),
      ],
    })
  }
  if (result.incomplete) {
    const left = result.links.filter((item) => item.reason === 'interrupted').length
    notices.push({
      type: 'blockquote',
      children: [
        paragraph(
          text('⚠️ '),
          strong(text('This audit is incomplete: the run was interrupted.')),
          text(
            ` ${count(left, 'link')} ${left === 1 ? 'was' : 'were'} not checked and ${left === 1 ? 'is' : 'are'} marked unverified.`,
          ),
        ),
      ],
    })
  }
  return notices
}

/** Title, provenance line, what was checked, options and notices. */
export function renderOverview(result: AuditResult, reportUrl?: string): Array<RootContent> {
  const { document, summary } = result
  const nodes: Array<RootContent> = [renderTitle(result)]
  nodes.push(
    paragraph(
      text(`Citation audit by ${result.tool.name} ${result.tool.version} of `),
      code(document.path, 200),
      text(
        ` (${document.format}, ${document.convention} footnotes${document.date === undefined ? '' : `, dated ${cleanText(document.date)}`}).`,
      ),
    ),
  )
  if (reportUrl !== undefined) nodes.push(paragraph(text('Full report: '), link(reportUrl)))
  nodes.push(...renderNotices(result))
  nodes.push(heading(2, text('What was checked')))
  nodes.push(
    list([
      listItem(
        paragraph(
          text(
            `${count(summary.claims.total, 'claim')}${result.sections.length === 0 ? '' : ` in ${count(result.sections.length, 'section')}`}, citing ${count(summary.footnotes.total, 'footnote')}.`,
          ),
        ),
      ),
      listItem(
        paragraph(
          text(
            `${count(summary.links.total, 'distinct link')}, each checked once and its verdict shared by every footnote citing it.`,
          ),
        ),
      ),
    ]),
  )
  return nodes
}
