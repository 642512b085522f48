/**
 * Each claim's support, assembled from the support check's results (by URL and claim key) and
 * the links' verdicts: the best link, numbers missing from every checked source, and why a
 * claim was not checked.
 */
import { describe, expect, it } from 'vitest'
import { assembleAudit } from '../../pipeline/assemble-audit.ts'
import type {
  Claim,
  LinkCheck,
  LinkStatus,
  SourcedDocument,
  SourcedFootnote,
} from '../../pipeline/types.ts'
import { supportKey } from '../../sources/evidence/index.ts'
import type { Support } from '../../sources/evidence/support/index.ts'
import type { PageSupport } from '../../sources/evidence/support-check.ts'
import { collectLinks } from '../../sources/extract/index.ts'

const place = { line: 1, column: 1 }

function footnote(id: number, urls: Array<string>, locator: string | null = null): SourcedFootnote {
  return {
    id,
    label: String(id),
    text: `note ${id}`,
    place,
    claims: [],
    kind: urls.length > 0 ? 'web' : 'print',
    sources: urls.map((url) => ({ url, kind: 'url', raw: url, supported: true, from: id })),
    refersTo: null,
    citation: { authors: [], title: null, outlet: null, date: null, locator },
  }
}

function claim(id: string, text: string, footnotes: Array<number>): Claim {
  return { id, section: null, text, footnotes, paragraph: 0, offset: 0, place }
}

function check(url: string, status: LinkStatus, cached = false): LinkCheck {
  return {
    url,
    checkedUrl: url,
    status,
    reason: status === 'live' ? 'ok' : status === 'dead' ? 'not-found' : 'timeout',
    detail: '',
    httpStatus: status === 'live' ? 200 : null,
    finalUrl: url,
    redirects: [],
    title: null,
    attempts: 1,
    durationMs: 1,
    cached,
  }
}

function support(level: Support['level'], score: number, extra: Partial<Support> = {}): Support {
  return {
    level,
    score,
    passage: `passage ${level}`,
    highlights: [[0, 7]],
    numbersFound: [],
    numbersMissing: [],
    truncated: false,
    ...extra,
  }
}

const [a, b, c, d, e, f] = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `https://${name}.test/`)

function document(): SourcedDocument {
  return {
    document: { path: 'p.md', title: 'P', format: 'markdown', convention: 'markdown' },
    sections: [],
    paragraphs: [],
    footnotes: [
      footnote(1, [a], 'p. 4'),
      footnote(2, [b]),
      footnote(3, [c]),
      footnote(4, []),
      footnote(5, [d]),
      footnote(6, [e]),
      footnote(7, [f]),
    ],
    claims: [
      claim('c1', 'Exports rose by 106 percent.', [1, 2]),
      claim('c2', 'Imports fell.', [3]),
      claim('c3', 'A print source.', [4]),
      claim('c4', 'A cached page.', [5]),
      claim('c5', 'A locked PDF.', [6]),
      claim('c6', 'A page never handed over.', [7]),
    ],
    problems: [],
  }
}

function assemble(supports: Map<string, PageSupport> | null) {
  const sourced = document()
  return assembleAudit({
    document: sourced,
    links: collectLinks(sourced.footnotes),
    checks: [
      check(a, 'live'),
      check(b, 'live'),
      check(c, 'dead'),
      check(d, 'live', true),
      check(e, 'live'),
      check(f, 'live'),
    ],
    problems: [],
    networkAvailable: true,
    incomplete: false,
    options: {},
    version: '0.0.0',
    supports,
  })
}

const pageOf = (entries: Array<[string, Support]>, skip: PageSupport['skip'] = null) => ({
  skip,
  title: null,
  claims: new Map(entries),
})

describe('assembleAudit with support results', () => {
  const result = assemble(
    new Map<string, PageSupport>([
      [
        a,
        pageOf([
          [
            supportKey('Exports rose by 106 percent.', 'p. 4'),
            support('partial', 0.4, { numbersMissing: ['106%'], page: 4 }),
          ],
        ]),
      ],
      [
        b,
        pageOf([
          [
            supportKey('Exports rose by 106 percent.', null),
            support('supported', 0.8, { numbersFound: ['106%'] }),
          ],
        ]),
      ],
      [e, pageOf([], 'pdf-encrypted')],
    ]),
  )
  const byId = new Map(result.claims.map((item) => [item.id, item.support]))

  it('takes the best link, and reports a number missing only when every checked source misses it', () => {
    expect(byId.get('c1')).toEqual({
      level: 'supported',
      score: 0.8,
      url: b,
      reason: null,
      passage: 'passage supported',
      highlights: [[0, 7]],
      numbersFound: ['106%'],
      numbersMissing: [],
      truncated: false,
      links: [
        { url: a, level: 'partial', score: 0.4, reason: null },
        { url: b, level: 'supported', score: 0.8, reason: null },
      ],
    })
  })

  it('says why a claim was not checked', () => {
    const reasons = ['c2', 'c3', 'c4', 'c5', 'c6'].map((id) => [
      byId.get(id)?.level,
      byId.get(id)?.reason,
      byId.get(id)?.url,
    ])
    expect(reasons).toEqual([
      ['not-checked', 'dead', null],
      ['not-checked', 'no-link', null],
      ['not-checked', 'cached', null],
      ['not-checked', 'pdf-encrypted', null],
      ['not-checked', 'not-read', null],
    ])
    expect(byId.get('c3')?.links).toEqual([])
  })

  it('counts claims by level, and never changes a status', () => {
    expect(result.summary.support).toEqual({
      supported: 1,
      partial: 0,
      notFound: 0,
      notChecked: 5,
      cached: 1,
      numbersMissing: 0,
    })
    const without = assemble(null)
    expect(without.claims.map((item) => item.status)).toEqual(
      result.claims.map((item) => item.status),
    )
    expect(without.claims.some((item) => 'support' in item)).toBe(false)
    expect(without.summary.support).toBeUndefined()
  })
})
