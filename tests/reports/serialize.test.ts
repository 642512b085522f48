/**
 * The reports' own Markdown writer: the same bytes as remark-stringify (with the reports'
 * settings) on random report trees, and hostile text written as literal text that remark
 * (remark-parse + remark-gfm) reads back as the same text, in every context a report uses.
 */

import fc from 'fast-check'
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../reports/escape.ts'
import { serializeMarkdown } from '../../reports/serialize.ts'
import { parseMarkdown, selectAll } from '../helpers/markdown-tree.ts'
import { remarkStringify } from '../helpers/remark-phrasing.ts'

/** Pieces of Markdown syntax, HTML, URLs, controls and bidi characters. */
const hostilePieces = [
  '*',
  '_',
  '__',
  '~',
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '!',
  '<',
  '>',
  '&',
  '&amp;',
  '&#x41;',
  '#',
  '\\',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '|',
  '-',
  '+',
  '=',
  ':',
  '.',
  '1.',
  '2)',
  '@',
  '"',
  "'",
  'a',
  'é',
  '日本',
  '😀',
  'www',
  'x_y',
  'http',
  'p',
  's',
  '/',
  '<script>',
  '</script>',
  '<img src=x>',
  '<!-- c -->',
  '![i](https://e.test/i.png)',
  '[l](javascript:alert(1))',
  'https://e.test/a_(b)',
  'www.e.test',
  // `www.` before a character that is escaped: remark read `www.\_` as a link keeping the `\`.
  'www._',
  'x@e.test',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u202e',
  '\u2066',
  '\ufeff',
  '---',
  '***',
  '> ',
  '- ',
  '# ',
  '| a | b |',
  '|---|',
]

/** Random hostile text. */
const hostile = fc
  .array(fc.constantFrom(...hostilePieces), { minLength: 1, maxLength: 16 })
  .map((parts) => parts.join(''))

/** Text as the reports put untrusted text in a tree (`untrusted`). */
function textOf(value: string): PhrasingContent {
  return { type: 'text', value: cleanText(value) }
}

/** The one-block trees in which a report writes untrusted text, and how to find it again. */
const contexts: Array<{
  name: string
  build: (value: string) => RootContent
  find: (tree: Root) => unknown
}> = [
  {
    name: 'paragraph start',
    build: (value) => ({ type: 'paragraph', children: [textOf(value)] }),
    find: (tree) => tree.children[0],
  },
  {
    name: 'after strong',
    build: (value) => ({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: 'c1' }] }, textOf(value)],
    }),
    find: (tree) => selectAll(tree, 'paragraph')[0]?.children.slice(1),
  },
  {
    name: 'inside strong',
    build: (value) => ({
      type: 'paragraph',
      children: [
        { type: 'text', value: '⚠️ ' },
        { type: 'strong', children: [textOf(value)] },
      ],
    }),
    find: (tree) => selectAll(tree, 'strong')[0],
  },
  {
    name: 'heading',
    build: (value) => ({ type: 'heading', depth: 3, children: [textOf(value)] }),
    find: (tree) => selectAll(tree, 'heading')[0],
  },
  {
    name: 'list item',
    build: (value) => ({
      type: 'list',
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          children: [{ type: 'paragraph', children: [textOf(value)] }],
        },
      ],
    }),
    find: (tree) => selectAll(tree, 'listItem')[0],
  },
  {
    name: 'link text',
    build: (value) => ({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://e.test/a_(b)', children: [textOf(value)] }],
    }),
    find: (tree) => selectAll(tree, 'link').find((node) => node.url === 'https://e.test/a_(b)'),
  },
  {
    name: 'table cell',
    build: (value) => ({
      type: 'table',
      align: ['left', 'right'],
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [{ type: 'text', value: 'A' }] },
            { type: 'tableCell', children: [{ type: 'text', value: 'B' }] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [textOf(value)] },
            { type: 'tableCell', children: [{ type: 'text', value: 'x' }] },
          ],
        },
      ],
    }),
    find: (tree) => selectAll(tree, 'tableCell')[2],
  },
]

/** Plain text of what `find` returns (a node or a list of nodes). */
function plain(found: unknown): string {
  if (Array.isArray(found)) return found.map((node) => nodeToString(node)).join('')
  return found === undefined ? '<missing>' : nodeToString(found as never)
}

