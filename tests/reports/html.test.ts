/**
 * The review page as text, without a browser: self-contained, deterministic, small enough, a
 * policy that matches its inline style and script, a data block that cannot close its script,
 * warnings derived from problems and evidence, and claims placed in their paragraphs.
 */
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AuditedClaim, Paragraph } from '../../pipeline/types.ts'
import { layoutParagraph } from '../../reports/html/claim-layout.ts'
import { buildPageData } from '../../reports/html/data.ts'
import { renderHtml } from '../../reports/html/index.ts'
import { toScriptJson } from '../../reports/html/markup.ts'
import { buildModel } from '../../reports/html/model.ts'
import { auditBundledPaper } from './fixtures/bundled-audit.ts'
import { allAttacks, buildHostilePage } from './fixtures/hostile-page.ts'
import { buildMixedAudit } from './fixtures/mixed.ts'

/** The text of the first element `<tag …>…</tag>` whose opening tag matches `open`. */
function inner(html: string, open: RegExp, tag: string): string {
  const start = html.search(open)
  if (start === -1) throw new Error(`no ${open}`)
  const from = html.indexOf('>', start) + 1
  return html.slice(from, html.indexOf(`</${tag}>`, from))
}

/** `'sha256-…'` of a text. */
function hashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`
}

describe('renderHtml on the bundled paper', async () => {
  const result = await auditBundledPaper()
  const html = renderHtml(result)

  it('is at most 600 KB and the same bytes every time', () => {
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(600 * 1024)
    expect(renderHtml(structuredClone(result))).toBe(html)
  })

  it('loads nothing: no external resource, and a policy that allows only its own style and script', () => {
    expect(html).not.toMatch(/\ssrc=|<link\b|<img\b|<iframe\b|@import|url\(/i)
    const attribute = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    const policy = attribute.replaceAll('&#39;', "'")
    const directives = policy.split('; ')
    expect(directives).toContain("default-src 'none'")
    expect(directives).toContain("img-src 'none'")
    expect(directives).toContain(`style-src ${hashOf(inner(html, /<style>/, 'style'))}`)
    expect(directives).toContain(`script-src ${hashOf(inner(html, /<script>/, 'script'))}`)
    expect(html.match(/<script\b/g)).toHaveLength(2)
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
  })

  it('places every claim once in the paper, with a marker per footnote it cites', () => {
    for (const [index, claim] of result.claims.entries()) {
      expect(html.split(`id="claim-${index}"`)).toHaveLength(2)
      const markers = html.match(new RegExp(`class="marker[^"]*" data-claim="${index}"`, 'g')) ?? []
      expect(markers.length, claim.id).toBeGreaterThanOrEqual(claim.footnotes.length)
    }
  })

  it('embeds the data the script reads, counting as the summary does', () => {
    const data = JSON.parse(inner(html, /<script type="application\/json"/, 'script'))
    expect(data).toEqual(buildPageData(buildModel(result, null)))
    expect(data.counts).toMatchObject({
      all: result.summary.claims.total,
      dead: result.summary.claims.dead,
      missing: result.summary.claims.missing,
      unverified: result.summary.claims.unverified,
    })
  })
})

describe('renderHtml on hostile text', () => {
  const result = buildHostilePage()
  const html = renderHtml(result)

  it('never writes untrusted text as markup', () => {
    expect(html).not.toContain('<script>window')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<!-- the rest')
    expect(html).not.toContain('href="javascript:')
    expect(html.match(/<script\b/g)).toHaveLength(2)
    expect(html.match(/<\/script>/g)).toHaveLength(2)
  })

  it('writes a data block that parses back to the same text', () => {
    const block = inner(html, /<script type="application\/json"/, 'script')
    expect(block).not.toMatch(/[<>&\u2028\u2029]/)
    const data = JSON.parse(block)
    expect(data.claims.map((claim: { text: string }) => claim.text)).toEqual(
      result.claims.map((claim) => claim.text),
    )
    expect(data.repairs[0]).toContain(allAttacks)
  })
})

