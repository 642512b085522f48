/**
 * The package as a user gets it (slow: it builds, packs and installs from the npm registry).
 * `npm pack` (which builds `dist/` through `prepare`), then `npm install <tarball>` in an empty
 * folder; then the installed CLI, a plain `.mjs` import and a strict TypeScript consumer must
 * all work, with nothing compiled at run time.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import * as api from '../pipeline/index.ts'
import { htmlPage, startServer } from './helpers/pages.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const tsc = require.resolve('typescript/bin/tsc')
const nodeTypesVersion = (require('@types/node/package.json') as { version: string }).version

/** Minutes, not seconds: packing builds, and installing reads the registry on a busy machine. */
const slow = 600_000

interface Run {
  code: number
  stdout: string
  stderr: string
}

/**
 * Run a command in `cwd`. The variables `npm run` exports (`npm_*`) are dropped, so an npm
 * started here reads its own folder's settings, not those of the `npm test` around it.
 */
function run(command: string, args: Array<string>, cwd: string): Promise<Run> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  )
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env, timeout: slow, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** `run`, failing with its output when the command fails. */
async function mustRun(command: string, args: Array<string>, cwd: string): Promise<string> {
  const result = await run(command, args, cwd)
  if (result.code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited ${result.code}:\n${result.stderr}`)
  }
  return result.stdout
}

let folder = ''
let app = ''
let packed: Array<string> = []

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'citecheck-package-'))
  app = join(folder, 'app')
  const report = JSON.parse(
    await mustRun('npm', ['pack', '--json', '--pack-destination', folder], root),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>
  const [tarball] = report
  if (!tarball) throw new Error('Unexpected empty `npm pack --json` report, expected one tarball')
  packed = tarball.files.map((file) => file.path)
  await mkdir(app)
  await writeFile(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`,
  )
  // A TypeScript consumer on Node has Node's types, as citecheck's own types need (undici's too).
  await mustRun(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      join(folder, tarball.filename),
      `@types/node@${nodeTypesVersion}`,
    ],
    app,
  )
}, slow)

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

