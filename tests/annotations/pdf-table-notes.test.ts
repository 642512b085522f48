/**
 * Table notes in PDFs: a note set as a paragraph under a table, opening with a raised number
 * that a marker in a table cell points at. The fixture `tests/fixtures/pdf/table-note.pdf` is
 * made with pandoc and LibreOffice from `table-note.md` (see tests/fixtures/README.md); the
 * other cases are built with pdf-lib.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../annotations/pdf/index.ts'
import type { AnnotatedDocument } from '../../annotations/types.ts'
import { makePdf } from '../helpers/make-pdf.ts'
import { flat, paragraphsOf, readPdfFixture } from '../helpers/pdf-fixture.ts'

describe('a table note in a LibreOffice PDF', () => {
  let text = ''
  let annotated: AnnotatedDocument
  beforeAll(async () => {
    ;({ text, annotated } = await readPdfFixture('table-note.pdf'))
  })

  it('reads the table cell by cell, the cell’s raised 1 as a marker', () => {
    expect(paragraphsOf(text)).toEqual(
      expect.arrayContaining(['Sensitive data scanning', 'Paid', 'Azure, AWS, GCP¹']),
    )
  })

  it('reads the paragraph under the table that opens with a raised 1 as note 1, `:` removed', () => {
    const notes = paragraphsOf(text).filter((paragraph) => paragraph.startsWith('¹'))
    expect(notes.map(flat)).toEqual([
      '¹ On GCP, sensitive data scanning covers Cloud Storage buckets only.',
    ])
  })

  it('links the note to the claim of the table cell', () => {
    expect(annotated.footnotes.map((note) => [note.label, note.text])).toEqual([
      ['1', 'On GCP, sensitive data scanning covers Cloud Storage buckets only.'],
    ])
    const cited = annotated.claims.filter((claim) => claim.footnotes.length > 0)
    expect(cited).toHaveLength(1)
    expect(cited[0]?.text).toBe('Azure, AWS, GCP')
  })

  it('keeps a paragraph opening with a raised number no marker points at as body text', () => {
    const body = paragraphsOf(text).find((paragraph) => paragraph.includes('This paragraph opens'))
    expect(flat(body ?? '')).toMatch(/^2 This paragraph opens with a raised two/)
    expect(annotated.footnotes).toHaveLength(1)
    expect(annotated.problems.map((problem) => problem.kind)).not.toContain('unused-footnote')
  })
})

describe('table notes in PDFs built with pdf-lib', () => {
  it('leaves a paragraph opening with a raised number that a page-bottom note claims in the body', async () => {
    const { text } = await readPdf(
      await makePdf([
        {
          body: [
            'Claims with a marker at the end of the sentence^{1}.',
            '',
            '^{1} A body paragraph that opens with a raised one, the number of the page note.',
          ],
          notes: ['^{1} The page-bottom note.'],
          footer: '1',
        },
      ]),
    )
    const notes = paragraphsOf(text).filter((paragraph) => /^[¹²³⁴⁵⁶⁷⁸⁹]/.test(paragraph))
    expect(notes.map(flat)).toEqual(['¹ The page-bottom note.'])
    expect(text).toContain('1 A body paragraph that opens with a raised one')
  })

  it('continues a table note that fills its last line on the next page’s first paragraph', async () => {
    const { text } = await readPdf(
      await makePdf([
        {
          body: [
            'A short table row with its marker^{1}.',
            '',
            '^{1} A table note that runs to the bottom of the page and onward, with enough words',
            'that its last line on this page runs all the way to the right edge of the column.',
          ],
          footer: '1',
        },
        {
          body: ['Its last words are on the next page.', '', 'Then the body goes on here.'],
          footer: '2',
        },
      ]),
    )
    const notes = paragraphsOf(text).filter((paragraph) => paragraph.startsWith('¹'))
    expect(notes.map(flat)).toEqual([
      '¹ A table note that runs to the bottom of the page and onward, with enough words that its last line on this page runs all the way to the right edge of the column. Its last words are on the next page.',
    ])
    expect(text).toContain('Then the body goes on here.')
  })

  it('ends a table note whose last line on the page is short at the page end', async () => {
    const { text } = await readPdf(
      await makePdf([
        {
          body: [
            'A short table row with its marker^{1}.',
            '',
            '^{1} A table note that ends on this page, well before the right edge of the column,',
            'here.',
          ],
          footer: '1',
        },
        { body: ['The next page starts a paragraph of its own.'], footer: '2' },
      ]),
    )
    const notes = paragraphsOf(text).filter((paragraph) => paragraph.startsWith('¹'))
    expect(notes.map(flat)).toEqual([
      '¹ A table note that ends on this page, well before the right edge of the column, here.',
    ])
    expect(paragraphsOf(text)).toContain('The next page starts a paragraph of its own.')
  })
})