describe('toScriptJson', () => {
  it('escapes what could end a script or a string, and parses back unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const item of [value, text, { text, list: [text, '</script>', '<!--', '\u2028'] }]) {
          const json = toScriptJson(item)
          expect(json).not.toMatch(/[<>&\u2028\u2029]/)
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(item)))
        }
      }),
    )
  })
})

describe('warnings at claims', () => {
  const result = buildMixedAudit()
  const model = buildModel(result, null)
  const warningsOf = (footnote: number) => {
    const index = result.claims.findIndex((claim) => claim.footnotes.includes(footnote))
    return (model.claimWarnings[index] ?? []).map((warning) => [warning.kind, warning.target])
  }

  it('come from problems by URL and footnote, and from the links’ evidence', () => {
    // Footnote 1: an outlet mismatch and a missing fragment (problems about its link).
    expect(warningsOf(1)).toEqual([
      ['outlet-mismatch', null],
      ['fragment-missing', null],
    ])
    // Footnote 7: a soft 404 by rule (evidence) and a title mismatch (problem).
    expect(warningsOf(7)).toEqual([
      ['title-mismatch', null],
      ['soft-404', null],
    ])
    // Footnote 27: moved permanently, with the new address.
    expect(warningsOf(27)).toContainEqual(['permanent-redirect', 'https://new.test/report'])
    // A claim on a plain live page has none.
    expect(warningsOf(22)).toEqual([])
  })

  it('lists the claims of a result read back from JSON (which has no paragraphs)', () => {
    const { paragraphs: _, ...rest } = result
    const html = renderHtml(rest as typeof result)
    for (const index of result.claims.keys()) expect(html).toContain(`id="claim-${index}"`)
    expect(html).toContain('listed by section')
  })

  it('links the ids to their documentation only when asked', () => {
    expect(renderHtml(result)).not.toContain('README.md#not-found')
    expect(renderHtml(result, { docsUrl: 'README.md' })).toContain('href="README.md#not-found"')
    expect(() => renderHtml(result, { docsUrl: 5 as unknown as string })).toThrow(
      'Expected `docsUrl` to be a string or null',
    )
  })
})

describe('layoutParagraph', () => {
  const paragraph: Paragraph = {
    index: 0,
    section: null,
    text: 'First claim here. Second claim, twice cited. No marker here. Last one.',
    markers: [
      { footnote: 1, offset: 16 }, // before the period of the first sentence
      { footnote: 2, offset: 31 }, // inside the second sentence
      { footnote: 3, offset: 44 }, // after its period
      { footnote: 9, offset: 70 }, // a marker no claim cites
    ],
    place: { line: 1, column: 1 },
  }
  const claim = (
    id: string,
    offset: number,
    text: string,
    footnotes: Array<number>,
  ): AuditedClaim => ({
    id,
    section: null,
    text,
    footnotes,
    paragraph: 0,
    offset,
    place: { line: 1, column: offset + 1 },
    status: 'live',
    missingCause: null,
  })
  const claims = [
    claim('c1', 0, 'First claim here.', [1]),
    claim('c2', 18, 'Second claim, twice cited.', [2, 3]),
    claim('c3', 61, 'Last one.', [4]),
  ]

  it('gives each marker to the sentence it ends or sits in, and adds the missing ones', () => {
    const layout = layoutParagraph(
      paragraph,
      claims.map((item, index) => ({ claim: item, index })),
    )
    expect(
      layout.claims.map((item) => [
        item.start,
        item.end,
        item.markers.map((m) => [m.footnote, m.offset]),
      ]),
    ).toEqual([
      [0, 17, [[1, 16]]],
      [
        18,
        44,
        [
          [2, 31],
          [3, 44],
        ],
      ],
      [61, 70, [[4, 70]]],
    ])
    expect(layout.strays).toEqual([{ footnote: 9, offset: 70 }])
  })
})
