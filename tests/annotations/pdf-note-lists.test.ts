/**
 * Lists inside PDF footnotes. LibreOffice sets a note's bulleted or numbered list in the list's
 * body-sized type, and a note whose list does not fit goes on at the bottom of the next page
 * (before that page's own notes, or alone there). The fixture `tests/fixtures/pdf/note-lists.pdf`
 * is made with pandoc and LibreOffice from `note-lists.md` (see tests/fixtures/README.md); the
 * cases after it are lines built by hand, for what the fixture cannot show.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { annotatePdf } from '../../annotations/pdf/index.ts'
import { findAreaStart, findListContinuation } from '../../annotations/pdf/note-lists.ts'
import type { PdfLine } from '../../annotations/pdf/types.ts'
import type { AnnotatedDocument } from '../../annotations/types.ts'
import { makePdf } from '../helpers/make-pdf.ts'
import { flat, paragraphsOf, readPdfFixture } from '../helpers/pdf-fixture.ts'

describe('notes holding lists in a LibreOffice PDF', () => {
  let text = ''
  let annotated: AnnotatedDocument
  beforeAll(async () => {
    ;({ text, annotated } = await readPdfFixture('note-lists.pdf'))
  })
  const noteText = (label: string): string =>
    annotated.footnotes.find((note) => note.label === label)?.text ?? ''

  it('reads every note once, numbered 1 to 4', () => {
    expect(annotated.footnotes.map((note) => note.label)).toEqual(['1', '2', '3', '4'])
  })

  it('keeps a bulleted list in body type under its note, continued before the next page’s own notes', () => {
    const items = [
      'Bridges that cross the canal',
      'Locks with their gates',
      'Mooring posts, quay walls',
      'Culverts and sluices',
      'Towpaths, embankments',
      'Boundary stones',
      'Warehouses and cranes', // page 2, above note 3
      'Ferries, fords and the landing stages used by them',
    ]
    const note = noteText('2')
    expect(note).toMatch(/^Groups as the survey uses them/)
    const positions = items.map((item) => note.indexOf(item))
    expect(positions.every((position) => position > 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('reads numbered items in body type after a note as the note’s, not as notes 1, 2, 3', () => {
    expect(flat(noteText('3'))).toBe(
      'Steps of the description 1. Locating the structure on the map of the water board 2. Relating it to the structures next to it upstream and downstream 3. Interpreting its purpose from the records of the water board',
    )
  })

  it('continues a note’s list alone at the bottom of the next page, wrapped items included', () => {
    expect(flat(noteText('4'))).toContain(
      'kept by their grandchildren in the villages along the canal',
    )
    expect(flat(noteText('4'))).toMatch(
      /Photographs of the quays .* Maps drawn by the surveyors .* Account books .* Notes of the engineer who rebuilt the upper locks after the flood$/,
    )
  })

  it('leaves no list item in the body, and body paragraphs cut by those pages whole', () => {
    const body = paragraphsOf(text).filter((paragraph) => !/^[¹²³⁴]/.test(paragraph))
    expect(body.some((paragraph) => /Warehouses|Maps drawn|Relating it/.test(paragraph))).toBe(
      false,
    )
    const cut = body.map(flat).find((paragraph) => paragraph.includes('On visit 44'))
    expect(cut).toMatch(/On visit 44 .* On visit 47 .*state it was in\.$/)
  })

  it('links each marker to its sentence', () => {
    const cited = annotated.claims
      .filter((claim) => claim.footnotes.length > 0)
      .map((claim) => [claim.footnotes.map(String), claim.text])
    expect(cited).toEqual([
      [['1'], 'The first section names the sources used for the canal survey.'],
      [['2'], 'The structures counted in the survey fall into three groups.'],
      [['3'], 'Each structure is described in three steps.'],
      [['4'], 'Some records were kept outside the archive.'],
    ])
  })
})

/** A line of one baseline piece (12 pt body, 10 pt notes), as the reader keeps it. */
function line(
  text: string,
  { y, size = 12, left = 72, right = 520, page = 2 }: Pick<PdfLine, 'y'> & Partial<PdfLine>,
): PdfLine {
  const piece = { text, x: left, width: right - left, size, raised: false, spaceBefore: false }
  return { pieces: [piece], y, size, left, right, page, line: 0 }
}

