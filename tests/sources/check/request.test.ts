import { describe, expect, it } from 'vitest'
import { emptyEvidence } from '../../../sources/evidence/index.ts'
import { checkLinks, defaultUserAgent, type Page } from '../../../sources/index.ts'
import { fastCheckOptions, startScenarioServer, startServer } from '../../helpers/server.ts'

const fast = fastCheckOptions

describe('requests and pages', () => {
  it('sends a GET with the default User-Agent, accepting compressed bodies', async () => {
    const seen: Array<Record<string, unknown>> = []
    const server = await startServer((request, response) => {
      seen.push({ method: request.method, ...request.headers })
      response.end()
    })
    await checkLinks([`${server.origin}/`], fast)
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      method: 'GET',
      'user-agent': defaultUserAgent,
      'accept-encoding': 'gzip, deflate, br',
    })
  })

  it('userAgent and headers change what is sent', async () => {
    const seen: Array<Record<string, unknown>> = []
    const server = await startServer((request, response) => {
      seen.push(request.headers)
      response.end()
    })
    await checkLinks([`${server.origin}/`], {
      ...fast,
      userAgent: 'probe/1',
      headers: { 'x-token': 'abc' },
    })
    expect(seen[0]).toMatchObject({ 'user-agent': 'probe/1', 'x-token': 'abc' })
  })

  it('hands 2xx pages to the inspector, which may override the verdict', async () => {
    const server = await startScenarioServer()
    const pages: Array<Page> = []
    const run = await checkLinks(
      [`${server.origin}/redirect/302/1`, `${server.origin}/status/404`],
      {
        ...fast,
        inspect: (page) => {
          pages.push(page)
          return {
            evidence: { ...emptyEvidence('Inspected'), soft404Rule: 'test-rule' },
            verdict: { status: 'dead', reason: 'soft-404', detail: 'Looks like a 404' },
          }
        },
      },
    )
    expect(pages).toHaveLength(1)
    expect(pages[0]).toMatchObject({
      url: `${server.origin}/redirect/302/1`,
      finalUrl: `${server.origin}/200`,
      status: 200,
      contentType: 'text/html',
      truncated: false,
    })
    expect(pages[0]?.body).toContain('<title>OK page</title>')
    expect(pages[0]?.redirects).toHaveLength(1)
    expect(run.checks[0]).toMatchObject({ status: 'dead', reason: 'soft-404', title: 'OK page' })
    // The check keeps the title the checker read; the evidence is the inspector's, as it gave it.
    expect(run.checks[0]?.evidence).toMatchObject({
      title: 'Inspected',
      soft404Rule: 'test-rule',
      archive: null,
    })
  })

  it('an inspector that throws leaves the verdict alone', async () => {
    const server = await startScenarioServer()
    const run = await checkLinks([`${server.origin}/200`], {
      ...fast,
      inspect: () => {
        throw new Error('boom')
      },
    })
    expect(run.checks[0]).toMatchObject({ status: 'live', reason: 'ok' })
  })

  it('marks a body cut at maxBodyBytes as truncated', async () => {
    const server = await startScenarioServer()
    const pages: Array<Page> = []
    await checkLinks([`${server.origin}/200`], {
      ...fast,
      maxBodyBytes: 20,
      inspect: (page) => {
        pages.push(page)
        return { evidence: emptyEvidence(null) }
      },
    })
    expect(pages[0]?.body).toHaveLength(20)
    expect(pages[0]?.truncated).toBe(true)
  })
})
