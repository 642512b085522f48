import { describe, expect, it } from 'vitest'
import { assembleAudit, rollUpFootnote, worstStatus } from '../../pipeline/assemble-audit.ts'
import { exitCodeFor, failures } from '../../pipeline/exit-code.ts'
import type {
  AuditProblem,
  LinkCheck,
  LinkStatus,
  SourcedDocument,
  SourcedFootnote,
} from '../../pipeline/types.ts'
import { collectLinks } from '../../sources/extract/index.ts'

function footnote(
  id: number,
  urls: Array<string>,
  extra: Partial<SourcedFootnote> = {},
): SourcedFootnote {
  return {
    id,
    label: String(id),
    text: `note ${id}`,
    place: { line: 10 + id, column: 1 },
    claims: [],
    kind: urls.length > 0 ? 'web' : 'print',
    sources: urls.map((url) => ({ url, kind: 'url', raw: url, supported: true, from: id })),
    refersTo: null,
    citation: { authors: [], title: null, outlet: null, date: null, locator: null },
    ...extra,
  }
}

function check(url: string, status: LinkStatus, extra: Partial<LinkCheck> = {}): LinkCheck {
  return {
    url,
    checkedUrl: url,
    status,
    reason: status === 'live' ? 'ok' : status === 'dead' ? 'not-found' : 'timeout',
    detail: '',
    httpStatus: status === 'live' ? 200 : status === 'dead' ? 404 : null,
    finalUrl: url,
    redirects: [],
    title: null,
    attempts: 1,
    durationMs: 1,
    cached: false,
    ...extra,
  }
}

const a = 'https://a.test/'
const b = 'https://b.test/'
const c = 'https://c.test/'

function document(): SourcedDocument {
  return {
    document: { path: 'p.txt', title: 'P', format: 'text', convention: 'superscript' },
    sections: [],
    paragraphs: [],
    footnotes: [
      footnote(1, [a]),
      footnote(2, [b]),
      footnote(3, []),
      footnote(4, [a, b]),
      footnote(5, [b], { kind: 'back-reference', refersTo: 2 }),
      footnote(6, [c]),
    ],
    claims: [
      {
        id: 'c1',
        section: null,
        text: 'one',
        footnotes: [1],
        paragraph: 0,
        offset: 0,
        place: { line: 1, column: 1 },
      },
      {
        id: 'c2',
        section: null,
        text: 'two',
        footnotes: [1, 2],
        paragraph: 0,
        offset: 4,
        place: { line: 1, column: 5 },
      },
      {
        id: 'c3',
        section: null,
        text: 'three',
        footnotes: [3, 6],
        paragraph: 1,
        offset: 0,
        place: { line: 3, column: 1 },
      },
      {
        id: 'c4',
        section: null,
        text: 'four',
        footnotes: [99],
        paragraph: 1,
        offset: 6,
        place: { line: 3, column: 7 },
      },
      {
        id: 'c5',
        section: null,
        text: 'five',
        footnotes: [6],
        paragraph: 2,
        offset: 0,
        place: { line: 5, column: 1 },
      },
    ],
    problems: [],
  }
}

function audit(
  checks: Array<LinkCheck>,
  networkAvailable = true,
  problems: Array<AuditProblem> = [],
) {
  const sourced = document()
  return assembleAudit({
    document: sourced,
    links: collectLinks(sourced.footnotes),
    checks,
    problems,
    networkAvailable,
    incomplete: false,
    options: {},
    version: '0.0.0',
  })
}

describe('roll-up', () => {
  it('rolls a footnote up from its links', () => {
    expect(rollUpFootnote([])).toBe('missing')
    expect(rollUpFootnote(['dead', 'live'])).toBe('live')
    expect(rollUpFootnote(['dead', 'dead'])).toBe('dead')
    expect(rollUpFootnote(['dead', 'unverified'])).toBe('unverified')
    expect(rollUpFootnote(['excluded'])).toBe('unverified')
  })

  it('takes the worst status for a claim', () => {
    expect(worstStatus(['live', 'unverified'])).toBe('unverified')
    expect(worstStatus(['missing', 'unverified', 'live'])).toBe('missing')
    expect(worstStatus(['missing', 'dead'])).toBe('dead')
  })
})

