import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import { readDate } from '../../annotations/publication-date.ts'

/** Date the annotations stage gives a paper, or `undefined`. */
function dateOf(lines: ReadonlyArray<string>, path = 'paper.txt'): string | undefined {
  return annotate(lines.join('\n'), { path }).document.date
}

/** A title page with contents, then a body with one claim and its footnote. */
function titlePage(dateLine: string): Array<string> {
  return [
    '**A paper about middle powers**',
    '',
    dateLine,
    '',
    'Table of contents',
    '',
    'Introduction\t3',
    'Conclusion\t9',
    '',
    'Introduction',
    '',
    'In May 2023 the first claim was made¹.',
    '',
    '¹ A note of 14 April 2024.',
    '',
    'Conclusion',
    '',
    'The end.',
  ]
}

describe('readDate', () => {
  it.each([
    ['2025-04-14', '2025-04-14'],
    ['2025-04', '2025-04'],
    ['2025-04-14T10:00:00Z', '2025-04-14'],
    ['14 April 2025', '2025-04-14'],
    ['14th April, 2025', '2025-04-14'],
    ['April 14, 2025', '2025-04-14'],
    ['April 2025', '2025-04'],
    ['Apr. 2025', '2025-04'],
    ['Approfondimento n. 34/April 2025', '2025-04'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %j as %j (ok)', (text, expected) => {
    expect(readDate(text)).toBe(expected)
  })

  it.each([
    '1985 | 2025',
    '2023-2025',
    '2025-13',
    '2025-02-30',
    '31 February 2025',
    '29 February 2023',
    'may 2025',
    'Mayday 2025',
    'Report 2025',
    `${'April 2025 '.repeat(30)}`,
  ])('finds no date in %j (not ok)', (text) => {
    expect(readDate(text)).toBeNull()
  })
})

describe('publication date', () => {
  it('reads a date line on the title page (ok)', () => {
    expect(dateOf(titlePage('14 April 2025'))).toBe('2025-04-14')
    expect(dateOf(titlePage('Working paper n. 34/April 2025'))).toBe('2025-04')
    expect(dateOf(titlePage('2025-04-14'))).toBe('2025-04-14')
  })

  it('never reads the body, footnotes, contents or title (not ok)', () => {
    expect(dateOf(titlePage('Pınar Dost'))).toBeUndefined()
    const inContents = titlePage('').map((line) => line.replace('Conclusion\t9', 'May 2023\t9'))
    expect(dateOf(inContents)).toBeUndefined()
    const inTitle = titlePage('').map((line) =>
      line.startsWith('**') ? '**After May 2023**' : line,
    )
    expect(dateOf(inTitle)).toBeUndefined()
  })

  it('reads a YAML `date:` (ok) and nothing else when it is no date (not ok)', () => {
    const yaml = (value: string) => [
      '---',
      'title: A paper',
      `date: ${value}`,
      '---',
      '',
      'Claim[^1].',
      '',
      '[^1]: Note.',
    ]
    expect(dateOf(yaml('2025-04-14'), 'paper.md')).toBe('2025-04-14')
    expect(dateOf(yaml('"April 2025"'), 'paper.md')).toBe('2025-04')
    expect(dateOf(yaml('soon'), 'paper.md')).toBeUndefined()
  })

  it('reads a standalone date line between the title and the first section (ok)', () => {
    const paper = [
      '# A paper',
      '',
      'Published 14 April 2025',
      '',
      '## Introduction',
      '',
      'Claim[^1].',
      '',
      '[^1]: Note.',
    ]
    expect(dateOf(paper, 'paper.md')).toBe('2025-04-14')
  })

  it('does not read a short body line or a date in a sentence (not ok)', () => {
    const afterHeading = [
      '# A paper',
      '',
      '## Introduction',
      '',
      'April 2025',
      '',
      'Claim[^1].',
      '',
      '[^1]: Note.',
    ]
    expect(dateOf(afterHeading, 'paper.md')).toBeUndefined()
    const sentence = [
      '# A paper',
      '',
      'In April 2025 it began.',
      '',
      '## Introduction',
      '',
      'Claim[^1].',
      '',
      '[^1]: April 2025.',
    ]
    expect(dateOf(sentence, 'paper.md')).toBeUndefined()
    const noHeading = ['# A paper', '', 'April 2025', '', 'Claim[^1].', '', '[^1]: Note.']
    expect(dateOf(noHeading, 'paper.md')).toBeUndefined()
  })
})
