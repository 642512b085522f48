/**
 * Tables in PDFs are read cell by cell: text that falls into columns lining up over several
 * lines is cut into rows and cells, each cell (with its wrapped lines) a paragraph of its own,
 * so a marker in a cell cites that cell's text. Built with pdf-lib (tests/helpers/make-pdf.ts):
 * each cell's line is a text item of its own, as word processors and browsers draw tables.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { annotatePdf, readPdf } from '../../annotations/pdf/index.ts'
import { composePieces } from '../../annotations/pdf/lines.ts'
import { readTables } from '../../annotations/pdf/table-cells.ts'
import type { PdfLine, PdfSpan } from '../../annotations/pdf/types.ts'
import type { AnnotatedDocument } from '../../annotations/types.ts'
import { makePdf, type PageSpec } from '../helpers/make-pdf.ts'
import { flat, paragraphsOf } from '../helpers/pdf-fixture.ts'

/**
 * A page with a three-column table between two prose paragraphs. The cells wrap as a 61 pt
 * first column and a 119 pt last column make them wrap; the second column is left empty below
 * a cell's first line, and one cell holds only a dash.
 */
const tablePage: PageSpec = {
  columns: [0, 80, 130],
  body: [
    'The table below lists each check and where it runs, with one restriction noted under it.',
    '',
    ['Check', 'Plan', 'Where it runs'],
    ['Posture', '-', 'Every cloud the service'],
    ['assessment', '', 'supports.'],
    ['Sensitive data', 'Paid', 'Only object storage on one'],
    ['scanning', '', 'cloud^{1}.'],
    ['Attack path', 'Paid^{2}', 'Two clouds.'],
    ['analysis'],
    '',
    'After the table the text goes on as prose, and this sentence is one paragraph of the body.',
  ],
  notes: ['^{1} Object storage on one cloud only.', '^{2} Billed per resource.'],
  footer: '1',
}

describe('a table read cell by cell', () => {
  let text = ''
  let annotated: AnnotatedDocument
  beforeAll(async () => {
    const bytes = await makePdf([tablePage])
    ;({ text } = await readPdf(bytes))
    annotated = await annotatePdf(bytes, 'table.pdf')
  })

  it('links a marker in the last column to its cell’s sentence, wrapped lines included', () => {
    const cited = annotated.claims.filter((claim) => claim.footnotes.map(String).includes('1'))
    expect(cited.map((claim) => claim.text)).toEqual(['Only object storage on one cloud.'])
  })

  it('links a marker in a middle column to its own cell, not the next column’s text', () => {
    const cited = annotated.claims.filter((claim) => claim.footnotes.map(String).includes('2'))
    expect(cited.map((claim) => claim.text)).toEqual(['Paid'])
  })

  it('reads each cell, with its wrapped lines, as a paragraph, row by row', () => {
    const paragraphs = paragraphsOf(text).map(flat)
    const start = paragraphs.indexOf('Check')
    expect(paragraphs.slice(start, start + 12)).toEqual([
      'Check',
      'Plan',
      'Where it runs',
      'Posture assessment',
      '\\-',
      'Every cloud the service supports.',
      'Sensitive data scanning',
      'Paid',
      'Only object storage on one cloud¹.',
      'Attack path analysis',
      'Paid²',
      'Two clouds.',
    ])
  })

  it('keeps the prose around the table as whole paragraphs', () => {
    const paragraphs = paragraphsOf(text).map(flat)
    expect(paragraphs).toContain(
      'The table below lists each check and where it runs, with one restriction noted under it.',
    )
    expect(paragraphs).toContain(
      'After the table the text goes on as prose, and this sentence is one paragraph of the body.',
    )
  })
})

describe('rows of a table', () => {
  it('start where the first column had an empty line, though the next column looks wrapped', async () => {
    const { text } = await readPdf(
      await makePdf([
        {
          columns: [0, 60],
          body: [
            ['Term', 'Meaning'],
            ['Alpha', 'The first letter of the Greek'],
            // The widest line of its column: the next row's text would not have fitted after it.
            ['', 'alphabet, used in many names^{1}.'],
            ['Beta', 'The second letter of the Greek'],
            ['', 'alphabet.'],
          ],
          notes: ['^{1} A note on names.'],
        },
      ]),
    )
    const paragraphs = paragraphsOf(text).map(flat)
    expect(paragraphs.slice(0, 6)).toEqual([
      'Term',
      'Meaning',
      'Alpha',
      'The first letter of the Greek alphabet, used in many names¹.',
      'Beta',
      'The second letter of the Greek alphabet.',
    ])
  })
})

