/**
 * The GitHub Action's audit step (`action/run.sh`), run with bash as the runner runs it: the
 * environment GitHub sets (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP, INPUT_*), the real
 * CLI, and papers citing a real server on loopback.
 */

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { XMLValidator } from 'fast-xml-parser'
import type { Log } from 'sarif'
import { describe, expect, it, onTestFinished } from 'vitest'
import { validateSarif } from './helpers/sarif-schema.ts'
import { startServer } from './helpers/server.ts'
import { lineStarting } from './reports/fixtures/papers.ts'

const script = fileURLToPath(new URL('../action/run.sh', import.meta.url))
const bin = fileURLToPath(new URL('../bin/citecheck.js', import.meta.url))

/** What one run of the step left behind. */
interface StepRun {
  code: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
}

/** A fresh workspace with a runner temp directory, removed when the test finishes. */
async function createWorkspace(files: Record<string, string> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'citecheck-action-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  const workspace = join(root, 'workspace')
  const runnerTemp = join(root, 'runner-temp')
  await mkdir(runnerTemp, { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, name)), { recursive: true })
    await writeFile(join(workspace, name), content)
  }
  await mkdir(workspace, { recursive: true })
  return { root, workspace, runnerTemp }
}

/** Run the step in `workspace` with these inputs, as GitHub would. */
async function runStep(
  place: { root: string; workspace: string; runnerTemp: string },
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<StepRun> {
  const summaryFile = join(place.root, 'step-summary.md')
  const outputFile = join(place.root, 'github-output.txt')
  await writeFile(summaryFile, '')
  await writeFile(outputFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name}`, value]),
  )
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'bash',
      [script],
      {
        cwd: place.workspace,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: place.root,
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: place.workspace,
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_OUTPUT: outputFile,
          RUNNER_TEMP: place.runnerTemp,
          NO_COLOR: '1',
          CITECHECK_BIN: bin,
          CITECHECK_NODE: process.execPath,
          ...inputEnv,
          ...env,
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
  const outputs = Object.fromEntries(
    (await readFile(outputFile, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
  return { ...result, summary: await readFile(summaryFile, 'utf8'), outputs }
}

describe('action/run.sh: refusing bad inputs before running anything', () => {
  it.each([
    [{ FAIL_ON: 'sometimes' }, {}, /Unexpected fail-on `sometimes`/],
    [{ ARGS: '--exclude "unclosed' }, {}, /Unexpected quote in args/],
    [{ PAPERS: "'unclosed.md" }, {}, /Unexpected quote in papers/],
    [{ PAPERS: '  \n ' }, {}, /Unexpected empty papers/],
    [{ BASELINE: 'nowhere.json' }, {}, /Unexpected baseline `nowhere\.json`/],
    [{}, { CITECHECK_BIN: '' }, /Unexpected empty CITECHECK_BIN/],
  ])('exits 3 with a workflow error for %j %j', async (inputs, env, message) => {
    const place = await createWorkspace()
    const step = await runStep(place, inputs, env)
    expect(step.code).toBe(3)
    expect(step.stdout).toMatch(/^::error title=citecheck::/m)
    expect(step.stdout).toMatch(message)
    expect(existsSync(join(place.workspace, 'citecheck-report'))).toBe(false)
    expect(step.outputs).toEqual({})
  })
})

describe('action.yml', () => {
  it('passes every input the step reads, and the step reads every input it is given', async () => {
    const action = await readFile(fileURLToPath(new URL('../action.yml', import.meta.url)), 'utf8')
    const step = await readFile(script, 'utf8')
    const block = action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:'))
    const inputs = [...block.matchAll(/^ {2}([a-z-]+):\n {4}description:/gm)].map(
      (match) => match[1],
    )
    expect(inputs).toEqual([
      'papers',
      'fail-on',
      'args',
      'node-version',
      'out-dir',
      'baseline',
      'artifact-name',
    ])
    const passed = [...action.matchAll(/^ {8}(INPUT_[A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}$/gm)]
    for (const [, variable, input] of passed) {
      expect(variable).toBe(`INPUT_${input?.toUpperCase().replaceAll('-', '_')}`)
    }
    const read = new Set([...step.matchAll(/\$\{(INPUT_[A-Z_]+)/g)].map((match) => match[1]))
    expect(new Set(passed.map((match) => match[1]))).toEqual(read)
  })

  it('runs a hook whose flags the CLI knows', async () => {
    const hooks = await readFile(
      fileURLToPath(new URL('../.pre-commit-hooks.yaml', import.meta.url)),
      'utf8',
    )
    const entry = /^ {2}entry: (.*)$/m.exec(hooks)?.[1] ?? ''
    expect(entry.startsWith('citecheck audit ')).toBe(true)
    for (const flag of entry.split(' ').filter((word) => word.startsWith('--'))) {
      expect(help).toContain(`${flag} `)
    }
  })
})

/** `--help` of the CLI, to check the flags the hook and the step pass. */
const help = await new Promise<string>((resolve) => {
  execFile(process.execPath, [bin, '--help'], { timeout: 60_000 }, (_error, stdout) =>
    resolve(stdout),
  )
})
// The run starts the binary twice: a generous timeout for a loaded machine.
describe('action/run.sh: a run over loopback papers', { timeout: 120_000 }, () => {
  it('writes every output, follows fail-on and keeps the result as the next baseline', async () => {
    const server = await startServer((request, response) => {
      if (request.url === '/ok') response.end('<title>Fine</title>')
      else if (request.url === '/gone') response.writeHead(410).end()
      else response.writeHead(404).end()
    })
    const floods = `# Floods\n\nThe river rose.[^1] The bridge fell.[^2]\n\n[^1]: <${server.origin}/ok>\n[^2]: <${server.origin}/gone>\n`
    const place = await createWorkspace({
      'papers/floods paper.md': floods,
      'papers/second.md': `# Second\n\nIt rained.[^1]\n\n[^1]: <${server.origin}/gone>\n`,
    })
    const inputs = {
      PAPERS: '"papers/floods paper.md"\npapers/second.md',
      ARGS: '--allow-private --no-evidence --host-interval 0',
    }

    const first = await runStep(place, { ...inputs, FAIL_ON: 'dead' })
    expect(first.code, first.stderr).toBe(2)
    expect(server.stats.requests.get('/gone')).toBe(1)
    const out = join(place.workspace, 'citecheck-report')
    expect(first.outputs).toEqual({
      'exit-code': '2',
      'report-dir': 'citecheck-report',
      json: 'citecheck-report/citecheck.json',
      sarif: 'citecheck-report/citecheck.sarif',
      junit: 'citecheck-report/citecheck.junit.xml',
    })
    JSON.parse(await readFile(join(out, 'citecheck.json'), 'utf8'))
    const sarif = JSON.parse(await readFile(join(out, 'citecheck.sarif'), 'utf8')) as Log
    expect(validateSarif(sarif)).toEqual([])
    const gone = sarif.runs[0]?.results?.find((result) => result.ruleId === 'gone')
    expect(gone?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'papers/floods%20paper.md',
    )
    expect(gone?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(
      lineStarting(floods, '[^2]:'),
    )
    expect(XMLValidator.validate(await readFile(join(out, 'citecheck.junit.xml'), 'utf8'))).toBe(
      true,
    )
    expect((await readdir(out)).filter((name) => name.endsWith('.md')).length).toBeGreaterThan(0)
    expect(first.summary).toContain('**citecheck** exited with 2')
    const state = join(place.runnerTemp, 'citecheck-state')
    expect(existsSync(join(state, 'baseline.json'))).toBe(true)
    expect(existsSync(join(state, 'cache.json'))).toBe(true)

    const second = await runStep(place, { ...inputs, FAIL_ON: 'new-dead' })
    expect(second.code, second.stderr).toBe(0)
    expect(second.stdout).toContain(`--baseline ${join(state, 'baseline.json')}`)
    expect(second.summary).toContain('compared with the previous result')

    const third = await runStep(place, { ...inputs, FAIL_ON: 'none' })
    expect(third.code, third.stderr).toBe(0)
    expect(third.outputs['exit-code']).toBe('0')
  })
})
