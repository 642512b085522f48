/**
 * The fast path for notes written one definition per line gives exactly micromark's tree
 * (positions included) wherever it answers, on real notes sections and crafted ones, and
 * declines every line whose text could read differently outside its definition.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitChunks } from '../../annotations/chunks.ts'
import { parseDefinitionLines } from '../../annotations/definition-lines.ts'
import { markdownParser } from '../../annotations/parse-markdown.ts'
import { generatePaper } from '../../bench/generate-paper.ts'

const corpus = new URL('../corpus/', import.meta.url)

/** Every piece `parseMarkdown` would parse of `text`. */
function piecesOf(text: string): Array<string> {
  return splitChunks(text).map((chunk) => text.slice(chunk.offset, chunk.end))
}

/** Compare the fast path with micromark on `piece`; returns whether the fast path answered. */
function compare(piece: string, plainText: boolean): boolean {
  const parser = markdownParser(plainText)
  const fast = parseDefinitionLines(piece, parser)
  if (fast === null) return false
  expect(fast).toEqual(parser.parse(piece))
  return true
}

describe('one-line footnote definitions, read as paragraphs', () => {
  it('gives micromark’s tree for a generated notes section, in both readers', () => {
    const paper = generatePaper(600, 5, 8080).text
    let answered = 0
    for (const piece of piecesOf(paper)) {
      for (const plainText of [false, true]) if (compare(piece, plainText)) answered++
    }
    // The notes section is about 20 pieces of definitions; the body is declined.
    expect(answered).toBeGreaterThan(20)
  })

  it('gives micromark’s tree wherever it answers on the corpus’s Markdown', () => {
    let answered = 0
    for (const id of readdirSync(corpus)) {
      if (id === 'tools' || id.endsWith('.md')) continue
      for (const file of readdirSync(new URL(`${id}/`, corpus))) {
        if (!file.endsWith('.md')) continue
        const text = readFileSync(new URL(`${id}/${file}`, corpus), 'utf8')
        // Each notes line on its own piece too: the fast path meets every line there.
        const lines = text.split('\n').filter((line) => line.startsWith('[^'))
        const pieces = [...piecesOf(text), lines.join('\n'), `${lines.join('\n\n')}\n`]
        for (const piece of pieces) if (compare(piece, false)) answered++
      }
    }
    expect(answered).toBeGreaterThan(5)
  })

  it('gives micromark’s tree for crafted texts: inline marks, labels, blank lines, no final newline', () => {
    const lines = [
      '[^1]: A. Author, “Title”, *The Outlet*, **12** March 2024, <https://example.org/a?b=1&c=2>.',
      '[^Ab]: See [the report](https://example.org/r "Its title") and `code` and ~~old~~ text.',
      '[^ß]: Entities &amp; &#x41; escapes \\* \\_ and a bare https://example.org/x URL.',
      '',
      '[^note.2]: Emphasis _under_ scores, a ![figure](f.png) and <span>inline html</span>.',
      '[^3]: Ends with two spaces inside  text, then an ellipsis…',
      '[^4]: [Title](https://example.org/t) opens with a link.',
    ]
    expect(compare(lines.join('\n'), false)).toBe(true)
    expect(compare(`${lines.join('\n')}\n`, false)).toBe(true)
    expect(compare(lines.join('\n'), true)).toBe(true)
  })

  it('declines a piece with any line whose text could read differently, or one definition', () => {
    const first = '[^1]: A plain note.'
    for (const line of [
      '[^2]: # A heading',
      '[^2]: - a list item',
      '[^2]: 1. a numbered item',
      '[^2]: 2019. A year that reads as a list number',
      '[^2]: > a quote',
      '[^2]: ```fence',
      '[^2]: <div>html</div>',
      '[^2]: [label]: https://example.org/defined',
      '[^2]: Cites another note[^1].',
      '[^2]: A\ttab.',
      '[^2]: Trailing space ',
      '[^2]:  Two spaces after the colon.',
      '[^a b]: A label with a space.',
      '    [^2]: Indented.',
      'A paragraph line.',
    ]) {
      expect(parseDefinitionLines(`${first}\n${line}\n`, markdownParser(false)), line).toBeNull()
    }
    expect(parseDefinitionLines(`${first}\n`, markdownParser(false))).toBeNull()
  })
})
