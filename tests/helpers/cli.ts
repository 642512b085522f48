/**
 * Running the real binary as a user does: `node bin/citecheck.js …` in a temporary working
 * directory (removed when the test finishes), colours off, no GitHub step summary.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { onTestFinished } from 'vitest'
import { binPath, sourceBin } from './source-bin.ts'

/** The binary, run on the TypeScript sources (no build needed): see `source-bin.ts`. */
export const bin = binPath

/** What a run gave. */
export interface Run {
  /** Exit code. */
  code: number
  /** Everything written to stdout. */
  stdout: string
  /** Everything written to stderr. */
  stderr: string
}

/** Run the binary with `args` in `cwd`; `env` is added to this process's environment. */
export function run(
  args: ReadonlyArray<string>,
  cwd: string,
  env: Record<string, string> = {},
  stdin?: string | Uint8Array,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...sourceBin, ...args],
      {
        cwd,
        env: {
          ...process.env,
          GITHUB_STEP_SUMMARY: '',
          GITHUB_ACTIONS: '',
          CI: '',
          NO_COLOR: '1',
          ...env,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
    child.stdin?.end(stdin)
  })
}

/** A temporary directory holding `files` (paths may have directories), removed after the test. */
export async function testdir(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'citecheck-cli-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), content)
  }
  return dir
}
