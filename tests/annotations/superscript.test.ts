import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'

/** Annotate a small PDF-converted paper written inline. */
const parse = (text: string) => annotate(text, { path: 'paper.txt' })

/** Text of footnote `id`. */
const noteText = (text: string, id: number) =>
  parse(text).footnotes.find((footnote) => footnote.id === id)?.text

describe('superscript convention', () => {
  it('links markers after words and after punctuation to their sentences', () => {
    const document = parse(
      [
        'Introduction',
        '',
        'Middle powers gained weight¹. The order is in crisis.² A third sentence has none.',
        '',
        '¹ Pinar Dost, "A rising power", *Source*, 2023. See: <https://example.org/a>',
        '',
        '² Another note.',
      ].join('\n'),
    )
    expect(document.document.convention).toBe('superscript')
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['Middle powers gained weight.', [1]],
      ['The order is in crisis.', [2]],
    ])
    expect(document.footnotes[0]?.text).toBe(
      'Pinar Dost, "A rising power", *Source*, 2023. See: <https://example.org/a>',
    )
    expect(document.claims[1]?.place).toEqual({ line: 3, column: 31 })
  })

  it('reads several markers after one word', () => {
    const document = parse('Text here¹²³ and on⁴,⁵.\n\n¹ a\n\n² b\n\n³ c\n\n⁴ d\n\n⁵ e\n')
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1, 2, 3, 4, 5]])
  })

  it('reads a multi-digit marker as one number when that number is expected', () => {
    const notes = Array.from({ length: 12 }, (_, index) => `${sup(index + 1)} Note ${index + 1}.`)
    const body = Array.from({ length: 11 }, (_, index) => `Claim ${index + 1}${sup(index + 1)}.`)
    const document = parse([`${body.join(' ')} Last¹².`, ...notes].join('\n\n'))
    expect(document.claims.at(-1)?.footnotes).toEqual([12])
    expect(document.problems).toEqual([])
  })

  it('does not take an exponent for a marker (ok: m², x³ before the real markers)', () => {
    const document = parse(
      'The area is 5 m² wide¹. Then x³ grows fast² and more³.\n\n¹ a\n\n² b\n\n³ c\n',
    )
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['The area is 5 m² wide.', [1]],
      ['Then x³ grows fast and more.', [2, 3]],
    ])
  })

  it('does take a superscript for a marker when it is the expected one (not-ok for exponents)', () => {
    const document = parse('It was in 2020¹. And the US².\n\n¹ a\n\n² b\n')
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2]])
  })

  it('joins a URL that continues a footnote after body text (page break)', () => {
    const text = [
      'Body one cites¹ something.',
      '',
      '¹ Jon Lake, "Squadron", *News*, 2024. See:',
      '',
      'Body two goes on with prose.',
      '',
      '<https://example.org/squadron>',
      '',
      'Body three cites² it.',
      '',
      '² Other.',
    ].join('\n')
    const document = parse(text)
    expect(document.footnotes[0]?.text).toBe(
      'Jon Lake, "Squadron", *News*, 2024. See: <https://example.org/squadron>',
    )
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Body one cites something.',
      'Body two goes on with prose.',
      'Body three cites it.',
    ])
  })

  it('keeps the URLs of a reference list after a finished note in the body', () => {
    const text = [
      'The API is public.¹',
      '',
      '¹ Source code available at: https://code.example.org/project',
      '',
      'REFERENCES',
      '',
      'AMAZON. Application load balancer. Available at:',
      '',
      'https://docs.example.com/balancer/introduction.html',
    ].join('\n')
    expect(noteText(text, 1)).toBe('Source code available at: https://code.example.org/project')
  })

  it('continues an open footnote with the lower-case fragment right after it', () => {
    const text = 'Claim¹ here.\n\n¹ John Smith, *Journal of Things*,\n\nvol. 3, pp. 10-12, 2020.\n'
    expect(noteText(text, 1)).toBe('John Smith, *Journal of Things*, vol. 3, pp. 10-12, 2020.')
  })

  it('keeps prose after a closed footnote in the body', () => {
    const text = 'Claim¹ here.\n\n¹ John Smith, *Journal*, 2020.\n\nthe body goes on here.\n'
    expect(noteText(text, 1)).toBe('John Smith, *Journal*, 2020.')
    expect(parse(text).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Claim here.',
      'the body goes on here.',
    ])
  })

  it('joins a body paragraph split by a footnote block', () => {
    const text = [
      'Türkiye should invest where it has a',
      '',
      '¹ First note.',
      '',
      'comparative advantage². Then more.',
      '',
      '² Second note.',
    ].join('\n')
    const document = parse(`Earlier claim¹.\n\n${text}`)
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Earlier claim.',
      'Türkiye should invest where it has a comparative advantage. Then more.',
    ])
    expect(document.claims[1]).toMatchObject({
      text: 'Türkiye should invest where it has a comparative advantage.',
      footnotes: [2],
      paragraph: 1,
      offset: 0,
      place: { line: 3, column: 1 },
    })
  })

  it('does not join a paragraph that ends a sentence with the next one', () => {
    const text = 'It ended here¹.\n\n¹ A note.\n\nthe next paragraph starts lower-case.\n'
    expect(parse(text).paragraphs).toHaveLength(2)
  })

  it('does not join a bulleted item after a footnote block to the item before it', () => {
    const text = [
      'The scope of the code covers the objects listed below.',
      '',
      '• All physical objects fixed to the ground¹',
      '',
      '¹ Pseudonyms (fixed to the ground)',
      '',
      '• All virtual objects that relate to them',
    ].join('\n')
    expect(parse(text).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The scope of the code covers the objects listed below.',
      '• All physical objects fixed to the ground',
      '• All virtual objects that relate to them',
    ])
  })

  it('does not join pieces that no footnote block separates', () => {
    const text = 'A sentence without an end\n\nnext paragraph cites¹.\n\n¹ A note.\n'
    expect(parse(text).sections).toEqual([])
    expect(parse(text).paragraphs).toHaveLength(2)
  })

  it('splits a block holding several definitions on their numbers', () => {
    const document = parse('A¹ b² c.\n\n¹ First\nstill first.\n² Second.\n')
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual([
      'First still first.',
      'Second.',
    ])
    expect(document.footnotes[1]?.place).toEqual({ line: 5, column: 1 })
  })

  it('continues an open footnote with a short citation fragment in capitals', () => {
    const text = 'Claim¹ here.\n\n¹ Jon Lake, "Squadron", *News*,\n\nAugust 29, 2024, p. 5.\n'
    expect(noteText(text, 1)).toBe('Jon Lake, "Squadron", *News*, August 29, 2024, p. 5.')
  })

  it('keeps capitalised prose after an open footnote in the body (not-ok: no citation traits)', () => {
    const text = 'Claim¹ here.\n\n¹ Jon Lake, "Squadron", *News*,\n\nThe body goes on here.\n'
    expect(noteText(text, 1)).toBe('Jon Lake, "Squadron", *News*,')
    expect(parse(text).paragraphs).toHaveLength(2)
  })

  it('goes on with a note ending in a URL only with the rest of that URL, not with body text', () => {
    const text = (after: string) =>
      [
        'A network was founded.¹ It grows.',
        '',
        '¹ Homepage of the network: https://network.example.org/reports/',
        '',
        after,
      ].join('\n')
    expect(
      noteText(text('Recently a project began, in which https://news.example.org/a/'), 1),
    ).toBe('Homepage of the network: https://network.example.org/reports/')
    expect(noteText(text('2017/annual-report.pdf (accessed 2022)'), 1)).toBe(
      'Homepage of the network: https://network.example.org/reports/ 2017/annual-report.pdf (accessed 2022)',
    )
  })

  it('continues an open footnote at the top of the next page, before the next notes', () => {
    const text = [
      'Claim¹ here and a second paragraph follows.',
      '',
      '¹ Jon Lake, "Squadron",',
      '',
      'Body of the next page, with prose.',
      '',
      '*Aerospace News*, August 29, 2024.',
      '',
      '² Second note.',
      '',
      'Closing claim².',
    ].join('\n')
    expect(noteText(text, 1)).toBe('Jon Lake, "Squadron", *Aerospace News*, August 29, 2024.')
    expect(parse(text).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Claim here and a second paragraph follows.',
      'Body of the next page, with prose.',
      'Closing claim.',
    ])
  })

  it('continues a footnote with a link lead-in after body text', () => {
    const text =
      'Claim¹ here.\n\n¹ Report, 2024.\n\nMore body.\n\nAvailable at: <https://example.org/r>\n'
    expect(noteText(text, 1)).toBe('Report, 2024. Available at: <https://example.org/r>')
    expect(parse(text).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Claim here.',
      'More body.',
    ])
  })

  it('reads definitions set right under body text, without a blank line', () => {
    const text =
      'Body text cites¹ this and\n¹ The note, <https://x.org>.\n² Second.\n\nmore text cites² that.\n'
    const document = parse(text)
    expect(document.footnotes.map((footnote) => [footnote.text, footnote.place.line])).toEqual([
      ['The note, <https://x.org>.', 2],
      ['Second.', 3],
    ])
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Body text cites this and more text cites that.',
    ])
    expect(document.claims[0]?.footnotes).toEqual([1, 2])
  })

  it('maps every place through the line map of a PDF', () => {
    const text = 'Heading\n\nA claim¹.\n\n¹ A note.\n'
    const lineMap = [1, 2, 3, 4, 5].map((line) => ({ page: 2, line: line + 10, column: 1 }))
    const document = annotate(text, { path: 'paper.pdf', format: 'pdf', lineMap })
    expect(document.document.format).toBe('pdf')
    expect(document.claims[0]?.place).toEqual({ page: 2, line: 13, column: 1 })
    expect(document.footnotes[0]?.place).toEqual({ page: 2, line: 15, column: 1 })
    expect(document.paragraphs[0]?.place).toEqual({ page: 2, line: 13, column: 1 })
  })
})

