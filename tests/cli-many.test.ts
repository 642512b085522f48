/**
 * Several papers in one run, through the real binary: directories, globs and stdin; one check
 * per distinct URL across papers; one report per paper plus an index and one JSON; what needs
 * attention on stderr, with colour, verbosity and CI behaving as documented.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run, testdir } from './helpers/cli.ts'
import { makeSamplePdf } from './helpers/sample-pdf.ts'
import { requestCount, startScenarioServer } from './helpers/server.ts'

/** Flags sending every URL of the papers to the scenario server, by path. */
function toServer(origin: string): Array<string> {
  return [
    '--remap',
    `^https?://[^/]+/(.*)$ ${origin}/$1`,
    '--allow-private',
    '--no-cache',
    '--host-interval',
    '0',
    '--retries',
    '0',
    '--timeout',
    '5s',
  ]
}

// Each test runs the binary several times: generous timeouts for a loaded machine.
describe('citecheck audit with several papers', { timeout: 120_000 }, () => {
  it('checks a URL shared by three papers once, writes three reports, an index and one JSON', async () => {
    const server = await startScenarioServer()
    const dir = await testdir({
      'notes/first.md':
        'A claim.[^1] A dead one.[^2] Also cited by the PDF.[^3] No note.[^9]\n\n[^1]: See https://example.com/200\n[^2]: https://example.com/status/404\n[^3]: https://example.com/full/second-title-article\n',
      'second.txt':
        'Another claim.¹\n\n¹ Again https://example.com/200 and https://example.com/status/410\n',
      'sample.pdf': await makeSamplePdf(),
      'broken.md': new Uint8Array([0, 1, 2, 3]),
    })
    const result = await run(
      [
        'audit',
        'notes/first.md',
        'second.txt',
        'sample.pdf',
        'broken.md',
        '--json',
        'run.json',
        ...toServer(server.origin),
      ],
      dir,
    )
    // One paper could not be read: exit 3, saying which; the others were audited.
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/binary file `broken\.md`/)
    expect(requestCount(server.stats, '/200')).toBe(1)
    expect(requestCount(server.stats, '/full/second-title-article')).toBe(1)
    expect((await readdir(join(dir, 'out'))).sort()).toEqual([
      'first.md',
      'index.md',
      'sample.md',
      'second.md',
    ])
    const index = await readFile(join(dir, 'out/index.md'), 'utf8')
    expect(index).toContain('[notes/first.md](first.md)')
    expect(index).toMatch(/Not read \(1\)[\s\S]*broken\.md/)
    const json = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'))
    expect(json.papers.map((paper: { path: string }) => paper.path)).toEqual([
      'notes/first.md',
      'second.txt',
      'sample.pdf',
      'broken.md',
    ])
    expect(json.papers[3].error.code).toBe('binary')
    expect(json.papers[0].links.map((link: { status: string }) => link.status)).toEqual([
      'live',
      'dead',
      'dead',
    ])
    // What needs attention: dead first, as `paper:line  footnote N  verdict  url`.
    const lines = result.stderr.split('\n')
    const dead = lines.filter((line) => / dead \(/.test(line))
    expect(dead.slice(0, 3)).toEqual([
      'notes/first.md:4  footnote 2  dead (not found, HTTP 404)  https://example.com/status/404',
      'notes/first.md:5  footnote 3  dead (not found, HTTP 404)  https://example.com/full/second-title-article',
      'second.txt:3  footnote 1  dead (gone, HTTP 410)  https://example.com/status/410',
    ])
    expect(dead.slice(3)).toContain(
      'sample.pdf (page 1, line 9)  footnote 2  dead (not found, HTTP 404)  https://example.com/full/second-title-article',
    )
    const missing = lines.findIndex((line) => line.includes(' missing ('))
    expect(lines[missing]).toBe('notes/first.md:1  footnote 9  missing (marker without a footnote)')
    expect(lines.findLastIndex((line) => line.includes(' dead ('))).toBeLessThan(missing)
  })

  it('reads directories recursively and globs, honouring .citecheckignore and --exclude-path', async () => {
    const dir = await testdir({
      'papers/a.md': 'A.[^1]\n\n[^1]: Print only, 2020.\n',
      'papers/drafts/b.md': 'B.[^1]\n\n[^1]: Print only, 2021.\n',
      'papers/drafts/old/c.md': 'C.[^1]\n\n[^1]: Print only, 2022.\n',
      'papers/notes.json': '{}',
      'other/d.md': 'D.[^1]\n\n[^1]: Print only, 2023.\n',
      'other/e.md': 'E.[^1]\n\n[^1]: Print only, 2024.\n',
      '.citecheckignore': 'old/\n',
    })
    const result = await run(
      [
        'audit',
        'papers',
        'other/*.md',
        '--exclude-path',
        'e.md',
        '--json',
        'run.json',
        '--no-cache',
        '--fail-on',
        'none',
      ],
      dir,
    )
    expect(result.code).toBe(0)
    const json = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'))
    expect(json.papers.map((paper: { path: string }) => paper.path)).toEqual([
      'papers/a.md',
      'papers/drafts/b.md',
      'other/d.md',
    ])
  })

  it('reads a directory named by its absolute path', async () => {
    const dir = await testdir({
      'papers/a.md': 'A.[^1]\n\n[^1]: Print only, 2020.\n',
      'papers/sub/b.md': 'B.[^1]\n\n[^1]: Print only, 2021.\n',
    })
    const result = await run(
      ['audit', join(dir, 'papers'), '--json', 'run.json', '--no-cache', '--fail-on', 'none'],
      dir,
    )
    expect(result.code).toBe(0)
    const json = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8'))
    expect(json.papers).toHaveLength(2)
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['a.md', 'b.md', 'index.md'])
  })

  it('refuses, before anything is read, an output that would replace a paper', async () => {
    const a = 'A.[^1]\n\n[^1]: Print only, 2020.\n'
    const b = 'B.[^1]\n\n[^1]: Print only, 2021.\n'
    const dir = await testdir({ 'a.md': a, 'papers/b.md': b })
    const one = await run(['audit', 'a.md', '--out', 'a.md', '--no-cache'], dir)
    expect(one.code).toBe(3)
    expect(one.stderr).toMatch(/Cannot write `a\.md`: it is the paper `a\.md` being audited/)
    const json = await run(['audit', 'a.md', '--json', './a.md', '--no-cache'], dir)
    expect(json.code).toBe(3)
    const many = await run(['audit', 'papers', '--out', 'papers', '--no-cache'], dir)
    expect(many.code).toBe(3)
    expect(many.stderr).toMatch(/papers\/b\.md/)
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe(a)
    expect(await readFile(join(dir, 'papers', 'b.md'), 'utf8')).toBe(b)
  })

  it('reads a paper from stdin', async () => {
    const server = await startScenarioServer()
    const dir = await testdir()
    const paper = 'Claim.[^1]\n\n[^1]: https://example.com/200\n'
    const result = await run(
      ['audit', '-', '--stdin-format', 'markdown', '--out', '-', ...toServer(server.origin)],
      dir,
      {},
      paper,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('stdin.md')
    expect(result.stdout).toContain('✅')
  })

  it('refuses stdin past --max-input, in one line, without reading it all', async () => {
    const dir = await testdir()
    const paper = `Claim.[^1]\n\n[^1]: A book.\n${'filler text '.repeat(400)}\n`
    const result = await run(['audit', '-', '--max-input', '1KiB', '--no-cache'], dir, {}, paper)
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(
      /Unexpected paper `stdin` of more than .*, expected at most 1 ?KiB/,
    )
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('fails on print-only citations only with --fail-on print-only, and says so', async () => {
    const dir = await testdir({ 'a.md': 'A claim.[^1]\n\n[^1]: A. Author, *A Book* (1999).\n' })
    const missing = await run(['audit', 'a.md', '--fail-on', 'missing', '--no-cache'], dir)
    expect(missing.code).toBe(0)
    expect(missing.stderr).toContain(
      '0 claims with missing sources, 1 claim citing print-only sources',
    )
    const printOnly = await run(['audit', 'a.md', '--fail-on', 'print-only', '--no-cache'], dir)
    expect(printOnly.code).toBe(2)
    expect(printOnly.stderr).toContain(
      '1 print-only citation fails the audit (`--fail-on print-only`)',
    )
  })

  it('refuses two outputs to stdout', async () => {
    const result = await run(['audit', 'x.md', '--out', '-', '--json', '-'], await testdir())
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/`--out -` and `--json -`, expected at most one output to stdout/)
  })

  it('caps the attention list, shows all with -v, nothing with -q, and no file chatter in CI', async () => {
    const server = await startScenarioServer()
    const notes = Array.from(
      { length: 25 },
      (_, index) => `[^${index + 1}]: https://example.com/status/404?n=${index}`,
    )
    const body = Array.from({ length: 25 }, (_, index) => `Claim ${index}.[^${index + 1}]`).join(
      ' ',
    )
    const dir = await testdir({ 'p.md': `${body}\n\n${notes.join('\n')}\n` })
    const normal = await run(['audit', 'p.md', ...toServer(server.origin)], dir)
    expect(normal.code).toBe(2)
    expect(normal.stderr.split('\n').filter((line) => line.includes(' dead ('))).toHaveLength(20)
    expect(normal.stderr).toContain('… and 5 more (-v shows all)')
    expect(normal.stderr).toContain('wrote report to out/p.md')
    const verbose = await run(['audit', 'p.md', '-v', ...toServer(server.origin)], dir)
    expect(verbose.stderr.split('\n').filter((line) => line.includes(' dead ('))).toHaveLength(25)
    // -v also shows each link as it is checked.
    expect(
      verbose.stderr.split('\n').filter((line) => /^dead\s+not-found\s+https:/.test(line)),
    ).toHaveLength(25)
    const quiet = await run(['audit', 'p.md', '-q', ...toServer(server.origin)], dir)
    expect(quiet.code).toBe(2)
    expect(quiet.stderr).toBe('')
    const ci = await run(['audit', 'p.md', ...toServer(server.origin)], dir, { CI: 'true' })
    expect(ci.stderr).not.toContain('wrote report')
    expect(ci.stderr).toContain('… and 5 more')
  })

  it('colours stderr only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', async () => {
    const server = await startScenarioServer()
    const dir = await testdir({ 'p.md': 'Claim.[^1]\n\n[^1]: https://example.com/status/404\n' })
    const ansi = '\u001b['
    const forced = await run(['audit', 'p.md', ...toServer(server.origin)], dir, {
      NO_COLOR: '',
      FORCE_COLOR: '1',
    })
    expect(forced.stderr).toContain(`${ansi}31m`)
    const plain = await run(['audit', 'p.md', ...toServer(server.origin)], dir, { NO_COLOR: '1' })
    expect(plain.stderr).not.toContain(ansi)
    const flag = await run(['audit', 'p.md', '--no-color', ...toServer(server.origin)], dir, {
      NO_COLOR: '',
      FORCE_COLOR: '1',
    })
    expect(flag.stderr).not.toContain(ansi)
  })

  it('prints GitHub workflow commands only under GITHUB_ACTIONS=true, on the footnote line', async () => {
    const server = await startScenarioServer()
    const dir = await testdir({ 'p.md': 'Claim.[^1]\n\n[^1]: https://example.com/status/404\n' })
    const plain = await run(['audit', 'p.md', ...toServer(server.origin)], dir)
    expect(plain.stdout).not.toContain('::')
    const actions = await run(['audit', 'p.md', ...toServer(server.origin)], dir, {
      GITHUB_ACTIONS: 'true',
    })
    expect(actions.code).toBe(2)
    expect(actions.stdout).toMatch(
      /^::error file=p\.md,line=3,title=[^:]+::.*example\.com\/status\/404/m,
    )
  })
})
