import { describe, expect, it } from 'vitest'
import * as annotations from '../../annotations/index.ts'
import { annotate } from '../../annotations/index.ts'

describe('annotations API', () => {
  it('exposes the public api', () => {
    expect(Object.keys(annotations).sort()).toEqual(['annotate', 'decodeText'])
  })

  it('throws a TypeError for bad arguments', () => {
    // @ts-expect-error: testing a bad call.
    expect(() => annotate(42, { path: 'a.txt' })).toThrow('Expected `text` to be a string')
    // @ts-expect-error: testing a bad call.
    expect(() => annotate('text', {})).toThrow(TypeError)
    // @ts-expect-error: testing a bad call.
    expect(() => annotate('text', { path: 'a', format: 'docx' })).toThrow(
      "Expected `options.format` to be 'text', 'markdown' or 'pdf'",
    )
  })

  it('respects an explicit format and fills every field', () => {
    const document = annotate('A claim[^1].\n\n[^1]: Note.\n', { path: 'x.txt', format: 'text' })
    expect(document.document.format).toBe('text')
    expect(document.document.convention).toBe('markdown')
    expect(document.paragraphs).toEqual([
      {
        index: 0,
        section: null,
        text: 'A claim.',
        markers: [{ footnote: 1, offset: 7 }],
        place: { line: 1, column: 1 },
      },
    ])
    expect(document.claims).toEqual([
      {
        id: 'c1',
        section: null,
        text: 'A claim.',
        footnotes: [1],
        paragraph: 0,
        offset: 0,
        place: { line: 1, column: 1 },
      },
    ])
    expect(document.footnotes).toEqual([
      { id: 1, label: '1', text: 'Note.', place: { line: 3, column: 1 }, claims: ['c1'] },
    ])
  })

  it('is pure: the same input gives the same, JSON-serialisable result', () => {
    const text = 'Intro\n\nA claim¹ and m².\n\n¹ Note.\n'
    const first = annotate(text, { path: 'a.txt' })
    expect(annotate(text, { path: 'a.txt' })).toEqual(first)
    expect(JSON.parse(JSON.stringify(first))).toEqual(first)
  })
})
