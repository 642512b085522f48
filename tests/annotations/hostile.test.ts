/**
 * Crafted papers are read without a stack overflow and without losing their text: the screen
 * reads marks past its limits as plain text and says so; long papers are parsed piece by piece
 * with the same result as in one piece. (Speed is measured by `npm run bench:hostile`.)
 */
import { readFile } from 'node:fs/promises'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { flattenBlocks } from '../../annotations/blocks.ts'
import { splitChunks } from '../../annotations/chunks.ts'
import { annotate } from '../../annotations/index.ts'
import { parseMarkdown } from '../../annotations/parse-markdown.ts'
import { markupLimits, screenMarkup } from '../../annotations/screen.ts'

const placeholders = /[\uFDD0-\uFDEF]/

function simplified(text: string, format: 'markdown' | 'text' = 'markdown') {
  const document = annotate(text, { path: 'paper.md', format })
  return {
    document,
    warnings: document.problems.filter((problem) => problem.kind === 'markup-simplified'),
  }
}

describe('crafted nesting', () => {
  it('5,000 nested block quotes on one line: no stack overflow, the text kept, a warning', () => {
    const text = `${'> '.repeat(5000)}Deep claim.[^1]\n\n[^1]: https://example.org/deep\n`
    const { document, warnings } = simplified(text)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.message).toContain('nested more than 32 deep')
    expect(warnings[0]?.place).toEqual({ line: 1, column: 2 * markupLimits.nesting + 1 })
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual([
      'https://example.org/deep',
    ])
    expect(JSON.stringify(document)).not.toMatch(placeholders)
  })

  it('5,000 nested list items on one line and a 1,000-deep indented list', () => {
    const line = `${'- '.repeat(5000)}x\n`
    const indented = Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- item`)
    for (const text of [line, `${indented.join('\n')}\n`]) {
      const { warnings } = simplified(text)
      expect(warnings.map((warning) => warning.message)).toEqual([
        expect.stringContaining('nested more than 32 deep'),
      ])
    }
  })

  it('plain text papers are screened too (5,000 nested quotes in a .txt)', () => {
    const { warnings } = simplified(`${'> '.repeat(5000)}x\n`, 'text')
    expect(warnings).toHaveLength(1)
  })

  it('nesting within the limit is left alone', () => {
    const text = `${'> '.repeat(markupLimits.nesting)}x\n`
    expect(screenMarkup(text)).toEqual({ text, simplifications: [] })
  })
})

describe('crafted runs of marks', () => {
  it('100k `[` then 100k `]`: read as text past the limit, with a warning', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
    const { document, warnings } = simplified(text)
    // The line is cut into pieces of 64 KiB; each piece's brackets past the limit are text.
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(
        /^Unexpected 65,536 brackets in one paragraph, most of them unmatched \(4 paragraphs\)/,
      ),
      expect.stringContaining('line of more than 65,536 characters'),
    ])
    expect(JSON.stringify(document)).not.toMatch(placeholders)
  })

  it('emphasis marks past the limit stay in the text as written', () => {
    const claim = `A claim ${'*a'.repeat(markupLimits.delimiterRuns + 100)} ends here.[^1]`
    const text = `${claim}\n\n[^1]: https://example.org/a\n`
    const { document, warnings } = simplified(text)
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('emphasis marks'),
    ])
    const [found] = document.claims
    expect(found?.footnotes).toEqual([1])
    expect(found?.text).toMatch(/\*a\*a ends here\.$/)
    expect(found?.text).not.toMatch(placeholders)
  })

  it('footnote markers before the limit still count', () => {
    const markers = Array.from({ length: 20 }, (_, index) => `Claim ${index + 1}.[^${index + 1}]`)
    const notes = Array.from({ length: 20 }, (_, index) => `[^${index + 1}]: Note ${index + 1}.`)
    const text = `${markers.join(' ')} ${']'.repeat(5000)}\n\n${notes.join('\n')}\n`
    const { document, warnings } = simplified(text)
    expect(warnings).toHaveLength(1)
    expect(document.claims.flatMap((claim) => claim.footnotes)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    )
  })

  it('a noncharacter already in the text is not mistaken for a swapped mark', () => {
    const text = `Odd \uFDD0 char ${'['.repeat(markupLimits.openBrackets + 1)}\n`
    const screened = screenMarkup(text)
    expect(screened.text.length).toBe(text.length)
    expect(screened.text[4]).toBe('\uFFFD')
  })
})

