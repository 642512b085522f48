import { describe, expect, it } from 'vitest'
import { renderJson, renderJsonChunks } from '../../reports/index.ts'
import { buildMixedAudit } from './fixtures/mixed.ts'

/** A copy of a value with the keys of every object reversed (same data, other insertion order). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  )
}

describe('renderJson', () => {
  it('is byte-identical for two runs over the same state', () => {
    const first = buildMixedAudit()
    const second = buildMixedAudit()
    for (const item of second.links) {
      item.durationMs += 1000
      item.cached = true
      item.attempts = 0
    }
    second.timestamps = { started: '2026-01-01T00:00:00Z', finished: '2026-01-01T00:01:00Z' }
    expect(renderJson(second)).toBe(renderJson(first))
  })

  it('does not depend on the order in which objects were built', () => {
    const result = buildMixedAudit()
    const shuffled = reverseKeys(result) as typeof result
    expect(renderJson(shuffled)).toBe(renderJson(result))
  })

  it('omits paragraphs, timestamps, durations, attempts and cache flags by default', () => {
    const result = buildMixedAudit()
    result.timestamps = { started: '2026-01-01T00:00:00Z', finished: '2026-01-01T00:01:00Z' }
    const text = renderJson(result)
    expect(text).not.toContain('"paragraphs"')
    expect(text).not.toContain('"durationMs"')
    expect(text).not.toContain('"attempts"')
    expect(text).not.toContain('"cached"')
    expect(text).not.toContain('"timestamps"')
    expect(text).not.toContain('2026-01-01')
  })

  it('keeps durations and timestamps when asked', () => {
    const result = buildMixedAudit()
    result.timestamps = { started: '2026-01-01T00:00:00Z', finished: '2026-01-01T00:01:00Z' }
    const parsed = JSON.parse(renderJson(result, { timestamps: true }))
    expect(parsed.timestamps).toEqual(result.timestamps)
    expect(parsed.links[0].durationMs).toBe(42)
    expect(parsed.links[0].cached).toBe(false)
    expect(parsed.links[0].attempts).toBeTypeOf('number')
    expect(parsed.paragraphs).toBeUndefined()
  })

  it('is pretty-printed with 2 spaces and a trailing newline, schema first', () => {
    const text = renderJson(buildMixedAudit())
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "citecheck",')).toBe(
      true,
    )
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.endsWith('\n\n')).toBe(false)
  })

  it('puts top-level keys and record keys in the documented order', () => {
    const parsed = JSON.parse(renderJson(buildMixedAudit()))
    expect(Object.keys(parsed)).toEqual([
      'schemaVersion',
      'tool',
      'document',
      'options',
      'network',
      'incomplete',
      'summary',
      'sections',
      'claims',
      'footnotes',
      'links',
      'problems',
    ])
    expect(Object.keys(parsed.claims[0]).slice(0, 4)).toEqual([
      'id',
      'status',
      'missingCause',
      'footnotes',
    ])
    expect(Object.keys(parsed.links[0]).slice(0, 4)).toEqual([
      'url',
      'status',
      'reason',
      'footnotes',
    ])
  })

  it('keeps the data: everything but the omitted fields round-trips', () => {
    const result = buildMixedAudit()
    const parsed = JSON.parse(renderJson(result))
    const { paragraphs: _paragraphs, ...expected } = result
    const links = expected.links.map(
      ({ durationMs: _durationMs, attempts: _attempts, cached: _cached, ...rest }) => rest,
    )
    expect(parsed).toEqual(JSON.parse(JSON.stringify({ ...expected, links })))
  })

  it('writes links in the result’s order (the audit sorts them by URL once)', () => {
    const result = buildMixedAudit()
    const urls = JSON.parse(renderJson(result)).links.map((item: { url: string }) => item.url)
    expect(urls).toEqual(result.links.map((item) => item.url))
    expect(urls).toEqual([...urls].sort())
  })

  it('rejects a non-boolean `timestamps`', () => {
    // @ts-expect-error: testing a bad value on purpose.
    expect(() => renderJson(buildMixedAudit(), { timestamps: 'yes' })).toThrow(
      /Expected `timestamps` to be a boolean/,
    )
  })
})

describe('renderJsonChunks', () => {
  it('joins to exactly the text of renderJson, in several chunks for a long list', () => {
    const result = buildMixedAudit()
    const link = result.links[0]
    if (!link) throw new Error('Unexpected fixture without links, expected at least one')
    // Enough links for several batches, with distinct URLs so they stay in sorted order.
    result.links = Array.from({ length: 150 }, (_, index) => ({
      ...link,
      url: `${link.url}/${String(index).padStart(3, '0')}`,
    }))
    for (const timestamps of [false, true]) {
      const chunks = [...renderJsonChunks(result, { timestamps })]
      expect(chunks.length).toBeGreaterThan(3)
      expect(chunks.join('')).toBe(renderJson(result, { timestamps }))
    }
  })

  it('is the 2-space indented text of its own data (what JSON.stringify would write)', () => {
    const text = [...renderJsonChunks(buildMixedAudit())].join('')
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
  })

  it('renders empty lists inline', () => {
    const result = buildMixedAudit()
    result.problems = []
    const text = [...renderJsonChunks(result)].join('')
    expect(text).toContain('\n  "problems": []\n}\n')
    expect(JSON.parse(text).problems).toEqual([])
  })
})
