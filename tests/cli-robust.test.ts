/**
 * Nothing lost, nothing overwritten: the real binary against real files, FIFOs, device nodes
 * (root only, made with `mknod` in a temporary directory), loopback servers, a loopback proxy,
 * concurrent runs and Ctrl-C.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import { lstat, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { startProxy } from './helpers/proxy.ts'
import { startScenarioServer, startServer } from './helpers/server.ts'
import { sourceBin } from './helpers/source-bin.ts'

const root = process.getuid?.() === 0

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(args: Array<string>, cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...sourceBin, ...args],
      {
        cwd,
        env: { ...process.env, GITHUB_STEP_SUMMARY: '', NO_COLOR: '1', ...env },
        timeout: 90_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

async function testdir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'citecheck-robust-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
  return dir
}

/** A Markdown paper citing `urls`, one footnote each. */
function paper(urls: ReadonlyArray<string>): string {
  const claims = urls.map((_, index) => `Claim number ${index + 1}.[^${index + 1}]`).join(' ')
  const notes = urls.map((url, index) => `[^${index + 1}]: Author, “Title ${index + 1}”, <${url}>.`)
  return `# A paper\n\n${claims}\n\n${notes.join('\n')}\n`
}

const quick = [
  '--allow-private',
  '--no-evidence',
  '--no-cache',
  '--host-interval',
  '0',
  '--retries',
  '0',
]

function expectOneLine(result: Run, code: number, pattern: RegExp): void {
  expect(result.code).toBe(code)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).not.toMatch(/\n\s+at |this is a bug/)
}

describe('output paths are checked before any request', () => {
  it.each([
    ['a directory', 'outdir', /Cannot write `outdir`: it is a directory, expected a file path/],
    ['a path under a file', 'paper.md/report.md', /it is under `.*paper\.md`, which is a file/],
  ])('--out to %s: one line, exit 3, nothing fetched', async (_label, out, pattern) => {
    const server = await startScenarioServer()
    const dir = await testdir({ 'paper.md': paper([`${server.origin}/200`]) })
    await mkdir(join(dir, 'outdir'))
    const result = await run(['audit', 'paper.md', '--out', out, ...quick], dir)
    expectOneLine(result, 3, pattern)
    expect(server.stats.requests.size).toBe(0)
  })

  it('--json to a path under a file fails before the report is written', async () => {
    const dir = await testdir({ 'paper.md': paper(['https://example.org/']) })
    const result = await run(['parse', 'paper.md', '--json', 'paper.md/x.json'], dir)
    expectOneLine(result, 3, /Cannot write `paper\.md\/x\.json`/)
  })
})

describe('outputs are written through, never replaced', () => {
  it('--json to a FIFO: the reader gets the JSON, the FIFO stays', async () => {
    const server = await startScenarioServer()
    const dir = await testdir({ 'paper.md': paper([`${server.origin}/200`]) })
    const fifo = join(dir, 'result.pipe')
    execFileSync('mkfifo', [fifo])
    let received = ''
    const reader = once(
      createReadStream(fifo, 'utf8').on('data', (chunk) => {
        received += chunk
      }),
      'end',
    )
    const result = await run(['audit', 'paper.md', '--json', fifo, '--quiet', ...quick], dir)
    await reader
    expect(result.code).toBe(0)
    expect(JSON.parse(received).summary.links).toMatchObject({ total: 1, live: 1 })
    expect((await lstat(fifo)).isFIFO()).toBe(true)
    expect(await readFile(join(dir, 'out', 'paper.md'), 'utf8')).toContain('# A paper')
  })

  it.runIf(root)('--out to a character device: still a device afterwards (root)', async () => {
    const server = await startScenarioServer()
    const dir = await testdir({ 'paper.md': paper([`${server.origin}/200`]) })
    // A private node for the null device (major 1, minor 3), never the system's /dev/null.
    const device = join(dir, 'null')
    execFileSync('mknod', [device, 'c', '1', '3'])
    const result = await run(['audit', 'paper.md', '--out', device, '--quiet', ...quick], dir)
    expect(result.code).toBe(0)
    expect((await lstat(device)).isCharacterDevice()).toBe(true)
  })

  it.runIf(root)(
    'an output that fails late is named; the others are still written (root)',
    async () => {
      const server = await startScenarioServer()
      const dir = await testdir({ 'paper.md': paper([`${server.origin}/200`]) })
      // A private node for the full device (major 1, minor 7): writes fail with ENOSPC.
      const full = join(dir, 'full')
      execFileSync('mknod', [full, 'c', '1', '7'])
      const result = await run(
        [
          'audit',
          'paper.md',
          '--json',
          full,
          '--out',
          'report.md',
          '--annotated',
          'annotated.md',
          '--quiet',
          ...quick,
        ],
        dir,
      )
      expectOneLine(
        result,
        1,
        /^citecheck: cannot write the json to `.*full`: no space left on device \(`ENOSPC`\)$/m,
      )
      expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain('# A paper')
      expect(await readFile(join(dir, 'annotated.md'), 'utf8')).toContain('[^1]')
      expect((await lstat(full)).isCharacterDevice()).toBe(true)
    },
  )
})

