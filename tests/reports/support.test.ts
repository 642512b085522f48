/**
 * The support check in the Markdown report: the passage quoted under the claim with its
 * matched terms in bold, the level in words, missing numbers as a warning, the summary
 * sentence; hostile passages stay text.
 */
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import type { ClaimSupport, SupportSummary } from '../../pipeline/types.ts'
import { serializeMarkdown } from '../../reports/serialize.ts'
import {
  describeSupportSummary,
  renderClaimSupport,
  renderSupportSummary,
} from '../../reports/support.ts'

/** The Markdown of a claim's support blocks. */
function render(support: ClaimSupport): string {
  return serializeMarkdown({ type: 'root', children: renderClaimSupport(support) } as Root)
}

function support(extra: Partial<ClaimSupport>): ClaimSupport {
  return {
    level: 'supported',
    score: 0.82,
    url: 'https://news.example/exports',
    reason: null,
    passage: 'Turkish arms exports rose by 61 percent in 2023.',
    highlights: [
      [0, 7],
      [13, 20],
    ],
    numbersFound: ['2023'],
    numbersMissing: [],
    truncated: false,
    links: [],
    ...extra,
  }
}

describe('renderClaimSupport', () => {
  it('quotes the passage with its matched terms in bold, under the level and the link', () => {
    expect(render(support({}))).toBe(
      'Support: **supported** (score 0.82) — passage from [news.example/exports](https://news.example/exports):\n\n' +
        '> “**Turkish** arms **exports** rose by 61 percent in 2023.”\n',
    )
  })

  it('warns about the numbers the source does not contain, and says when it was cut', () => {
    const markdown = render(
      support({
        level: 'partial',
        score: 0.6,
        page: 12,
        numbersMissing: ['106%'],
        truncated: true,
      }),
    )
    expect(markdown).toContain('Support: **partly supported** (score 0.60, page 12)')
    expect(markdown).toContain(
      '⚠️ Numbers of the claim the source does not contain: 106% (only the first part of the source was read; look further).',
    )
  })

  it('says nothing when no link is live, and why a live page was not read', () => {
    const notChecked = {
      level: 'not-checked' as const,
      score: 0,
      url: null,
      passage: '',
      highlights: [],
    }
    expect(renderClaimSupport(support({ ...notChecked, reason: 'dead' }))).toEqual([])
    expect(renderClaimSupport(undefined)).toEqual([])
    // A cached verdict is said once, in the summary.
    expect(renderClaimSupport(support({ ...notChecked, reason: 'cached' }))).toEqual([])
    expect(render(support({ ...notChecked, reason: 'pdf-encrypted' }))).toBe(
      'Support: **not checked** — the PDF is encrypted.\n',
    )
  })

  it('keeps a hostile passage as text: no HTML, no link, no line break', () => {
    const passage = 'See <img src=x onerror=alert(1)> [click](javascript:alert(1))\n# Title'
    const markdown = render(support({ passage, highlights: [[4, 8]] }))
    expect(markdown).not.toMatch(/(?<!\\)<img/)
    expect(markdown).not.toMatch(/\]\(javascript:/)
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([])
  })
})

describe('the summary sentence', () => {
  it('counts claims by level and those with numbers the source does not contain', () => {
    const summary: SupportSummary = {
      supported: 43,
      partial: 12,
      notFound: 1,
      notChecked: 30,
      cached: 0,
      numbersMissing: 6,
    }
    expect(describeSupportSummary(summary)).toBe(
      '43 claims with a supporting passage, 12 partly supported, 1 with no supporting passage found; 6 claims with numbers the source does not contain; 30 not checked (no live page read).',
    )
    expect(describeSupportSummary({ ...summary, cached: 25 })).toContain(
      '30 not checked (no live page read; 25 of them because their verdicts came from the cache (`--no-cache` reads the pages)).',
    )
    const summaryBase = {
      claims: { total: 0, live: 0, dead: 0, missing: 0, unverified: 0 },
      footnotes: { total: 0, live: 0, dead: 0, missing: 0, unverified: 0 },
      links: { total: 0, live: 0, dead: 0, unverified: 0, excluded: 0 },
      claimsAllLive: 0,
    }
    expect(renderSupportSummary(summaryBase)).toEqual([])
    expect(renderSupportSummary({ ...summaryBase, support: summary })).toHaveLength(1)
  })
})
