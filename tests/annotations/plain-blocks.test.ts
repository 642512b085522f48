/**
 * The fast path for plain paragraphs and headings gives exactly micromark's tree (positions
 * included) on every piece: the bundled paper, the corpus, a generated paper, and random texts
 * mixing plain prose with every block and inline construct that could change how it reads.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { splitChunks } from '../../annotations/chunks.ts'
import { markdownParser } from '../../annotations/parse-markdown.ts'
import { parsePlainBlocks } from '../../annotations/plain-blocks.ts'
import { generatePaper } from '../../bench/generate-paper.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

const corpus = new URL('../corpus/', import.meta.url)

/**
 * Compare the fast path with micromark on `piece`; returns whether the fast path built any block
 * itself (it then gives the parser less than the whole piece, or nothing).
 */
function compare(piece: string, plainText: boolean): boolean {
  const parser = markdownParser(plainText)
  const parsed: Array<string> = []
  const recording = {
    parse: (text: string): Root => {
      parsed.push(text)
      return parser.parse(text)
    },
  }
  expect(parsePlainBlocks(piece, recording), piece).toEqual(parser.parse(piece))
  return !parsed.includes(piece)
}

/** Every piece `parseMarkdown` would parse of `text`. */
function piecesOf(text: string): Array<string> {
  return splitChunks(text).map((chunk) => text.slice(chunk.offset, chunk.end))
}

/** Lines of every kind: plain prose, and each construct that reads differently from it. */
const lineKinds = [
  'Plain prose with a marker.[^1] And more words, 12 March 2024.',
  'Another plain line (with parentheses), “quotes” and a [bracket] pair.',
  'A line with [^note] and [^2][^3] markers; a URL https://example.org/a?b=1 too!',
  '2024 began a line with a year, not a list.',
  'A. Author, “Title”, *The Outlet*, 12 March 2024, <https://example.org/a?b=1&c=2>.',
  'Emphasis *at the end*',
  'Odd * stars * around *spaces* and a*b*c inside words.',
  'Glued*"quoted"* and end*.* here, *a*"b", x*,*y and *Title.*b.',
  'Punctuation *"quoted"* and *(parenthesised)*, *Why?* and (*inside*).',
  'Nested *outer *inner* outer* and *unclosed and closed* twice*.',
  'Strong **bold** and a run ***three***.',
  'Autolinks <mailto:a@example.org>, <a@example.org>, <http://a b> and <x:y>.',
  'An autolink inside *emphasis <https://example.org/x> here* and <https://example.org/*a*>.',
  'An ampersand & alone, an entity &copy; and &#42;.',
  'Brackets [*starred*] and [<https://example.org/in>] and a lone < sign.',
  'Astral 𝔸*b*𝔸 and no-break\u00a0*c*\u00a0d.',
  'Ends with a colon:',
  '# A plain heading',
  '### Heading 3',
  '## Heading with *emphasis*',
  '# Closed heading #',
  '#NoSpace',
  'Has *emphasis* inside.',
  'Has _underscores_ and `code`.',
  'Has an escape \\* and an entity &amp; here.',
  'A <span>tag</span> and an autolink <https://example.org>.',
  'A [link](https://example.org) inline.',
  'A ~~struck~~ word.',
  '| a | b |',
  '| --- | --- |',
  'Trailing two spaces  ',
  'Trailing one space ',
  '# Heading with trailing spaces   ',
  'Trailing no-break space\u00a0',
  'Trailing tab\t',
  '  Indented two spaces.',
  '    Indented code.',
  '\u00a0Starts with a no-break space.',
  '- a list item',
  '* a star item',
  '+ a plus item',
  '1. a numbered item',
  '2) another numbered item',
  '> a quote',
  '```',
  '~~~',
  '<div>',
  '</div>',
  '<!-- a comment',
  '-->',
  '<script>',
  '</script>',
  '===',
  '---',
  '***',
  '[^1]: A note definition.',
  '[label]: https://example.org/defined',
  '[label]',
  '   ',
]

