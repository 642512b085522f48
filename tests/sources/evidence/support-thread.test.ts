/**
 * The support check in a worker thread: a real thread scores real pages (HTML and PDF bytes)
 * exactly as this thread does, and when the thread is gone its pages are scored here instead.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import {
  createPageScorer,
  createSupportCheck,
  type Page,
  type PageScorer,
  type SupportStore,
  startSupportThread,
} from '../../../sources/index.ts'

const claims = [
  {
    key: 'harbour',
    text: 'The harbour of Trabzon handled 4,200 ships in 2021 according to the port authority.',
    locator: null,
  },
  { key: 'copper', text: 'Copper mines opened in 1850.', locator: null },
]

/** A live page as the checker hands it to the inspector. */
function page(fields: Partial<Page>): Page {
  return {
    url: 'http://127.0.0.1:9/page',
    checkedUrl: 'http://127.0.0.1:9/page',
    finalUrl: 'http://127.0.0.1:9/page',
    status: 200,
    headers: {},
    contentType: 'text/html',
    body: '',
    truncated: false,
    redirects: [],
    ...fields,
  }
}

const html = page({
  body: `<html><head><title>Port news</title></head><body><p>Fishing boats left at dawn.</p><p>The port authority said the harbour of Trabzon handled 4,200 ships in 2021.</p></body></html>`,
})

/** A two-page PDF holding the harbour sentence on page 2. */
async function makePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  document.setTitle('Black Sea ports in 2021')
  const font = await document.embedFont(StandardFonts.Helvetica)
  for (const text of ['Chapter one covers the fishing fleet.', claims[0]?.text ?? '']) {
    document.addPage([595, 842]).drawText(text, { x: 72, y: 700, size: 11, font })
  }
  return document.save()
}

describe('support thread', () => {
  it('scores HTML and PDF pages in a worker thread exactly as this thread does', async () => {
    const pdf = page({ contentType: 'application/pdf', bytes: await makePdf() })
    const local = createPageScorer()
    const thread = startSupportThread()
    try {
      for (const item of [html, pdf]) {
        const [there, here] = await Promise.all([thread.score(item, claims), local(item, claims)])
        expect(there).toEqual(here)
        expect(there.skip).toBeNull()
        expect(there.claims.get('harbour')?.level).toBe('supported')
        expect(there.claims.get('copper')?.numbersMissing).toEqual(['1850'])
      }
    } finally {
      await thread.close()
    }
  })

  it('rejects pages once closed, and the support check then scores them in this thread', async () => {
    const thread = startSupportThread()
    await thread.score(html, claims)
    await thread.close()
    await expect(thread.score(html, claims)).rejects.toThrow()
    let offered = 0
    const closed: PageScorer = (item, cited) => {
      offered++
      return thread.score(item, cited)
    }
    const store: SupportStore = new Map()
    const result = await createSupportCheck(store, { scorer: closed })(html, claims)
    expect(offered).toBe(1)
    expect(result.claims.get('harbour')?.level).toBe('supported')
    expect(store.get(html.url)).toBe(result)
  })

  it('ends when the run stops: a page still in the thread is rejected at once', async () => {
    const controller = new AbortController()
    const thread = startSupportThread({ signal: controller.signal })
    const pending = thread.score(html, claims)
    controller.abort()
    await expect(pending).rejects.toThrow('Support thread gone')
    await expect(thread.score(html, claims)).rejects.toThrow()
  })

  it('once the run stops, a page its thread dropped is left unscored, not scored here', async () => {
    const controller = new AbortController()
    const stopping: PageScorer = () => {
      controller.abort()
      return Promise.reject(new Error('Support thread gone'))
    }
    const store: SupportStore = new Map()
    const check = createSupportCheck(store, { scorer: stopping, signal: controller.signal })
    const result = await check(html, claims)
    expect(result).toEqual({ skip: null, title: null, claims: new Map() })
    expect(store.size).toBe(0)
  })
})
