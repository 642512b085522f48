import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import { restoreUrlHyphens } from '../../annotations/page-text/url-hyphens.ts'
import { pdftotextPage as page } from '../helpers/pdftotext-page.ts'

const width = 'x'.repeat(60)

describe('text from a PDF: a marker glued to a number (`between 1850 and 18601`)', () => {
  const text = [
    page(
      [
        `A historian might use regression to do the following: ${width}`,
        `1. Assess how rail transport affected population density in the Midwest ${width}`,
        'between 1850 and 18601',
        `2. Interrogate the link between periods of drought and the stability of nomadic ${width}`,
        'societies2',
        `Logistic regression uses a similar approach to represent a category. ${width}`,
      ],
      ['1 Atack, Jeremy. Did railroads induce growth? 2010.', '2 Cosmo, Nicola Di. Steppe, 2018.'],
      1,
    ),
    `\f${page([`It is used widely.3 ${width}`, 'That is all.'], ['3 Underwood, Ted. Genres, 2016.'], 2)}`,
  ].join('')

  it('is read when the next note’s marker follows it, and the digits come off the year', () => {
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => [note.id, note.text])).toEqual([
      [1, 'Atack, Jeremy. Did railroads induce growth? 2010.'],
      [2, 'Cosmo, Nicola Di. Steppe, 2018.'],
      [3, 'Underwood, Ted. Genres, 2016.'],
    ])
    const linked = document.claims.filter((claim) => claim.footnotes.length > 0)
    expect(linked.map((claim) => claim.footnotes)).toEqual([[1], [2], [3]])
    expect(linked[0]?.text).toMatch(/in the Midwest x+ between 1850 and 1860$/)
  })

  it('ends a list item at a short line closed by a marker, before the capital after it', () => {
    const document = annotate(text, { path: 'paper.txt' })
    const claim = document.claims.find((item) => item.footnotes.includes(2))
    expect(claim?.text).toMatch(/^Interrogate the link .* nomadic x+ societies$/)
  })

  it('is not read when no later note confirms it (a year closing a line, one note) (not-ok)', () => {
    const lone = page(
      [`The fund was set up by the state in ${width}`, '20201', `Nothing else is said. ${width}`],
      ['1 A note on the fund, 2020.'],
      1,
    )
    const document = annotate(`${lone}\f${page(['The end.'], [], 2)}`, { path: 'paper.txt' })
    expect(document.footnotes).toEqual([])
  })

  it('prefers a marker that is not glued to a number (`in 2011 … claim.1`) (not-ok)', () => {
    const plain = page(
      [`The act passed in 20111 and the court agreed.1 Later it was amended.2 ${width}`, 'End.'],
      ['1 The court, 2012.', '2 The amendment, 2013.'],
      1,
    )
    const document = annotate(`${plain}\f${page(['The end.'], [], 2)}`, { path: 'paper.txt' })
    expect(document.claims[0]?.text).toBe('The act passed in 20111 and the court agreed.')
    expect(document.claims[0]?.footnotes).toEqual([1])
  })
})

