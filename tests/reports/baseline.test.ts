import { describe, expect, it } from 'vitest'
import { InputError } from '../../pipeline/errors.ts'
import type { AuditResult, LinkReason, LinkStatus } from '../../pipeline/types.ts'
import { compareBaseline, renderJson, renderMarkdown } from '../../reports/index.ts'
import { buildFootnote, buildHeader, buildLink, finish } from './fixtures/builders.ts'

/** A result with one footnote per link: [url, status, reason]. */
function buildRun(links: Array<[string, LinkStatus, LinkReason]>): AuditResult {
  return finish({
    ...buildHeader('Baseline Paper'),
    sections: [],
    paragraphs: [],
    claims: [],
    footnotes: links.map(([url], index) => buildFootnote(index + 1, 'web', `See ${url}`, [url])),
    links: links.map(([url, status, reason]) => buildLink(url, status, reason)),
    problems: [],
  })
}

/** Parsed JSON of a run, as the CLI reads a baseline. */
function asBaseline(result: AuditResult): unknown {
  return JSON.parse(renderJson(result))
}

const before = buildRun([
  ['https://a.test/', 'live', 'ok'],
  ['https://b.test/', 'dead', 'not-found'],
  ['https://c.test/', 'live', 'ok'],
  ['https://d.test/', 'unverified', 'timeout'],
  ['https://e.test/', 'dead', 'gone'],
])
const after = buildRun([
  ['https://a.test/', 'dead', 'not-found'],
  ['https://b.test/', 'live', 'ok'],
  ['https://d.test/', 'unverified', 'timeout'],
  ['https://e.test/', 'dead', 'gone'],
  ['https://f.test/', 'dead', 'gone'],
  ['https://g.test/', 'live', 'ok'],
])

describe('compareBaseline', () => {
  const changes = compareBaseline(asBaseline(before), after)

  it('finds newly dead links, including new ones that are dead', () => {
    expect(changes.newlyDead.map((change) => [change.url, change.previousStatus])).toEqual([
      ['https://a.test/', 'live'],
      ['https://f.test/', null],
    ])
    expect(changes.newlyDead[0]?.footnotes).toEqual([1])
  })

  it('finds recovered links', () => {
    expect(changes.recovered.map((change) => change.url)).toEqual(['https://b.test/'])
    expect(changes.recovered[0]?.status).toBe('live')
  })

  it('finds new and removed links with their footnotes', () => {
    expect(changes.added.map((change) => change.url)).toEqual([
      'https://f.test/',
      'https://g.test/',
    ])
    expect(changes.removed).toEqual([
      {
        url: 'https://c.test/',
        status: null,
        previousStatus: 'live',
        reason: 'ok',
        footnotes: [3],
      },
    ])
  })

  it('finds nothing between identical runs', () => {
    expect(compareBaseline(asBaseline(after), after)).toEqual({
      newlyDead: [],
      recovered: [],
      added: [],
      removed: [],
    })
  })

  it('renders the changes section of the report', () => {
    const markdown = renderMarkdown(after, { changes })
    const section = markdown.slice(
      markdown.indexOf('## Changes since last run'),
      markdown.indexOf('## Needs attention'),
    )
    expect(section).toContain('**Newly dead (2)**')
    expect(section).toContain('<https://a.test/> — footnote 1 — ✅ live → ❌ dead')
    expect(section).toContain('**Recovered (1)**')
    expect(section).toContain('**New links (2)**')
    expect(section).toContain('<https://c.test/> — footnote 3 — ✅ live → removed')
    const unchanged = renderMarkdown(after, { changes: compareBaseline(asBaseline(after), after) })
    expect(unchanged).toContain('No change since the last run.')
  })

  it.each([
    ['a list', [], /not a JSON object/],
    ['another tool', { tool: { name: 'lychee' }, schemaVersion: 1, links: [] }, /`tool\.name`/],
    [
      'an unknown schema',
      { tool: { name: 'citecheck' }, schemaVersion: 2, links: [] },
      /unknown `schemaVersion` 2/,
    ],
    ['no schema', { tool: { name: 'citecheck' }, links: [] }, /unknown `schemaVersion` undefined/],
    [
      'links not a list',
      { tool: { name: 'citecheck' }, schemaVersion: 1, links: {} },
      /`links` is not a list/,
    ],
    [
      'a bad status',
      {
        tool: { name: 'citecheck' },
        schemaVersion: 1,
        links: [{ url: 'https://a.test/', status: 'ok', reason: 'ok', footnotes: [] }],
      },
      /`links\[0\]`\.status is "ok"/,
    ],
    [
      'a link without url',
      {
        tool: { name: 'citecheck' },
        schemaVersion: 1,
        links: [{ status: 'live', reason: 'ok', footnotes: [] }],
      },
      /`links\[0\]`\.url/,
    ],
    [
      'bad footnotes',
      {
        tool: { name: 'citecheck' },
        schemaVersion: 1,
        links: [{ url: 'https://a.test/', status: 'live', reason: 'ok', footnotes: [null] }],
      },
      /footnotes is not a list of footnote ids/,
    ],
  ])('rejects %s', (_name, previous, message) => {
    let caught: unknown
    try {
      compareBaseline(previous, after)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InputError)
    expect((caught as InputError).code).toBe('baseline')
    expect((caught as InputError).message).toMatch(message)
    expect((caught as InputError).message).toMatch(
      /^Unexpected baseline: .*, expected the JSON result/,
    )
  })
})
