/**
 * The whole pipeline on a copy of the bundled paper whose URLs are remapped onto a local server
 * that answers with a realistic mix. Expected verdicts are derived from the same scenario
 * function the server uses, so the test checks routing, dedupe, fan-out and roll-up for real.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { auditPaper } from '../pipeline/audit.ts'
import { bundledPaper } from '../pipeline/read-paper.ts'
import type { LinkStatus } from '../pipeline/types.ts'
import { renderJson, renderMarkdown } from '../reports/index.ts'
import { startServer } from './helpers/server.ts'

type Scenario = 'ok' | 'not-found' | 'gone' | 'moved' | 'forbidden' | 'hang' | 'soft-404'

/** Scenario of a remapped path: a stable spread over the realistic cases. */
function scenario(path: string): Scenario {
  const bucket = createHash('sha1').update(path).digest()[0] ?? 0
  const cases: Array<Scenario> = [
    'ok',
    'ok',
    'ok',
    'ok',
    'ok',
    'not-found',
    'gone',
    'moved',
    'forbidden',
    'hang',
    'soft-404',
  ]
  return cases[bucket % cases.length] ?? 'ok'
}

const expected: Record<Scenario, { status: LinkStatus; reason: string }> = {
  ok: { status: 'live', reason: 'ok' },
  'not-found': { status: 'dead', reason: 'not-found' },
  gone: { status: 'dead', reason: 'gone' },
  moved: { status: 'live', reason: 'ok' },
  forbidden: { status: 'unverified', reason: 'access-restricted' },
  hang: { status: 'unverified', reason: 'timeout' },
  'soft-404': { status: 'dead', reason: 'soft-404' },
}

describe('end to end on the bundled paper', { timeout: 120_000 }, () => {
  it('audits every link once, fans verdicts back and rolls them up', async () => {
    const server = await startServer((request, response) => {
      const path = request.url ?? '/'
      if (path.startsWith('/handles/')) {
        response.setHeader('content-type', 'application/json')
        response.end(JSON.stringify({ responseCode: 1, handle: path.slice('/handles/'.length) }))
        return
      }
      if (path.startsWith('/moved-to/')) {
        response.setHeader('content-type', 'text/html')
        response.end('<title>Moved here</title>')
        return
      }
      switch (scenario(path)) {
        case 'ok':
          response.setHeader('content-type', 'text/html')
          response.end(
            `<html><head><title>Article ${path.length}</title></head><body>text</body></html>`,
          )
          return
        case 'not-found':
          response.writeHead(404).end()
          return
        case 'gone':
          response.writeHead(410).end()
          return
        case 'moved':
          response.writeHead(301, { location: `/moved-to${path}` }).end()
          return
        case 'forbidden':
          response.writeHead(403).end()
          return
        case 'hang':
          return // never answers: the checker's timeout must decide
        case 'soft-404':
          response.setHeader('content-type', 'text/html')
          response.end('<html><head><title>Page not found</title></head><body>Sorry</body></html>')
          return
      }
    })
    const result = await auditPaper(bundledPaper, {
      check: {
        remap: [{ pattern: /^https?:\/\/(.*)$/, replacement: `${server.origin}/$1` }],
        allowPrivate: true,
        hostConcurrency: 8,
        hostInterval: 0,
        timeout: 2000, // generous: a loaded machine must not turn slow answers into timeouts
        retries: 0,
      },
      evidence: { doiApi: `${server.origin}/handles/` },
    })

    expect(result.network.available).toBe(true)
    expect(result.footnotes).toHaveLength(124)
    expect(result.links.length).toBeGreaterThan(80)
    // Each distinct URL was requested exactly once (redirect targets and DOI handles aside).
    for (const link of result.links) {
      const path = new URL(link.checkedUrl).pathname + new URL(link.checkedUrl).search
      expect(server.stats.requests.get(path), link.checkedUrl).toBe(1)
    }

    for (const link of result.links) {
      const url = new URL(link.checkedUrl)
      const want = expected[scenario(url.pathname + url.search)]
      expect([link.url, link.status, link.reason]).toEqual([link.url, want.status, want.reason])
    }
    const byStatus = (status: LinkStatus) =>
      result.links.filter((link) => link.status === status).length
    expect(result.summary.links).toMatchObject({
      live: byStatus('live'),
      dead: byStatus('dead'),
      unverified: byStatus('unverified'),
    })
    expect(byStatus('dead')).toBeGreaterThan(0)
    expect(byStatus('unverified')).toBeGreaterThan(0)

    // Footnotes: 44 is empty, a back-reference takes the status of the note it points to.
    const footnote = (id: number) => result.footnotes.find((item) => item.id === id)
    expect(footnote(44)?.status).toBe('missing')
    expect(footnote(19)?.refersTo).toBe(17)
    expect(footnote(19)?.status).toBe(footnote(17)?.status)
    // A claim's status is the worst of its footnotes'.
    const order = ['live', 'unverified', 'missing', 'dead']
    for (const claim of result.claims) {
      const worst = claim.footnotes
        .map((id) => result.footnotes.find((item) => item.id === id)?.status ?? 'missing')
        .sort((a, b) => order.indexOf(b) - order.indexOf(a))[0]
      expect(claim.status, claim.id).toBe(worst)
    }

    // Permanent redirects are flagged for updating; DOI handles were consulted.
    const moved = result.links.filter((link) =>
      link.redirects.some((redirect) => redirect.permanent),
    )
    expect(result.problems.filter((problem) => problem.kind === 'permanent-redirect')).toHaveLength(
      moved.length,
    )
    const doiLinks = result.links.filter((link) => link.evidence?.doi)
    expect(doiLinks.length).toBeGreaterThan(0)
    expect(doiLinks.every((link) => link.evidence?.doi?.exists === true)).toBe(true)

    // The report shows the counts and the evidence claim by claim; the JSON is stable.
    const report = renderMarkdown(result)
    expect(report).toContain('## Needs attention')
    expect(report).toContain(`${result.summary.claims.total}`)
    const dead = result.links.find((link) => link.status === 'dead')
    expect(dead && report.includes(dead.url)).toBe(true)
    expect(renderJson(result)).toBe(renderJson(structuredClone(result)))
  })
})
