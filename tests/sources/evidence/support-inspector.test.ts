/**
 * The support check wired into the page inspector: the checker reads each live page (HTML or
 * PDF bytes), the inspector scores the claims citing it and keeps only the small results.
 */
import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../annotations/types.ts'
import {
  checkLinks,
  citingClaims,
  createInspector,
  type LinkContext,
  type SourcedFootnote,
  type SupportStore,
} from '../../../sources/index.ts'
import { fetchPage, htmlPage, startServer } from '../../helpers/pages.ts'
import { fastCheckOptions } from '../../helpers/server.ts'

/** Answer with bytes of a content type. */
function send(type: string, body: Uint8Array | string) {
  return (_request: unknown, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': type })
    response.end(body)
  }
}

/** Check `urls` with the support check on, each URL cited by `claims`. */
async function inspect(
  urls: ReadonlyArray<string>,
  claims: ReadonlyArray<string>,
): Promise<{ store: SupportStore; checks: Awaited<ReturnType<typeof checkLinks>>['checks'] }> {
  const context = new Map<string, LinkContext>()
  for (const url of urls) {
    context.set(url, {
      titles: [],
      claims: claims.map((text, index) => ({ key: `k${index}`, text, locator: null })),
    })
  }
  const store: SupportStore = new Map()
  const run = await checkLinks(urls, {
    ...fastCheckOptions,
    maxPdfBytes: 1 << 20,
    timeout: 10_000,
    inspect: createInspector(context, { supports: store, maxPdfBytes: 1 << 20 }),
  })
  return { store, checks: run.checks }
}

