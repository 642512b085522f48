import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import {
  assessSupport,
  maxPdfBytes,
  readPdfSource,
} from '../../../sources/evidence/support/index.ts'
import { makeSamplePdf } from '../../helpers/sample-pdf.ts'

/** A PDF with a title in its metadata, a large heading and `pages` body pages. */
async function makeReport(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  document.setTitle('Annual report on exports')
  const font = await document.embedFont(StandardFonts.Helvetica)
  for (let number = 1; number <= pages; number++) {
    const page = document.addPage([595, 842])
    if (number === 1) page.drawText('Exports in review', { x: 72, y: 760, size: 24, font })
    page.drawText(`Page ${number}: exports grew by ${number * 10} percent this year.`, {
      x: 72,
      y: 700,
      size: 11,
      font,
    })
  }
  return document.save()
}

describe('support PDF text', () => {
  it('reads each page, drops raised markers and rejoins hyphenated words', async () => {
    const source = await readPdfSource(await makeSamplePdf())
    expect(source.problem).toBeNull()
    expect(source.pages.map((page) => page.number)).toEqual([1, 2])
    const first = source.pages[0]?.text ?? ''
    expect(first).toContain('Middle powers have grown in weight and influence. The concept')
    expect(first).toContain('first demonstrated by a study')
    expect(source.pages[1]?.text).toContain('The paragraph after the page break')
    expect(source.truncated).toBe(false)
  })

  it('takes the title from the metadata', async () => {
    const source = await readPdfSource(await makeReport(2))
    expect(source.title).toBe('Annual report on exports')
  })

  it('stops at the page cap and says the text was cut', async () => {
    const source = await readPdfSource(await makeReport(4), { maxPages: 2 })
    expect(source.pages).toHaveLength(2)
    expect(source.truncated).toBe(true)
  })

  it('finds a claim on the page of its locator', async () => {
    const source = await readPdfSource(await makeReport(5))
    const support = assessSupport({ text: 'Exports grew by 40 percent.', locator: 'p. 4' }, source)
    expect(support.page).toBe(4)
    expect(support.numbersMissing).toEqual([])
  })

  it('gives a problem, not an exception, for a corrupt PDF', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n%%EOF')
    const source = await readPdfSource(bytes)
    expect(source.pages).toEqual([])
    expect(source.problem?.id).toMatch(/^pdf-(corrupt|failed)$/)
    expect(assessSupport({ text: 'Anything.' }, source).level).toBe('not-checked')
  })

  it('does not parse a PDF over the byte cap', async () => {
    const source = await readPdfSource(new Uint8Array(maxPdfBytes + 1))
    expect(source.problem?.id).toBe('pdf-too-large')
    expect(source.truncated).toBe(true)
  })
})