describe('a table over a page break', () => {
  it('goes on with the last row of the page before where the next page does not start a row', async () => {
    const row = (term: string, plan: string, where: string) => [term, plan, where]
    const bytes = await makePdf([
      {
        columns: [0, 80, 130],
        body: [
          'The table below lists each check and where it runs, with one restriction noted under it.',
          '',
          row('Check', 'Plan', 'Where it runs'),
          row('Posture', 'Free', 'Every cloud the service'),
          row('assessment', '', 'supports.'),
          row('Sensitive data', 'Paid', 'Only object storage on one'),
          row('scanning', '', ''),
        ],
        footer: '1',
      },
      {
        columns: [0, 80, 130],
        body: [
          row('', '', 'cloud^{1}.'),
          row('Attack path', 'Paid', 'Two clouds.'),
          row('analysis', '', ''),
          row('Billing', 'Paid', 'Per resource,'),
          row('', '', 'monthly.'),
          row('Support', 'Free', 'Every cloud.'),
        ],
        notes: ['^{1} Object storage on one cloud only.'],
        footer: '2',
      },
    ])
    const { text } = await readPdf(bytes)
    const annotated = await annotatePdf(bytes, 'table.pdf')
    const cited = annotated.claims.filter((claim) => claim.footnotes.map(String).includes('1'))
    expect(cited.map((claim) => claim.text)).toEqual(['Only object storage on one cloud.'])
    expect(paragraphsOf(text).map(flat)).toEqual(
      expect.arrayContaining([
        'Sensitive data scanning',
        'Only object storage on one cloud¹.',
        'Attack path analysis',
        'Two clouds.',
        'Per resource, monthly.',
        'Support',
      ]),
    )
  })
})

describe('lines of a table cell', () => {
  it('reads a column’s two lines held by one page line (smaller text just above) top first', () => {
    const span = (text: string, x: number, raised = false) => ({
      text,
      x,
      width: 6 * text.length,
      size: raised ? 10 : 12,
      raised,
    })
    const line = (y: number, number: number, spans: Array<PdfSpan>): PdfLine => ({
      pieces: composePieces(spans, 12),
      y,
      size: 12,
      left: 72,
      right: Math.max(...spans.map((item) => item.x + item.width)),
      page: 1,
      line: number,
      spans,
    })
    const lines = [
      line(700, 1, [span('Name', 72), span('Value', 200)]),
      line(686, 2, [span('Alpha', 72), span('second', 200), span('first', 200, true)]),
      line(672, 3, [span('Beta', 72), span('third', 200)]),
      line(658, 4, [span('Gamma', 72), span('fourth', 200)]),
    ]
    const layout = { right: new Map([[1, 540]]), spacing: new Map([[12, 14]]) }
    const { bodies } = readTables([lines], layout)
    const texts = (bodies[0] ?? []).map((read) => read.pieces.map((piece) => piece.text).join(' '))
    expect(texts.indexOf('first')).toBeGreaterThan(-1)
    expect(texts.indexOf('second')).toBe(texts.indexOf('first') + 1)
  })
})

describe('text that is not a table', () => {
  it('keeps a numbered list whose numbers are drawn apart from the text as list items', async () => {
    const { text } = await readPdf(
      await makePdf([
        {
          columns: [0, 18],
          body: [
            ['1.', 'Collect the papers that cite the source in their notes.'],
            ['2.', 'Read each note and the sentence that carries its marker.'],
            ['3.', 'Check every link the notes give, one by one.'],
          ],
        },
      ]),
    )
    expect(paragraphsOf(text)).not.toContain('1.')
    expect(flat(text)).toContain(
      '1. Collect the papers that cite the source in their notes. 2. Read each note',
    )
  })

  it('never splits prose lines drawn in several items with word spaces between them', async () => {
    const halves = ['The first half of a line of prose,', 'and its second half, drawn apart.']
    const { text } = await readPdf(
      await makePdf([
        {
          // The second item starts one word space after the first ends (Times 11 pt).
          columns: [0, 140],
          body: [halves, halves, halves],
        },
      ]),
    )
    expect(paragraphsOf(text)).toHaveLength(1)
    expect(text.split('\n')).toEqual(Array(3).fill(halves.join(' ')))
  })

  it('reads a page set in two columns of prose column by column, each marker citing its sentence', async () => {
    const left = [
      'The first column opens with a claim',
      'that runs over several lines and',
      'ends on a full stop here.^{1} Then',
      'a second sentence follows and',
      'closes the paragraph.',
    ]
    const right = [
      'The right column has its own text',
      'that is set beside the left one and',
      'tells another story with a claim',
      'that ends right here.^{2} More',
      'words follow in this column, until',
      'the column ends as well.',
    ]
    const document = await annotatePdf(
      await makePdf([
        {
          columns: [0, 250],
          body: right.map((line, index) => [left[index] ?? '', line]),
          notes: ['^{1} First note, 2024.', '^{2} Second note, 2024.'],
        },
      ]),
      'two-columns.pdf',
    )
    expect(document.claims.map((claim) => [claim.footnotes, claim.text])).toEqual([
      [
        [1],
        'The first column opens with a claim that runs over several lines and ends on a full stop here.',
      ],
      [
        [2],
        'The right column has its own text that is set beside the left one and tells another story with a claim that ends right here.',
      ],
    ])
  })
})
