import { describe, expect, it } from 'vitest'
import type { Page } from '../../../sources/check/types.ts'
import * as evidence from '../../../sources/evidence/index.ts'
import { fetchPage, htmlPage, startServer } from '../../helpers/pages.ts'

const { createInspector } = evidence

describe('sources/evidence public API', () => {
  it('exposes the public api', () => {
    expect(Object.keys(evidence).sort()).toEqual([
      'buildCdxUrl',
      'buildHandleUrl',
      'checkDoiHandles',
      'checkFragment',
      'chooseSnapshot',
      'citedTitles',
      'citingClaims',
      'collectEvidence',
      'confirmDeadChecks',
      'confirmDeadSpan',
      'createInspector',
      'createPageScorer',
      'createSupportCheck',
      'defaultEvidenceOptions',
      'detectSoft404',
      'emptyEvidence',
      'evidenceOptionTable',
      'evidenceProblemKinds',
      'findArchivedCopies',
      'findEvidenceProblems',
      'inspectPage',
      'isConfirmedDead',
      'listClaimCitations',
      'matchTitle',
      'normalizeEvidenceOptions',
      'pageSkipReasons',
      'parseTextDirective',
      'readHeadings',
      'sharedNetworkOptions',
      'soft404Rules',
      'splitFragment',
      'startSupportThread',
      'supportKey',
      'titleMismatchThreshold',
      'toWaybackTimestamp',
    ])
    expect(evidence.soft404Rules).toEqual([
      'error-title',
      'redirect-to-root',
      'redirect-to-listing',
    ])
  })
})

describe('createInspector', () => {
  it('returns every page-level evidence field for a live article', async () => {
    const cited = 'The Iraq-Turkey Development Road Project'
    const server = await startServer({
      '/insight/the-iraq-turkey-development-road-project/': {
        body: htmlPage(
          'The Iraq-Turkey Development Road Project &#8211; TRENDS Research &amp; Advisory',
          '<div id="content"><p>The Development Road would link the port of Faw to Türkiye.</p></div>',
          cited,
        ),
      },
    })
    const url = `${server.url}/insight/the-iraq-turkey-development-road-project/#:~:text=port%20of%20Faw`
    const inspect = createInspector(new Map([[url, { titles: [cited] }]]))
    const result = await inspect(await fetchPage(url))
    expect(result).toEqual({
      evidence: {
        ...evidence.emptyEvidence(null),
        title: 'The Iraq-Turkey Development Road Project – TRENDS Research & Advisory',
        soft404Rule: null,
        titleMatch: 1,
        fragmentFound: true,
      },
    })
  })

  it('overrides the verdict of a soft 404 with dead (soft-404) and names the rule', async () => {
    const server = await startServer({
      '/2019/08/turkey-qatar-military.html': { status: 302, headers: { location: '/' } },
      '/': { body: htmlPage('Al-Monitor: The Pulse of the Middle East') },
      '/missing': { body: htmlPage('Sayfa Bulunamadı - Anadolu Ajansı') },
    })
    const inspect = createInspector(new Map())
    const redirected = await inspect(
      await fetchPage(`${server.url}/2019/08/turkey-qatar-military.html`),
    )
    expect(redirected.evidence.soft404Rule).toBe('redirect-to-root')
    expect(redirected.verdict).toEqual({
      status: 'dead',
      reason: 'soft-404',
      detail: `Unexpected redirect of a deep link to the site root ${server.url}/, expected the cited page`,
    })
    const errorPage = await inspect(await fetchPage(`${server.url}/missing`))
    expect(errorPage.evidence.soft404Rule).toBe('error-title')
    expect(errorPage.verdict?.reason).toBe('soft-404')
  })

  it('reads og:title when there is no <title>, and nothing from non-HTML bodies', async () => {
    const server = await startServer({
      '/og': {
        body: '<html><head><meta content="Only &quot;OG&quot;" property="og:title"></head></html>',
      },
      '/pdf': {
        headers: { 'content-type': 'application/pdf' },
        body: '<title>Page not found</title>',
      },
    })
    const inspect = createInspector(new Map())
    expect((await inspect(await fetchPage(`${server.url}/og`))).evidence.title).toBe('Only "OG"')
    const pdf = await inspect(await fetchPage(`${server.url}/pdf`))
    expect(pdf).toEqual({
      evidence: {
        ...evidence.emptyEvidence(null),
        title: null,
        soft404Rule: null,
        titleMatch: null,
        fragmentFound: null,
      },
    })
  })

  it('never throws, even on a malformed page object', async () => {
    const inspect = createInspector(new Map())
    const broken = { url: 'x', body: null } as unknown as Page
    expect(await inspect(broken)).toEqual({ evidence: evidence.emptyEvidence(null) })
  })
})