/** A random text of `count` lines drawn from `lineKinds`. */
function randomText(next: () => number, count: number): string {
  const lines: Array<string> = []
  for (let index = 0; index < count; index++) {
    // A blank line one time in three, so plain lines often stand as blocks of their own,
    // and a plain line (the first eighteen kinds) one time in three.
    const draw = next()
    const kinds = draw < 2 / 3 ? lineKinds.length : 18
    lines.push(draw < 1 / 3 ? '' : (lineKinds[Math.floor(next() * kinds)] as string))
  }
  return next() < 0.5 ? lines.join('\n') : `${lines.join('\n')}\n`
}

describe('plain paragraphs and headings, built without the parser', () => {
  it('gives micromark’s tree for the bundled paper, in both readers, building most blocks', () => {
    const text = readFileSync(
      new URL('../../papers/security-provider.txt', import.meta.url),
      'utf8',
    )
    let built = 0
    const pieces = piecesOf(text)
    for (const piece of pieces) {
      for (const plainText of [false, true]) if (compare(piece, plainText)) built++
    }
    expect(built).toBe(2 * pieces.length)
  })

  it('gives micromark’s tree for a generated paper’s body', () => {
    const pieces = piecesOf(generatePaper(300, 5, 8080).text)
    let built = 0
    for (const piece of pieces) if (compare(piece, false)) built++
    // Every piece of the body (about a third of the paper); the notes are definitions.
    expect(built).toBeGreaterThan(pieces.length / 4)
  })

  it('gives micromark’s tree for every piece of the corpus’s Markdown and text', () => {
    let built = 0
    for (const id of readdirSync(corpus)) {
      if (id === 'tools' || id.endsWith('.md')) continue
      for (const file of ['paper.md', 'paper.txt']) {
        const text = readFileSync(new URL(`${id}/${file}`, corpus), 'utf8')
        for (const piece of piecesOf(text)) if (compare(piece, file.endsWith('.txt'))) built++
      }
    }
    expect(built).toBeGreaterThan(50)
  })

  it('gives micromark’s tree for 2,000 random texts mixing plain lines with every construct', () => {
    const next = seededRandom(20261130)
    let built = 0
    for (let index = 0; index < 2000; index++) {
      const text = randomText(next, 2 + Math.floor(next() * 14))
      if (compare(text, index % 3 === 0)) built++
    }
    // Plain blocks are common enough in these texts for the fast path to be exercised often.
    expect(built).toBeGreaterThan(300)
  })

  it('gives micromark’s tree for 5,000 random strings of marks, spaces and line endings', () => {
    const pieces = ['a', 'b', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '*', '*a*', '<']
    pieces.push('>', 'http:', 'mailto:', '<https://e.org/*x*>', 'x@y', '&', ';', '[', ']', '^1')
    pieces.push('(', ')', '.', ',', '"', '!', '?', '#', '# ', '1. ', '-', '=', ':', '_', '`', '\\')
    pieces.push('~', '|', 'é', '𝔸')
    const next = seededRandom(99)
    let built = 0
    for (let index = 0; index < 5000; index++) {
      let text = ''
      const length = 1 + Math.floor(next() * 30)
      for (let at = 0; at < length; at++) text += pieces[Math.floor(next() * pieces.length)]
      if (compare(text, index % 2 === 0)) built++
    }
    expect(built).toBeGreaterThan(300)
  })

  it('leaves a piece holding a definition to the parser: brackets may then mean something', () => {
    const piece = 'See [the report] and the note.[^1]\n\n[the report]: https://example.org/r\n'
    expect(compare(piece, false)).toBe(false)
    expect(parsePlainBlocks(piece, markdownParser(false)).children[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text' },
        { type: 'linkReference', identifier: 'the report' },
        { type: 'text' },
      ],
    })
  })
})
