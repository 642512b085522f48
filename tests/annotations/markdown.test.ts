import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'

const paper = [
  '# Middle powers',
  '',
  '## Introduction',
  '',
  'The U.S. spent $5.4 billion on it.[^1] Another claim cites two notes[^note][^2].',
  'A sentence without notes.',
  '',
  '## Later',
  '',
  '- A list item with a claim[^3].',
  '',
  '[^1]: First note, <https://example.com/a>.',
  '[^note]: A labelled note',
  '    that continues *here*.',
  '',
  '    And has a second paragraph.',
  '[^2]: Second.',
  '[^3]: Third.',
  '',
].join('\n')

describe('Markdown footnotes', () => {
  const document = annotate(paper, { path: 'paper.md' })

  it('detects Markdown and the footnote convention', () => {
    expect(document.document).toEqual({
      path: 'paper.md',
      title: 'Middle powers',
      format: 'markdown',
      convention: 'markdown',
    })
    expect(document.sections.map((section) => section.title)).toEqual(['Introduction', 'Later'])
  })

  it('reads numbered ids as numbers and labels as strings, with their full text', () => {
    expect(
      document.footnotes.map((footnote) => [footnote.id, footnote.label, footnote.text]),
    ).toEqual([
      [1, '1', 'First note, <https://example.com/a>.'],
      [2, '2', 'Second.'],
      [3, '3', 'Third.'],
      ['note', 'note', 'A labelled note that continues *here*. And has a second paragraph.'],
    ])
    expect(document.footnotes[3]?.place).toEqual({ line: 13, column: 1 })
  })

  it("leaves pandoc's attribute blocks and empty links out of a note's text", () => {
    const pandoc = annotate(
      [
        'A claim.[^1] Another.[^2]',
        '',
        '[^1]: URL: [](){.uri}',
        '[^2]: See [the page](https://x.org/a){.uri} and <https://y.org>{#a .b lang="de"}; keep {braces} and {.x} in prose.',
      ].join('\n'),
      { path: 'paper.md' },
    )
    expect(pandoc.footnotes.map((footnote) => footnote.text)).toEqual([
      'URL:',
      'See [the page](https://x.org/a) and <https://y.org>; keep {braces} and {.x} in prose.',
    ])
  })

  it('reads numbered endnotes in spite of a stray `[^label]` whose definition is missing', () => {
    const stray = annotate(
      [
        'Git keeps history [1]. Add the file to the index [^git-index] and commit it [2].',
        '',
        '## Notes',
        '',
        '[1] Ram, Karthik. Git can facilitate reproducibility, 2013.',
        '',
        '[2] Chacon, Scott. Pro Git, 2014.',
      ].join('\n'),
      { path: 'paper.md' },
    )
    expect(stray.document.convention).toBe('endnote')
    expect(stray.footnotes.map((footnote) => footnote.id)).toEqual([1, 2])
  })

  it('links each sentence to its references in marker order', () => {
    expect(
      document.claims.map((claim) => [claim.id, claim.section, claim.text, claim.footnotes]),
    ).toEqual([
      ['c1', 'Introduction', 'The U.S. spent $5.4 billion on it.', [1]],
      ['c2', 'Introduction', 'Another claim cites two notes.', ['note', 2]],
      ['c3', 'Later', 'A list item with a claim.', [3]],
    ])
    expect(document.footnotes.find((footnote) => footnote.id === 'note')?.claims).toEqual(['c2'])
    expect(document.claims[1]?.place).toEqual({ line: 5, column: 40 })
    expect(document.problems).toEqual([])
  })

  it('detects Markdown by its footnote syntax in a .txt file', () => {
    const result = annotate('Claim[^a].\n\n[^a]: Note.\n', { path: 'notes.txt' })
    expect(result.document.format).toBe('markdown')
    expect(result.claims[0]?.footnotes).toEqual(['a'])
  })

  it('treats labels case-insensitively, as Markdown does', () => {
    const result = annotate('Claim[^Note].\n\n[^note]: Text.\n', { path: 'a.md' })
    expect(result.claims[0]?.footnotes).toEqual(['note'])
    expect(result.problems).toEqual([])
  })

  it('writes reference-style links of a note out with their definitions’ URLs', () => {
    const text = [
      'A claim.[^1] Another.[^2]',
      '',
      '[^1]: It should be noted that [I am not an attorney][23] at all.',
      '[^2]: [Campbell v. Acuff-Rose][29], 510 U.S. 569 (1994).',
      '',
      ' [23]: http://x.org/fine-print/',
      ' [29]: http://x.org/getcase.pl?vol=510`invol=569',
    ].join('\n')
    const result = annotate(text, { path: 'paper.md' })
    expect(result.footnotes.map((footnote) => footnote.text)).toEqual([
      'It should be noted that [I am not an attorney](http://x.org/fine-print/) at all.',
      '[Campbell v. Acuff-Rose](http://x.org/getcase.pl?vol=510%60invol=569), 510 U.S. 569 (1994).',
    ])
  })

  it('reads markers in table cells, list items and block quotes', () => {
    const text = [
      '| Option | Since |',
      '| --- | --- |',
      '| `-fPIE` | GCC 12.0.0<br/>Clang 9.0.0[^a] |',
      '',
      '- A list item makes a claim.[^b]',
      '',
      '> A quoted claim.[^c]',
      '',
      '[^a]: Note a.',
      '[^b]: Note b.',
      '[^c]: Note c.',
    ].join('\n')
    const claims = annotate(text, { path: 'paper.md' }).claims
    expect(claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['GCC 12.0.0 Clang 9.0.0', ['a']],
      ['A list item makes a claim.', ['b']],
      ['A quoted claim.', ['c']],
    ])
  })

  it('reads a marker in a heading as a claim, and keeps it out of the section title', () => {
    const document = annotate('## Results of the survey[^1]\n\nBody.\n\n[^1]: A note.\n', {
      path: 'paper.md',
    })
    expect(document.sections.map((section) => section.title)).toEqual(['Results of the survey'])
    expect(document.claims).toMatchObject([
      { text: 'Results of the survey', footnotes: [1], section: 'Results of the survey' },
    ])
  })

  it('ends a sentence at a marker after its full stop, even before a lower-case word', () => {
    const text = 'Objects are connected by relations.[^1] nodegoat also offers tools.\n\n[^1]: N.'
    const claims = annotate(text, { path: 'paper.md' }).claims
    expect(claims.map((claim) => claim.text)).toEqual(['Objects are connected by relations.'])
  })

  it('reports a reference without definition and a duplicate definition', () => {
    const result = annotate('One[^1]. Two[^x].\n\n[^1]: A.\n[^1]: B.\n', { path: 'a.md' })
    expect(result.footnotes.map((footnote) => footnote.text)).toEqual(['A.'])
    expect(
      result.problems.map((problem) => [problem.kind, problem.footnote, problem.claim]),
    ).toEqual([
      ['duplicate-footnote', 1, undefined],
      ['missing-footnote', 'x', 'c2'],
    ])
  })
})
