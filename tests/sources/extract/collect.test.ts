import { describe, expect, it } from 'vitest'
import { collectLinks, extractSources } from '../../../sources/extract/index.ts'
import { buildDocument } from './document.ts'

describe('collectLinks', () => {
  it('lists each URL once with every footnote citing it, sorted by URL', () => {
    const document = buildDocument([
      'Ann Lee, "A", *Zeta*, 2020. <https://zeta.org/a>',
      'Bo Kim, "B", *Alpha*, 2021. <https://alpha.org/b> and <https://zeta.org/a>',
      'Lee, *op.cit.*',
      'Write to mailto:desk@alpha.org',
      'Cy Ray, "C", *Journal*, 2022, doi:10.1000/xyz.',
      'Ibid.',
    ])
    expect(collectLinks(extractSources(document).footnotes)).toEqual([
      { url: 'https://alpha.org/b', footnotes: [2], supported: true, kind: 'url' },
      {
        url: 'https://doi.org/10.1000/xyz',
        footnotes: [5, 6],
        supported: true,
        kind: 'doi',
        doi: '10.1000/xyz',
      },
      { url: 'https://zeta.org/a', footnotes: [1, 2, 3], supported: true, kind: 'url' },
      { url: 'mailto:desk@alpha.org', footnotes: [4], supported: false, kind: 'url' },
    ])
  })

  it('merges spellings that normalise to one URL, keeping query and fragment', () => {
    const document = buildDocument([
      '<HTTPS://X.ORG/a?q=1#f>',
      'https://x.org/a?q=1#f.',
      'https://x.org/a?q=2#f',
    ])
    expect(
      collectLinks(extractSources(document).footnotes).map(({ url, footnotes }) => ({
        url,
        footnotes,
      })),
    ).toEqual([
      { url: 'https://x.org/a?q=1#f', footnotes: [1, 2] },
      { url: 'https://x.org/a?q=2#f', footnotes: [3] },
    ])
  })

  it('orders numbered footnotes before labelled ones', () => {
    const sourced = extractSources(
      buildDocument(['<https://x.org/>', '<https://x.org/>']),
    ).footnotes
    const labelled = sourced.map((footnote, index) =>
      index === 0 ? { ...footnote, id: 'note-a' } : footnote,
    )
    expect(collectLinks(labelled)[0]?.footnotes).toEqual([2, 'note-a'])
  })
})
