/**
 * The real binary, run as a user runs it: `node bin/citecheck.js …` in a temporary working
 * directory, against a real server on loopback. It runs the TypeScript sources (through tsx,
 * with the `citecheck-source` condition), so no build is needed; `package.test.ts` runs the
 * build as installed from the packed tarball.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import { type Run, run, testdir } from './helpers/cli.ts'
import { startServer } from './helpers/server.ts'

function expectOneLineError(result: Run, pattern: RegExp): void {
  expect(result.code).toBe(3)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

// Each test runs the CLI up to three times, each compiling the sources through tsx: minutes on a
// busy 2-core machine, so the timeout is generous (nothing here measures speed).
describe('citecheck (binary)', { timeout: 180_000 }, () => {
  it('prints help with every option and exits 0', async () => {
    const result = await run(['--help'], await testdir())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--host-concurrency <n>')
    expect(result.stdout).toContain('(default: 32)')
  })

  it('prints the usage and exits 3 without arguments, writing nothing', async () => {
    const dir = await testdir()
    const result = await run([], dir)
    expect(result.code).toBe(3)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('citecheck [audit] <paper|dir|glob|->... [options]')
    expect(result.stderr).toContain('citecheck --help')
    expect(await readdir(dir)).toEqual([])
  })

  it('prints the version from package.json', async () => {
    const result = await run(['--version'], await testdir())
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`citecheck ${packageJson.version}\n`)
  })

  it.each([
    ['audit without a paper', ['audit', '--quiet'], {}, /`citecheck audit` without a paper/],
    ['parse without a paper', ['parse'], {}, /`citecheck parse` without a paper/],
    ['a missing file', ['audit', 'nope.txt'], {}, /Cannot read `nope.txt`: no such file/],
    ['a directory', ['parse', '.'], {}, /it is a directory/],
    [
      'a binary file',
      ['parse', 'bin.txt'],
      { 'bin.txt': new Uint8Array([0x68, 0, 0x69, 0]) },
      /bin\.txt/,
    ],
    [
      'invalid UTF-8',
      ['parse', 'latin.txt'],
      { 'latin.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
      /latin\.txt/,
    ],
    ['an empty file', ['parse', 'empty.md'], { 'empty.md': '' }, /empty\.md/],
    ['an unknown option', ['audit', '--bogus'], {}, /bogus/],
    [
      'a bad option value',
      ['audit', 'p.md', '--timeout', 'soon'],
      {},
      /--timeout`, expected a duration/,
    ],
    [
      'an unknown config key',
      ['parse', 'p.md'],
      { 'citecheck.config.json': '{"concurency": 3}' },
      /Unexpected key `concurency`/,
    ],
    [
      'new-dead without a baseline',
      ['audit', 'p.md', '--fail-on', 'new-dead'],
      {},
      /without `--baseline`/,
    ],
  ])('exits 3 with one clear line for %s', async (_name, args, files, pattern) => {
    expectOneLineError(await run(args, await testdir(files)), pattern)
  })

  it('parses a Markdown paper into the JSON contract', async () => {
    const dir = await testdir({
      'paper.md':
        '# Paper\n\nThe sky is blue.[^1] Water is wet.[^2]\n\n[^1]: A. Author, "Sky", *Nature*, 2020. <https://example.org/sky>\n[^2]: B. Author, *Water*, 2019.\n',
    })
    const result = await run(['parse', 'paper.md'], dir)
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout)
    expect(data.document).toMatchObject({ path: 'paper.md', format: 'markdown' })
    expect(
      data.claims.map((claim: { text: string; footnotes: Array<unknown> }) => [
        claim.text,
        claim.footnotes,
      ]),
    ).toEqual([
      ['The sky is blue.', [1]],
      ['Water is wet.', [2]],
    ])
    expect(data.footnotes.map((footnote: { kind: string }) => footnote.kind)).toEqual([
      'web',
      'print',
    ])
    expect(data.footnotes[0].sources[0].url).toBe('https://example.org/sky')
  })

  it('lists each distinct URL once with its footnotes', async () => {
    const dir = await testdir({
      'paper.md':
        'One.[^1] Two.[^2] Three.[^3]\n\n[^1]: <https://a.example/x>\n[^2]: <https://b.example/y>\n[^3]: See https://a.example/x.\n',
    })
    const result = await run(['urls', 'paper.md'], dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('https://a.example/x\t1,3\nhttps://b.example/y\t2\n')
  })

  it('accepts a paper without footnotes, with a warning', async () => {
    const dir = await testdir({ 'plain.txt': 'Just prose. Nothing cited here.\n' })
    const result = await run(['parse', 'plain.txt'], dir)
    expect(result.code).toBe(0)
    const data = JSON.parse(result.stdout)
    expect(data.claims).toEqual([])
    expect(data.problems.map((problem: { kind: string }) => problem.kind)).toContain('no-footnotes')
  })

  it('audits against a local server, writes the reports and fails on a dead source', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/ok') response.end('<title>Fine</title>')
      else if (request.url === '/gone') response.writeHead(410).end()
      else response.writeHead(404).end()
    })
    onTestFinished(() => server.close())
    const dir = await testdir({
      'paper.md': `# Paper\n\nAlive claim.[^1] Dead claim.[^2] Print claim.[^3]\n\n[^1]: <${server.origin}/ok>\n[^2]: <${server.origin}/gone>\n[^3]: A book, 2001.\n`,
    })
    const flags = [
      '--allow-private',
      '--no-evidence',
      '--host-interval',
      '0',
      '--json',
      'result.json',
    ]
    const first = await run(['audit', 'paper.md', ...flags], dir)
    expect(first.stderr).toContain('wrote report to out/paper.md')
    expect(first.code).toBe(2)
    const result = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'))
    expect(result.summary.links).toMatchObject({ live: 1, dead: 1, total: 2 })
    expect(result.claims.map((claim: { status: string }) => claim.status)).toEqual([
      'live',
      'dead',
      'missing',
    ])
    const report = await readFile(join(dir, 'out', 'paper.md'), 'utf8')
    expect(report).toContain('Needs attention')

    const lenient = await run(
      ['audit', 'paper.md', ...flags, '--fail-on', 'none', '--out', '-'],
      dir,
    )
    expect(lenient.code).toBe(0)
    expect(lenient.stdout).toContain('# Paper')
  })

  it('says plainly when the network is unavailable, reports nothing dead and exits 1', async () => {
    const server = await startServer((_request, response) => response.end())
    const closedOrigin = server.origin
    await server.close() // nothing listens there any more: every connection is refused
    const dir = await testdir({
      'paper.md': 'One.[^1] Two.[^2]\n\n[^1]: <https://a.example/x>\n[^2]: <https://b.example/y>\n',
    })
    const result = await run(
      [
        'audit',
        'paper.md',
        '--allow-private',
        '--no-cache',
        '--retries',
        '0',
        '--remap',
        `^https://[^/]+ ${closedOrigin}`,
        '--json',
        '-',
        '--out',
        'r.md',
      ],
      dir,
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/network looks unavailable/)
    // One closing line instead of a line per unverified link.
    expect(result.stderr).not.toContain('a.example')
    const data = JSON.parse(result.stdout)
    expect(data.network.available).toBe(false)
    expect(data.links.map((link: { status: string }) => link.status)).toEqual([
      'unverified',
      'unverified',
    ])
  })

  it('compares with a baseline, fails only on new dead links, and writes the GitHub step summary', async () => {
    let broken = false
    const server = await startServer((request, response) => {
      if (request.url === '/flaky' && broken) response.writeHead(404).end()
      else if (request.url === '/always-dead') response.writeHead(410).end()
      else response.end('<title>Fine</title>')
    })
    onTestFinished(() => server.close())
    const dir = await testdir({
      'paper.md': `One.[^1] Two.[^2]\n\n[^1]: <${server.origin}/flaky>\n[^2]: <${server.origin}/always-dead>\n`,
    })
    const flags = [
      '--allow-private',
      '--no-evidence',
      '--no-cache',
      '--host-interval',
      '0',
      '--quiet',
    ]
    const first = await run(['audit', 'paper.md', ...flags, '--json', 'before.json'], dir)
    expect(first.code).toBe(2) // /always-dead is dead

    const unchanged = await run(
      [
        'audit',
        'paper.md',
        ...flags,
        '--baseline',
        'before.json',
        '--fail-on',
        'new-dead',
        '--json',
        'same.json',
      ],
      dir,
    )
    expect(unchanged.code).toBe(0) // dead before, dead now: no regression
    expect(await readFile(join(dir, 'same.json'), 'utf8')).toBe(
      await readFile(join(dir, 'before.json'), 'utf8'),
    )

    broken = true
    const summary = join(dir, 'step-summary.md')
    const regressed = await run(
      [
        'audit',
        'paper.md',
        ...flags,
        '--baseline',
        'before.json',
        '--fail-on',
        'new-dead',
        '--out',
        'report.md',
      ],
      dir,
      { GITHUB_STEP_SUMMARY: summary },
    )
    expect(regressed.code).toBe(2)
    const report = await readFile(join(dir, 'report.md'), 'utf8')
    expect(report).toContain('Changes since last run')
    expect(report).toContain(`${server.origin}/flaky`)
    const step = await readFile(summary, 'utf8')
    expect(step).toContain('Changes since last run')
    expect(step).not.toContain('Claims, section by section')
  })

  it('finds an archived copy of a dead link with --archive', async () => {
    const server = await startServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x')
      if (url.pathname === '/cdx') {
        response.setHeader('content-type', 'application/json')
        response.end(
          JSON.stringify([
            ['timestamp', 'original'],
            ['20240101000000', url.searchParams.get('url')],
          ]),
        )
      } else response.writeHead(404).end()
    })
    onTestFinished(() => server.close())
    const dir = await testdir({ 'paper.md': `Claim.[^1]\n\n[^1]: <${server.origin}/lost>\n` })
    const result = await run(
      [
        'audit',
        'paper.md',
        '--allow-private',
        '--no-cache',
        '--archive',
        '--archive-api',
        `${server.origin}/cdx`,
        '--json',
        '-',
        '--out',
        'r.md',
        '--quiet',
      ],
      dir,
    )
    expect(result.code).toBe(2)
    const data = JSON.parse(result.stdout)
    expect(data.links[0].evidence.archive).toEqual({
      url: `https://web.archive.org/web/20240101000000/${server.origin}/lost`,
      timestamp: '20240101000000',
    })
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toContain(
      'web.archive.org/web/20240101000000',
    )
  })
})
