import { describe, expect, it } from 'vitest'
import type { Evidence } from '../../../pipeline/types.ts'
import {
  createInspector,
  emptyEvidence,
  findEvidenceProblems,
} from '../../../sources/evidence/index.ts'
import { fetchPage, htmlPage, startServer } from '../../helpers/pages.ts'

const blank: Evidence = emptyEvidence(null)

describe('findEvidenceProblems', () => {
  it('warns title-mismatch and fragment-missing from a served page', async () => {
    const cited = 'Turkey blocks exports of military-linked goods to Russia'
    const server = await startServer({
      '/content/be8f': { body: htmlPage('Subscribe to read | Financial Times', '<p>Paywall</p>') },
    })
    const url = `${server.url}/content/be8f#:~:text=military-linked%20goods`
    const inspection = await createInspector(new Map([[url, { titles: [cited] }]]))(
      await fetchPage(url),
    )
    const evidence = { ...blank, ...inspection.evidence }
    expect(findEvidenceProblems({ url, evidence }, [cited])).toEqual([
      {
        kind: 'title-mismatch',
        severity: 'warning',
        message: `Unexpected page title "Subscribe to read | Financial Times" (match 0.00), expected one like "${cited}"`,
        url,
      },
      {
        kind: 'fragment-missing',
        severity: 'warning',
        message:
          'Unexpected missing quoted text on the live page, expected the fragment the URL points at',
        url,
      },
    ])
  })

  it('stays quiet for matching evidence, missing evidence, and names a missing #id', () => {
    const url = 'https://example.org/a#section-2'
    expect(findEvidenceProblems({ url, evidence: { ...blank, titleMatch: 0.9 } })).toEqual([])
    expect(findEvidenceProblems({ url })).toEqual([])
    const [problem] = findEvidenceProblems({ url, evidence: { ...blank, fragmentFound: false } })
    expect(problem?.message).toContain('element `#section-2`')
  })
})