describe('footnote areas holding lists, by hand', () => {
  const noteEndingInList = [
    line('Groups as the survey uses them', { y: 120, size: 10, page: 1 }),
    line('• Bridges that cross the canal', { y: 103, left: 90, page: 1 }),
  ]

  it('takes the body-type list under a note into the area', () => {
    const lines = [
      line('Body text that ends here.', { y: 300 }),
      line('10 Pseudonym (see the standard)', { y: 150, size: 10 }),
      line('2. Relating the objects', { y: 126, left: 90 }),
      line('3. Interpreting the objects', { y: 103, left: 90 }),
    ]
    expect(findAreaStart(lines, 12)).toBe(1)
  })

  it('leaves a body list under a small caption that opens no note in the body', () => {
    const lines = [
      line('Body text that ends here.', { y: 300 }),
      line('Figure 2: the canal at the upper locks', { y: 150, size: 10 }),
      line('• Bridges', { y: 126, left: 90 }),
      line('• Locks', { y: 103, left: 90 }),
    ]
    expect(findAreaStart(lines, 12)).toBe(lines.length)
  })

  it('continues the list of the note that ended the page before, set apart from the body', () => {
    const lines = [
      line('A body paragraph that ends on this line.', { y: 300, right: 300 }),
      line('• Locks with their gates', { y: 150, left: 90 }),
      line('• Mooring posts', { y: 136, left: 90 }),
    ]
    expect(findListContinuation(lines, lines.length, noteEndingInList, 2)).toBe(1)
  })

  it('continues the list under a full body line that stops mid-sentence, at the usual spacing', () => {
    const lines = [
      line('A body paragraph that the page break cuts in the middle of its', { y: 172 }),
      line('• Locks with their gates', { y: 150, left: 90 }),
      line('• Mooring posts', { y: 128, left: 90 }),
    ]
    expect(findListContinuation(lines, lines.length, noteEndingInList, 2)).toBe(1)
  })

  it('leaves a body list introduced by a lead-in at the usual spacing in the body', () => {
    const lines = [
      line('The groups are the following:', { y: 172, right: 300 }),
      line('• Locks with their gates', { y: 150, left: 90 }),
      line('• Mooring posts', { y: 128, left: 90 }),
    ]
    expect(findListContinuation(lines, lines.length, noteEndingInList, 2)).toBe(lines.length)
  })

  it('leaves a list in the body when the note before did not end in a list, or not on the page before', () => {
    const lines = [
      line('A body paragraph that ends on this line.', { y: 300, right: 300 }),
      line('• Locks with their gates', { y: 150, left: 90 }),
    ]
    const prose = [line('Canal archive of the water board.', { y: 103, size: 10, page: 1 })]
    expect(findListContinuation(lines, lines.length, prose, 2)).toBe(lines.length)
    expect(findListContinuation(lines, lines.length, noteEndingInList, 3)).toBe(lines.length)
  })
})

describe('a bulleted item opening a page', () => {
  it('starts a new paragraph instead of going on with the item before the page break', async () => {
    const bytes = await makePdf([
      {
        body: ['The scope covers the objects listed below.', '', '• All physical objects^{1}'],
        notes: ['^{1} Pseudonyms, fixed to the ground.'],
        footer: '1',
      },
      { body: ['• All virtual objects that relate to them'], footer: '2' },
    ])
    const annotated = await annotatePdf(bytes, 'bullets.pdf')
    expect(annotated.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The scope covers the objects listed below.',
      '• All physical objects',
      '• All virtual objects that relate to them',
    ])
    expect(annotated.claims.find((claim) => claim.footnotes.length > 0)?.text).toBe(
      '• All physical objects',
    )
  })
})

describe('numbered list items in a PDF body', () => {
  it("keeps an item's wrapped lines (hanging indent) with it, and its marker with the item", async () => {
    const bytes = await makePdf([
      {
        body: [
          'A historian might use linear regression to do the following:',
          '',
          '1. Assess how access to rail transportation affected population density in',
          '\tthe American Midwest between 1850 and 1860^{1}',
          '2. Interrogate the link between periods of drought and the stability of nomadic',
          '\tsocieties^{2}',
        ],
        notes: [
          '^{1} Atack, Did railroads induce growth?, 2010.',
          '^{2} Cosmo, Steppe Nomads, 2018.',
        ],
        footer: '1',
      },
      { body: ['The first of these examples is a good one.'], footer: '2' },
    ])
    const annotated = await annotatePdf(bytes, 'items.pdf')
    expect(annotated.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      [
        'Assess how access to rail transportation affected population density in the American Midwest between 1850 and 1860',
        [1],
      ],
      [
        'Interrogate the link between periods of drought and the stability of nomadic societies',
        [2],
      ],
    ])
    expect(annotated.paragraphs.at(-1)?.text).toBe('The first of these examples is a good one.')
  })
})

describe("small lines over a page's notes", () => {
  it("reads them as body, not as the rest of the page before's note, when that note ended", async () => {
    const bytes = await makePdf([
      {
        body: ['We count the words of each review.^{1}'],
        notes: ['^{1} See The Pandas Team, pandas.concat, https://pandas.example.org/concat.html.'],
        footer: '1',
      },
      {
        body: ['Then we keep the most frequent ones.^{2}'],
        notes: [
          'from collections import Counter',
          '^{2} See Lavin, Analyzing Documents with TF-IDF, 2019.',
        ],
        footer: '2',
      },
    ])
    const annotated = await annotatePdf(bytes, 'code.pdf')
    expect(annotated.footnotes.map((note) => note.text)).toEqual([
      'See The Pandas Team, pandas.concat, https://pandas.example.org/concat.html.',
      'See Lavin, Analyzing Documents with TF-IDF, 2019.',
    ])
    expect(annotated.paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain(
      'from collections import Counter',
    )
  })
})
