/**
 * GitHub workflow commands: read back with GitHub's own rules (properties split on `,` and the
 * first `=`, `%XX` unescaped), one line per annotation whatever the text, capped with a notice.
 */

import { describe, expect, it } from 'vitest'
import type { AuditRun } from '../../pipeline/types.ts'
import { renderGithubAnnotations } from '../../reports/github.ts'
import { buildBody, buildFootnote, buildHeader, buildLink, finish } from './fixtures/builders.ts'
import { buildHostileAudit, hostileUrls } from './fixtures/hostile.ts'
import { buildThreePaperRun, floodsPaper, lineStarting } from './fixtures/papers.ts'

/** A workflow command as the runner reads it. */
interface Command {
  level: string
  properties: Record<string, string>
  message: string
}

/** Undo the runner's escaping. */
function unescapeCommand(value: string): string {
  return value.replace(/%(25|0D|0A|3A|2C)/g, (_match, code: string) =>
    String.fromCharCode(Number.parseInt(code, 16)),
  )
}

/** Read one line as the runner does: `::level props::message`. */
function readCommand(line: string): Command {
  const match = /^::([a-z]+)(?: ([^\n]*?))?::([^\n]*)$/.exec(line)
  if (match === null) throw new Error(`Unexpected line, expected a workflow command: ${line}`)
  const properties: Record<string, string> = {}
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=')
    properties[pair.slice(0, at)] = unescapeCommand(pair.slice(at + 1))
  }
  return { level: match[1] ?? '', properties, message: unescapeCommand(match[3] ?? '') }
}

/** A run of one paper with `count` dead links. */
function buildManyDead(count: number): AuditRun {
  const urls = Array.from({ length: count }, (_, index) => `https://dead.test/${index}`)
  const footnotes = urls.map((url, index) => buildFootnote(index + 1, 'web', url, [url]))
  const body = buildBody([
    {
      section: null,
      paragraphs: [urls.map((_, index) => ({ text: `Claim ${index}.`, cites: [index + 1] }))],
    },
  ])
  const result = finish({
    ...buildHeader('Many'),
    ...body,
    footnotes,
    links: urls.map((url) => buildLink(url, 'dead', 'not-found', { httpStatus: 404 })),
    problems: [],
  })
  return { papers: [{ path: 'many.md', result }], network: { available: true }, incomplete: false }
}

describe('renderGithubAnnotations', async () => {
  const three = await buildThreePaperRun()

  it('annotates dead sources as errors on the footnote line, the rest as warnings', () => {
    const commands = renderGithubAnnotations(three).map(readCommand)
    expect(commands[0]).toMatchObject({
      level: 'error',
      properties: { file: 'papers/does-not-exist.md', title: 'citecheck: paper not read' },
    })
    const floods = commands.filter((command) => command.properties.file === 'papers/floods.md')
    expect(floods.map((command) => [command.level, Number(command.properties.line)])).toEqual([
      ['error', lineStarting(floodsPaper, '[^1]:')],
      ['warning', lineStarting(floodsPaper, 'Residents moved away')],
      ['warning', lineStarting(floodsPaper, '[^4]:')],
      ['warning', lineStarting(floodsPaper, '[^3]:')],
    ])
    expect(floods[0]?.properties.title).toBe('citecheck: dead source (not found)')
    expect(floods[0]?.message).toContain('https://ministry.example/flood-report')
  })

  it('gives PDF annotations no line and names the page in the message', () => {
    const pdf = renderGithubAnnotations(three)
      .map(readCommand)
      .filter((command) => command.properties.file === 'papers/sample.pdf')
    expect(pdf.length).toBeGreaterThan(0)
    for (const command of pdf) {
      expect(command.properties.line).toBeUndefined()
      expect(command.message).toMatch(/\(page \d+, line \d+\)/)
    }
  })

  it('makes everything failing under --fail-on an error', () => {
    const levels = renderGithubAnnotations(three, { failOn: 'print-only' }).map(
      (line) => readCommand(line).level,
    )
    expect(new Set(levels)).toEqual(new Set(['error']))
    // Below `print-only`, a print citation (nothing to check) stays a warning.
    const unverified = renderGithubAnnotations(three, { failOn: 'unverified' }).map(readCommand)
    const print = unverified.filter((command) => command.message.includes('print-only'))
    expect(print.length).toBeGreaterThan(0)
    for (const command of print) expect(command.level).toBe('warning')
  })

  it('escapes properties and messages so hostile text cannot add commands or properties', () => {
    const path = 'papers/a,line=1::error::x\n::warning file=pwned.md::y%0A.md'
    const run: AuditRun = {
      papers: [{ path, result: buildHostileAudit() }],
      network: { available: true },
      incomplete: false,
    }
    const lines = renderGithubAnnotations(run)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/)
      const command = readCommand(line)
      expect(command.properties.file).toBe(path)
      expect(Object.keys(command.properties).sort()).toEqual(['file', 'line', 'title'])
    }
    const messages = lines.map((line) => readCommand(line).message).join('\n')
    expect(messages).toContain(hostileUrls.dead)
  })

  it('caps the annotations and counts the rest in a notice', () => {
    const run = buildManyDead(60)
    const lines = renderGithubAnnotations(run)
    expect(lines).toHaveLength(51)
    expect(readCommand(lines[50] as string)).toEqual({
      level: 'notice',
      properties: {},
      message: '…and 10 more sources needing attention; see the citecheck report.',
    })
    expect(renderGithubAnnotations(run, { max: 60 })).toHaveLength(60)
    expect(renderGithubAnnotations(run, { max: 0 }).map((line) => readCommand(line).level)).toEqual(
      ['notice'],
    )
    expect(renderGithubAnnotations(buildManyDead(2), { max: 1 })[1]).toContain(
      'and 1 more source needing',
    )
  })

  it('refuses a bad cap', () => {
    expect(() => renderGithubAnnotations(three, { max: -1 })).toThrow(/Expected `max`/)
    expect(() => renderGithubAnnotations(three, { max: 1.5 })).toThrow(TypeError)
  })
})
