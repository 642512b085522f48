import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'

/** Title of a Markdown paper whose YAML header is `header`. */
function titleOf(header: string): string | null {
  const text = `---\n${header}\n---\n\nA claim.[^1]\n\n[^1]: A note.\n`
  return annotate(text, { path: 'paper.md' }).document.title
}

describe('YAML front matter, read with a YAML parser', () => {
  it.each([
    ['a plain title', 'title: Fair Use and Copying', 'Fair Use and Copying'],
    [
      'a quoted title with a colon',
      'title: "Public Domain or Open Source? Yes."',
      'Public Domain or Open Source? Yes.',
    ],
    [
      'title: | (literal block)',
      'title: |\n  Will Officers Soon\n  Have Their Heads in the Clouds?',
      'Will Officers Soon Have Their Heads in the Clouds?',
    ],
    [
      'title: >- (folded block)',
      'title: >-\n  Towards a More\n  Agile Government\nauthor: B.',
      'Towards a More Agile Government',
    ],
    [
      'a double-quoted title over two lines',
      'title: "La reconnaissance automatique\n  d\'écriture"\ndate: 2023-01-30',
      "La reconnaissance automatique d'écriture",
    ],
  ])('%s', (_, header, expected) => {
    expect(titleOf(header)).toBe(expected)
  })

  it('reads the date as written', () => {
    const text = '---\ntitle: T\ndate: 2023-01-30\n---\n\nBody.\n'
    expect(annotate(text, { path: 'paper.md' }).document.date).toBe('2023-01-30')
  })

  it('sets an invalid header aside without a title, and reads the body after it', () => {
    const text = '---\ntitle: [unclosed\n---\n\nA claim.[^1]\n\n[^1]: A note.\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.document.title).toBeNull()
    expect(document.claims.map((claim) => claim.text)).toEqual(['A claim.'])
  })
})

describe('title of a plain-text paper without a heading', () => {
  it('is its opening line when that is short and no sentence', () => {
    const text = 'The Case for Rebooting Procurement\n\nA claim.¹\n\n¹ A note.\n'
    expect(annotate(text, { path: 'paper.txt' }).document.title).toBe(
      'The Case for Rebooting Procurement',
    )
  })

  it('is not a sentence that opens the paper (not-ok)', () => {
    const text = 'This paper argues a point.\n\nA claim.¹\n\n¹ A note.\n'
    expect(annotate(text, { path: 'paper.txt' }).document.title).toBeNull()
  })
})
