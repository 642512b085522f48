import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { defaultDocsUrl, renderMarkdown } from '../../reports/index.ts'
import { parseMarkdown, selectAll } from '../helpers/markdown-tree.ts'
import { buildFootnote, buildHeader, buildLink, finish } from './fixtures/builders.ts'
import { buildMixedAudit } from './fixtures/mixed.ts'
import { buildIncompleteAudit, buildOfflineAudit } from './fixtures/runs.ts'

/** Headings of depth 2 and 3, as text. */
function headings(markdown: string, depth: number): Array<string> {
  return selectAll(parseMarkdown(markdown), 'heading')
    .filter((node) => node.depth === depth)
    .map((node) => nodeToString(node))
}

describe('renderMarkdown', () => {
  it('renders the mixed paper (snapshot)', async () => {
    await expect(renderMarkdown(buildMixedAudit())).toMatchFileSnapshot('__snapshots__/mixed.md')
  })

  it('renders a run without network (snapshot)', async () => {
    await expect(renderMarkdown(buildOfflineAudit())).toMatchFileSnapshot(
      '__snapshots__/offline.md',
    )
  })

  it('renders an interrupted run (snapshot)', async () => {
    await expect(renderMarkdown(buildIncompleteAudit())).toMatchFileSnapshot(
      '__snapshots__/incomplete.md',
    )
  })

  it('puts the sections in the documented order', () => {
    expect(headings(renderMarkdown(buildMixedAudit()), 2)).toEqual([
      'What was checked',
      'Summary',
      'Needs attention',
      'Claims, section by section',
      'Footnotes',
    ])
  })

  it('orders Needs attention: dead, missing, unverified, redirects, mismatches, other, print-only', () => {
    const parts = headings(renderMarkdown(buildMixedAudit()), 3).slice(0, 7)
    expect(parts).toEqual([
      'Dead sources (6)',
      'Missing sources (3)',
      'Unverified sources (10)',
      'Citations to update (1)',
      'Mismatches (3)',
      'Other problems (2)',
      'Print-only citations, nothing to check (1)',
    ])
  })

  it('lists missing sources by cause: marker without footnote, empty, unresolved back-reference', () => {
    const tree = parseMarkdown(renderMarkdown(buildMixedAudit()))
    const start = tree.children.findIndex(
      (node) => node.type === 'heading' && nodeToString(node) === 'Missing sources (3)',
    )
    const list = tree.children[start + 1]
    expect(list?.type).toBe('list')
    const heads = (list?.type === 'list' ? list.children : []).map((item) =>
      nodeToString(item.children[0] ?? item),
    )
    expect(heads.map((head) => head.split(' — ')[0])).toEqual([
      '⚠️ Marker without footnote 99',
      '⚠️ Footnote 23',
      '⚠️ Footnote 25',
    ])
    expect(heads.join('\n')).not.toContain('Kissinger')
  })

  it('links every reason to its README anchor', () => {
    const tree = parseMarkdown(renderMarkdown(buildMixedAudit()))
    const anchors = new Set(
      [...selectAll(tree, 'link'), ...selectAll(tree, 'definition')].map((node) => node.url),
    )
    for (const id of [
      'not-found',
      'gone',
      'soft-404',
      'invalid-url',
      'no-source',
      'missing-footnote',
    ]) {
      expect(anchors).toContain(`${defaultDocsUrl}#${id}`)
    }
  })

  it('uses another docs base when asked', () => {
    const markdown = renderMarkdown(buildMixedAudit(), { docsUrl: 'https://docs.test/citecheck' })
    expect(markdown).toContain('(https://docs.test/citecheck#not-found)')
    expect(markdown).not.toContain('README.md#')
  })

  it('shows the archived copy and whether a dead link is confirmed', () => {
    const markdown = renderMarkdown(buildMixedAudit())
    expect(markdown).toContain('Archived copy: <https://web.archive.org/web/20230101000000/')
    expect(markdown).toContain('Confirmed dead')
    expect(markdown).toContain('Newly dead')
  })

  it('says loudly that nothing was verified when the network was unavailable', () => {
    const markdown = renderMarkdown(buildOfflineAudit())
    const quote = selectAll(parseMarkdown(markdown), 'blockquote').map((node) => nodeToString(node))
    expect(quote.join('\n').toLowerCase()).toContain(
      'the network looked unavailable: no source was verified; nothing is reported dead',
    )
    expect(markdown).not.toContain('### Dead sources')
  })

  it('says the report is incomplete after an interruption', () => {
    const markdown = renderMarkdown(buildIncompleteAudit())
    expect(markdown).toContain('This audit is incomplete')
    expect(markdown).toMatch(/2 links were not checked/)
  })

  it('links the full report and can stop after Needs attention', () => {
    const markdown = renderMarkdown(buildMixedAudit(), {
      reportUrl: 'https://ci.test/artifacts/report.md',
      summaryOnly: true,
    })
    expect(markdown).toContain('Full report: <https://ci.test/artifacts/report.md>')
    expect(markdown).toContain('## Needs attention')
    expect(markdown).not.toContain('## Claims, section by section')
    expect(markdown).not.toContain('## Footnotes')
  })

  it('says when nothing needs attention', () => {
    const url = 'https://fine.test/'
    const result = finish({
      ...buildHeader('All good'),
      sections: [],
      paragraphs: [],
      claims: [],
      footnotes: [buildFootnote(1, 'web', `See ${url}`, [url])],
      links: [buildLink(url, 'live', 'ok')],
      problems: [],
    })
    const markdown = renderMarkdown(result)
    expect(markdown).toContain('Nothing needs attention: every source is live.')
    expect(markdown).toContain('No claim cites a footnote.')
  })

  it('is deterministic', () => {
    expect(renderMarkdown(buildMixedAudit())).toBe(renderMarkdown(buildMixedAudit()))
  })

  it('rejects bad options with a TypeError', () => {
    const result = buildMixedAudit()
    // @ts-expect-error: testing a bad value on purpose.
    expect(() => renderMarkdown(result, { reportUrl: 3 })).toThrow(/Expected `reportUrl`/)
    // @ts-expect-error: testing a bad value on purpose.
    expect(() => renderMarkdown(result, { summaryOnly: 'yes' })).toThrow(TypeError)
  })
})
