import { describe, expect, it } from 'vitest'
import type { AuditResult } from '../../pipeline/types.ts'
import { shortCitation } from '../../reports/citation.ts'
import { renderAnnotated, renderJson, renderMarkdown } from '../../reports/index.ts'
import { buildFootnote, finish } from './fixtures/builders.ts'
import { buildMixedAudit } from './fixtures/mixed.ts'

/** The mixed audit with `change` applied before statuses and the summary are recomputed. */
function variant(change: (result: AuditResult) => void): AuditResult {
  const result = buildMixedAudit()
  change(result)
  const { summary: _summary, ...base } = result
  return finish(base)
}

describe('reports on odd audits', () => {
  it('renders zero claims and zero links without throwing, deterministically', () => {
    const empty = variant((result) => {
      result.claims = []
      result.paragraphs = []
      result.links = []
    })
    const markdown = renderMarkdown(empty)
    expect(markdown).toContain('No claim cites a footnote.')
    expect(markdown).toContain('- 0 claims in')
    expect(renderMarkdown(structuredClone(empty))).toBe(markdown)
    expect(renderJson(structuredClone(empty))).toBe(renderJson(empty))
    expect(() => renderAnnotated(empty)).not.toThrow()
  })

  it('names an undefined string footnote a label, an undefined numbered one a number', () => {
    const result = variant((result) => {
      const first = result.claims[0]
      if (first) first.footnotes = ['ghost', 999]
    })
    const markdown = renderMarkdown(result)
    expect(markdown).toContain('ghost — the paper has no footnote with this label')
    expect(markdown).toContain('999 — the paper has no footnote with this number')
    expect(result.claims[0]?.status).toBe('missing')
  })

  it('drops a dangling `See:` from a footnote shown without its links', () => {
    const footnote = buildFootnote(1, 'web', 'A report on ports. See: https://x.test/a', [])
    expect(shortCitation(footnote)).toBe('A report on ports')
  })

  // The dangling-label regex once rescanned a run of dots per character: minutes on 1 MB.
  it('shortens a footnote of a million dots in linear time', () => {
    const footnote = buildFootnote(1, 'print', `${'.'.repeat(1_000_000)}x See:`, [])
    expect(shortCitation(footnote).length).toBeLessThan(200)
  }, 30_000)

  // The sort once spread every citing footnote into `Math.min(...)`: a stack overflow here.
  it('sorts a dead link cited by 200k footnote ids without overflowing the stack', () => {
    const result = buildMixedAudit()
    const dead = result.links.find((item) => item.status === 'dead')
    if (!dead) throw new Error('the mixed audit has a dead link')
    dead.footnotes = Array.from({ length: 200_000 }, (_, index) => index + 1)
    expect(renderMarkdown(result)).toContain(dead.url)
  })
})
