import { describe, expect, it } from 'vitest'
import { createInspector } from '../../../sources/evidence/index.ts'
import { matchTitle, titleMismatchThreshold } from '../../../sources/evidence/title-match.ts'
import { fetchPage, htmlPage, startServer } from '../../helpers/pages.ts'

describe('matchTitle', () => {
  it('ignores site suffixes, case, punctuation, diacritics and possessives', () => {
    expect(
      matchTitle(
        'Turkey Trains Kurdish Peshmerga Forces in Fight Against Islamic State | Reuters',
        'Turkey trains Kurdish peshmerga forces in fight against Islamic State',
      ),
    ).toBe(1)
    expect(
      matchTitle(
        '6 swing states will decide the future of geopolitics – Foreign Policy',
        '6 Swing States Will Decide the Future of Geopolitics',
      ),
    ).toBe(1)
    expect(
      matchTitle(
        'BBC News - Türkiye’s quest for strategic autonomy',
        "Turkiye's Quest for Strategic Autonomy",
      ),
    ).toBe(1)
  })

  it('scores a page title that is a shortened or extended version of the citation high', () => {
    const cited = 'Why Turkey, a NATO Member, Wants to Join BRICS'
    expect(matchTitle('Why Turkey Wants to Join BRICS - Bloomberg', cited)).toBeGreaterThan(0.8)
    expect(
      matchTitle('Analysis: Why Turkey, a NATO member, wants to join BRICS now', cited),
    ).toBeGreaterThan(0.8)
  })

  it('scores unrelated titles below the threshold', () => {
    const cited = 'How Saudi Arabia failed to protect itself from drone and missile attacks'
    expect(matchTitle('CNN - Breaking News, Latest News and Videos', cited)).toBeLessThan(
      titleMismatchThreshold,
    )
    expect(matchTitle('Home', 'Home truths about middle powers and global order')).toBeLessThan(
      titleMismatchThreshold,
    )
    expect(matchTitle('', cited)).toBe(0)
  })

  it('is symmetric in its bounds: always within [0, 1]', () => {
    for (const [left, right] of [
      ['a', 'a a a'],
      ['The The', 'the'],
      ['x y z', 'z y x w v u t'],
    ] as const) {
      const score = matchTitle(left, right)
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(1)
    }
  })
})

describe('title match through the inspector', () => {
  it('scores the matching page high and the wrong article low', async () => {
    const cited = 'Turkey closes airspace to Russian planes flying to Syria: FM'
    const server = await startServer({
      '/match': {
        body: htmlPage('Turkey closes airspace to Russian planes flying to Syria: FM | Al Jazeera'),
      },
      '/other': {
        body: `<html><head><meta property="og:title" content="Live: Football results and scores"><title>Sport | Al Jazeera</title></head></html>`,
      },
    })
    const matchUrl = `${server.url}/match`
    const otherUrl = `${server.url}/other`
    const inspect = createInspector(
      new Map([
        [matchUrl, { titles: [cited] }],
        [otherUrl, { titles: [cited] }],
      ]),
    )
    const good = await inspect(await fetchPage(matchUrl))
    expect(good.evidence.title).toBe(
      'Turkey closes airspace to Russian planes flying to Syria: FM | Al Jazeera',
    )
    expect(good.evidence.titleMatch).toBe(1)
    const bad = await inspect(await fetchPage(otherUrl))
    expect(bad.evidence.title).toBe('Sport | Al Jazeera')
    expect(bad.evidence.titleMatch).toBeLessThan(titleMismatchThreshold)
    expect(bad.verdict).toBeUndefined()
  })

  it('does not compare when the footnote quotes no title', async () => {
    const server = await startServer({ '/p': { body: htmlPage('Anything at all') } })
    const inspect = createInspector(new Map([[`${server.url}/p`, { titles: [] }]]))
    const result = await inspect(await fetchPage(`${server.url}/p`))
    expect(result.evidence.titleMatch).toBeNull()
    expect(result.evidence.title).toBe('Anything at all')
  })
})
