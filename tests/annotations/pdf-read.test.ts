import { beforeAll, describe, expect, it } from 'vitest'
import { annotatePdf, readPdf } from '../../annotations/pdf/index.ts'
import { makePdf } from '../helpers/make-pdf.ts'
import { makeSamplePdf } from '../helpers/sample-pdf.ts'

describe('readPdf on the sample paper', () => {
  let text = ''
  let lineMap: Array<{ line: number; column: number; page?: number }> = []
  let pages = 0
  const paragraphs = (): Array<string> => text.split('\n\n')
  const note = (label: string): string =>
    paragraphs().find((paragraph) => paragraph.startsWith(`${label} `)) ?? ''

  beforeAll(async () => {
    ;({ text, lineMap, pages } = await readPdf(await makeSamplePdf()))
  })

  it('counts pages and maps every line of the text to a page and line', () => {
    expect(pages).toBe(2)
    expect(lineMap).toHaveLength(text.split('\n').length)
    expect(lineMap.every((place) => place.column === 1 && (place.page ?? 0) >= 1)).toBe(true)
    expect(lineMap[0]).toEqual({ line: 2, column: 1, page: 1 })
  })

  it('turns raised markers into superscript digits attached to the word before', () => {
    expect(text).toContain('weight and influence¹. The concept')
    expect(text).toContain('has changed². This shift')
    expect(text).toContain('often do⁴. The paragraph')
    expect(text).toContain('its own marker⁵.')
  })

  it('keeps a raised digit that breaks the increasing order as plain text', () => {
    expect(text).toContain('an area in m2 which is not a marker')
    expect(text).not.toContain('m²')
  })

  it('drops running headers and page numbers', () => {
    expect(text).not.toContain('running header')
    expect(text.split('\n')).not.toContain('1')
    expect(text.split('\n')).not.toContain('2')
  })

  it('undoes hyphenation at a line end', () => {
    expect(text).toContain('first demonstrated')
    expect(text).not.toContain('demon-')
  })

  it('joins a paragraph cut by the page break', () => {
    const paragraph = paragraphs().find((candidate) => candidate.startsWith('A second paragraph'))
    expect(paragraph).toContain('as long paragraphs\noften do⁴.')
  })

  it('separates the footnotes into paragraphs starting with the superscript number', () => {
    const labels = paragraphs()
      .map((paragraph) => /^([¹²³⁴⁵]) /.exec(paragraph)?.[1])
      .filter(Boolean)
    expect(labels).toEqual(['¹', '²', '³', '⁴', '⁵'])
  })

  it('rejoins a URL broken across lines, keeping its hyphen', () => {
    expect(note('¹')).toContain(
      'https://example.org/articles/2020/a-long-path-that-wraps/index.html',
    )
  })

  it('appends the URL of a link annotation the visible text only shortens', () => {
    expect(note('²')).toBe(
      '² Bob Writer, "Second title", 2021. See: example.com/second <https://example.com/full/second-title-article>',
    )
  })

  it('keeps a superscript inside a note as text, not as a note', () => {
    expect(note('³')).toContain('with 10⁶ readers')
    expect(paragraphs().filter((paragraph) => paragraph.startsWith('⁶'))).toEqual([])
  })

  it('joins a note continued on the next page to its note', () => {
    expect(note('⁴')).toBe(
      '⁴ Dan Long, "Fourth title", a note that continues on the\nnext page, where it ends. https://example.net/fourth',
    )
  })

  it('maps a note line to the page it is on', () => {
    const lines = text.split('\n')
    const continued = lines.indexOf('next page, where it ends. https://example.net/fourth')
    expect(lineMap[continued]?.page).toBe(2)
    expect(lineMap[lines.findIndex((line) => line.startsWith('⁵ '))]?.page).toBe(2)
  })
})

describe('readPdf layout rules', () => {
  it('rejoins a URL broken at a slash when the break was forced by the margin', async () => {
    const bytes = await makePdf([
      {
        body: ['A claim in a body long enough to be the body of this short page^{1}.'],
        notes: [
          '^{1} Report. See: https://example.org/reports/archive/annual/volume-twelve/chapters/',
          'summary.pdf and more.',
        ],
      },
    ])
    const { text } = await readPdf(bytes)
    expect(text).toContain(
      'https://example.org/reports/archive/annual/volume-twelve/chapters/summary.pdf\nand more.',
    )
  })

  it('keeps the hyphen of a compound the document writes hyphenated elsewhere', async () => {
    const bytes = await makePdf([
      {
        body: [
          'Self-sufficiency matters. The country long wanted a large measure of self-',
          'sufficiency in its defence production.',
        ],
      },
    ])
    const { text } = await readPdf(bytes)
    expect(text).toContain('measure of self-sufficiency\nin its')
  })

  it('keeps notes that repeat at the same height on every page (not a running footer)', async () => {
    const page = (number: number) => ({
      footer: String(number),
      body: [`A claim on page ${number} with its marker^{${number}}.`],
      notes: [`^{${number}} Ibid.`],
    })
    const { text } = await readPdf(await makePdf([page(1), page(2), page(3)]))
    expect(text.split('\n\n').filter((paragraph) => paragraph.endsWith(' Ibid.'))).toEqual([
      '¹ Ibid.',
      '² Ibid.',
      '³ Ibid.',
    ])
  })

  it('starts a new paragraph at extra space between lines', async () => {
    const bytes = await makePdf([{ body: ['First paragraph.', '', 'Second paragraph.'] }])
    const { text } = await readPdf(bytes)
    expect(text).toBe('First paragraph.\n\nSecond paragraph.')
  })
})

describe('readPdf run concurrently', () => {
  it('gives each call its own document', async () => {
    const first = makePdf([{ body: ['The first document.'] }])
    const second = makePdf([{ body: ['The second document.'] }, { body: ['Its second page.'] }])
    const results = await Promise.all([readPdf(await first), readPdf(await second)])
    expect(results.map((result) => [result.text, result.pages])).toEqual([
      ['The first document.', 1],
      ['The second document.\n\nIts second page.', 2],
    ])
  })
})

describe('annotatePdf', () => {
  it('builds an annotated document with PDF places', async () => {
    const document = await annotatePdf(await makeSamplePdf(), 'sample.pdf')
    expect(document.document.format).toBe('pdf')
    expect(document.document.path).toBe('sample.pdf')
    expect(document.footnotes.map((footnote) => footnote.id)).toEqual([1, 2, 3, 4, 5])
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2], [3], [4], [5]])
    const fourth = document.footnotes.find((footnote) => footnote.id === 4)
    expect(fourth?.text).toContain('continues on the next page, where it ends.')
    expect(fourth?.place).toEqual({ line: 11, column: 1, page: 1 })
    expect(document.claims[4]?.place).toEqual({ line: 2, column: 1, page: 2 })
  })
})
