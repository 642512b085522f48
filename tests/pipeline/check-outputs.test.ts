/** Output paths are checked before any work, on real files and directories. */
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { checkOutputPaths } from '../../pipeline/check-outputs.ts'
import { InputError } from '../../pipeline/errors.ts'

const root = process.getuid?.() === 0

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'citecheck-outputs-'))
  onTestFinished(() => rm(directory, { recursive: true, force: true }))
  return directory
}

async function refusal(paths: Array<string>): Promise<string> {
  try {
    await checkOutputPaths(paths)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('output')
    return (error as Error).message
  }
  throw new Error('Expected the paths to be refused')
}

describe('checkOutputPaths', () => {
  it('accepts new paths (even in directories to create), existing files, FIFOs and stdout', async () => {
    const directory = await temporaryDirectory()
    await writeFile(join(directory, 'old.md'), 'old')
    execFileSync('mkfifo', [join(directory, 'pipe')])
    await symlink(join(directory, 'old.md'), join(directory, 'link.md'))
    await expect(
      checkOutputPaths([
        '-',
        join(directory, 'new.md'),
        join(directory, 'a', 'b', 'new.json'),
        join(directory, 'old.md'),
        join(directory, 'pipe'),
        join(directory, 'link.md'),
      ]),
    ).resolves.toBeUndefined()
  })

  it('refuses a directory', async () => {
    const directory = await temporaryDirectory()
    expect(await refusal([directory])).toBe(
      `Cannot write \`${directory}\`: it is a directory, expected a file path`,
    )
  })

  it('refuses a path under a file, naming the file', async () => {
    const directory = await temporaryDirectory()
    const file = join(directory, 'paper.md')
    await writeFile(file, 'x')
    expect(await refusal([join(file, 'report.md')])).toBe(
      `Cannot write \`${join(file, 'report.md')}\`: it is under \`${file}\`, which is a file`,
    )
    expect(await refusal([join(file, 'deeper', 'report.md')])).toContain(
      `it is under \`${file}\`, which is a file`,
    )
  })

  it('refuses one file named for two outputs', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'same.md')
    expect(await refusal([path, join(directory, '.', 'same.md')])).toContain(
      'expected one file per output',
    )
  })

  it.skipIf(root)(
    'refuses a read-only directory (not as root: root may write anywhere)',
    async () => {
      const directory = await temporaryDirectory()
      const locked = join(directory, 'locked')
      await mkdir(locked)
      await chmod(locked, 0o500)
      onTestFinished(() => chmod(locked, 0o700))
      expect(await refusal([join(locked, 'report.md')])).toContain('is not writable')
    },
  )

  it.runIf(root)('refuses a block device (root)', async () => {
    const directory = await temporaryDirectory()
    // A private node for a RAM disk (major 1, minor 0); it is never opened.
    const device = join(directory, 'block')
    execFileSync('mknod', [device, 'b', '1', '0'])
    expect(await refusal([device])).toContain('it is a block device')
  })
})