describe('serializeMarkdown', () => {
  it('writes hostile text as literal text that remark reads back the same, in every context', () => {
    for (const context of contexts) {
      fc.assert(
        fc.property(hostile, (value) => {
          fc.pre(cleanText(value).length > 0)
          const markdown = serializeMarkdown({ type: 'root', children: [context.build(value)] })
          const tree = parseMarkdown(markdown)
          expect(plain(context.find(tree)), `${context.name}: ${markdown}`).toBe(cleanText(value))
          expect(tree.children, context.name).toHaveLength(1)
          expect(selectAll(tree, 'html')).toEqual([])
          expect(selectAll(tree, 'image')).toEqual([])
          // A URL in text may still be linked by GFM; it then shows exactly where it goes.
          const ours = context.name === 'link text' ? context.find(tree) : undefined
          for (const link of selectAll(tree, 'link').filter((node) => node !== ours)) {
            expect(link.url.replace(/^(mailto:|http:\/\/)/, '')).toContain(
              nodeToString(link).replace(/^(mailto:)/, ''),
            )
          }
          if (context.name === 'table cell') {
            expect(selectAll(tree, 'tableRow')).toHaveLength(2)
            for (const row of selectAll(tree, 'tableRow')) expect(row.children).toHaveLength(2)
          }
        }),
        { numRuns: 300 },
      )
    }
  })

  it('writes the same bytes as remark-stringify on random report trees', () => {
    const value = fc
      .array(fc.constantFrom(...hostilePieces.filter((piece) => !/[\n\r]/.test(piece))), {
        minLength: 1,
        maxLength: 8,
      })
      .map((parts) => cleanText(parts.join('')) || 'x')
    const text = value.map((value): PhrasingContent => ({ type: 'text', value }))
    const url = fc.constantFrom(
      'https://e.test/',
      'https://e.test/a_(b)',
      'https://e.test/?q=a|b&x',
    )
    const leaf = fc.oneof(
      text,
      value.map((value): PhrasingContent => ({ type: 'inlineCode', value })),
      fc
        .tuple(url, text)
        .map(([href, child]): PhrasingContent => ({ type: 'link', url: href, children: [child] })),
      url.map(
        (href): PhrasingContent => ({
          type: 'link',
          url: href,
          children: [{ type: 'text', value: href }],
        }),
      ),
    )
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', maxDepth: 3 },
        leaf,
        fc
          .tuple(
            fc.constantFrom('strong', 'emphasis', 'delete'),
            fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
          )
          .map(([type, children]) => ({ type, children }) as PhrasingContent),
      ),
    })).node
    const children = fc.array(phrasing, { minLength: 1, maxLength: 4 })
    const block: fc.Arbitrary<RootContent> = fc.oneof(
      children.map((items): RootContent => ({ type: 'paragraph', children: items })),
      fc
        .tuple(fc.constantFrom(1 as const, 2 as const, 3 as const), children)
        .map(([depth, items]): RootContent => ({ type: 'heading', depth, children: items })),
      fc.array(children, { minLength: 1, maxLength: 3 }).map(
        (items): RootContent => ({
          type: 'list',
          spread: false,
          children: items.map((item) => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: item }],
          })),
        }),
      ),
      fc.array(fc.tuple(children, children), { minLength: 1, maxLength: 3 }).map(
        (rows): RootContent => ({
          type: 'table',
          align: ['left', 'right'],
          children: rows.map((cells) => ({
            type: 'tableRow',
            children: cells.map((cell) => ({ type: 'tableCell', children: cell })),
          })),
        }),
      ),
    )
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 3 }), (blocks) => {
        const tree: Root = { type: 'root', children: blocks }
        // The one place we escape more than remark does: `www.` before an escaped character.
        fc.pre(!/www\.[!-/:-@[-`{-~]/i.test(JSON.stringify(blocks)))
        expect(serializeMarkdown(structuredClone(tree))).toBe(
          remarkStringify(structuredClone(tree)),
        )
      }),
      { numRuns: 500 },
    )
  })

  it('refuses node types reports never build', () => {
    expect(() =>
      serializeMarkdown({
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'image', url: 'x', alt: 'y' }] }],
      }),
    ).toThrow(TypeError)
  })
})
