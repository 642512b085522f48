import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import {
  buildCdxUrl,
  chooseSnapshot,
  findArchivedCopies,
  toWaybackTimestamp,
} from '../../../sources/evidence/archive.ts'
import { startServer } from '../../helpers/pages.ts'

/** Snapshots the fake CDX server knows, per original URL. */
const snapshots: Record<string, Array<string>> = {
  'https://example.org/story': [
    '20190101000000',
    '20231025120000',
    '20231110080000',
    '20250101000000',
  ],
  'https://example.org/old': ['20150505101010'],
}

/** A fake CDX server: answers JSON rows (header first) and records each query. */
async function startCdxService() {
  const queries: Array<URLSearchParams> = []
  const server = await startServer({
    '/cdx/search/cdx': (request: IncomingMessage, response: ServerResponse) => {
      const query = new URL(request.url ?? '', 'http://x').searchParams
      queries.push(query)
      const url = query.get('url') ?? ''
      if (url.includes('overloaded')) {
        response.writeHead(503)
        response.end('slow down')
        return
      }
      const rows = (snapshots[url] ?? []).map((timestamp) => [timestamp, url])
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(rows.length === 0 ? [] : [['timestamp', 'original'], ...rows]))
    },
  })
  return { archiveApi: `${server.url}/cdx/search/cdx`, queries }
}

describe('findArchivedCopies', () => {
  it('chooses the 200 snapshot closest to the paper’s date', async () => {
    const { archiveApi, queries } = await startCdxService()
    const result = await findArchivedCopies(
      ['https://example.org/story'],
      { archiveApi, allowPrivate: true, timeout: 2000 },
      '2023-11-02',
    )
    expect(result.get('https://example.org/story')).toEqual({
      url: 'https://web.archive.org/web/20231025120000/https://example.org/story',
      timestamp: '20231025120000',
    })
    const [query] = queries
    expect(query?.get('url')).toBe('https://example.org/story')
    expect(query?.get('output')).toBe('json')
    expect(query?.get('filter')).toBe('statuscode:200')
    expect(query?.get('fl')).toBe('timestamp,original')
    expect(query?.get('closest')).toBe('20231102000000')
  })

  it('takes the latest snapshot without a date, and null without any or on a failure', async () => {
    const { archiveApi } = await startCdxService()
    const result = await findArchivedCopies(
      ['https://example.org/story', 'https://example.org/never', 'https://overloaded.example/x'],
      { archiveApi, allowPrivate: true, timeout: 2000 },
    )
    expect(result.get('https://example.org/story')?.timestamp).toBe('20250101000000')
    expect(result.get('https://example.org/never')).toBeNull()
    expect(result.get('https://overloaded.example/x')).toBeNull()
  })

  it('accepts YYYYMM dates and asks politely: one query per distinct URL, in bounded flight', async () => {
    const { archiveApi, queries } = await startCdxService()
    const result = await findArchivedCopies(
      ['https://example.org/old', 'https://example.org/old', 'https://example.org/story'],
      { archiveApi, allowPrivate: true, timeout: 2000 },
      '202401',
    )
    expect(queries).toHaveLength(2)
    expect(result.get('https://example.org/old')?.timestamp).toBe('20150505101010')
    expect(result.get('https://example.org/story')?.timestamp).toBe('20231110080000')
  })

  it('rejects bad options with a TypeError', async () => {
    await expect(findArchivedCopies(['https://x.org/'], {}, 'last spring')).rejects.toThrow(
      'Expected `date` to be an ISO date or YYYYMM, got `last spring`',
    )
    await expect(findArchivedCopies(['https://x.org/'], { timeout: -1 })).rejects.toThrow(
      'Expected `timeout` to be a positive duration in ms of at most 24 days, got `-1`',
    )
  })
})

describe('archive helpers', () => {
  it('turns dates into Wayback timestamps', () => {
    expect(toWaybackTimestamp('2024-05-29')).toBe('20240529000000')
    expect(toWaybackTimestamp('2024-05-29T10:20:30Z')).toBe('20240529102030')
    expect(toWaybackTimestamp('202405')).toBe('20240501000000')
    expect(toWaybackTimestamp('2024')).toBe('20240101000000')
    expect(toWaybackTimestamp('2024-13')).toBeNull()
    expect(toWaybackTimestamp('May 2024')).toBeNull()
  })

  it('builds the CDX query and picks the closest row, ties to the earlier', () => {
    const url = new URL(buildCdxUrl('https://cdx.test/cdx', 'https://a.org/x?y=1', null))
    expect(url.searchParams.get('url')).toBe('https://a.org/x?y=1')
    expect(url.searchParams.get('limit')).toBe('-25')
    const rows: Array<[string, string]> = [
      ['20200103000000', 'https://a.org/x'],
      ['20200101000000', 'https://a.org/x'],
    ]
    expect(chooseSnapshot(rows, '20200102000000')?.timestamp).toBe('20200101000000')
    expect(chooseSnapshot([], '20200102000000')).toBeNull()
  })

  it('keeps a query the endpoint already has', () => {
    const url = new URL(
      buildCdxUrl('https://cdx.test/cdx?key=k', 'https://a.org/x', '20200101000000'),
    )
    expect(url.pathname).toBe('/cdx')
    expect(url.searchParams.get('key')).toBe('k')
    expect(url.searchParams.get('url')).toBe('https://a.org/x')
    expect(url.searchParams.get('closest')).toBe('20200101000000')
  })
})
