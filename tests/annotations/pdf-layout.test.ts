import { describe, expect, it } from 'vitest'
import { dropFurniture, lineText } from '../../annotations/pdf/furniture.ts'
import { collectVocabulary, joinLines, type TextLine } from '../../annotations/pdf/join.ts'
import { buildLines, type TextItemLike } from '../../annotations/pdf/lines.ts'
import { normalizeGlyphs } from '../../annotations/pdf/normalize.ts'
import { missingUrls } from '../../annotations/pdf/note-links.ts'
import { renderBodyLine } from '../../annotations/pdf/render-line.ts'
import type { PdfPage } from '../../annotations/pdf/types.ts'

/** A text item at (x, y) in `size` points, about half an em per character wide. */
function item(str: string, x: number, y: number, size = 11): TextItemLike {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5 }
}

/** A line of text (as `joinLines` takes it) on page 1. */
function textLine(text: string, line: number, room = 0): TextLine {
  return { text, place: { line, column: 1, page: 1 }, room, charWidth: 5 }
}

const context = { risky: 'escape' as const, vocabulary: new Set<string>(), links: [] }

describe('normalizeGlyphs', () => {
  it('spells out ligatures and plain-spaces odd spaces', () => {
    expect(normalizeGlyphs('eﬀect of ﬁne\u00A0ﬂows\u2009here')).toBe('effect of fine flows here')
  })

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalizeGlyphs('hy\u00ADphen\u200Bated\uFEFF')).toBe('hyphenated')
  })
})

describe('buildLines', () => {
  it('folds a smaller raised item into the line below it as a raised piece', () => {
    const lines = buildLines(
      [item('their influence', 72, 700), item('1', 154.5, 704.5, 6.4), item('. Next', 158, 700)],
      1,
    )
    expect(lines).toHaveLength(1)
    expect(lines[0]?.pieces.map((piece) => [piece.text, piece.raised])).toEqual([
      ['their influence', false],
      ['1', true],
      ['. Next', false],
    ])
  })

  it('orders lines top to bottom, numbers them, and leaves out rotated text', () => {
    const rotated: TextItemLike = { str: 'stamp', transform: [0, 11, -11, 0, 20, 400], width: 30 }
    const lines = buildLines([item('second', 72, 600), rotated, item('first', 72, 700)], 3)
    expect(lines.map((line) => [lineText(line), line.line, line.page])).toEqual([
      ['first', 1, 3],
      ['second', 2, 3],
    ])
  })

  it('keeps a small line that is not raised over another line as its own line', () => {
    const lines = buildLines([item('Body text', 72, 700), item('small print', 72, 600, 6)], 1)
    expect(lines.map(lineText)).toEqual(['Body text', 'small print'])
  })

  it('puts a space where items are visibly apart, none where they touch', () => {
    const lines = buildLines([item('ab', 72, 700), item('cd', 83, 700), item('ef', 100, 700)], 1)
    expect(lineText(lines[0] ?? ({ pieces: [] } as never))).toBe('abcd ef')
  })
})

describe('dropFurniture', () => {
  /** A page whose lines are the given texts, 20 points apart from y = 800. */
  function page(number: number, texts: Array<string>): PdfPage {
    const items = texts.map((text, index) => item(text, 72, 800 - index * 20))
    return { number, height: 842, lines: buildLines(items, number), links: [] }
  }

  it('drops a header repeated on several pages and bare page numbers', () => {
    const pages = [
      page(1, ['Running head', 'Body one.', 'More body one.', '1']),
      page(2, ['Running head', 'Body two.', 'More body two.', 'Page 2']),
    ]
    expect(dropFurniture(pages).map((kept) => kept.lines.map(lineText))).toEqual([
      ['Body one.', 'More body one.'],
      ['Body two.', 'More body two.'],
    ])
  })

  it('keeps a first line that appears on one page only', () => {
    const pages = [page(1, ['Title of the paper', 'Body.']), page(2, ['Other body.', 'Text.'])]
    expect(dropFurniture(pages)[0]?.lines.map(lineText)).toEqual(['Title of the paper', 'Body.'])
  })
})

