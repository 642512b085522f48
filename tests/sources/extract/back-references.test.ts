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

  it('points Ibid. after an empty footnote at it, inheriting nothing (the empty note is the problem)', () => {
    const result = extractSources(buildDocument([smith, '', 'Ibid.']))
    expect(result.footnotes[2]).toMatchObject({ kind: 'back-reference', refersTo: 2, sources: [] })
    expect(result.problems).toEqual([])
  })

  it('reads Ibid. inside a sentence of prose as the note before (`see ebd. p. 14`)', () => {
    const result = extractSources(
      buildDocument([smith, 'Eine konzise Übersicht aller Bereiche siehe ebd. S. 14-54']),
    )
    expect(result.footnotes[1]).toMatchObject({
      kind: 'back-reference',
      refersTo: 1,
      sources: [{ url: 'https://harbour.org/ports', from: 1 }],
    })
  })

  it("ends `Ebd.`'s clause at its own full stop: a note that goes on to cite anew passes nothing on", () => {
    expect(
      resolve([
        smith,
        'Ebd. Der Ursprung liegt in den 1960er Jahren, vgl. Jones: Handbuch, Berlin 2016, S. 3.',
        'Eine Übersicht siehe ebd. S. 14-54',
        'Vgl. Jones: Handbuch, Berlin 2016. In Deutschland vertreten durch den Verein, vgl. ebd.',
      ]),
    ).toEqual([
      { refersTo: null, inherited: [] },
      { refersTo: 1, inherited: ['https://harbour.org/ports'] },
      { refersTo: 2, inherited: [] },
      // After the note's own citation, `ebd.` points inside the note.
      { refersTo: null, inherited: [] },
    ])
  })

  it("reads `See generally id.` after the note's own citation as pointing inside the note", () => {
    const result = extractSources(
      buildDocument([smith, 'Jones, 41 Wireless L.J. 1 (2001). *See generally id.* at 382.']),
    )
    expect(result.footnotes[1]).toMatchObject({ refersTo: null })
    expect(result.problems).toEqual([])
  })

  it.each([
    ['Ibid. in the first footnote', ['Ibid.']],
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

  it('points back and keeps its own link when the note has one of its own', () => {
    const last = extractSources(buildDocument([smith, 'Ibid., and see <https://other.org/x>']))
      .footnotes[1]
    expect(last).toMatchObject({
      kind: 'web',
      refersTo: 1,
      sources: [
        { url: 'https://other.org/x', from: 2 },
        { url: 'https://harbour.org/ports', from: 1 },
      ],
    })
  })
})

/** `refersTo` and the URLs inherited (from another note) of every footnote. */
function resolve(texts: ReadonlyArray<string>) {
  return extractSources(buildDocument(texts)).footnotes.map((footnote) => ({
    refersTo: footnote.refersTo,
    inherited: footnote.sources
      .filter((source) => source.from !== footnote.id)
      .map((source) => source.url),
  }))
}

const report =
  "U.S. Gov't Accountability Office, GAO-10-2, Agile Methods 4 (2010), <https://gao.gov/a>."
const memo = 'Office of Mgmt. & Budget, Memo M-10-26, at 2 (2010), <https://omb.gov/m-10-26.pdf>.'

