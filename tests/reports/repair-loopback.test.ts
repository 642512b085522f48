/**
 * `repairPaper` after a real audit: the paper's URLs are remapped onto a loopback server (two
 * dead links, one live, one dead without a snapshot) and the Wayback CDX API is a loopback
 * server too. The archived copies found are written back, and nothing else changes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { auditPaper } from '../../pipeline/audit.ts'
import { repairPaper } from '../../reports/repair.ts'
import { run, testdir } from '../helpers/cli.ts'
import { startServer } from '../helpers/pages.ts'

const paper = [
  '# Two dead sources',
  '',
  'The first claim rests on a removed page[^1]. The second on a withdrawn report[^2].',
  'The third on a live page[^3]. The fourth on a page nobody archived[^4].',
  '',
  '[^1]: A. Writer, “Removed”, Outlet, 2021. <https://news.example/removed>',
  '[^2]: B. Writer, [Withdrawn report](https://reports.example/withdrawn), 2022.',
  '[^3]: C. Writer, “Live”, 2023. https://news.example/live',
  '[^4]: D. Writer, “Unarchived”, 2024. https://news.example/unarchived',
  '',
].join('\r\n')

/** Snapshot timestamps the fake CDX API knows, per original URL. */
const snapshots: Record<string, string> = {
  'https://news.example/removed': '20240501093000',
  'https://reports.example/withdrawn': '20231130120000',
}

/** The paper's pages and the CDX API, on loopback. */
function startSources() {
  return startServer({
    '/news.example/removed': { status: 404 },
    '/reports.example/withdrawn': { status: 410 },
    '/news.example/unarchived': { status: 404 },
    '/news.example/live': { body: '<title>Live</title><p>Here.</p>' },
    '/cdx': (request: IncomingMessage, response: ServerResponse) => {
      const url = new URL(request.url ?? '', 'http://x').searchParams.get('url') ?? ''
      const timestamp = snapshots[url]
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify(
          timestamp
            ? [
                ['timestamp', 'original'],
                [timestamp, url],
              ]
            : [],
        ),
      )
    },
  })
}

/** The paper with the two archived copies added, as `repairPaper` should write it. */
const removed = 'https://web.archive.org/web/20240501093000/https://news.example/removed'
const withdrawn = 'https://web.archive.org/web/20231130120000/https://reports.example/withdrawn'
const expected = paper
  .replace(
    '<https://news.example/removed>',
    `<https://news.example/removed> (archived at <${removed}>, captured 2024-05-01)`,
  )
  .replace(
    '(https://reports.example/withdrawn)',
    `(https://reports.example/withdrawn) ([archived](${withdrawn}), captured 2023-11-30)`,
  )

describe('repairPaper after a loopback audit', { timeout: 120_000 }, () => {
  it('adds the two archived copies found, byte for byte, and is idempotent', async () => {
    const server = await startSources()
    const directory = await mkdtemp(join(tmpdir(), 'citecheck-repair-'))
    onTestFinished(() => rm(directory, { recursive: true, force: true }))
    const path = join(directory, 'paper.md')
    await writeFile(path, paper)
    const result = await auditPaper(path, {
      check: {
        remap: [{ pattern: /^https?:\/\/(.*)$/, replacement: `${server.url}/$1` }],
        allowPrivate: true,
        retries: 0,
        timeout: 2000,
        hostInterval: 0,
      },
      evidence: { archive: true, archiveApi: `${server.url}/cdx` },
    })
    expect(result.links.map((link) => [link.url, link.status])).toEqual([
      ['https://news.example/live', 'live'],
      ['https://news.example/removed', 'dead'],
      ['https://news.example/unarchived', 'dead'],
      ['https://reports.example/withdrawn', 'dead'],
    ])

    const source = await readFile(path, 'utf8')
    const repair = repairPaper(source, result)
    expect(Buffer.from(repair.text)).toEqual(Buffer.from(expected))
    expect(repair.changes.map((change) => [change.footnote, change.line])).toEqual([
      [1, 6],
      [2, 7],
    ])
    expect(repairPaper(repair.text, result).text).toBe(repair.text)
  })

  it('is what `citecheck audit --repair` writes in place, and a second run changes nothing', async () => {
    const server = await startSources()
    const directory = await testdir({ 'paper.md': paper })
    const flags = [
      '--remap',
      `^https?://((?:news|reports)\\.example/.*)$ ${server.url}/$1`,
      // The archived copies the first run adds are not on loopback: leave them be.
      '--exclude',
      '^https://web\\.archive\\.org/',
      '--allow-private',
      '--archive-api',
      `${server.url}/cdx`,
      '--no-cache',
      '--retries',
      '0',
      '--host-interval',
      '0',
      '--no-report',
    ]
    const first = await run(['audit', 'paper.md', '--repair', 'paper.md', ...flags], directory)
    expect(first.code).toBe(2)
    expect(Buffer.from(await readFile(join(directory, 'paper.md')))).toEqual(Buffer.from(expected))
    expect(first.stderr).toContain(
      `citecheck: paper.md:6 footnote 1: https://news.example/removed → archived at ${removed}`,
    )
    const second = await run(['audit', 'paper.md', '--repair', 'paper.md', ...flags], directory)
    expect(second.stderr).toMatch(/No citation changed in paper\.md/)
    expect(Buffer.from(await readFile(join(directory, 'paper.md')))).toEqual(Buffer.from(expected))
  })
})
