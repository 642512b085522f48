/**
 * The one place that reads a paper from disk: it turns file-system failures into `InputError`s
 * with one clear line, sniffs PDFs, and hands the bytes to the right parser.
 */
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { annotate, decodeText } from '../annotations/index.ts'
import { packageRoot } from '../sources/check/package-root.ts'
import { InputError } from './errors.ts'
import { defaultMaxInput, defaultMaxPages } from './read-limits.ts'
import { describeSize, formatSize } from './size.ts'
import type { AnnotatedDocument } from './types.ts'

/** A paper to read: a path, or bytes already read (from stdin, say) with the path they go by. */
export type PaperInput = string | { path: string; bytes: Uint8Array }

/** Absolute path of the bundled paper (the one `npm start` audits). */
export const bundledPaper = join(packageRoot, 'papers', 'security-provider.txt')

/** Options for reading a paper. */
export interface ReadPaperOptions {
  /** Password of an encrypted PDF. */
  password?: string | null
  /** Largest file read, in bytes (default 64 MiB): a larger one is refused before it is read. */
  maxInput?: number
  /** Most pages of a PDF (default 2,000): a longer one is refused before its pages are read. */
  maxPages?: number
}

/** Read and annotate a paper (text, Markdown or PDF). Throws `InputError` for unreadable input. */
export async function readPaper(
  input: PaperInput,
  options: Readonly<ReadPaperOptions> = {},
): Promise<AnnotatedDocument> {
  const path = typeof input === 'string' ? input : input.path
  const maxInput = options.maxInput ?? defaultMaxInput
  const bytes = typeof input === 'string' ? await readBytes(input, maxInput) : input.bytes
  if (bytes.length > maxInput) throw tooLarge(path, bytes.length, maxInput)
  if (isPdf(bytes) || extname(path).toLowerCase() === '.pdf') {
    // pdf.js is large: load it only for PDFs.
    const { annotatePdf } = await import('../annotations/pdf/index.ts')
    return annotatePdf(bytes, path, {
      ...(options.password ? { password: options.password } : {}),
      maxPages: options.maxPages ?? defaultMaxPages,
    })
  }
  return annotate(decodeText(bytes, path), { path })
}

/**
 * Read a file's bytes, mapping every file-system failure to an `InputError`; a file larger than
 * `maxInput` bytes is refused before it is read.
 */
export async function readBytes(path: string, maxInput = defaultMaxInput): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      throw new InputError(
        'directory',
        `Cannot read \`${path}\`: it is a directory, expected a paper file`,
      )
    }
    if (info.size > maxInput) throw tooLarge(path, info.size, maxInput)
    // A FIFO or a device has no size to check: it is read up to the limit, and no further.
    return info.isFile() ? new Uint8Array(await readFile(path)) : await readAtMost(path, maxInput)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError('not-found', `Cannot read \`${path}\`: no such file`, { cause: error })
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new InputError('unreadable', `Cannot read \`${path}\`: permission denied`, {
        cause: error,
      })
    }
    if (code === 'EISDIR') {
      throw new InputError(
        'directory',
        `Cannot read \`${path}\`: it is a directory, expected a paper file`,
        { cause: error },
      )
    }
    throw new InputError(
      'unreadable',
      `Cannot read \`${path}\`: ${code ?? (error as Error).message}`,
      { cause: error },
    )
  }
}

/** Read a stream of unknown size (a FIFO, a device), refusing it past `maxInput` bytes. */
function readAtMost(path: string, maxInput: number): Promise<Uint8Array> {
  return readStreamAtMost(createReadStream(path, { highWaterMark: 1024 * 1024 }), path, maxInput)
}

/**
 * Read a stream (stdin, a FIFO) whole, but stop and refuse it (`InputError` `too-large`) as
 * soon as it passes `maxInput` bytes: nothing past the limit is read or kept.
 */
export async function readStreamAtMost(
  stream: AsyncIterable<Uint8Array>,
  name: string,
  maxInput = defaultMaxInput,
): Promise<Uint8Array> {
  const chunks: Array<Uint8Array> = []
  let total = 0
  for await (const chunk of stream) {
    total += chunk.length
    if (total > maxInput) throw tooLarge(name, total, maxInput, 'more than ')
    chunks.push(chunk)
  }
  return new Uint8Array(Buffer.concat(chunks, total))
}

function tooLarge(path: string, size: number, maxInput: number, more = ''): InputError {
  return new InputError(
    'too-large',
    `Unexpected paper \`${path}\` of ${more}${describeSize(size)}, expected at most ${formatSize(maxInput)} (\`--max-input\`)`,
  )
}

function isPdf(bytes: Uint8Array): boolean {
  // `%PDF-` may be preceded by a little junk; readers accept it within the first 1 KiB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes('%PDF-')
}
