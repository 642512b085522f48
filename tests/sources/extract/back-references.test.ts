import { describe, expect, it } from 'vitest'
import { extractSources } from '../../../sources/extract/index.ts'
import { buildDocument } from './document.ts'

/** `refersTo` of the last footnote of a document made of `texts`. */
function targetOfLast(texts: ReadonlyArray<string>): number | string | null {
  return extractSources(buildDocument(texts)).footnotes.at(-1)?.refersTo ?? null
}

const smith =
  'John Smith, "Ports and power", *Harbour Review*, May 2020. See: <https://harbour.org/ports>'
const smithBook = 'John Smith, *Ships and States*, Oxford, 2019.'
const jones = 'Ann Jones, "Canals", *Water Weekly*, June 2021. See: <https://water.org/canals>'

describe('back-references: which footnote they point to', () => {
  it.each([
    ['bare Ibid. → previous footnote', [smith, jones, 'Ibid.'], 2],
    ['*Ibid.* in emphasis', [smith, jones, '*Ibid.*, p.4.'], 2],
    ['Id. → previous footnote', [smith, jones, '*Id.*, p.180.'], 2],
    ['ibidem', [smith, 'Ibidem, p. 3.'], 1],
    [
      'op.cit. naming an author → most recent by that author',
      [smith, jones, 'Smith, *op.cit.*, p.5.'],
      1,
    ],
    ['op. cit. spelled with a space', [smith, jones, 'Smith, op. cit.'], 1],
    [
      'ibid. naming an author skips the previous footnote',
      [smith, jones, 'John Smith, *ibid.*'],
      1,
    ],
    [
      'the most recent of two works by the author',
      [smithBook, jones, smith, jones, 'Smith, *op.cit.*'],
      3,
    ],
    [
      'a quoted title picks the older work',
      [smithBook, smith, jones, 'John Smith, "Ships and States", *op.cit.*'],
      1,
    ],
    [
      'diacritics folded',
      ['Sine Özkardeşahin, "Africa", *TURKEYSource*, 2023.', jones, 'Sine Ozkardesahin, *op.cit.*'],
      1,
    ],
    [
      'a small misspelling',
      ['Sine Özkardeşahin, "Africa", *TURKEYSource*, 2023.', jones, 'Sine Özkraşahin, *op.cit.*'],
      1,
    ],
    [
      'an initial for the first name',
      ['Richard Outzen, "Drones", *Journal*, 2024.', jones, 'R. Outzen, *op.cit.*'],
      1,
    ],
    [
      'a short first name',
      ['Richard Outzen, "Drones", *Journal*, 2024.', jones, 'Rich Outzen, *op.cit.*'],
      1,
    ],
    [
      '"and al." dropped',
      [
        'Pieter D. Wezeman and al., *Trends 2023*, SIPRI, 2024.',
        jones,
        'Pieter D. Wezeman and al., *op.cit.*, March 2024.',
      ],
      1,
    ],
    [
      '"et al." prefers the note where the author comes first',
      [
        'Ali Kurt, Ben Ode and Cem Su, "Autarky", *Studies*, 2025.',
        'Ben Ode, Cem Su and Ali Kurt, *Client*, 2024.',
        'Ali Kurt et al., *op.cit.*',
      ],
      1,
    ],
    [
      'a co-author when no note has them first',
      ['Ben Ode and Ali Kurt, "Autarky", *Studies*, 2025.', jones, 'Ali Kurt, *op.cit.*'],
      1,
    ],
    [
      'an organisation named as the outlet',
      ['Ann Lee, *Trends 2023*, SIPRI Fact Sheet, 2024.', jones, 'SIPRI, *op. cit.*'],
      1,
    ],
    ['never another back-reference', [smith, 'Smith, *op.cit.*', 'Smith, *op.cit.*, p.9.'], 1],
  ])('%s', (_, texts, expected) => {
    expect(targetOfLast(texts)).toBe(expected)
  })

  it('tells apart surnames that differ in a short name', () => {
    const document = buildDocument(['Ann Dost, "A", *B*, 2020.', 'Ann Post, *op.cit.*'])
    expect(extractSources(document).footnotes[1]?.refersTo).toBeNull()
  })
})

describe('back-references: sources, citation and problems', () => {
  it('inherits the sources of the note pointed to, naming that note in `from`', () => {
    const result = extractSources(buildDocument([smith, jones, 'Smith, *op.cit.*, p.5.']))
    const last = result.footnotes[2]
    expect(last).toMatchObject({ kind: 'back-reference', refersTo: 1 })
    expect(last?.sources).toEqual([
      {
        url: 'https://harbour.org/ports',
        kind: 'url',
        raw: 'https://harbour.org/ports',
        supported: true,
        from: 1,
      },
    ])
  })

  it('keeps its own locator and fills the rest from the note pointed to', () => {
    const last = extractSources(buildDocument([`${smith}, p.2`, 'Smith, *op.cit.*, p.5.']))
      .footnotes[1]
    expect(last?.citation).toEqual({
      authors: ['Smith'],
      title: 'Ports and power',
      outlet: 'Harbour Review',
      date: 'May 2020',
      locator: 'p.5',
    })
  })

  it('follows a chain: Ibid. after an op.cit. gets the original sources', () => {
    const result = extractSources(buildDocument([smith, jones, 'Smith, *op.cit.*', '*Ibid.*']))
    expect(result.footnotes[3]).toMatchObject({
      refersTo: 3,
      sources: [{ url: 'https://harbour.org/ports', from: 1 }],
    })
  })

  it.each([
    ['Ibid. in the first footnote', ['Ibid.']],
    ['Ibid. after an empty footnote', [smith, '', 'Ibid.']],
    ['op.cit. of an author never cited', [smith, jones, 'Miller, *op.cit.*']],
    ['op.cit. with a title never cited', [smith, 'John Smith, "Unknown work", *op.cit.*']],
  ])('reports %s as unresolved, not a guess', (_, texts) => {
    const result = extractSources(buildDocument(texts))
    const last = result.footnotes.at(-1)
    expect(last).toMatchObject({ kind: 'back-reference', refersTo: null, sources: [] })
    expect(result.problems).toMatchObject([
      { kind: 'unresolved-back-reference', severity: 'warning', footnote: texts.length },
    ])
  })

  it('is not a back-reference when the note has a link of its own', () => {
    const last = extractSources(buildDocument([smith, 'Ibid., and see <https://other.org/x>']))
      .footnotes[1]
    expect(last).toMatchObject({
      kind: 'web',
      refersTo: null,
      sources: [{ url: 'https://other.org/x', from: 2 }],
    })
  })
})
