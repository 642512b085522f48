import { describe, expect, it } from 'vitest'
import type { Citation } from '../../../pipeline/types.ts'
import { extractSources } from '../../../sources/extract/index.ts'
import { buildDocument } from './document.ts'

/** The citation read from one footnote text. */
function citationOf(text: string): Citation | undefined {
  return extractSources(buildDocument([text])).footnotes[0]?.citation
}

describe('citation fields', () => {
  it.each<[string, string, Citation]>([
    [
      'quoted title, italic outlet, date',
      'Cliff Kupchan, "6 Swing States Will Decide", *Foreign Policy*, June 6, 2023. See: <https://foreignpolicy.com/a>',
      {
        authors: ['Cliff Kupchan'],
        title: '6 Swing States Will Decide',
        outlet: 'Foreign Policy',
        date: 'June 6, 2023',
        locator: null,
      },
    ],
    [
      'curly quotes, several authors with & and and',
      'Ann Lee, Bo Kim & Cy Ray, “Balancing aspiration”, *Defence Studies*, March 5, 2025, p.10.',
      {
        authors: ['Ann Lee', 'Bo Kim', 'Cy Ray'],
        title: 'Balancing aspiration',
        outlet: 'Defence Studies',
        date: 'March 5, 2025',
        locator: 'p.10',
      },
    ],
    [
      'italic title, plain publisher',
      'Sam Egeli and Ana Kurt, *From Client to Competitor*, IISS Research Paper, May 2024. <https://www.iiss.org/a>',
      {
        authors: ['Sam Egeli', 'Ana Kurt'],
        title: 'From Client to Competitor',
        outlet: 'IISS Research Paper',
        date: 'May 2024',
        locator: null,
      },
    ],
    [
      'unquoted title before an italic outlet',
      'Mustafa Kutlay and Ziya Öniş, Understanding oscillations in policy, *Third World Quarterly*, vol.42, no.12, October 2021.',
      {
        authors: ['Mustafa Kutlay', 'Ziya Öniş'],
        title: 'Understanding oscillations in policy',
        outlet: 'Third World Quarterly',
        date: 'October 2021',
        locator: null,
      },
    ],
    [
      'no author, "et al." and "and al." dropped elsewhere',
      '"Saudi drone deal", *Reuters*, July 18, 2023.',
      {
        authors: [],
        title: 'Saudi drone deal',
        outlet: 'Reuters',
        date: 'July 18, 2023',
        locator: null,
      },
    ],
    [
      'et al. dropped, page range, season date',
      'Meliha Altun et al., "Worldviews", *New Perspectives*, No.43, Spring 2009, pp.173-180.',
      {
        authors: ['Meliha Altun'],
        title: 'Worldviews',
        outlet: 'New Perspectives',
        date: 'Spring 2009',
        locator: 'pp.173-180',
      },
    ],
    [
      'a "By" byline and a container book',
      'By Ann Lee, "Chapter one" in *A Sea of Opportunities*, Atlantic Council Report, September 13, 2024.',
      {
        authors: ['Ann Lee'],
        title: 'Chapter one',
        outlet: 'A Sea of Opportunities',
        date: 'September 13, 2024',
        locator: null,
      },
    ],
    [
      'a sentence before the author',
      'Parts of this work were adapted. Pınar Dost, “Kosovo’s bumpy road”, *Almanac 2023*, April 2024.',
      {
        authors: ['Pınar Dost'],
        title: 'Kosovo’s bumpy road',
        outlet: 'Almanac 2023',
        date: 'April 2024',
        locator: null,
      },
    ],
    [
      'plain outlet, as PDF text has no emphasis',
      'Ann Lee, "Ports", Harbour Review, June 6, 2023. See: https://harbour.org/a',
      {
        authors: ['Ann Lee'],
        title: 'Ports',
        outlet: 'Harbour Review',
        date: 'June 6, 2023',
        locator: null,
      },
    ],
    [
      'underscore emphasis',
      'Ann Lee, "Ports", _Harbour Review_, 2023.',
      {
        authors: ['Ann Lee'],
        title: 'Ports',
        outlet: 'Harbour Review',
        date: '2023',
        locator: null,
      },
    ],
    [
      'a bare link',
      '<https://euro-sd.com/2023/08/a/>',
      { authors: [], title: null, outlet: null, date: null, locator: null },
    ],
    [
      'numeric date',
      'Murat Kaya, Ankara bildirisi dünya basınında, *AA Gündem*, 12.12.2024.',
      {
        authors: ['Murat Kaya'],
        title: 'Ankara bildirisi dünya basınında',
        outlet: 'AA Gündem',
        date: '12.12.2024',
        locator: null,
      },
    ],
  ])('%s', (_, text, expected) => {
    expect(citationOf(text)).toEqual(expected)
  })
})

describe('footnote kind', () => {
  it.each([
    ['web', 'Ann Lee, "A", *B*, 2020. See: <https://b.org/a>'],
    ['doi', 'Ann Lee, "A", *B*, 2020, 10.4324/9781003269175-7.'],
    ['print', 'Ann Lee, *A Book*, Palgrave Macmillan, 2017.'],
    ['empty', '   '],
  ])('%s', (kind, text) => {
    expect(extractSources(buildDocument([text])).footnotes[0]?.kind).toBe(kind)
  })

  it('back-reference', () => {
    expect(
      extractSources(buildDocument(['Ann Lee, *A Book*, 2017.', 'Ibid.'])).footnotes[1]?.kind,
    ).toBe('back-reference')
  })

  it('keeps the annotated fields and problems, same order, nothing else changed', () => {
    const document = buildDocument(['Ann Lee, *A Book*, 2017.', '<https://b.org/a>'])
    document.problems.push({
      kind: 'unused-footnote',
      severity: 'warning',
      message: 'x',
      footnote: 2,
    })
    const result = extractSources(document)
    expect(
      result.footnotes.map(({ id, label, text, place, claims }) => ({
        id,
        label,
        text,
        place,
        claims,
      })),
    ).toEqual(document.footnotes)
    expect(result.problems).toEqual(document.problems)
    expect(result.document).toBe(document.document)
  })
})
