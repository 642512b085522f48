import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import { scoreMarker } from '../../annotations/page-text/markers.ts'
import { pdftotextPage as page } from '../helpers/pdftotext-page.ts'

const width = 'x'.repeat(60)

describe('text from a PDF: page-bottom notes and plain-digit markers', () => {
  const text = [
    page(
      [
        'A Brief Look at the Storm',
        `Cloud computing "is the next generation of the internet." 1 Whether you ${width}`,
        `realize it or not, your data lives in the cloud for 30 days or more.2 Servers ${width}`,
        'move on.',
      ],
      [
        '1 Stephen Lawson, Cloud, InfoWorld, June 25, 2009, http://www.example.com/d/cloud-',
        'next-generation (quoting Russ Daniels).',
        '2 See Jack Newton, Putting Your Practice in the',
      ],
      1,
    ),
    `\f${page([`Providers move virtual servers between physical servers.3 ${width}`, 'That is all.'], ['', 'Cloud, 73 Tex. B.J. 632 (2010).', '3 Id.'], 2)}`,
  ].join('')

  it('links each marker to the note with its number, in order', () => {
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.document.convention).toBe('superscript')
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['Cloud computing "is the next generation of the internet."', [1]],
      [
        expect.stringMatching(
          /^Whether you x+ realize it or not, your data lives in the cloud for 30 days or more\.$/,
        ),
        [2],
      ],
      [expect.stringMatching(/^Providers move virtual servers between physical servers\.$/), [3]],
    ])
    expect(document.problems).toEqual([])
  })

  it('reads notes whole: a URL broken at a line end, a note that runs onto the next page', () => {
    const notes = annotate(text, { path: 'paper.txt' }).footnotes
    expect(notes.map((note) => [note.id, note.label, note.text])).toEqual([
      [
        1,
        '1',
        'Stephen Lawson, Cloud, InfoWorld, June 25, 2009, http://www.example.com/d/cloud-next-generation (quoting Russ Daniels).',
      ],
      [2, '2', 'See Jack Newton, Putting Your Practice in the Cloud, 73 Tex. B.J. 632 (2010).'],
      [3, '3', 'Id.'],
    ])
    expect(notes[0]?.place).toEqual({ line: 5, column: 1 })
  })

  it('reads a template directive left in the text as a block of its own, not part of a claim', () => {
    const directive = [
      page(
        [
          `Books, publishers and authors relate to one another in this way: ${width}`,
          '{% include figure.html filename="model.png" caption="Figure 1. Books and their',
          'authors." %}',
          `This diagram is more or less a conceptual data model.1 Each book has an ${width}`,
          'author.',
        ],
        ['1 Peter Chen, The Entity-Relationship Model, 1976.'],
        1,
      ),
      `\f${page([`Publishers print the books.2 ${width}`, 'That is all.'], ['2 Ibid.'], 2)}`,
    ].join('')
    const document = annotate(directive, { path: 'paper.txt' })
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['This diagram is more or less a conceptual data model.', [1]],
      [expect.stringMatching(/^Publishers print the books\.$/), [2]],
    ])
  })

  it('reads an empty note (its number alone on its line) and goes on with the notes after it', () => {
    const empty = [
      page(
        [
          `Openness has a history.1 It came from the hacker movement.2 And from free software.3 ${width}`,
          'That is all.',
        ],
        ['1 Ann Jones, Openness, Berlin 2019.', '2', '3 Ebd.'],
        1,
      ),
      `\f${page([`Science followed.4 ${width}`, 'The end.'], ['4 Bob Smith, Science, 2020.'], 2)}`,
    ].join('')
    const document = annotate(empty, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => [note.id, note.text])).toEqual([
      [1, 'Ann Jones, Openness, Berlin 2019.'],
      [2, ''],
      [3, 'Ebd.'],
      [4, 'Bob Smith, Science, 2020.'],
    ])
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2], [3], [4]])
  })

  it('reads a section number (`2.3 Methods`) as no marker, and a note ending in an e-mail address as finished', () => {
    const text = [
      page(
        [
          `The portal publishes open data.1 It is run by the state. ${width}.`,
          'This article was written by João Simões.2',
        ],
        [
          '1 Portal, https://dados.example.gov.br',
          '2 Project manager, PUC Minas. E-mail: joao@example.edu.br',
        ],
        1,
      ),
      `\f${page(
        [
          '2.3 Development of the interface',
          `The data was then documented at its address.3 The body goes on here ${width}`,
          'and ends the page without a full stop',
        ],
        ['3 Available at: https://api.example.org'],
        2,
      )}`,
    ].join('')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => note.text)).toEqual([
      'Portal, https://dados.example.gov.br',
      'Project manager, PUC Minas. E-mail: joao@example.edu.br',
      'Available at: https://api.example.org',
    ])
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2], [3]])
    expect(document.claims[2]?.text).toBe('The data was then documented at its address.')
  })

  it('does not read a numbered list of the body (`1. Location`) as notes restarting at 1', () => {
    const listed = [
      page(
        [`Objects have pseudonyms.1 Some are physical.2 ${width}`, 'That is all.'],
        ['1 Pseudonyms, physical.', '2 Pseudonyms, virtual.'],
        1,
      ),
      `\f${page(
        [
          `Objects are identified in 1 of two ways, by their unique properties, ${width}`,
          'there are two:',
          '1. Location <spatial>',
          '2. Identifying code',
          `Location as a unique key leads to a knowledge graph.3 ${width}`,
          'The end.',
        ],
        ['3 Pseudonym (see annex 4).'],
        2,
      )}`,
    ].join('')
    const document = annotate(listed, { path: 'paper.txt' })
    expect(document.footnotes.map((note) => [note.id, note.text])).toEqual([
      [1, 'Pseudonyms, physical.'],
      [2, 'Pseudonyms, virtual.'],
      [3, 'Pseudonym (see annex 4).'],
    ])
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2], [3]])
  })

  it('is read in spite of an exponent (`R²`) or a stray `[^label]` left in the prose', () => {
    for (const stray of ['The fit has an R² of 0.7.', 'See the index [^git-index], then go on.']) {
      const document = annotate(`${stray}\n${text}`, { path: 'paper.txt' })
      expect(
        document.footnotes.map((note) => note.id),
        stray,
      ).toEqual([1, 2, 3])
      expect(document.document.convention, stray).toBe('superscript')
    }
  })

  it('keeps a heading apart from the sentence after it', () => {
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.sections.map((section) => section.title)).toEqual(['A Brief Look at the Storm'])
  })

  it('reads numbering that restarts at 1 (per chapter) as new notes', () => {
    const restarted = [
      page(
        [`One claim.1 ${width}`, 'Another claim.2'],
        ['1 First note, 2001.', '2 Second note, 2002.'],
        1,
      ),
      `\f${page([`Chapter two opens.1 ${width}`, 'End.'], ['1 Third note, 2003.'], 2)}`,
    ].join('')
    const notes = annotate(restarted, { path: 'paper.txt' }).footnotes
    expect(notes.map((note) => [note.id, note.label])).toEqual([
      [1, '1'],
      [2, '2'],
      ['2.1', '1'],
    ])
  })

  it('does not read a number inside a phrase as a marker when a better place follows (not-ok)', () => {
    const text = [
      page([`It took 1 day; the report was late.1 ${width}`, 'End.'], ['1 A note, 2020.'], 1),
      `\f${page([`A second claim.2 ${width}`, 'End.'], ['2 Another note, 2021.'], 2)}`,
    ].join('')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.claims.map((claim) => claim.text)[0]).toBe(
      'It took 1 day; the report was late.',
    )
  })

  it('leaves a numbered list closing a text without page breaks alone (not-ok)', () => {
    const text = 'What I did.\n\nI walked for 1 day and 2 nights.\n\n1 Walk\n2 Rest\n'
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.document.convention).toBe('none')
    expect(document.footnotes).toEqual([])
  })

  it('leaves text without numbered notes at page bottoms alone (not-ok)', () => {
    const document = annotate('Plain text, 2 lines.\n\nNothing else.\n', { path: 'paper.txt' })
    expect(document.document.convention).toBe('none')
  })
})

