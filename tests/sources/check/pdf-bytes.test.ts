/**
 * `maxPdfBytes`: the checker keeps the raw bytes of a 2xx PDF body for its inspector (the
 * support check reads them), only when asked, capped, decoded, and never changing a verdict.
 */
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { emptyEvidence } from '../../../sources/evidence/index.ts'
import { checkLinks, type LinkCheck, type Page } from '../../../sources/index.ts'
import { fastCheckOptions, startServer } from '../../helpers/server.ts'

/** A body that starts like a PDF, `size` bytes long. */
function pdfLike(size: number): Buffer {
  const body = Buffer.alloc(size, 0x41)
  body.write('%PDF-1.7\n')
  return body
}

/** Serve `routes` (path → headers and body) and check every path with `maxPdfBytes`. */
async function readPages(
  routes: Record<string, { headers: Record<string, string>; body: Buffer }>,
  maxPdfBytes: number,
): Promise<{ pages: Map<string, Page>; checks: Array<LinkCheck> }> {
  const server = await startServer((request, response) => {
    const route = routes[request.url ?? '']
    if (!route) return void response.writeHead(404).end()
    response.writeHead(200, route.headers)
    response.end(route.body)
  })
  const pages = new Map<string, Page>()
  const run = await checkLinks(
    Object.keys(routes).map((path) => `${server.origin}${path}`),
    {
      ...fastCheckOptions,
      maxPdfBytes,
      inspect: (page) => {
        pages.set(new URL(page.url).pathname, page)
        return { evidence: emptyEvidence(null) }
      },
    },
  )
  return { pages, checks: run.checks }
}

const pdf = pdfLike(3000)

describe('maxPdfBytes', () => {
  it('reads no PDF body by default', async () => {
    const { pages } = await readPages(
      { '/report.pdf': { headers: { 'content-type': 'application/pdf' }, body: pdf } },
      0,
    )
    expect(pages.get('/report.pdf')).toMatchObject({ body: '', truncated: true })
    expect(pages.get('/report.pdf')?.bytes).toBeUndefined()
  })

  it('keeps the bytes of a PDF, of a generic binary type starting with %PDF-, gzip decoded', async () => {
    const { pages, checks } = await readPages(
      {
        '/declared': { headers: { 'content-type': 'application/pdf' }, body: pdf },
        '/octet': { headers: { 'content-type': 'application/octet-stream' }, body: pdf },
        '/untyped': { headers: {}, body: pdf },
        '/gzip': {
          headers: { 'content-type': 'application/pdf', 'content-encoding': 'gzip' },
          body: gzipSync(pdf),
        },
        '/zip': {
          headers: { 'content-type': 'application/octet-stream' },
          body: Buffer.from('PK\u0003\u0004 not a pdf'),
        },
      },
      1 << 20,
    )
    for (const path of ['/declared', '/octet', '/untyped', '/gzip']) {
      expect(Buffer.from(pages.get(path)?.bytes ?? []).equals(pdf), path).toBe(true)
      expect(pages.get(path)?.truncated, path).toBe(false)
    }
    expect(pages.get('/zip')?.bytes).toBeUndefined()
    expect(checks.map((check) => check.status)).toEqual(['live', 'live', 'live', 'live', 'live'])
  })

  it('cuts a longer PDF at the cap, and skips one whose content-length is over it', async () => {
    const big = pdfLike(50_000)
    const { pages, checks } = await readPages(
      {
        // Chunked (no content-length): read up to the cap, then the rest is not downloaded.
        '/chunked': { headers: { 'content-type': 'application/pdf' }, body: big },
        '/announced': {
          headers: { 'content-type': 'application/pdf', 'content-length': String(big.length) },
          body: big,
        },
      },
      10_000,
    )
    expect(pages.get('/chunked')?.bytes?.byteLength).toBe(10_000)
    expect(pages.get('/chunked')?.truncated).toBe(true)
    expect(pages.get('/announced')?.bytes).toBeUndefined()
    expect(pages.get('/announced')?.truncated).toBe(true)
    expect(checks.map((check) => check.status)).toEqual(['live', 'live'])
  })
})