describe('the cache is never the reason a run is lost', () => {
  it('--cache naming a directory: a warning, and the report and JSON are written', async () => {
    const server = await startScenarioServer()
    const dir = await testdir({ 'paper.md': paper([`${server.origin}/200`]) })
    await mkdir(join(dir, 'cache'))
    const args = ['audit', 'paper.md', '--json', 'result.json', '--cache', 'cache']
    const result = await run([...args, ...quick.filter((flag) => flag !== '--no-cache')], dir)
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/EISDIR|this is a bug/)
    const json = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'))
    expect(json.problems.map((problem: { kind: string }) => problem.kind)).toContain(
      'cache-unusable',
    )
    expect(json.summary.links).toMatchObject({ live: 1 })
    expect((await stat(join(dir, 'cache'))).isDirectory()).toBe(true)
  })

  it('two audits at once on one cache: it holds every verdict of both', async () => {
    // Answers wait until both runs have asked (both have read the cache by then), so both
    // save their verdicts at about the same time.
    const waiting: Array<() => void> = []
    const seen = new Set<string>()
    const server = await startServer((request: IncomingMessage, response: ServerResponse) => {
      const path = request.url ?? '/'
      seen.add(path.split('/')[1] ?? '')
      const answer = () => {
        response.writeHead(path.endsWith('/3') ? 404 : 200, { 'content-type': 'text/html' })
        response.end(`<title>${path}</title>`)
      }
      if (seen.has('a') && seen.has('b')) {
        for (const release of waiting.splice(0)) release()
        answer()
      } else waiting.push(answer)
    })
    const urls = (run: string) => [1, 2, 3].map((n) => `${server.origin}/${run}/${n}`)
    const dir = await testdir({ 'a.md': paper(urls('a')), 'b.md': paper(urls('b')) })
    const flags = ['--cache', 'shared.json', '--quiet', ...quick.filter((f) => f !== '--no-cache')]
    const [a, b] = await Promise.all([
      run(['audit', 'a.md', ...flags], dir),
      run(['audit', 'b.md', ...flags], dir),
    ])
    expect([a.code, b.code]).toEqual([2, 2])
    const cache = JSON.parse(await readFile(join(dir, 'shared.json'), 'utf8'))
    expect(Object.keys(cache.entries).sort()).toEqual([...urls('a'), ...urls('b')].sort())
    expect(cache.entries[`${server.origin}/b/3`].status).toBe('dead')
  })
})