describe('text from a PDF: a marker glued to a name that ends in digits', () => {
  const text = page(
    [
      `The C++112 and C233 standards specify attributes, and ISO 90013 is older. ${width}`,
      `Version 2024 is current. ${width}`,
    ],
    [
      '1 Earlier work, 2020.',
      '2 ISO/IEC, Programming languages — C++ ("C++11"), ISO/IEC 14882, 2011.',
      '3 ISO/IEC, Programming languages — C ("C23"), ISO/IEC 9899:2023, 2023.',
    ],
    1,
  )

  it('is read where the paper writes the name elsewhere without the digit', () => {
    const document = annotate(`Earlier work exists.1 ${width}\n${text}`, { path: 'paper.txt' })
    const claim = document.claims.find((item) => item.text.startsWith('The C++11'))
    expect(claim?.footnotes).toEqual([2, 3])
    expect(claim?.text).toMatch(/^The C\+\+11 and C23 standards specify attributes/)
  })

  it('is not split off a number the paper never writes shorter (ISO 90013, 2024)', () => {
    const document = annotate(`Earlier work exists.1 ${width}\n${text}`, { path: 'paper.txt' })
    const claim = document.claims.find((item) => item.text.startsWith('The C++11'))
    expect(claim?.text).toContain('ISO 90013')
    expect(document.claims.flatMap((item) => item.footnotes)).toEqual([1, 2, 3])
  })
})

describe('scoreMarker: digits after a number and a point or comma', () => {
  /** The score of the digits `digits` where they first stand after `from` in `text`. */
  const score = (text: string, digits: string, from = 0) =>
    scoreMarker(text, text.indexOf(digits, from), digits.length)

  it('reads a decimal part as no marker (`13.3 billion`, `9,6 percent`, `v2.5 release`)', () => {
    expect(score('grew to 13.3 billion', '3', 11)).toBe(0)
    expect(score('rose by 9,6 percent', '6')).toBe(0)
    expect(score('in version v2.5 release', '5')).toBe(0)
  })

  it('reads digits after a hyphenated identifier and a comma as a marker (`SP 800-207,8 there`)', () => {
    expect(score('as NIST describes in SP 800-207,8 there may be', '8', 30)).toBeGreaterThan(0)
  })
})