/** Paragraphs of filler that share no words with the claims below. */
function filler(count: number, seed: string): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<p>Paragraph ${seed}${index} of the archive notes weather, harvests and market prices in the valley towns.</p>`,
  ).join('')
}

const claim = 'The harbour of Trabzon handled 4,200 ships in 2021 according to the port authority.'

describe('support check in the inspector', () => {
  it('scores each claim citing a live HTML page and keeps only small results', async () => {
    const secret = 'Zanzibarian marmalade elephants recite sonnets'
    const body = `${filler(400, 'a')}<p>The port authority said the harbour of Trabzon handled 4,200 ships in 2021.</p>${filler(400, 'b')}<p>${secret}.</p>`
    const server = await startServer({ '/port': { body: htmlPage('Port news', body) } })
    const url = `${server.url}/port`
    const { store, checks } = await inspect([url], [claim, 'Copper mines opened in 1850.'])
    expect(checks[0]).toMatchObject({ status: 'live', reason: 'ok' })
    const page = store.get(url)
    expect(page?.skip).toBeNull()
    expect(page?.claims.get('k0')).toMatchObject({ level: 'supported', numbersMissing: [] })
    expect(page?.claims.get('k0')?.passage).toContain('4,200 ships')
    expect(page?.claims.get('k1')?.level).toBe('not-found')
    expect(page?.claims.get('k1')?.numbersMissing).toEqual(['1850'])
    // Memory: nothing of the page is kept beyond the passages (≤ 300 characters each).
    const kept = JSON.stringify({ ...page, claims: [...(page?.claims ?? new Map()).values()] })
    expect(body.length).toBeGreaterThan(60_000)
    expect(kept.length).toBeLessThan(2_000)
    expect(kept).not.toContain(secret)
    for (const support of page?.claims.values() ?? []) {
      expect(support.passage.length).toBeLessThanOrEqual(300)
    }
  })

  it('reads a PDF from the bytes the checker kept, and takes its title as the page title', async () => {
    const document = await PDFDocument.create()
    document.setTitle('Black Sea ports in 2021')
    const font = await document.embedFont(StandardFonts.Helvetica)
    const pages = [
      ['Chapter one covers the fishing fleet and its boats.'],
      [
        'Chapter two. The harbour of Trabzon handled 4,200 ships in 2021,',
        'according to the port authority, most of them bulk carriers.',
      ],
    ]
    for (const lines of pages) {
      const pdfPage = document.addPage([595, 842])
      for (const [index, text] of lines.entries()) {
        pdfPage.drawText(text, { x: 72, y: 700 - index * 15, size: 11, font })
      }
    }
    const server = await startServer({
      '/report.pdf': send('application/pdf', await document.save()),
    })
    const url = `${server.url}/report.pdf`
    const { store, checks } = await inspect([url], [claim])
    expect(checks[0]?.evidence?.title).toBe('Black Sea ports in 2021')
    expect(store.get(url)?.skip).toBeNull()
    expect(store.get(url)?.claims.get('k0')).toMatchObject({ level: 'supported', page: 2 })
  })

  it('says why a page was not scored: not text, encrypted PDF, PDF over the cap, soft 404', async () => {
    const encrypted = await readFile(new URL('../../fixtures/pdf/encrypted.pdf', import.meta.url))
    const server = await startServer({
      '/image.png': send('image/png', 'not really a png'),
      '/locked.pdf': send('application/pdf', encrypted),
      '/big.pdf': (_request, response) => {
        response.writeHead(200, {
          'content-type': 'application/pdf',
          'content-length': String(2 << 20),
        })
        response.end(Buffer.alloc(2 << 20))
      },
      '/missing': { body: htmlPage('Page not found') },
    })
    const urls = ['/image.png', '/locked.pdf', '/big.pdf', '/missing'].map(
      (path) => `${server.url}${path}`,
    )
    const { store, checks } = await inspect(urls, [claim])
    expect(urls.map((url) => store.get(url)?.skip)).toEqual([
      'not-text',
      'pdf-encrypted',
      'pdf-too-large',
      undefined, // a soft 404 is dead: nothing to score
    ])
    expect(checks.map((check) => check.status)).toEqual(['live', 'live', 'live', 'dead'])
  })
})

describe('support check after a stop', () => {
  it('scores no page once the run is stopped, and stores nothing rather than a failure', async () => {
    const server = await startServer({
      '/port': { body: htmlPage('Port news', `<p>${claim}</p>`) },
    })
    const url = `${server.url}/port`
    const context = new Map<string, LinkContext>([
      [url, { titles: [], claims: [{ key: 'k0', text: claim, locator: null }] }],
    ])
    const page = await fetchPage(url)
    const store: SupportStore = new Map()
    const stop = new AbortController()
    const inspect = createInspector(context, { supports: store, signal: stop.signal })
    await inspect(page)
    expect(store.get(url)?.claims.get('k0')?.level).toBe('supported')
    store.clear()
    stop.abort()
    expect((await inspect(page)).evidence.title).toBe('Port news')
    expect(store.size).toBe(0)
  })
})

describe('citingClaims', () => {
  const place = { line: 1, column: 1 }
  const footnote = (
    id: number,
    urls: Array<string>,
    locator: string | null,
    refersTo: number | null = null,
  ): SourcedFootnote =>
    ({
      id,
      label: String(id),
      text: '',
      place,
      claims: [],
      kind: refersTo === null ? 'web' : 'back-reference',
      refersTo,
      sources: urls.map((url) => ({
        url,
        kind: 'url',
        raw: url,
        supported: true,
        from: refersTo ?? id,
      })),
      citation: { authors: [], title: null, outlet: null, date: null, locator },
    }) as SourcedFootnote
  const claimOf = (id: string, text: string, footnotes: Array<number>): Claim => ({
    id,
    section: null,
    text,
    footnotes,
    paragraph: 0,
    offset: 0,
    place,
  })

  it('pairs each claim with the URLs of its footnotes, back-references and locators included', () => {
    const footnotes = [
      footnote(1, ['https://a.example/report'], 'p. 3'),
      footnote(2, ['https://a.example/report'], 'p. 180', 1),
      footnote(3, ['https://b.example/x', 'https://c.example/y'], null),
    ]
    const claims = [
      claimOf(
        'c1',
        'Exports grew by *106 percent*, see [the report](https://a.example/report).',
        [1],
      ),
      claimOf('c2', 'Imports fell.', [2, 3]),
      claimOf('c3', 'Imports fell.', [2]),
    ]
    const byUrl = citingClaims([{ claims, footnotes }])
    expect(byUrl.get('https://a.example/report')).toEqual([
      {
        key: 'p. 3\u0000Exports grew by *106 percent*, see [the report](https://a.example/report).',
        text: 'Exports grew by 106 percent, see the report.',
        locator: 'p. 3',
      },
      // c2 and c3 say the same with the same locator: scored once.
      { key: 'p. 180\u0000Imports fell.', text: 'Imports fell.', locator: 'p. 180' },
    ])
    expect(byUrl.get('https://c.example/y')).toEqual([
      { key: '\u0000Imports fell.', text: 'Imports fell.', locator: null },
    ])
  })
})
