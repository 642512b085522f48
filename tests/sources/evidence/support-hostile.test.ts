import { describe, expect, it } from 'vitest'
import {
  assessSupport,
  extractNumbers,
  indexSource,
  maxHtmlBytes,
  maxPassageLength,
  maxSourceCharacters,
  readHtmlSource,
  readPlainSource,
} from '../../../sources/evidence/support/index.ts'
import { maxSourceNumbers } from '../../../sources/evidence/support/number-check.ts'
import { maxSentenceLength } from '../../../sources/evidence/support/sentences.ts'

const mebibyte = 1024 * 1024

/** Index a text and assess a claim against it; returns both for bounds checks. */
function run(text: string, claim: string) {
  const source = readPlainSource(text)
  const index = indexSource(source, { language: 'en' })
  const support = assessSupport({ text: claim }, index)
  return { source, index, support }
}

describe('support check on hostile input (completes, stays bounded)', () => {
  it('a 1 MiB single line without punctuation', () => {
    const { index, support } = run('word '.repeat(mebibyte / 5), 'word word 2023')
    expect(index.lengths.length).toBeLessThanOrEqual(Math.ceil(mebibyte / (maxSentenceLength / 2)))
    expect(support.passage.length).toBeLessThanOrEqual(maxPassageLength)
    expect(support.numbersMissing).toEqual(['2023'])
  })

  it('a 1 MiB word without spaces', () => {
    const { index, support } = run('a'.repeat(mebibyte), 'aaaa')
    expect(index.postings.size).toBeLessThanOrEqual(3)
    expect(support.passage.length).toBeLessThanOrEqual(maxPassageLength)
  })

  it('1 MiB of digits', () => {
    const digits = '7'.repeat(mebibyte)
    expect(extractNumbers(digits, 'en', 'source')).toEqual([])
    const { support } = run(digits, 'In 2023 the budget was 5 billion.')
    expect(support.level).toBe('not-found')
    expect(support.numbersMissing).toEqual(['2023', '5 billion'])
  })

  it('1 MiB of space-separated numbers keeps a bounded number list', () => {
    const { index } = run('12 345 '.repeat(mebibyte / 7), '12 percent')
    expect(index.numbers.length).toBeLessThanOrEqual(maxSourceNumbers)
  })

  it('caps HTML and text at their documented sizes and says so', () => {
    const html = readHtmlSource(`<p>${'x '.repeat(maxHtmlBytes)}</p>`)
    expect(html.truncated).toBe(true)
    const text = readPlainSource('y'.repeat(maxSourceCharacters + 10))
    expect(text.truncated).toBe(true)
    expect(text.pages[0]?.text.length).toBe(maxSourceCharacters)
  })

  it('never quotes more than 300 characters', () => {
    const sentence = `${'Supercalifragilistic '.repeat(40)}budget.`
    const { support } = run(`${sentence}\n`.repeat(50), 'Supercalifragilistic budget')
    expect(support.passage.length).toBeLessThanOrEqual(maxPassageLength)
  })
})
