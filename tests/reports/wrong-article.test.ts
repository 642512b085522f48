import type { ListItem } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import type { AuditResult } from '../../pipeline/types.ts'
import { renderAnnotated, renderMarkdown } from '../../reports/index.ts'
import { auditOnLoopback } from '../helpers/loopback-audit.ts'
import { parseMarkdown, selectAll } from '../helpers/markdown-tree.ts'
import { startServer } from '../helpers/pages.ts'

const paper = [
  '# Middle powers',
  '',
  'Middle powers have gained weight in world affairs[^1].',
  '',
  'Their diplomats now set the agenda at summits[^2].',
  '',
  '[^1]: A. Writer, “Middle powers are rising in world affairs”, 2021. https://news.example/middle-powers',
  '[^2]: B. Writer, “Diplomats set the agenda”, 2022. https://news.example/diplomats',
  '',
].join('\n')

/** What a reader must find at the wrong-article claim. */
const warningWords = [
  'Title mismatch',
  '“Recipes for summer salads”',
  'shares none of the cited title’s words',
  'the link may point at the wrong article',
]

/** The audit, run once, inside the first test that needs it (the server closes after it). */
let pending: Promise<AuditResult> | undefined

/** The audit of the paper against its loopback pages. */
function audited(): Promise<AuditResult> {
  pending ??= runAudit()
  return pending
}

/** Serve the pages, audit the paper. */
async function runAudit(): Promise<AuditResult> {
  const server = await startServer({
    '/news.example/middle-powers': {
      body: '<title>Recipes for summer salads</title><h1>Recipes for summer salads</h1><p>Tomatoes.</p>',
    },
    '/news.example/diplomats': {
      body: '<title>Diplomats set the agenda</title><h1>Diplomats set the agenda</h1><p>Yes.</p>',
    },
  })
  return auditOnLoopback(paper, server.url)
}

/** The text of the claims-section item of a claim (`c1`). */
function claimItem(markdown: string, id: string): string {
  const tree = parseMarkdown(markdown)
  const start = tree.children.findIndex(
    (node) => node.type === 'heading' && nodeToString(node) === 'Claims, section by section',
  )
  expect(start).toBeGreaterThan(-1)
  const items = tree.children
    .slice(start)
    .flatMap((node) => (node.type === 'list' ? (node.children as Array<ListItem>) : []))
  const item = items.find((node) => nodeToString(node.children[0] ?? node).includes(` ${id} `))
  expect(item).toBeDefined()
  return nodeToString(item ?? tree)
}

describe('a wrong-article link', { timeout: 120_000 }, () => {
  it('is live with a title mismatch on the first claim only', async () => {
    const result = await audited()
    expect(result.links.map((link) => [link.url, link.status])).toEqual([
      ['https://news.example/diplomats', 'live'],
      ['https://news.example/middle-powers', 'live'],
    ])
    expect(result.problems.map((problem) => [problem.kind, problem.url])).toContainEqual([
      'title-mismatch',
      'https://news.example/middle-powers',
    ])
  })

  it('shows its warning at the claim in the Markdown report', async () => {
    const markdown = renderMarkdown(await audited())
    const first = claimItem(markdown, 'c1')
    for (const words of warningWords) expect(first).toContain(words)
    expect(first).toContain('1 warning')
    const second = claimItem(markdown, 'c2')
    expect(second).not.toContain('Title mismatch')
    expect(second).not.toContain('warning')
  })

  it('shows its warning at the claim in the annotated paper', async () => {
    const markdown = renderAnnotated(await audited())
    expect(markdown).toContain('world affairs[^1]✅🚩.')
    expect(markdown).toContain('at summits[^2]✅.')
    const tree = parseMarkdown(markdown)
    const definitions = new Map(
      selectAll(tree, 'footnoteDefinition').map((node) => [node.identifier, nodeToString(node)]),
    )
    for (const words of warningWords) expect(definitions.get('1')).toContain(words)
    expect(definitions.get('2')).not.toContain('Title mismatch')
  })
})

describe('an outlet mismatch', { timeout: 120_000 }, () => {
  it('stays with the footnote naming the other outlet, not every footnote citing the link', async () => {
    const server = await startServer({
      '/www.nytimes.com/2024/world/powers.html': {
        body: '<title>Middle powers are rising</title><p>Middle powers.</p>',
      },
    })
    const url = 'https://www.nytimes.com/2024/world/powers.html'
    const paper = [
      'Middle powers have gained weight[^1].',
      '',
      'They are rising[^2].',
      '',
      `[^1]: A. Writer, “Middle powers are rising”, Reuters, 2024. ${url}`,
      `[^2]: A. Writer, “Middle powers are rising”, The New York Times, 2024. ${url}`,
      '',
    ].join('\n')
    const result = await auditOnLoopback(paper, server.url)
    const mismatches = result.problems.filter((problem) => problem.kind === 'outlet-mismatch')
    expect(mismatches.map((problem) => String(problem.footnote))).toEqual(['1'])
    const markdown = renderMarkdown(result)
    expect(claimItem(markdown, 'c1')).toContain('Outlet mismatch')
    expect(claimItem(markdown, 'c2')).not.toContain('Outlet mismatch')
    const needs = markdown.slice(0, markdown.indexOf('## Claims, section by section'))
    expect(needs).toMatch(/Outlet mismatch\*\* — footnote 1:/)
    const annotated = parseMarkdown(renderAnnotated(result))
    const definitions = new Map(
      selectAll(annotated, 'footnoteDefinition').map((node) => [
        node.identifier,
        nodeToString(node),
      ]),
    )
    expect(definitions.get('1')).toContain('Outlet mismatch')
    expect(definitions.get('2')).not.toContain('Outlet mismatch')
  })
})
