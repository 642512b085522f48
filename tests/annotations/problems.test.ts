import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import type { Problem } from '../../pipeline/types.ts'

/** Kind, footnote and severity of each problem. */
const summarise = (problems: ReadonlyArray<Problem>) =>
  problems.map((problem) => [problem.kind, problem.footnote, problem.severity])

/** Annotate a small paper written inline. */
const parse = (text: string, path = 'paper.txt') => annotate(text, { path })

describe('problems', () => {
  it('reports nothing for a clean paper', () => {
    expect(parse('One¹. Two².\n\n¹ a\n\n² b\n').problems).toEqual([])
  })

  it('reports an empty footnote (ok: a footnote with text is not reported)', () => {
    const document = parse('One¹. Two².\n\n¹ a\n\n²\n')
    expect(summarise(document.problems)).toEqual([['empty-footnote', 2, 'warning']])
    expect(document.problems[0]?.place).toEqual({ line: 5, column: 1 })
    expect(document.problems[0]?.message).toMatch(/^Unexpected empty footnote 2, expected/)
  })

  it('reports a footnote that no marker cites', () => {
    const document = parse('One¹.\n\n¹ a\n\n² b\n')
    expect(summarise(document.problems)).toEqual([['unused-footnote', 2, 'warning']])
  })

  it('reports a marker without definition, with its claim and place', () => {
    const document = parse('Intro text here. One¹. Two².\n\n¹ a\n')
    expect(document.problems).toEqual([
      {
        kind: 'missing-footnote',
        severity: 'error',
        message: 'Unexpected marker 2 without a definition, expected a footnote 2',
        footnote: 2,
        claim: 'c2',
        place: { line: 1, column: 27 },
      },
    ])
  })

  it('reports a duplicate definition and keeps the first', () => {
    const document = parse('One¹.\n\n¹ first\n\n¹ second\n')
    expect(summarise(document.problems)).toEqual([['duplicate-footnote', 1, 'error']])
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual(['first'])
    expect(document.problems[0]?.place?.line).toBe(5)
  })

  it('reports definitions out of order and sorts footnotes by number', () => {
    const document = parse('One¹. Two².\n\n² b\n\n¹ a\n')
    expect(summarise(document.problems)).toEqual([['footnote-out-of-order', 1, 'warning']])
    expect(document.footnotes.map((footnote) => footnote.id)).toEqual([1, 2])
  })

  it('reports markers out of order', () => {
    const document = parse('One¹. Three³. Two².\n\n¹ a\n\n² b\n\n³ c\n')
    expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [3], [2]])
    expect(summarise(document.problems)).toEqual([['footnote-out-of-order', 2, 'warning']])
    expect(document.problems[0]?.claim).toBe('c3')
  })

  it('warns about a paper without footnotes, with zero claims', () => {
    const document = parse('Just text.\n\nMore text.\n')
    expect(document.document.convention).toBe('none')
    expect(document.claims).toEqual([])
    expect(document.footnotes).toEqual([])
    expect(summarise(document.problems)).toEqual([['no-footnotes', undefined, 'warning']])
  })

  it('reports unused and missing Markdown footnotes', () => {
    const document = parse('Claim[^a].\n\n[^b]: Note.\n', 'paper.md')
    expect(summarise(document.problems)).toEqual([
      ['missing-footnote', 'a', 'error'],
      ['unused-footnote', 'b', 'warning'],
    ])
  })
})

describe('unlinked-notes: notes that are clearly there but cannot be linked', () => {
  it('says so for numbered lines at page bottoms that no body marker matches', () => {
    const text =
      'A claim about the world.\n\nAnother claim here.\n\n\f1 Lawson, Cloud, 2009.\n2 Id.\n3 Lee, Data, 2020.\n'
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.problems.map((problem) => problem.kind)).toEqual([
      'no-footnotes',
      'unlinked-notes',
    ])
    expect(document.problems[1]?.message).toMatch(/^Unexpected 3 lines that look like notes/)
  })

  it('says so for a notes section that no marker cites', () => {
    const text = 'A claim.\n\nAnother claim.\n\n## Notes\n\n[1] One.\n\n[2] Two.\n'
    const document = annotate(text, { path: 'paper.md' })
    const unlinked = document.problems.filter((problem) => problem.kind === 'unlinked-notes')
    expect(unlinked).toMatchObject([{ severity: 'warning', place: { line: 7 } }])
    expect(unlinked[0]?.message).toMatch(/^Unexpected 2 notes \(from footnote 1\) that no marker/)
  })

  it('stays quiet when the notes are linked (not-ok for a warning)', () => {
    const text = 'A claim [1]. Another [2].\n\n## Notes\n\n[1] One.\n\n[2] Two.\n'
    const kinds = annotate(text, { path: 'paper.md' }).problems.map((problem) => problem.kind)
    expect(kinds).not.toContain('unlinked-notes')
  })
})
