import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { renderAnnotated } from '../../reports/index.ts'
import { parseMarkdown, selectAll } from '../helpers/markdown-tree.ts'
import { buildMixedAudit } from './fixtures/mixed.ts'

describe('renderAnnotated', () => {
  it('re-emits the mixed paper with annotated footnotes (snapshot)', async () => {
    await expect(renderAnnotated(buildMixedAudit())).toMatchFileSnapshot(
      '__snapshots__/mixed.annotated.md',
    )
  })

  it('turns every marker into a GFM footnote reference followed by its mark', () => {
    const result = buildMixedAudit()
    const tree = parseMarkdown(renderAnnotated(result))
    const references = selectAll(tree, 'footnoteReference')
    const markers = result.paragraphs.flatMap((item) => item.markers)
    expect(references.map((node) => node.identifier)).toEqual(
      markers.map((marker) => String(marker.footnote)),
    )
    const markdown = renderAnnotated(result)
    expect(markdown).toContain('weight.[^1]✅🚩 The concept')
    expect(markdown).toContain('observers.[^2]❌[^3]❌[^24]✅')
    expect(markdown).toContain('never defines.[^99]⚠️')
  })

  it('defines every footnote with its verdict, including a cited one that does not exist', () => {
    const tree = parseMarkdown(renderAnnotated(buildMixedAudit()))
    const definitions = selectAll(tree, 'footnoteDefinition')
    const byId = new Map(definitions.map((node) => [node.identifier, nodeToString(node)]))
    expect(byId.size).toBe(28)
    expect(byId.get('2')).toMatch(/^❌ dead: Author 2/)
    expect(byId.get('2')).toContain('news.test/not-found ❌ dead (not found)')
    expect(byId.get('22')).toMatch(/^⚠️ missing: H\. Kissinger/)
    expect(byId.get('23')).toContain('(empty footnote)')
    expect(byId.get('99')).toContain('the paper has no such footnote')
  })

  it('keeps sections as headings in order, empty ones included', () => {
    const tree = parseMarkdown(renderAnnotated(buildMixedAudit()))
    const titles = selectAll(tree, 'heading').map((node) => `${node.depth} ${nodeToString(node)}`)
    expect(titles).toEqual([
      '1 Sources of a Sample Paper',
      '2 Introduction',
      '2 Evidence by reason',
      '2 Other kinds',
      '2 Conclusion',
    ])
  })

  it('keeps the text before the first section first', () => {
    const markdown = renderAnnotated(buildMixedAudit())
    expect(markdown.indexOf('An unsourced preface')).toBeLessThan(
      markdown.indexOf('## Introduction'),
    )
  })
})
