/**
 * The reports' own reader of inline Markdown (`toPhrasing`) against remark-parse + remark-gfm
 * made harmless the same way (`remarkPhrasing`): the same phrasing on every paragraph,
 * footnote and claim of the real papers, and on random Markdown-like text.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { PhrasingContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import { toPhrasing, toPlainText } from '../../reports/inline-markdown.ts'
import { mergePhrasing, remarkPhrasing } from '../helpers/remark-phrasing.ts'

/** Every Markdown and text paper of the repository. */
function papers(): Array<string> {
  const corpus = new URL('../corpus/', import.meta.url)
  const documents = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'tools')
    .flatMap((entry) =>
      ['paper.md', 'paper-sup.md', 'paper.txt'].map(
        (name) => new URL(`${entry.name}/${name}`, corpus),
      ),
    )
  return [new URL('../../papers/security-provider.txt', import.meta.url), ...documents]
    .filter((url) => existsSync(url))
    .map((url) => url.pathname)
}

/** Pieces of Markdown, HTML, URLs and text that random inputs are made of. */
const pieces = [
  '*',
  '**',
  '***',
  '_',
  '__',
  '~',
  '~~',
  '~~~',
  '`',
  '``',
  '[',
  ']',
  '(',
  ')',
  '![',
  '<',
  '>',
  '&',
  '&amp;',
  '&#65;',
  '&nbsp;',
  '&copy',
  '\\',
  ' ',
  '\t',
  'a',
  'b',
  'é',
  '.',
  ',',
  ':',
  '"',
  "'",
  '#',
  '-',
  '1.',
  '|',
  '@',
  '!',
  '?',
  '😀',
  'https://x.org/p',
  'HTTPS://A.B/c_(d)',
  'www.y.com',
  'www.x_y.z',
  'http://',
  '<https://z.io>',
  '<a@b.cd>',
  'x@y.com',
  '+x@y.org',
  'mailto:',
  '<span>',
  '</b>',
  '<!-- c -->',
  '](https://q.org)',
  '](u)',
  '](h "t")',
  '[a](<b c>)',
  '_a_',
  '**a**',
  '`` ` ``',
]

/** Random Markdown-like text. */
const markdownish = fc
  .array(fc.constantFrom(...pieces), { maxLength: 24 })
  .map((parts) => parts.join(''))

describe('toPhrasing', () => {
  it('reads every paragraph, footnote and claim of the real papers as remark does', () => {
    let compared = 0
    for (const path of papers()) {
      const document = annotate(readFileSync(path, 'utf8'), { path })
      const texts = [
        ...document.paragraphs.map((item) => item.text),
        ...document.footnotes.map((item) => item.text),
        ...document.claims.map((item) => item.text),
      ]
      for (const text of texts) {
        expect(mergePhrasing(toPhrasing(text)), text).toEqual(remarkPhrasing(text))
        compared += 1
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it('reads random Markdown-like text as remark does', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(mergePhrasing(toPhrasing(text))).toEqual(remarkPhrasing(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps only harmless nodes: text, code, emphasis and http(s) links', () => {
    const harmless = (nodes: Array<PhrasingContent>): boolean =>
      nodes.every((node) => {
        if (node.type === 'text' || node.type === 'inlineCode') return true
        if (node.type === 'link') return /^https?:\/\//.test(node.url) && harmless(node.children)
        if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
          return harmless(node.children)
        }
        return false
      })
    fc.assert(
      fc.property(markdownish, (text) => harmless(toPhrasing(text))),
      { numRuns: 2000 },
    )
  })

  it('drops invisible characters decoded from character references', () => {
    expect(toPlainText('a&#x202E;b&#8203;c&#10;d &nbsp;e')).toBe('abc d \u00a0e')
  })

  it('never makes a link inside a kept link', () => {
    expect(toPhrasing('[see <https://a.test/> here](https://b.test/)')).toEqual([
      {
        type: 'link',
        url: 'https://b.test/',
        children: [{ type: 'text', value: 'see https://a.test/ here' }],
      },
    ])
  })
})
