import { describe, expect, it } from 'vitest'
import {
  assessSupport,
  indexSource,
  markExcerpt,
  maxPassageLength,
  partialThreshold,
  pickBestSupport,
  readHtmlSource,
  readLocatorPages,
  readPlainSource,
  type SourceText,
  type Support,
  supportedThreshold,
} from '../../../sources/evidence/support/index.ts'
import { findBestPassage, readQuery } from '../../../sources/evidence/support/score.ts'

const filler = [
  'The harbour was rebuilt after the storm and the quay was widened for larger ships.',
  'Local markets sell fish, bread and olives every morning except on public holidays.',
  'The railway reached the town late, and the old station is now a small museum.',
  'Schools in the district teach two foreign languages from the age of ten.',
  'Winters are mild on the coast, while the mountain villages are often cut off by snow.',
]

/** A plain-text source: filler paragraphs with `inserted` paragraphs among them. */
function source(...inserted: Array<string>): SourceText {
  const paragraphs = [...filler, ...inserted, ...filler]
  return readPlainSource(paragraphs.join('\n'))
}

describe('support retrieval: ranking', () => {
  it('ranks the passage holding the claim first', () => {
    const text = source(
      'Arms exports increased by 106 percent between 2019 and 2023, the ministry said.',
    )
    const support = assessSupport({ text: 'Arms exports increased by 106 percent.' }, text)
    expect(support.level).toBe('supported')
    expect(support.passage).toContain('106 percent')
    expect(support.numbersFound).toEqual(['106%'])
  })

  it('prefers the passage with the rarer, more specific terms', () => {
    const index = indexSource(
      source(
        'The navy ordered new ships for the coast guard.',
        'Azerbaijan ordered Bayraktar drones in 2020.',
      ),
      { language: 'en' },
    )
    const query = readQuery('Azerbaijan ordered Bayraktar drones in 2020.', [], 'en')
    const best = findBestPassage(index, query, new Set())
    const [pageIndex, start, end] = [
      ...index.passages.slice(best.passage * 3, best.passage * 3 + 3),
    ]
    const text = index.source.pages[pageIndex as number]?.text.slice(start, end) ?? ''
    expect(text).toContain('Bayraktar')
  })

  it('scores a passage higher when it holds more of the claim', () => {
    const claim = { text: 'The treaty of 1936 lets Turkey restrict warships in the straits.' }
    const full = assessSupport(
      claim,
      source('The treaty of 1936 lets Turkey restrict warships in the straits.'),
    )
    const half = assessSupport(claim, source('The treaty of 1936 was signed in July.'))
    expect(full.score).toBeGreaterThan(half.score)
  })

  it('prefers the page the locator names when the text repeats', () => {
    const pages = [1, 2, 3].map((number) => ({
      number,
      text: `${filler.join(' ')}\nThe budget rose to 5 billion euros in that year.`,
    }))
    const pdf: SourceText = { kind: 'pdf', title: null, pages, truncated: false, problem: null }
    const claim = { text: 'The budget rose to 5 billion euros.' }
    expect(assessSupport({ ...claim, locator: 'p. 3' }, pdf).page).toBe(3)
    expect(assessSupport({ ...claim, locator: 'pp. 2-3' }, pdf).page).toBe(2)
  })
})

describe('support retrieval: levels and passages', () => {
  it('uses ordered thresholds', () => {
    expect(partialThreshold).toBeLessThan(supportedThreshold)
  })

  it('is partial when a number of the claim is not in the source', () => {
    const text = source('Arms exports increased by 106 percent between 2019 and 2023.')
    const support = assessSupport({ text: 'Arms exports increased by 116 percent.' }, text)
    expect(support.level).toBe('partial')
    expect(support.numbersMissing).toEqual(['116%'])
  })

  it('finds nothing for an unrelated claim', () => {
    const support = assessSupport({ text: 'Qatar hosts a large air base near Doha.' }, source())
    expect(support.level).toBe('not-found')
  })

  it('is not checked without text', () => {
    const empty: SourceText = {
      kind: 'pdf',
      title: null,
      pages: [],
      truncated: true,
      problem: null,
    }
    expect(assessSupport({ text: 'Anything at all.' }, empty)).toMatchObject({
      level: 'not-checked',
      score: 0,
      passage: '',
      truncated: true,
    })
  })

  it('quotes at most 300 characters and marks the matched terms', () => {
    const long = `${'word '.repeat(200)}The Dardanelles connects the Sea of Marmara with the Aegean Sea. ${'more '.repeat(200)}`
    const support = assessSupport(
      { text: 'The Dardanelles connects the Sea of Marmara with the Aegean.' },
      readHtmlSource(`<p>${long}</p>`),
    )
    expect(support.passage.length).toBeLessThanOrEqual(maxPassageLength)
    expect(support.highlights.length).toBeGreaterThan(0)
    for (const [start, end] of support.highlights) {
      expect(support.passage.slice(start, end)).toMatch(/^[\p{L}\d]/u)
    }
    expect(markExcerpt({ text: support.passage, highlights: support.highlights })).toContain(
      '**Dardanelles**',
    )
  })

  it('takes the best of several sources and reports numbers missing from all of them', () => {
    const base: Support = {
      level: 'partial',
      score: 0.4,
      passage: 'a',
      highlights: [],
      numbersFound: ['2019'],
      numbersMissing: ['106%'],
      truncated: false,
    }
    const better: Support = {
      ...base,
      level: 'supported',
      score: 0.9,
      numbersFound: ['106%'],
      numbersMissing: [],
    }
    const unchecked: Support = { ...base, level: 'not-checked', numbersMissing: ['7'] }
    const best = pickBestSupport([base, unchecked, better])
    expect(best.level).toBe('supported')
    expect(best.numbersMissing).toEqual([])
    expect(pickBestSupport([]).level).toBe('not-checked')
  })
})

describe('support retrieval: locators', () => {
  it.each<[string, Array<number>]>([
    ['p. 180', [180]],
    ['pp. 12-14', [12, 13, 14]],
    ['S. 4', [4]],
    ['s. 45', [45]],
    ['pág. 7', [7]],
    ['chapter two', []],
  ])('%s → %j', (locator, pages) => {
    expect([...readLocatorPages(locator)]).toEqual(pages)
  })
})