describe('assembleAudit', () => {
  const result = audit([check(a, 'live'), check(b, 'dead'), check(c, 'unverified')])

  it('fans verdicts back to every citing footnote, back-references included', () => {
    expect(result.links.map((link) => [link.url, link.footnotes])).toEqual([
      [a, [1, 4]],
      [b, [2, 4, 5]],
      [c, [6]],
    ])
    expect(result.footnotes.map((footnote) => footnote.status)).toEqual([
      'live',
      'dead',
      'missing',
      'live',
      'dead',
      'unverified',
    ])
  })

  it('keeps the links sorted by URL, whatever order the checks come in', () => {
    const reversed = audit([check(c, 'unverified'), check(b, 'dead'), check(a, 'live')])
    const urls = reversed.links.map((link) => link.url)
    expect(urls).toEqual([a, b, c].sort())
    expect(reversed.links).toEqual(result.links)
  })

  it('rolls claims up, a marker without a footnote counting as missing', () => {
    expect(result.claims.map((claim) => claim.status)).toEqual([
      'live',
      'dead',
      'missing',
      'missing',
      'unverified',
    ])
  })

  it('says why a source is missing, a claim taking the worst cause of its footnotes', () => {
    expect(result.footnotes.map((footnote) => footnote.missingCause)).toEqual([
      null,
      null,
      'no-source',
      null,
      null,
      null,
    ])
    expect(result.claims.map((claim) => claim.missingCause)).toEqual([
      null,
      null,
      'no-source',
      'missing-footnote',
      null,
    ])
  })

  it('tells an empty footnote, an unresolved back-reference and a back-reference to print apart', () => {
    const sourced = document()
    sourced.footnotes.push(
      footnote(7, [], { kind: 'empty', text: '' }),
      footnote(8, [], { kind: 'back-reference', refersTo: null }),
      footnote(9, [], { kind: 'back-reference', refersTo: 3 }),
      footnote(10, [], { kind: 'back-reference', refersTo: 7 }),
    )
    sourced.claims.push({
      id: 'c6',
      section: null,
      text: 'six',
      footnotes: [9, 8, 1],
      paragraph: 3,
      offset: 0,
      place: { line: 7, column: 1 },
    })
    const audited = assembleAudit({
      document: sourced,
      links: collectLinks(sourced.footnotes),
      checks: [check(a, 'live'), check(b, 'dead'), check(c, 'unverified')],
      problems: [],
      networkAvailable: true,
      incomplete: false,
      options: {},
      version: '0.0.0',
    })
    expect(audited.footnotes.slice(6).map((footnote) => footnote.missingCause)).toEqual([
      'empty-footnote',
      'unresolved-back-reference',
      'no-source',
      'empty-footnote',
    ])
    expect(audited.claims[5]?.missingCause).toBe('unresolved-back-reference')
    expect(audited.summary.footnotes.missing).toBe(5)
  })

  it('counts', () => {
    expect(result.summary.links).toEqual({ total: 3, live: 1, dead: 1, unverified: 1, excluded: 0 })
    expect(result.summary.claims).toEqual({ total: 5, live: 1, dead: 1, missing: 2, unverified: 1 })
    expect(result.summary.claimsAllLive).toBeCloseTo(0.2)
  })

  it('places a problem about a URL at the first footnote citing it', () => {
    const placed = audit([check(a, 'live'), check(b, 'live'), check(c, 'live')], true, [
      { kind: 'permanent-redirect', severity: 'info', message: 'moved', url: b },
    ])
    expect(placed.problems).toEqual([
      expect.objectContaining({ kind: 'permanent-redirect', url: b, footnote: 2 }),
    ])
  })
})

describe('exit codes', () => {
  const result = audit([check(a, 'live'), check(b, 'dead'), check(c, 'unverified')])
  const clean = audit([check(a, 'live'), check(b, 'live'), check(c, 'live')])

  it('follows --fail-on levels, print-only citations failing only `print-only`', () => {
    // 1 dead link; claim c4's marker has no footnote (broken); footnote 3 and claim c3 are
    // print-only; 1 unverified link.
    expect(failures(result, 'dead', null)).toBe(1)
    expect(failures(result, 'missing', null)).toBe(1 + 1)
    expect(failures(result, 'unverified', null)).toBe(1 + 1 + 1)
    expect(failures(result, 'print-only', null)).toBe(1 + 1 + 1 + 2)
    expect(failures(result, 'none', null)).toBe(0)
    expect(exitCodeFor(result, 'dead', null)).toBe(2)
    expect(exitCodeFor(result, 'none', null)).toBe(0)
    expect(exitCodeFor(clean, 'dead', null)).toBe(0)
    expect(exitCodeFor(clean, 'missing', null)).toBe(2)
    expect(failures(clean, 'missing', null)).toBe(1)
    expect(failures(clean, 'print-only', null)).toBe(1 + 2)
  })

  it('fails on new dead links only with a baseline', () => {
    const changes = { newlyDead: [], recovered: [], added: [], removed: [] }
    expect(exitCodeFor(result, 'new-dead', changes as never)).toBe(0)
  })

  it('exits 1 when the network was unavailable', () => {
    const offline = audit(
      [
        check(a, 'unverified', { reason: 'network' }),
        check(b, 'unverified', { reason: 'network' }),
        check(c, 'unverified', { reason: 'network' }),
      ],
      false,
    )
    expect(exitCodeFor(offline, 'dead', null)).toBe(1)
  })
})
