/**
 * What sits at a page's edges but is no page furniture: the last line of a note cited on several
 * pages (it repeats at the same height, as a running footer would), and a template directive left
 * in the text that closes a page (`{% include figure.html … %}`), which is a block of its own.
 */
import { describe, expect, it } from 'vitest'
import { dropFurniture, lineText } from '../../annotations/pdf/furniture.ts'
import { annotatePdf, readPdf } from '../../annotations/pdf/index.ts'
import { buildLines, type TextItemLike } from '../../annotations/pdf/lines.ts'
import type { PdfPage } from '../../annotations/pdf/types.ts'
import { makePdf } from '../helpers/make-pdf.ts'
import { flat, paragraphsOf } from '../helpers/pdf-fixture.ts'

/** The same source, cited on every page: its second line repeats at the page bottom. */
const source = [
  'Ram, Karthik. "Git can facilitate greater reproducibility and increased transparency".',
  'Source Code for Biology and Medicine 8, 2013. https://doi.org/10.1186/1751-0473-8-7',
]

describe('a note cited on several pages', () => {
  /** Page `number` cites the source as its note `number`, the last note on the page. */
  const citing = (number: number) => ({
    header: 'Version control for historians',
    footer: String(number),
    body: [
      'Commits serve as checkpoints where single files or a whole project can be reverted',
      `safely when needed, as page ${number} recalls with its source^{${number}} in a note. A`,
      'history kept this way tells who changed what, when, and why it was changed at all.',
    ],
    notes: [`^{${number}} ${source[0]}`, source[1] ?? ''],
  })

  it('keeps every line of each copy, its DOI included, and drops the real furniture', async () => {
    const bytes = await makePdf([citing(1), citing(2), citing(3)])
    const { text } = await readPdf(bytes)
    const notes = paragraphsOf(text).filter((paragraph) => /^[¹²³] /.test(paragraph))
    expect(notes.map(flat)).toEqual(['¹', '²', '³'].map((label) => `${label} ${source.join(' ')}`))
    expect(text).not.toContain('Version control for historians')
    const annotated = await annotatePdf(bytes, 'cited.pdf')
    expect(annotated.footnotes.map((note) => flat(note.text))).toEqual([
      source.join(' '),
      source.join(' '),
      source.join(' '),
    ])
  })
})

describe('dropFurniture and blocks at the page bottom', () => {
  /** A text item at (72, y) in `size` points. */
  const item = (str: string, y: number, size: number): TextItemLike => ({
    str,
    transform: [size, 0, 0, size, 72, y],
    width: str.length * size * 0.5,
  })
  const page = (number: number, items: Array<TextItemLike>): PdfPage => ({
    number,
    height: 842,
    lines: buildLines(items, number),
    links: [],
  })

  it('drops a two-line running footer set apart from the text, both lines repeated', () => {
    const footer = (body: string): Array<TextItemLike> => [
      item(body, 500, 11),
      item('Journal of Version Control', 60, 8),
      item('Volume 3, issue 2', 50, 8),
    ]
    const kept = dropFurniture([page(1, footer('The first page.')), page(2, footer('Another.'))])
    expect(kept.map((each) => each.lines.map(lineText))).toEqual([
      ['The first page.'],
      ['Another.'],
    ])
  })

  it('keeps a repeated line set right under a line of its note that stays', () => {
    const notes = (number: number, other: string): Array<TextItemLike> => [
      item(other === 'A note.' ? 'The first page.' : 'Another page.', 500, 11),
      item(other, 80, 8),
      item(`${number} Ram, Karthik. "Git can facilitate …".`, 70, 8),
      item('Source Code for Biology and Medicine 8, 2013.', 60, 8),
    ]
    const kept = dropFurniture([page(1, notes(1, 'A note.')), page(2, notes(2, 'Another.'))])
    expect(kept.map((each) => each.lines.at(-1)).map((line) => line && lineText(line))).toEqual([
      'Source Code for Biology and Medicine 8, 2013.',
      'Source Code for Biology and Medicine 8, 2013.',
    ])
  })
})

describe('a template directive closing a page', () => {
  it('is a block of its own, not the start of the next page’s first sentence', async () => {
    const bytes = await makePdf([
      {
        footer: '1',
        body: [
          'The installer shows the components to install.',
          '',
          '{% include figure.html filename="installer.png"',
          'caption="Figure 5. The components to install." %}',
        ],
      },
      {
        footer: '2',
        body: ['Next, the installer asks which text editor^{1} to use by default.'],
        notes: ['^{1} A text editor found on most Unix systems.'],
      },
    ])
    const { text } = await readPdf(bytes)
    expect(paragraphsOf(text).map(flat)).toContain(
      '{% include figure.html filename="installer.png" caption="Figure 5. The components to install." %}',
    )
    const annotated = await annotatePdf(bytes, 'directive.pdf')
    expect(annotated.claims.map((claim) => claim.text)).toEqual([
      'Next, the installer asks which text editor to use by default.',
    ])
  })

  it('ends where its `%}` ends, even without space before the next line', async () => {
    const bytes = await makePdf([
      {
        body: [
          '{% include figure.html filename="editor.png"',
          'caption="Figure 6. Choosing the editor." %}',
          'Then it asks for the name^{1} of the first branch.',
        ],
        notes: ['^{1} Called main since 2020.'],
      },
    ])
    const annotated = await annotatePdf(bytes, 'directive.pdf')
    expect(annotated.claims.map((claim) => claim.text)).toEqual([
      'Then it asks for the name of the first branch.',
    ])
  })
})
