/**
 * The report and the JSON result are written a chunk at a time (never held whole): on a large
 * paper audited over a loopback server, the files written are exactly the in-memory renders, and
 * the report written block by block is what the whole tree serialises to.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { auditPapers } from '../../pipeline/audit.ts'
import { defaultCliSettings } from '../../pipeline/cli-options.ts'
import { planOutputs } from '../../pipeline/outputs.ts'
import { writeOutputs } from '../../pipeline/write-file.ts'
import {
  buildMarkdownTree,
  renderJson,
  renderMarkdown,
  renderMarkdownChunks,
} from '../../reports/index.ts'
import { serializeMarkdown } from '../../reports/serialize.ts'
import { startScenarioServer } from '../helpers/server.ts'

/** Scenario paths cycled through the footnotes: live, dead, redirected (permanently or not). */
const scenarios = ['/200', '/status/404', '/redirect/301/1', '/200', '/redirect/302/1', '/200']

/**
 * A paper of `count` claims, each citing a footnote with one distinct URL on `origin`: a few
 * claims before the first heading, then sections of growing size (the last one the longest),
 * some footnotes citing two URLs and some none.
 */
function largePaper(origin: string, count: number): string {
  const body: Array<string> = ['# A large paper', '']
  const notes: Array<string> = []
  let next = 1
  for (let section = 0; next <= count; section++) {
    if (section > 0) body.push(`## Part ${section} of the paper`, '')
    const size = section === 0 ? 3 : section * 40
    for (let index = 0; index < size && next <= count; index++, next++) {
      body.push(
        `Claim ${next} holds that the ${next}th measure rose by ${next % 97} %.[^${next}]`,
        '',
      )
      const url = `${origin}${scenarios[next % scenarios.length]}?n=${next}`
      const note =
        next % 23 === 0
          ? `J. Writer, “Printed work ${next}”, *A Journal*, 2021, p. ${next}.`
          : next % 11 === 0
            ? `A. Author, “Two sources ${next}”, <${url}> and <${url}&second>.`
            : `A. Author, “Source article ${next}”, *The Outlet*, 12 March 2024, <${url}>.`
      notes.push(`[^${next}]: ${note}`)
    }
  }
  return `${body.join('\n')}\n${notes.join('\n')}\n`
}

describe('outputs written a chunk at a time', () => {
  it('write exactly the in-memory report and JSON of a large paper', async () => {
    const server = await startScenarioServer()
    const directory = await mkdtemp(join(tmpdir(), 'citecheck-written-'))
    onTestFinished(() => rm(directory, { recursive: true, force: true }))
    const paper = join(directory, 'paper.md')
    await writeFile(paper, largePaper(server.origin, 1200))
    const run = await auditPapers([paper], {
      check: { allowPrivate: true, retries: 0, hostInterval: 0, concurrency: 16 },
      // Page titles are compared (the server's pages are all titled “OK page”); support is not.
      evidence: { support: false },
    })
    const [audited] = run.papers
    if (audited === undefined || !('result' in audited)) throw new Error('Expected a result')
    const { result } = audited
    const statuses = new Set(result.links.map((link) => link.status))
    expect([...statuses].sort()).toEqual(['dead', 'live'])
    expect(result.claims.length).toBe(1200)

    // Block by block, the same text as the whole tree serialised at once.
    const chunks = [...renderMarkdownChunks(result)]
    const whole = serializeMarkdown(buildMarkdownTree(result))
    expect(chunks.join('')).toBe(whole)
    expect(renderMarkdown(result)).toBe(whole)
    // Never the whole report at once: many chunks, each a small part of it.
    expect(chunks.length).toBeGreaterThan(1200)
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(whole.length / 10)

    const settings = {
      ...defaultCliSettings,
      out: join(directory, 'report.md'),
      json: join(directory, 'result.json'),
    }
    const outputs = planOutputs(run, settings, {
      many: false,
      changes: new Map(),
      texts: new Map(),
    })
    const failures = await writeOutputs(
      outputs.map((output) => ({ ...output, text: output.render() })),
      () => {},
    )
    expect(failures).toEqual([])
    expect(await readFile(settings.out, 'utf8')).toBe(whole)
    const json = await readFile(settings.json, 'utf8')
    expect(json).toBe(renderJson(result))
    expect(JSON.parse(json).claims).toHaveLength(1200)
  }, 120_000)
})
