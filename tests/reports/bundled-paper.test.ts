/**
 * The renderers on real data: the bundled paper, annotated and sourced by the real stages,
 * with verdicts assigned round-robin instead of checked (no network). Asserts invariants of
 * the renderers only, so it holds whatever the paper's exact annotation.
 */

import { readFile } from 'node:fs/promises'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import type { AuditResult } from '../../pipeline/types.ts'
import { renderAnnotated, renderJson, renderMarkdown } from '../../reports/index.ts'
import { parseMarkdown, selectAll } from '../helpers/markdown-tree.ts'
import { assignRoundRobin, auditDocument } from './fixtures/assigned-audit.ts'

/** The bundled paper through the real stages, with round-robin verdicts. */
async function auditBundledPaper(): Promise<AuditResult> {
  const path = 'papers/security-provider.txt'
  const text = await readFile(new URL(`../../${path}`, import.meta.url), 'utf8')
  return auditDocument(annotate(text, { path }), assignRoundRobin)
}

describe('the bundled paper', async () => {
  const result = await auditBundledPaper()

  it('has claims, footnotes and links to render', () => {
    expect(result.claims.length).toBeGreaterThan(50)
    expect(result.links.length).toBeGreaterThan(50)
  })

  it('annotates every marker and defines every footnote', () => {
    const tree = parseMarkdown(renderAnnotated(result))
    const markers = result.paragraphs.flatMap((item) => item.markers)
    expect(selectAll(tree, 'footnoteReference')).toHaveLength(markers.length)
    const defined = new Set(selectAll(tree, 'footnoteDefinition').map((node) => node.identifier))
    for (const footnote of result.footnotes) expect(defined).toContain(String(footnote.id))
    expect(selectAll(tree, 'html')).toEqual([])
  })

  it('lists every claim and every footnote in the report', () => {
    const tree = parseMarkdown(renderMarkdown(result))
    const strong = new Set(selectAll(tree, 'strong').map((node) => nodeToString(node)))
    for (const claim of result.claims) expect(strong).toContain(claim.id)
    const [, table] = selectAll(tree, 'table')
    expect(table?.children).toHaveLength(result.footnotes.length + 1)
    const dead = result.links.filter((link) => link.status === 'dead').length
    expect(renderMarkdown(result)).toContain(`### Dead sources (${dead})`)
  })

  it('writes the same JSON twice', () => {
    expect(renderJson(result)).toBe(renderJson(structuredClone(result)))
  })
})
