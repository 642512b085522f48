import { describe, expect, it } from 'vitest'
import { loadPages } from '../../annotations/pdf/load.ts'
import { streamPages } from '../../annotations/pdf/pdf-thread.ts'
import { makePdf, type PageSpec } from '../helpers/make-pdf.ts'

/** A page with one note per link, each link over its own note line. */
function pageWithLinks(links: Array<{ url: string; flags?: number }>): PageSpec {
  return {
    body: ['Body text of the page.'],
    notes: links.map((link, index) => `^{${index + 1}} See ${link.url}`),
    links: links.map((link, index) => ({ ...link, noteLine: index })),
  }
}

describe('link annotations of a PDF', () => {
  it('gives each page its own links, in the order of the page', async () => {
    const bytes = await makePdf([
      pageWithLinks([{ url: 'https://example.org/one' }, { url: 'https://example.org/two' }]),
      pageWithLinks([]),
      pageWithLinks([{ url: 'https://example.org/three' }]),
    ])
    const pages = await loadPages(bytes)
    expect(pages.map((page) => page.links.map((link) => link.url))).toEqual([
      ['https://example.org/one', 'https://example.org/two'],
      [],
      ['https://example.org/three'],
    ])
    const [first] = pages[0]?.links ?? []
    expect(first?.rect[0]).toBeCloseTo(72)
  })

  it('leaves out links not shown on screen (NoView) and keeps the others', async () => {
    // Invisible (1) is for annotation types a reader does not know: pdf.js ignores it on a link.
    const bytes = await makePdf([
      pageWithLinks([
        { url: 'https://example.org/invisible', flags: 1 },
        { url: 'https://example.org/hidden', flags: 2 },
        { url: 'https://example.org/print', flags: 4 },
        { url: 'https://example.org/no-view', flags: 32 },
        { url: 'https://example.org/print-no-view', flags: 36 },
      ]),
    ])
    const [page] = await loadPages(bytes)
    expect(page?.links.map((link) => link.url)).toEqual([
      'https://example.org/invisible',
      'https://example.org/hidden',
      'https://example.org/print',
    ])
  })

  it('reads the links of the pages read only', async () => {
    const bytes = await makePdf([
      pageWithLinks([{ url: 'https://example.org/one' }]),
      pageWithLinks([{ url: 'https://example.org/two' }]),
      pageWithLinks([{ url: 'https://example.org/three' }]),
    ])
    const links: Array<Array<string>> = []
    await streamPages(bytes, { readPages: 2 }, (page) => {
      links.push(page.links.map((link) => link.url))
    })
    expect(links).toEqual([['https://example.org/one'], ['https://example.org/two']])
  })
})
