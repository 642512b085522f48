import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import type { AuditResult } from '../../pipeline/types.ts'
import { renderMarkdown } from '../../reports/index.ts'
import { auditOnLoopback } from '../helpers/loopback-audit.ts'
import { startServer } from '../helpers/pages.ts'

/** A loopback port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('Expected a port')
  return address.port
}

/** The audit, run once, inside the first test that needs it (the server closes after it). */
let pending: Promise<AuditResult> | undefined

/** Audit a one-claim paper citing a removed page and a server that refuses connections. */
async function runAudit(): Promise<AuditResult> {
  const server = await startServer({ '/news.example/removed': { status: 404 } })
  const refused = await closedPort()
  const paper = [
    '# One claim',
    '',
    `The river rose by two metres[^1][^2].`,
    '',
    '[^1]: A. Writer, “The flood”, 2021. https://news.example/removed',
    `[^2]: B. Writer, “The gauge”, 2022. http://127.0.0.1:${refused}/gauge`,
    '',
  ].join('\n')
  return auditOnLoopback(paper, server.url, /^https:\/\/(news\.example\/.*)$/)
}

describe('the Markdown report for a reader', { timeout: 120_000 }, () => {
  const audited = () => {
    pending ??= runAudit()
    return pending
  }

  it('checks what the paper cites', async () => {
    const result = await audited()
    expect(result.links.map((link) => [link.status, link.reason])).toEqual([
      ['unverified', 'connection-refused'],
      ['dead', 'not-found'],
    ])
    expect(result.links[0]?.detail).toContain('ECONNREFUSED')
    expect(result.links[1]?.detail).toBe('HTTP 404')
  })

  it('says the HTTP status once and error codes in words', async () => {
    const markdown = renderMarkdown(await audited())
    const attention = markdown.slice(
      markdown.indexOf('## Needs attention'),
      markdown.indexOf('## Claims'),
    )
    expect(attention.match(/HTTP 404/g)).toHaveLength(1)
    expect(attention).toContain('Detail: The server refused the connection')
    expect(markdown).not.toContain('ECONNREFUSED')
  })

  it('collapses the options at the end and counts one claim in the singular', async () => {
    const markdown = renderMarkdown(await audited())
    const details = markdown.indexOf('<details>\n<summary>Options that change verdicts')
    expect(details).toBeGreaterThan(markdown.indexOf('## Footnotes'))
    expect(markdown.trimEnd().endsWith('</details>')).toBe(true)
    expect(markdown).not.toContain('- Options:')
    expect(markdown).toContain('**0 of 1 claim (0%)** has all its sources live.')
    expect(markdown).toContain('- 1 claim, citing 2 footnotes.')
  })
})