describe('text from a PDF: a URL whose hyphen pdftotext took out at a line end', () => {
  const segments = new Map([['docs.example.org/userguide', 'user-guide']])

  it('gets the hyphen the document writes elsewhere for the same site', () => {
    expect(
      restoreUrlHyphens('see https://docs.example.org/userguide/merging.html here', segments),
    ).toBe('see https://docs.example.org/user-guide/merging.html here')
  })

  it('keeps a segment of another site, or one that differs by more than a hyphen (not-ok)', () => {
    const other =
      'https://other.example.org/userguide/a.html and https://docs.example.org/userguides'
    expect(restoreUrlHyphens(other, segments)).toBe(other)
  })

  it('splits a slug word that joins two words next to each other in the note (its title)', () => {
    const note =
      '“How Atomic Git Commits Dramatically Increased My Productivity”. DEV Community, 2023.'
    const line =
      'See https://dev.to/sf/how-atomic-git-commitsdramatically-increased-my-productivity-4a84.'
    expect(restoreUrlHyphens(line, new Map(), `${note} ${line}`)).toBe(
      'See https://dev.to/sf/how-atomic-git-commits-dramatically-increased-my-productivity-4a84.',
    )
  })

  it('leaves a word of no slug, or one the note never writes as two words, alone (not-ok)', () => {
    const line = 'A note book: https://example.org/notebook and https://example.org/my-notebook-2'
    expect(restoreUrlHyphens(line, new Map(), 'The note taker.')).toBe(line)
    expect(restoreUrlHyphens(line, new Map())).toBe(
      'A note book: https://example.org/notebook and https://example.org/my-note-book-2',
    )
  })

  it('is repaired in a note line far longer than the body’s lines only', () => {
    const long = `1 See Merge, https://docs.example.org/userguide/merging.html for the differences among merge, join, concatenate and compare operations. ${width}`
    const text = [
      page(
        [`Merging is explained there.1 Concatenation too.2 ${width}`, 'End of page.'],
        [long, '2 See https://docs.example.org/user-guide/concat.html.'],
        1,
      ),
      `\f${page([`A short one.3 ${width}`, 'End.'], ['3 https://docs.example.org/userguide/x.html'], 2)}`,
    ].join('')
    const notes = annotate(text, { path: 'paper.txt' }).footnotes
    expect(notes.map((note) => note.id)).toEqual([1, 2, 3])
    expect(notes[0]?.text).toContain(' https://docs.example.org/user-guide/merging.html ')
    expect(notes[2]?.text).toBe('https://docs.example.org/userguide/x.html')
  })
})

describe('text from a PDF: a note that runs onto the next page', () => {
  const body = (count: number, last: string) => [
    ...Array.from({ length: count - 1 }, (_, index) => `Body line ${index + 1} goes on ${width}`),
    last,
  ]

  it('goes on with its bulleted list closing the next page, after body text', () => {
    const text = [
      page(
        [
          `Information objects are covered as follows: ${width}`,
          'All objects that count as real estate1',
        ],
        [
          '1 Pseudonyms (fixed to the earth)',
          '•',
          '',
          'Built < buildings > …',
          '',
          '•',
          '',
          'Placed < objects > …',
        ],
        1,
      ),
      `\f${page(
        [
          ...body(6, 'It is hard to know this during the design'),
          '•',
          '',
          'Laid < cables, networks > …',
          '',
          '•',
          '',
          'Present in the <ground>',
          '…',
        ],
        [],
        2,
      )}`,
      `\f${page([`already, so it is done later. ${width}`, 'More text.2'], ['2 Another note.'], 3)}`,
    ].join('')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => note.text)).toEqual([
      'Pseudonyms (fixed to the earth) Built < buildings > … Placed < objects > … Laid < cables, networks > … Present in the <ground> …',
      'Another note.',
    ])
    expect(document.claims.map((claim) => claim.text).join(' ')).not.toContain('Laid')
  })

  it('ends on the page after its own: a block closing a later page is body (not-ok)', () => {
    const text = [
      page([`Objects are listed.1 ${width}`, 'That is all.'], ['1 Objects: built, placed …'], 1),
      `\f${page(body(10, 'The second page ends here.'), [], 2)}`,
      `\f${page([...body(4, 'A paragraph ends.'), '', 'A short closing block', 'of body text'], [], 3)}`,
      `\f${page([`More follows.2 ${width}`, 'End.'], ['2 Another note.'], 4)}`,
    ].join('')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => note.text)).toEqual([
      'Objects: built, placed …',
      'Another note.',
    ])
  })
})