describe('classified by cause', () => {
  it('a proxy refusing CONNECT: unverified (proxy), not an interrupted run', async () => {
    const server = await startScenarioServer()
    const proxy = await startProxy({ refuseConnect: 403 })
    const dir = await testdir({ 'paper.md': paper([`${server.origin}/200`]) })
    const result = await run(['audit', 'paper.md', '--json', 'result.json', ...quick], dir, {
      HTTP_PROXY: proxy.origin,
      HTTPS_PROXY: '',
      NO_PROXY: '',
    })
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/interrupted/)
    const json = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'))
    expect(json.incomplete).toBe(false)
    expect(json.links[0]).toMatchObject({ status: 'unverified', reason: 'proxy' })
    expect(proxy.targets).toEqual([`127.0.0.1:${server.port}`])
  })

  it('every request timing out: the network looks unavailable, exit 1, nothing dead', async () => {
    const server = await startScenarioServer()
    const urls = [`${server.origin}/hang`, `${server.origin}/hang?2`]
    const dir = await testdir({ 'paper.md': paper(urls) })
    const result = await run(
      ['audit', 'paper.md', '--json', 'result.json', '--timeout', '300ms', ...quick],
      dir,
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/the network looks unavailable/)
    const json = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'))
    expect(json.network).toEqual({ available: false })
    expect(json.summary.links).toMatchObject({ dead: 0, unverified: 2 })
  })
})

describe('Ctrl-C', () => {
  it('exits 130 after writing the incomplete report, even with nothing dead', async () => {
    const server = await startScenarioServer()
    const dir = await testdir({
      'paper.md': paper([`${server.origin}/200`, `${server.origin}/hang`]),
    })
    const child: ChildProcess = spawn(
      process.execPath,
      [...sourceBin, 'audit', 'paper.md', '--json', 'result.json', '--quiet', ...quick],
      { cwd: dir, env: { ...process.env, GITHUB_STEP_SUMMARY: '' }, stdio: 'ignore' },
    )
    onTestFinished(() => {
      child.kill('SIGKILL')
    })
    // Interrupt once the slow request is in flight.
    while ((server.stats.requests.get('/hang') ?? 0) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    child.kill('SIGINT')
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(130)
    const json = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8'))
    expect(json.incomplete).toBe(true)
    expect(json.summary.links).toMatchObject({ dead: 0, live: 1 })
  })
})

describe('input in bounded time and memory', () => {
  it('a UTF-16 paper with a byte order mark is read', async () => {
    const dir = await testdir()
    const text = 'A claim.¹\r\n\r\n¹ Author, “Title”, https://example.org/a\r\n'
    await writeFile(
      join(dir, 'paper.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    )
    const result = await run(['parse', 'paper.txt', '--json', 'parsed.json', '--quiet'], dir)
    expect(result.code).toBe(0)
    const parsed = JSON.parse(await readFile(join(dir, 'parsed.json'), 'utf8'))
    expect(parsed.footnotes[0].sources[0].url).toBe('https://example.org/a')
  })

  it('5,000 nested block quotes: a warning, not a stack overflow', async () => {
    const dir = await testdir({ 'paper.md': `${'> '.repeat(5000)}Claim.[^1]\n\n[^1]: Note.\n` })
    const result = await run(['parse', 'paper.md', '--json', 'parsed.json', '--quiet'], dir)
    expect(result.code).toBe(0)
    const parsed = JSON.parse(await readFile(join(dir, 'parsed.json'), 'utf8'))
    expect(parsed.problems.map((problem: { kind: string }) => problem.kind)).toContain(
      'markup-simplified',
    )
  })

  it('--max-input: a larger paper is refused before it is read, in one line', async () => {
    const dir = await testdir({ 'paper.md': `Claim.[^1]\n\n[^1]: ${'x'.repeat(4000)}\n` })
    const result = await run(['audit', 'paper.md', '--max-input', '2KiB', ...quick], dir)
    expectOneLine(
      result,
      3,
      /Unexpected paper `paper\.md` of 3\.9 KiB, expected at most 2KiB \(`--max-input`\)/,
    )
  })
})