describe('joinLines', () => {
  it('undoes hyphenation of a word and keeps the rest of the line', () => {
    const out = joinLines([textLine('an exam-', 1), textLine('ple of it.', 2)], context)
    expect(out.map((line) => line.text)).toEqual(['an example', 'of it.'])
  })

  it('keeps the hyphen of a compound the document writes hyphenated', () => {
    const vocabulary = collectVocabulary(['a well-known fact'])
    const out = joinLines([textLine('is well-', 1), textLine('known here', 2)], {
      ...context,
      vocabulary,
    })
    expect(out.map((line) => line.text)).toEqual(['is well-known', 'here'])
  })

  it('keeps the hyphen inside a URL and joins without a space', () => {
    const out = joinLines(
      [textLine('See: https://example.org/a-', 1), textLine('b/c and more', 2)],
      context,
    )
    expect(out.map((line) => line.text)).toEqual(['See: https://example.org/a-b/c', 'and more'])
  })

  it('leaves a URL that ended before a natural line break alone', () => {
    const out = joinLines(
      [textLine('See: https://example.org/a/', 1, 200), textLine('accessed today', 2)],
      context,
    )
    expect(out.map((line) => line.text)).toEqual(['See: https://example.org/a/', 'accessed today'])
  })

  it('does not glue a word of the text onto a URL ending in a file name, even at the margin', () => {
    const lines = [
      textLine('See https://docs.example.org/doc/basics.types.html', 1, 0),
      textLine('for documentation on floats.', 2),
    ]
    const out = joinLines(lines, { ...context, vocabulary: new Set(['for', 'documentation']) })
    expect(out.map((line) => line.text)).toEqual([
      'See https://docs.example.org/doc/basics.types.html',
      'for documentation on floats.',
    ])
  })

  it('joins a URL when a link annotation shows its continuation', () => {
    const out = joinLines([textLine('https://example.org/a/', 1, 200), textLine('b.html', 2)], {
      ...context,
      links: ['https://example.org/a/b.html'],
    })
    expect(out.map((line) => line.text)).toEqual(['https://example.org/a/b.html'])
  })

  it('moves a wrapped marker back to the line of its word', () => {
    const out = joinLines([textLine('the word', 1), textLine('¹² and on', 2)], context)
    expect(out.map((line) => line.text)).toEqual(['the word¹²', 'and on'])
  })

  it('escapes, or merges, a line Markdown would read as a list item', () => {
    const lines = [textLine('Contents', 1), textLine('1) First part', 2), textLine('- dash', 3)]
    expect(joinLines(lines, context).map((line) => line.text)).toEqual([
      'Contents',
      '1\\) First part',
      '\\- dash',
    ])
    expect(joinLines(lines, { ...context, risky: 'merge' }).map((line) => line.text)).toEqual([
      'Contents 1) First part - dash',
    ])
  })
})

describe('missingUrls', () => {
  it('leaves out URLs the note already shows, whatever their scheme, www or encoding', () => {
    const text = 'See: www.example.org/a/ and http://example.net/%C4%9F-page'
    expect(
      missingUrls(text, [
        'https://www.example.org/a',
        'https://example.net/ğ-page',
        'https://example.com/full-article',
      ]),
    ).toEqual(['https://example.com/full-article'])
  })

  it('leaves out the mailto: link of an e-mail address the note shows', () => {
    const text = 'Project manager. E-mail: joao.simoes@example.edu.br'
    expect(
      missingUrls(text, ['mailto:joao.simoes@example.edu.br', 'mailto:other@example.org']),
    ).toEqual(['mailto:other@example.org'])
  })
})

describe('renderBodyLine', () => {
  /** A body line of pieces: plain text, then a raised one. */
  const bodyLine = (text: string, raised: string) => ({
    pieces: [
      { text, x: 72, width: text.length * 5, size: 11, raised: false, spaceBefore: false },
      { text: raised, x: 400, width: 10, size: 7, raised: true, spaceBefore: false },
    ],
    y: 700,
    size: 11,
    left: 72,
    right: 410,
    page: 1,
    line: 1,
  })

  it('reads a raised list of markers, comma- or space-separated, as markers', () => {
    for (const raised of ['3,4', '3 4', '3, 4']) {
      const state = { notes: new Set([3, 4]), last: 2 }
      expect(renderBodyLine(bodyLine('by agency partners.', raised), state), raised).toBe(
        'by agency partners.³⁴',
      )
      expect(state.last).toBe(4)
    }
  })

  it('keeps a raised list that is not the next markers as text (`5 4`)', () => {
    const state = { notes: new Set([4, 5]), last: 3 }
    expect(renderBodyLine(bodyLine('by agency partners.', '5 4'), state)).toBe(
      'by agency partners.5 4',
    )
  })
})
