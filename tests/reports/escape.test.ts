import type { Root } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { renderAnnotated, renderMarkdown } from '../../reports/index.ts'
import { parseMarkdown, selectAll } from '../helpers/markdown-tree.ts'
import { buildHostileAudit, hostileStrings, hostileUrls } from './fixtures/hostile.ts'

/** Code points of control characters (but line feed) and invisible bidi/zero-width ones. */
function findInvisible(value: string): Array<number> {
  return Array.from(value, (character) => character.codePointAt(0) ?? 0).filter(
    (code) =>
      (code < 0x20 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x200b ||
      code === 0x202e,
  )
}

/**
 * Assert that a parsed report holds no HTML or image, and only honest links: http(s) or README
 * anchors whose visible text is (part of) their target, so a link can never pretend to go
 * somewhere else. Reference links are resolved through their definitions. (A bare http(s) URL
 * in text may still be autolinked by GFM; it then shows exactly where it goes.)
 */
function expectInert(tree: Root): void {
  // The only HTML is the report's own collapsed options block, with no page or paper text in it.
  for (const node of selectAll(tree, 'html')) {
    expect(node.value).toMatch(
      /^(<details>\n<summary>Options (that change verdicts \(\d+\)|: all defaults)<\/summary>|<\/details>)$/,
    )
  }
  expect(selectAll(tree, 'image')).toEqual([])
  expect(selectAll(tree, 'imageReference')).toEqual([])
  const definitions = new Map(
    selectAll(tree, 'definition').map((node) => [node.identifier, node.url]),
  )
  const links = [
    ...selectAll(tree, 'link'),
    ...selectAll(tree, 'linkReference').map((node) => ({
      ...node,
      url: definitions.get(node.identifier) ?? 'undefined reference',
    })),
  ]
  for (const node of [...links, ...selectAll(tree, 'definition')]) {
    expect(node.url).toMatch(/^(https?:\/\/|README\.md#)/)
  }
  for (const node of links) {
    const label = nodeToString(node).replace(/…$/, '')
    expect(node.url.replace(/\\/g, '')).toContain(label)
  }
}

describe('escaping of untrusted text', () => {
  const result = buildHostileAudit()
  const markdown = renderMarkdown(result)
  const annotated = renderAnnotated(result)

  it('injects no HTML, image or link into the report', () => {
    expectInert(parseMarkdown(markdown))
  })

  it('injects no HTML, image or link into the annotated paper', () => {
    expectInert(parseMarkdown(annotated))
  })

  it('keeps hostile text visible as text', () => {
    const text = nodeToString(parseMarkdown(markdown))
    expect(text).toContain(hostileStrings.script)
    expect(text).toContain(hostileStrings.image)
    expect(text).toContain(hostileStrings.link)
    expect(text).toContain(hostileStrings.pipe)
    expect(text).toContain(hostileStrings.backticks)
  })

  it('never makes a javascript: URL clickable', () => {
    const urls = [parseMarkdown(markdown), parseMarkdown(annotated)].flatMap((tree) =>
      selectAll(tree, 'link').map((node) => node.url),
    )
    expect(urls.some((url) => /javascript:/i.test(url))).toBe(false)
    expect(markdown).toContain('`javascript:alert(1)`')
    expect(markdown).toContain('`javascript:alert(2)`')
  })

  it('keeps tables whole: one row per footnote, labels with `|` in one cell', () => {
    const tables = selectAll(parseMarkdown(markdown), 'table')
    expect(tables).toHaveLength(2)
    const footnotes = tables[1]
    expect(footnotes?.children).toHaveLength(result.footnotes.length + 1)
    const firstCells = footnotes?.children.map((row) => nodeToString(row.children[0]))
    expect(firstCells).toEqual(['#', '1', 'a|b<i>', '3', '4'])
    for (const row of footnotes?.children ?? []) expect(row.children).toHaveLength(5)
    const tree = parseMarkdown(markdown)
    const [reference] = selectAll(
      { type: 'root', children: [footnotes?.children[1]?.children[2] as never] },
      'linkReference',
    )
    const definition = selectAll(tree, 'definition').find(
      (node) => node.identifier === reference?.identifier,
    )
    expect(definition?.url).toBe(new URL(hostileUrls.dead).href)
  })

  it('drops control and invisible characters', () => {
    expect(findInvisible(markdown)).toEqual([])
    expect(findInvisible(annotated)).toEqual([])
    expect(markdown).toContain('bell escape[31m red evil zerowidth'.replace('[', '\\['))
  })

  it('shortens very long text in the report', () => {
    const longest = Math.max(...markdown.split('\n').map((line) => Array.from(line).length))
    expect(longest).toBeLessThan(1500)
    expect(markdown).not.toContain('verylongword '.repeat(40))
    expect(markdown).toContain('verylongword…')
  })

  it('keeps a section title made of heading marks inside one heading', () => {
    const headings = selectAll(parseMarkdown(markdown), 'heading').map((node) => nodeToString(node))
    expect(headings).toContain('# Not a heading ## Nor this')
    const paperHeadings = selectAll(parseMarkdown(annotated), 'heading').map((node) =>
      nodeToString(node),
    )
    expect(paperHeadings).toEqual([
      `${hostileStrings.script} ${hostileStrings.image}`,
      '# Not a heading ## Nor this',
    ])
  })

  it('gives odd footnote labels a safe reference in the annotated paper', () => {
    const tree = parseMarkdown(annotated)
    const references = new Set(selectAll(tree, 'footnoteReference').map((node) => node.identifier))
    const definitions = new Set(
      selectAll(tree, 'footnoteDefinition').map((node) => node.identifier),
    )
    expect(references.size).toBe(4)
    for (const id of references) expect(definitions).toContain(id)
  })
})