describe('text from a PDF: note numbers in a column of their own, more notes after them', () => {
  it('moves each number to its note’s text, a wrapped text staying one note', () => {
    const text = [
      page(
        [
          `Version control is old.1 Git is new.2 ${width}`,
          `It was made by Linus Torvalds3, and Kim studied it.4 ${width}`,
        ],
        [
          '1',
          '2',
          '3',
          '',
          'Chacon, Scott. Pro Git. New York: Apress, 2014.',
          'Bryan, Jennifer. “Excuse Me, Do You Have a Moment to Talk About Version Control?” The',
          'American Statistician 72, 2018: 20–27.',
          'Linus Torvalds made the Linux kernel.',
          '4 Kim, Youngtaek. Githru, 2021.',
        ],
        1,
      ),
      `\f${page([`That is all.5 ${width}`, 'End.'], ['5 Last note.'], 2)}`,
    ].join('')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => [note.id, note.text])).toEqual([
      [1, 'Chacon, Scott. Pro Git. New York: Apress, 2014.'],
      [
        2,
        'Bryan, Jennifer. “Excuse Me, Do You Have a Moment to Talk About Version Control?” The American Statistician 72, 2018: 20–27.',
      ],
      [3, 'Linus Torvalds made the Linux kernel.'],
      [4, 'Kim, Youngtaek. Githru, 2021.'],
      [5, 'Last note.'],
    ])
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2], [3, 4], [5]])
  })
})

describe('text from a PDF: a source cited again at several page bottoms', () => {
  it('keeps the line after the note’s first (not a running footer)', () => {
    const words = ['', 'alpha', 'beta', 'gamma', 'delta']
    const pages = [1, 2, 3, 4].map((number) =>
      page(
        [
          `Claim ${words[number]} is made here.${number} ${width}`,
          `The ${words[number]} page goes on. ${width}`,
          `And the ${words[number]} page ends.`,
        ],
        [
          `${number} Ram, Karthik. “Git can facilitate greater reproducibility”. Source Code for`,
          'Biology and Medicine, 8, nº 1, 2013: 7. https://doi.org/10.1186/1751-0473-8-7.',
        ],
        number,
      ),
    )
    const document = annotate(pages.join('\f'), { path: 'paper.txt' })
    expect(document.footnotes.map((note) => note.text)).toEqual(
      [1, 2, 3, 4].map(
        () =>
          'Ram, Karthik. “Git can facilitate greater reproducibility”. Source Code for Biology and Medicine, 8, nº 1, 2013: 7. https://doi.org/10.1186/1751-0473-8-7.',
      ),
    )
  })
})

describe('text from a PDF: a numbered list of the body over the page’s notes', () => {
  const text = [
    page(
      [`No marker stands on this page. ${width}`, 'That is all.'],
      ['1 Lost A.', '2 Lost B.', '3 Lost C.', '4 Lost D.'],
      1,
    ),
    `\f${page(
      [
        `The 3.1 Toy release came first. ${width}`,
        'A line-of-best-fit can be used in several ways:',
        '1 A line-of-best-fit can be used to evaluate relationships',
        '2 Interpreting these relationships requires care',
        `The visualization helps, as the total number of data points shows.5 ${width}`,
        'More body text.',
      ],
      ['5 Jarausch, Konrad H. Quantitative Methods for Historians, 1991.'],
      2,
    )}`,
  ].join('')

  it('is not read as notes when body text after it holds the marker of a lower note (not-ok)', () => {
    const document = annotate(text, { path: 'paper.txt' })
    const texts = document.footnotes.map((note) => note.text)
    expect(texts.filter((note) => /^(?:A line-of-best-fit|Interpreting)/.test(note))).toEqual([])
  })

  it('reads the page’s own notes from a higher number when notes before were lost', () => {
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => [note.id, note.text])).toEqual([
      [5, 'Jarausch, Konrad H. Quantitative Methods for Historians, 1991.'],
    ])
    const claim = document.claims.find((item) => item.footnotes.includes(5))
    expect(claim?.text).toMatch(
      /^The visualization helps, as the total number of data points shows\.$/,
    )
  })
})
