/** Papers past the input limits are refused before they are read: real files, a FIFO, a PDF. */
import { execFileSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { InputError } from '../../pipeline/errors.ts'
import { readPaper } from '../../pipeline/read-paper.ts'
import { parseSize } from '../../pipeline/size.ts'
import { makePdf } from '../helpers/make-pdf.ts'

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'citecheck-read-'))
  onTestFinished(() => rm(directory, { recursive: true, force: true }))
  return directory
}

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => new Error('Expected a refusal'),
    (error: unknown) => error,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('--max-input', () => {
  it('refuses a file larger than the limit, naming both sizes', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'big.md')
    await writeFile(path, `Claim.[^1]\n\n[^1]: ${'x'.repeat(3000)}\n`)
    const error = await refusal(readPaper(path, { maxInput: 2048 }))
    expect(error.code).toBe('too-large')
    expect(error.message).toBe(
      `Unexpected paper \`${path}\` of 2.9 KiB, expected at most 2KiB (\`--max-input\`)`,
    )
    await expect(readPaper(path, { maxInput: 4096 })).resolves.toMatchObject({ footnotes: [{}] })
  })

  it('stops reading a FIFO at the limit instead of reading it all', async () => {
    const directory = await temporaryDirectory()
    const fifo = join(directory, 'paper.md')
    execFileSync('mkfifo', [fifo])
    // A writer that would go on for 64 MiB; the reader stops after 1 MiB.
    const writer = createWriteStream(fifo)
    writer.on('error', () => {})
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let written = 0
    const pump = () => {
      while (written < 64 * 1024 * 1024) {
        written += chunk.length
        if (!writer.write(chunk)) return void writer.once('drain', pump)
      }
      writer.end()
    }
    pump()
    const error = await refusal(readPaper(fifo, { maxInput: parseSize('1MiB') }))
    writer.destroy()
    expect(error.code).toBe('too-large')
    expect(error.message).toContain('of more than')
    expect(written).toBeLessThan(64 * 1024 * 1024)
  })

  it('applies to bytes handed over already', async () => {
    const bytes = new TextEncoder().encode('x'.repeat(100))
    const error = await refusal(readPaper({ path: 'stdin.md', bytes }, { maxInput: 10 }))
    expect(error.code).toBe('too-large')
  })
})

describe('--max-pages', () => {
  it('refuses a PDF with more pages than the limit before reading them', async () => {
    const pages = Array.from({ length: 3 }, (_, index) => ({ body: [`Page ${index + 1} text.`] }))
    const bytes = await makePdf(pages)
    const error = await refusal(readPaper({ path: 'long.pdf', bytes }, { maxPages: 2 }))
    expect(error.code).toBe('too-large')
    expect(error.message).toBe('Unexpected PDF of 3 pages, expected at most 2 (`--max-pages`)')
    await expect(readPaper({ path: 'long.pdf', bytes }, { maxPages: 3 })).resolves.toBeTruthy()
  })
})

describe('sizes', () => {
  it.each([
    ['512', 512],
    ['2KiB', 2048],
    ['64MiB', 64 * 1024 * 1024],
    ['1.5 MB', 1_500_000],
    ['1gib', 1024 ** 3],
  ])('%s is %i bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes)
  })

  it('refuses what is not a size', () => {
    expect(() => parseSize('big')).toThrow('Expected a size such as `512KiB`')
  })
})
