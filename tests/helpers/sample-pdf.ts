/**
 * The sample footnoted paper the PDF reader tests share: two pages with a running header and
 * page numbers, markers, a hyphenated word, a URL broken across lines, a link annotation whose
 * URL the visible text shortens, a superscript inside a note, and a note continued on page 2.
 */

import { makePdf, type PageSpec } from './make-pdf.ts'

/** Page specs of the sample paper. */
export const samplePages: Array<PageSpec> = [
  {
    header: 'A sample paper - running header',
    footer: '1',
    body: [
      'Middle powers have grown in weight and influence^{1}. The concept is not new, but the',
      'role they play in the system has changed^{2}. This shift was first demon-',
      'strated by a study of the order^{3}.',
      '',
      'A second paragraph mentions an area in m^{2} which is not a marker, and it',
      'goes on to a last claim that continues on the next page, as long paragraphs',
    ],
    notes: [
      '^{1} Alice Author, "First title", Journal, 2020. See: https://example.org/articles/2020/a-long-',
      'path-that-wraps/index.html',
      '^{2} Bob Writer, "Second title", 2021. See: example.com/second',
      '^{3} Carol Name, "Third title", with 10^{6} readers, 2022.',
      '^{4} Dan Long, "Fourth title", a note that continues on the',
    ],
    links: [{ url: 'https://example.com/full/second-title-article', noteLine: 2 }],
  },
  {
    header: 'A sample paper - running header',
    footer: '2',
    body: ['often do^{4}. The paragraph after the page break has its own marker^{5}.'],
    notes: [
      'next page, where it ends. https://example.net/fourth',
      '^{5} Eve Final, "Fifth title", 2023.',
    ],
  },
]

/** Bytes of the sample paper. */
export function makeSamplePdf(): Promise<Uint8Array> {
  return makePdf(samplePages)
}
