import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import { annotatePdf } from '../../annotations/pdf/index.ts'
import type { AnnotatedDocument } from '../../pipeline/types.ts'
import { extractUrls } from '../../sources/extract/index.ts'

const paper = (name: string): URL => new URL(`../../papers/${name}`, import.meta.url)

/** URLs of each footnote, as the sources stage reads them. */
function footnoteUrls(document: AnnotatedDocument): Array<[string, Array<string>]> {
  return document.footnotes.map((footnote) => [
    String(footnote.id),
    extractUrls(footnote.text).map((source) => source.url),
  ])
}

describe('bundled paper: PDF path against text path', () => {
  let fromText: AnnotatedDocument
  let fromPdf: AnnotatedDocument

  beforeAll(async () => {
    fromText = annotate(readFileSync(paper('security-provider.txt'), 'utf8'), {
      path: 'security-provider.txt',
    })
    const bytes = new Uint8Array(readFileSync(paper('security-provider.pdf')))
    fromPdf = await annotatePdf(bytes, 'security-provider.pdf')
  })

  it('reads the same 124 footnotes', () => {
    expect(fromPdf.document.format).toBe('pdf')
    expect(fromPdf.document.convention).toBe('superscript')
    expect(fromPdf.footnotes.map((footnote) => footnote.id)).toEqual(
      Array.from({ length: 124 }, (_, index) => index + 1),
    )
  })

  it('finds the same URLs in every footnote', () => {
    expect(footnoteUrls(fromPdf)).toEqual(footnoteUrls(fromText))
  })

  it('links the same claims to the same footnotes', () => {
    const links = (document: AnnotatedDocument): Array<Array<string | number>> =>
      document.claims.map((claim) => claim.footnotes)
    expect(links(fromPdf)).toEqual(links(fromText))
    expect(fromPdf.claims).toHaveLength(111)
  })

  it('finds the same title and sections', () => {
    expect(fromPdf.document.title).toBe(fromText.document.title)
    expect(fromPdf.document.date).toBe('2025-04')
    expect(fromPdf.document.date).toBe(fromText.document.date)
    expect(fromPdf.sections.map((section) => section.title)).toEqual(
      fromText.sections.map((section) => section.title),
    )
  })

  it('places claims and footnotes on their PDF page', () => {
    expect(fromPdf.claims[0]?.place).toEqual({ line: 10, column: 1, page: 3 })
    expect(fromPdf.footnotes[0]?.place).toEqual({ line: 36, column: 1, page: 3 })
    expect(fromPdf.footnotes.at(-1)?.place.page).toBe(21)
  })

  it('reports the same problems', () => {
    const kinds = (document: AnnotatedDocument): Array<string> =>
      document.problems.map((problem) => `${problem.kind}:${problem.footnote ?? ''}`)
    expect(kinds(fromPdf)).toEqual(kinds(fromText))
  })
})