describe('long papers, piece by piece', () => {
  const processor = unified().use(remarkParse).use(remarkGfm)

  function blocksOf(tree: Root, text: string) {
    return flattenBlocks(tree, text).map((block) => [block.kind, block.start, block.end])
  }

  it('the bundled paper parses to the same blocks in pieces as in one piece', async () => {
    const text = await readFile(new URL('../../papers/security-provider.txt', import.meta.url), {
      encoding: 'utf8',
    })
    expect(splitChunks(text).length).toBeGreaterThan(1)
    const whole = processor.parse(text)
    expect(blocksOf(parseMarkdown(text).tree, text)).toEqual(blocksOf(whole, text))
  })

  it('a Markdown paper with lists, fences, HTML and footnotes: same blocks in pieces', () => {
    const section = (index: number) =>
      [
        `## Section ${index}`,
        '',
        `A claim ${index}.[^${index}] More *text* here.`,
        '',
        '- item one',
        '',
        '  continued item',
        '- item two',
        '',
        '```',
        'code',
        '',
        'code after a blank line',
        '```',
        '',
        '<!--',
        '',
        'a comment with a blank line',
        '-->',
        '',
        `[^${index}]: Author, “Title”, https://example.org/${index}`,
        '',
        '    indented continuation of the note',
        '',
      ].join('\n')
    const text = Array.from({ length: 200 }, (_, index) => section(index + 1)).join('\n')
    const chunks = splitChunks(text)
    expect(chunks.length).toBeGreaterThan(5)
    for (const chunk of chunks) {
      // Pieces start at a line that starts in column 1, outside fences and comments.
      expect(text[chunk.offset - 1] ?? '\n').toBe('\n')
      expect(text.slice(chunk.offset, chunk.offset + 4)).not.toMatch(/^(code|a co| )/)
    }
    expect(blocksOf(parseMarkdown(text).tree, text)).toEqual(blocksOf(processor.parse(text), text))
  })

  it('notes written one definition per line are cut before a definition: same blocks', () => {
    // No blank line anywhere in the notes section; definitions follow lists, quotes and
    // tables directly (each of which a definition interrupts), and a `[^a b]:` line that is no
    // definition stays part of the note before it.
    const note = (index: number) =>
      [
        `[^${index}]: Author ${index}, “Title”, https://example.org/${index}`,
        index % 3 === 0 ? '- a list item' : index % 3 === 1 ? '> a quote' : '[^not a label]: text',
      ].join('\n')
    const notes = Array.from({ length: 400 }, (_, index) => note(index + 1)).join('\n')
    const text = `A claim.[^1]\n\n| a | b |\n| - | - |\n| c | d |\n${notes}\n`
    const chunks = splitChunks(text)
    expect(chunks.length).toBeGreaterThan(5)
    for (const chunk of chunks.slice(1)) {
      expect(text.slice(chunk.offset)).toMatch(/^\[\^\d+\]: /)
      // Well under the 64 KiB cap that cut a block of definitions before.
      expect(chunk.end - chunk.offset).toBeLessThan(8 * 1024)
    }
    expect(blocksOf(parseMarkdown(text).tree, text)).toEqual(blocksOf(processor.parse(text), text))
  })

  it('a single line longer than 64 KiB is cut at spaces, with a warning and right places', () => {
    const words = Array.from({ length: 30_000 }, (_, index) => `w${index}`).join(' ')
    const text = `Intro.\n\n${words}\n`
    const { tree, simplifications } = parseMarkdown(text)
    expect(simplifications).toEqual([
      expect.objectContaining({ kind: 'long-line', count: expect.any(Number) }),
    ])
    for (const node of tree.children) {
      const { start, end } = node.position ?? {}
      const slice = text.slice(start?.offset, end?.offset)
      // Every piece's position points at its own text.
      expect(slice.length).toBeGreaterThan(0)
      const lineStart = text.lastIndexOf('\n', (start?.offset ?? 0) - 1) + 1
      expect(start?.column).toBe((start?.offset ?? 0) - lineStart + 1)
    }
  })
})
