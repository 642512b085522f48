/**
 * Build small footnoted PDFs with pdf-lib for the PDF reader's tests: body lines in 11 pt,
 * markers as raised 6.5 pt digits, notes at the page bottom in 8 pt under a rule, a running
 * header and a page-number footer, and link annotations.
 *
 * Lines are written with `^{…}` for raised text: `'influence^{1}. The'`. An empty string in
 * `body` is a paragraph break (extra space).
 */

import { PDFDocument, type PDFFont, PDFName, type PDFPage, PDFString, StandardFonts } from 'pdf-lib'

/** A link annotation drawn over a line of the notes. */
export interface LinkSpec {
  /** Target URL. */
  url: string
  /** 0-based index of the note line it covers. */
  noteLine: number
  /** Annotation flags (`/F`: 1 Invisible, 2 Hidden, 4 Print, 32 NoView); none when absent. */
  flags?: number
}

/** One page of a test PDF. */
export interface PageSpec {
  /** Running header at the top. */
  header?: string
  /** Footer at the bottom (a page number, usually). */
  footer?: string
  /**
   * Body lines; `''` separates paragraphs; a leading tab indents a line by 14 pt (a hanging
   * indent). An array is a line of a table: its texts are drawn at the `columns` offsets, each
   * as a text item of its own (`''` leaves a cell's line empty).
   */
  body?: Array<string | Array<string>>
  /** Left edges of the columns of table lines, in points from the left margin. */
  columns?: Array<number>
  /** Footnote lines at the bottom of the page. */
  notes?: Array<string>
  /** Link annotations over note lines. */
  links?: Array<LinkSpec>
  /** Draw only a filled rectangle (a page without a text layer). */
  rectangleOnly?: boolean
}

/** Sizes and positions used by the generator. */
export const layout = {
  body: 11,
  leading: 15,
  paragraphGap: 9,
  marker: 6.5,
  markerRise: 4.2,
  note: 8,
  noteLeading: 10,
  noteNumber: 5,
  noteNumberRise: 3,
  left: 72,
  top: 760,
  bottom: 56,
} as const

/** Build a PDF from page specs. */
export async function makePdf(pages: ReadonlyArray<PageSpec>): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  const font = await document.embedFont(StandardFonts.TimesRoman)
  for (const spec of pages) {
    const page = document.addPage([595, 842])
    if (spec.rectangleOnly) {
      page.drawRectangle({ x: 100, y: 400, width: 200, height: 100 })
      continue
    }
    if (spec.header) page.drawText(spec.header, { x: 200, y: 800, size: 8, font })
    if (spec.footer) page.drawText(spec.footer, { x: 295, y: 30, size: 9, font })
    let y: number = layout.top
    for (const line of spec.body ?? []) {
      if (line === '') {
        y -= layout.paragraphGap
        continue
      }
      if (Array.isArray(line)) {
        line.forEach((cell, index) => {
          const indent = spec.columns?.[index] ?? 0
          drawMarked(page, font, cell, y, layout.body, layout.marker, layout.markerRise, indent)
        })
        y -= layout.leading
        continue
      }
      const indent = line.startsWith('\t') ? 14 : 0
      const text = line.replace(/^\t/, '')
      drawMarked(page, font, text, y, layout.body, layout.marker, layout.markerRise, indent)
      y -= layout.leading
    }
    const notes = spec.notes ?? []
    const noteY = (index: number): number =>
      layout.bottom + (notes.length - 1 - index) * layout.noteLeading
    if (notes.length > 0) {
      const top = noteY(0) + layout.noteLeading
      page.drawLine({ start: { x: 72, y: top }, end: { x: 220, y: top }, thickness: 0.5 })
    }
    notes.forEach((line, index) => {
      drawMarked(
        page,
        font,
        line,
        noteY(index),
        layout.note,
        layout.noteNumber,
        layout.noteNumberRise,
      )
    })
    const annotations = (spec.links ?? []).map((link) => {
      const baseline = noteY(link.noteLine)
      const width = font.widthOfTextAtSize(plain(notes[link.noteLine] ?? ''), layout.note)
      return document.context.register(
        document.context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [layout.left, baseline - 2, layout.left + width, baseline + layout.note],
          Border: [0, 0, 0],
          A: { Type: 'Action', S: 'URI', URI: PDFString.of(link.url) },
          ...(link.flags === undefined ? {} : { F: link.flags }),
        }),
      )
    })
    if (annotations.length > 0)
      page.node.set(PDFName.of('Annots'), document.context.obj(annotations))
  }
  return document.save()
}

/** Draw a line with `^{…}` pieces raised and smaller. */
function drawMarked(
  page: PDFPage,
  font: PDFFont,
  line: string,
  y: number,
  size: number,
  raisedSize: number,
  rise: number,
  indent = 0,
): void {
  let x: number = layout.left + indent
  for (const part of line.split(/(\^\{[^}]*\})/)) {
    if (part === '') continue
    const raised = part.startsWith('^{')
    const text = raised ? part.slice(2, -1) : part
    const partSize = raised ? raisedSize : size
    page.drawText(text, { x, y: raised ? y + rise : y, size: partSize, font })
    x += font.widthOfTextAtSize(text, partSize)
  }
}

/** Text of a line without raised markup. */
function plain(line: string): string {
  return line.replace(/\^\{([^}]*)\}/g, '$1')
}