describe('back-references: Bluebook and other conventions', () => {
  it.each([
    ['*Id*. with the period outside the emphasis', [report, '*Id*.'], 1],
    ['Id. at a page', [report, memo, 'Id. at 8.'], 2],
    ['see id. in lower case after a signal', [report, memo, '*See id.* at 3-4.'], 2],
    [
      'supra note N points at N, not at the note before',
      [report, memo, 'GAO, *supra* note 1, at 8.'],
      1,
    ],
    ['emphasis around supra with a space inside', [report, memo, 'GAO, *supra *note 1, at 8.'], 1],
    ['German ebd.', [report, 'Ebd., S. 4.'], 1],
    [
      'German a.a.O. names the author',
      [memo, 'Hans Müller, *Recht*, 2001.', report, 'Müller, a.a.O., S. 5.'],
      2,
    ],
    ['German wie Anm. N', [report, memo, 'Müller (wie Anm. 1), S. 5.'], 1],
    ['Turkish a.g.e.', ['Nuh Yılmaz, *Dış Politika*, 2019.', report, 'Yılmaz, a.g.e., s. 45.'], 1],
    ['Turkish a.g.m.', ['Ayşe Kaya, "Savunma", *Dergi*, 2020.', report, 'Kaya, a.g.m., s. 3.'], 1],
    [
      'Turkish age. after a name',
      ['Nuh Yılmaz, *Dış Politika*, 2019.', report, 'Yılmaz, age., s. 45.'],
      1,
    ],
    [
      'French ouvrage cité',
      [
        'Georges Gardarin, *Bases de données*, 2003.',
        report,
        'Voir aussi Gardarin, ouvrage cité, 412.',
      ],
      1,
    ],
    ['French op. cit.', ['Jean Dupont, *Histoire*, 1999.', report, 'Dupont, op. cit., p. 4.'], 1],
    ['Spanish ibíd.', [report, 'Ibíd., p. 4.'], 1],
    ['Spanish íd.', [report, 'Íd., p. 4.'], 1],
    ['Spanish óp. cit.', ['Juan Pérez, *Teatro*, 2010.', report, 'Pérez, óp. cit., 24.'], 1],
    ['loc. cit.', ['Jean Dupont, *Histoire*, 1999.', report, 'Dupont, loc. cit.'], 1],
  ])('%s', (_, texts, expected) => {
    expect(targetOfLast(texts)).toBe(expected)
  })

  it('points forward with infra note N', () => {
    expect(resolve(['*See infra* note 3.', memo, report])[0]).toEqual({
      refersTo: 3,
      inherited: ['https://gao.gov/a'],
    })
  })

  it('reads a short title defined by [hereinafter …] in a later note', () => {
    const texts = [
      'White House, Report on Federal IT 9 (2010) [hereinafter IT Report], <https://wh.gov/r>.',
      memo,
      'IT Report at 12.',
    ]
    expect(resolve(texts)[2]).toEqual({ refersTo: 1, inherited: ['https://wh.gov/r'] })
  })

  it('reads Id. after the note’s own citation as pointing inside the note', () => {
    const texts = [memo, 'GAO, Report 2 (2008). Scope creep was the main reason. Id. at 8.']
    expect(resolve(texts)[1]).toEqual({ refersTo: null, inherited: [] })
  })

  it('reads a closing Id. after prose as pointing at the note before', () => {
    const texts = [memo, 'Wireframes are the visual layout of an interface. *Id.*']
    expect(resolve(texts)[1]?.refersTo).toBe(1)
  })

  it('inherits the URLs of every note a note points at', () => {
    const texts = [report, memo, 'Id.; GAO, supra note 1, at 4.']
    expect(resolve(texts)[2]).toEqual({
      refersTo: 2,
      inherited: ['https://omb.gov/m-10-26.pdf', 'https://gao.gov/a'],
    })
  })

  it('inherits all URLs of the target, not only one', () => {
    const both = 'Ann Lee, “Data”, 2020, <https://a.org/x> and <https://perma.cc/ABCD-1234>.'
    expect(resolve([both, 'Ibid.'])[1]?.inherited).toEqual([
      'https://a.org/x',
      'https://perma.cc/ABCD-1234',
    ])
  })

  it('follows a chain through a pure back-reference, not through a note citing anew', () => {
    const texts = [
      report,
      'GAO, supra note 1, at 3.',
      'Id.',
      'GAO, supra note 1, at 44. See also Smith, Book 2 (2008).',
      'Id.',
    ]
    const result = resolve(texts)
    expect(result[2]).toEqual({ refersTo: 2, inherited: ['https://gao.gov/a'] })
    expect(result[4]).toEqual({ refersTo: 4, inherited: [] })
  })

  it('is no back-reference in prose that only looks like one', () => {
    expect(resolve([report, 'Enter your user ID. Then log in.'])[1]?.refersTo).toBeNull()
    expect(resolve([report, 'This applies at a young age.'])[1]?.refersTo).toBeNull()
    expect(resolve([report, 'See the discussion supra Part II.'])[1]?.refersTo).toBeNull()
  })
})