/** Write a number in superscript digits. */
function sup(value: number): string {
  return [...String(value)].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('')
}

describe('plain-text layout', () => {
  it('reads indented paragraphs and notes of a text file as prose, not code', () => {
    const text =
      'Introduction\n\n    The first paragraph is indented¹ and\ncontinues here.\n\n        ¹ A note.\n'
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The first paragraph is indented and continues here.',
    ])
    expect(document.footnotes.map((footnote) => [footnote.id, footnote.text])).toEqual([
      [1, 'A note.'],
    ])
    expect(document.claims[0]?.place).toEqual({ line: 3, column: 5 })
  })

  it('keeps indented code as code in a Markdown paper (not-ok for text rules)', () => {
    const text = 'A claim[^1].\n\n    code¹ block\n\n[^1]: Note.\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual(['A claim.'])
  })
})

describe('HTML superscripts', () => {
  it('reads `<sup>` markers and definitions like superscript digits', () => {
    const text =
      'A claim<sup>1</sup>. Two more<sup>2,3</sup>.\n\n<sup>1</sup> One.\n\n<sup>2</sup> Two.\n<sup>3</sup> Three.\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.document.convention).toBe('superscript')
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['A claim.', [1]],
      ['Two more.', [2, 3]],
    ])
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual(['One.', 'Two.', 'Three.'])
  })
})