describe('the packed package', { timeout: slow }, () => {
  it('ships the build, the CLI, the bundled paper and the docs, and no tests or tooling', () => {
    for (const path of [
      'package.json',
      'LICENSE',
      'README.md',
      'reports/SCHEMA.md',
      'bin/citecheck.js',
      'papers/security-provider.txt',
      'dist/pipeline/index.js',
      'dist/pipeline/index.d.ts',
      'dist/cli/cli.js',
      'dist/cli/support-worker.js',
      'dist/sources/evidence/support-worker.js',
    ]) {
      expect(packed, path).toContain(path)
    }
    const unwanted = packed.filter(
      (path) =>
        /^(tests|bench|\.ci|node_modules|out)\//.test(path) ||
        (path.endsWith('.ts') && !path.endsWith('.d.ts')) ||
        path.startsWith('tsconfig') ||
        path === 'package-lock.json',
    )
    expect(unwanted).toEqual([])
  })

  it('runs the installed CLI: --version, and parse on a small paper', async () => {
    const version = await run('npx', ['--no', '--', 'citecheck', '--version'], app)
    expect(version).toMatchObject({ code: 0, stdout: `citecheck ${packageJson.version}\n` })

    await writeFile(
      join(app, 'paper.md'),
      'The sky is blue.[^1] Water is wet.[^2]\n\n[^1]: A. Author, "Sky", 2020. <https://example.org/sky>\n[^2]: B. Author, *Water*, 2019.\n',
    )
    const parse = await run('npx', ['--no', '--', 'citecheck', 'parse', 'paper.md'], app)
    expect(parse.code).toBe(0)
    const data = JSON.parse(parse.stdout)
    expect(data.claims.map((claim: { text: string }) => claim.text)).toEqual([
      'The sky is blue.',
      'Water is wet.',
    ])
    expect(data.footnotes[0].sources[0].url).toBe('https://example.org/sky')

    const bare = await run('npx', ['--no', '--', 'citecheck'], app)
    expect(bare.code).toBe(3)
    expect(bare.stderr).toContain('Usage:')
  })

  it('audits against a loopback page: the claim is scored, in the support thread it ships', async () => {
    const server = await startServer({
      '/harbour': {
        body: htmlPage(
          'Port news',
          '<p>The port authority said the harbour of Trabzon handled 4,200 ships in 2021.</p>',
        ),
      },
    })
    await writeFile(
      join(app, 'harbour.md'),
      `The harbour of Trabzon handled 4,200 ships in 2021.[^1]\n\n[^1]: Port authority, “Port news”, <${server.url}/harbour>.\n`,
    )
    const audit = await run(
      'npx',
      [
        '--no',
        '--',
        'citecheck',
        'audit',
        'harbour.md',
        '--allow-private',
        '--no-cache',
        '--json',
        'harbour.json',
        '--out',
        'harbour-report.md',
        '--quiet',
      ],
      app,
    )
    expect(audit.stderr).toBe('')
    expect(audit.code).toBe(0)
    const result = JSON.parse(await readFile(join(app, 'harbour.json'), 'utf8'))
    expect(result.claims[0].support).toMatchObject({ level: 'supported' })

    // The library's own thread module, as installed (a missing module would reject here,
    // where the audit above would quietly score in the main thread).
    const thread = join(app, 'node_modules/citecheck/dist/sources/evidence/support-thread.js')
    await writeFile(
      join(app, 'thread.mjs'),
      [
        `const { startSupportThread } = await import(${JSON.stringify(pathToFileURL(thread).href)})`,
        'const thread = startSupportThread()',
        "const page = { body: '<p>The harbour of Trabzon handled 4,200 ships in 2021.</p>', contentType: 'text/html', headers: {}, truncated: false }",
        "const result = await thread.score(page, [{ key: 'k', text: 'The harbour of Trabzon handled 4,200 ships in 2021.', locator: null }])",
        'await thread.close()',
        "console.log(result.claims.get('k').level)",
        '',
      ].join('\n'),
    )
    const scored = await run(process.execPath, ['thread.mjs'], app)
    expect(scored).toMatchObject({ code: 0, stdout: 'supported\n' })
  })

  it('imports from a plain .mjs (and requires from CommonJS): the same API as the sources', async () => {
    await writeFile(join(app, 'print.md'), 'A claim.[^1]\n\n[^1]: A. Author, *A book*, 2001.\n')
    await writeFile(
      join(app, 'use.mjs'),
      [
        "import * as citecheck from 'citecheck'",
        'const { auditPaper, bundledPaper, readPaper, renderJson } = citecheck',
        'const document = await readPaper(bundledPaper)',
        "const result = await auditPaper('print.md', { evidence: false })",
        'const json = JSON.parse(renderJson(result))',
        'console.log(JSON.stringify({ names: Object.keys(citecheck).sort(), footnotes: document.footnotes.length, claims: json.claims.map((claim) => claim.status) }))',
        '',
      ].join('\n'),
    )
    const result = await run(process.execPath, ['use.mjs'], app)
    expect(result.stderr).toBe('')
    const output = JSON.parse(result.stdout)
    expect(output.names).toEqual(Object.keys(api).sort())
    expect(output.footnotes).toBe(124)
    expect(output.claims).toEqual(['missing'])

    // CommonJS too, through Node's `require` of ES modules (Node 20.19 and later).
    const required = await run(
      process.execPath,
      ['-e', "console.log(Object.keys(require('citecheck')).sort().join(' '))"],
      app,
    )
    expect(required.stdout.trim()).toBe(Object.keys(api).sort().join(' '))
  })

  it('type-checks a strict TypeScript consumer with zero errors, and its types are real', async () => {
    await writeFile(
      join(app, 'tsconfig.json'),
      `${JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
        },
        files: ['consumer.ts'],
      })}\n`,
    )
    const consumer = [
      "import { type AuditOptions, type AuditResult, type LinkCheck, auditPaper, checkLinks, InputError, renderMarkdown } from 'citecheck'",
      'const options: AuditOptions = { check: { concurrency: 4, timeout: 5000 }, evidence: false }',
      "const result: AuditResult = await auditPaper('paper.md', options)",
      'const report: string = renderMarkdown(result)',
      "const run = await checkLinks(['https://example.org/'], { allowPrivate: false })",
      'const first: LinkCheck | undefined = run.checks[0]',
      'console.log(report.length, first?.status, result.summary.links.dead, InputError.name)',
      '',
    ].join('\n')
    await writeFile(join(app, 'consumer.ts'), consumer)
    const clean = await run(process.execPath, [tsc, '-p', '.'], app)
    expect(clean.stdout + clean.stderr).toBe('')
    expect(clean.code).toBe(0)

    // The same consumer with two mistakes: the types must catch both (they are not `any`).
    await writeFile(
      join(app, 'consumer.ts'),
      `${consumer}const wrong: number = result.summary\nawait auditPaper(42)\n`,
    )
    const caught = await run(process.execPath, [tsc, '-p', '.'], app)
    expect(caught.code).not.toBe(0)
    const line = consumer.split('\n').length // the first line added
    expect(caught.stdout).toContain(`consumer.ts(${line},7): error TS2322`)
    expect(caught.stdout).toContain(`consumer.ts(${line + 1},18): error TS2345`)
  })
})
