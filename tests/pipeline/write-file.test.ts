/**
 * The one writer, on real files: regular files are replaced atomically, FIFOs and character
 * devices are written through (never replaced), symbolic links are followed and kept.
 * Device nodes are made with `mknod` in a temporary directory (root only, as in CI); no test
 * writes to a system device.
 */
import { execFileSync } from 'node:child_process'
import { createReadStream } from 'node:fs'
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { writeOutputFile, writeOutputs } from '../../pipeline/write-file.ts'

const root = process.getuid?.() === 0

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'citecheck-write-'))
  onTestFinished(() => rm(directory, { recursive: true, force: true }))
  return directory
}

/** Make a FIFO and start reading it; resolves to everything written to it. */
function readFifo(path: string): Promise<string> {
  execFileSync('mkfifo', [path])
  return new Promise((resolve, reject) => {
    let text = ''
    createReadStream(path, 'utf8')
      .on('data', (chunk) => {
        text += chunk
      })
      .on('end', () => resolve(text))
      .on('error', reject)
  })
}

describe('writeOutputFile', () => {
  it('replaces a regular file atomically, keeping its mode, and leaves no temporary file', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'report.md')
    await writeFile(path, 'old')
    await chmod(path, 0o640)
    await writeOutputFile(path, 'new')
    expect(await readFile(path, 'utf8')).toBe('new')
    expect((await stat(path)).mode & 0o777).toBe(0o640)
    expect(await readdir(directory)).toEqual(['report.md'])
  })

  it('creates a new file and its directories', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'a', 'b', 'report.md')
    await writeOutputFile(path, 'text')
    expect(await readFile(path, 'utf8')).toBe('text')
  })

  it('writes through a FIFO: the reader gets the text and the FIFO stays a FIFO', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'pipe')
    const received = readFifo(path)
    await writeOutputFile(path, '# Report\n')
    expect(await received).toBe('# Report\n')
    expect((await lstat(path)).isFIFO()).toBe(true)
    expect(await readdir(directory)).toEqual(['pipe'])
  })

  it('follows a symbolic link and keeps it: the target is replaced, the link stays', async () => {
    const directory = await temporaryDirectory()
    await mkdir(join(directory, 'real'))
    const target = join(directory, 'real', 'report.md')
    await writeFile(target, 'old')
    const link = join(directory, 'link.md')
    await symlink(target, link)
    await writeOutputFile(link, 'new')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readlink(link)).toBe(target)
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(join(directory, 'real'))).toEqual(['report.md'])
  })

  it('writes through a symbolic link to a FIFO', async () => {
    const directory = await temporaryDirectory()
    const fifo = join(directory, 'pipe')
    const received = readFifo(fifo)
    const link = join(directory, 'out.md')
    await symlink(fifo, link)
    await writeOutputFile(link, 'through the link')
    expect(await received).toBe('through the link')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect((await lstat(fifo)).isFIFO()).toBe(true)
  })

  it('creates the target of a dangling symbolic link', async () => {
    const directory = await temporaryDirectory()
    const link = join(directory, 'out.md')
    await symlink(join(directory, 'made.md'), link)
    await writeOutputFile(link, 'made')
    expect(await readFile(join(directory, 'made.md'), 'utf8')).toBe('made')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
  })

  it('refuses a directory', async () => {
    const directory = await temporaryDirectory()
    await expect(writeOutputFile(directory, 'x')).rejects.toMatchObject({ code: 'EISDIR' })
  })

  it.runIf(root)('writes through a character device, which stays a device (root)', async () => {
    const directory = await temporaryDirectory()
    // A private node for the null device (major 1, minor 3), in the temporary directory.
    const device = join(directory, 'null')
    execFileSync('mknod', [device, 'c', '1', '3'])
    await writeOutputFile(device, 'discarded')
    expect((await lstat(device)).isCharacterDevice()).toBe(true)
    expect(await readdir(directory)).toEqual(['null'])
  })

  it.runIf(root)('a full device fails the write, loudly (root)', async () => {
    const directory = await temporaryDirectory()
    // A private node for the full device (major 1, minor 7): every write fails with ENOSPC.
    const device = join(directory, 'full')
    execFileSync('mknod', [device, 'c', '1', '7'])
    await expect(writeOutputFile(device, 'text')).rejects.toMatchObject({ code: 'ENOSPC' })
    expect((await lstat(device)).isCharacterDevice()).toBe(true)
  })
})

describe('writeOutputs', () => {
  it('writes every output it can, and names the ones it cannot', async () => {
    const directory = await temporaryDirectory()
    await writeFile(join(directory, 'file'), 'a file')
    const stdout: Array<string> = []
    const failures = await writeOutputs(
      [
        { label: 'report', target: join(directory, 'file', 'report.md'), text: 'report' },
        { label: 'json', target: join(directory, 'result.json'), text: '{}' },
        { label: 'annotated', target: '-', text: 'annotated' },
      ],
      (text) => stdout.push(text),
    )
    expect(failures).toEqual([
      {
        label: 'report',
        target: join(directory, 'file', 'report.md'),
        reason: expect.stringContaining('`ENOTDIR`'),
      },
    ])
    expect(await readFile(join(directory, 'result.json'), 'utf8')).toBe('{}')
    expect(stdout).toEqual(['annotated'])
  })
})
