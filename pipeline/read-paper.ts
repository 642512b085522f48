/**
 * The one place that reads a paper from disk: it turns file-system failures into `InputError`s
 * with one clear line, sniffs PDFs, and hands the bytes to the right parser.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { annotate, decodeText } from '../annotations/index.ts'
import { packageRoot } from '../sources/check/package-root.ts'
import { InputError } from './errors.ts'
import type { AnnotatedDocument } from './types.ts'

/** A paper to read: a path, or bytes already read (from stdin, say) with the path they go by. */
export type PaperInput = string | { path: string; bytes: Uint8Array }

/** Absolute path of the bundled paper (the one `npm start` audits). */
export const bundledPaper = join(packageRoot, 'papers', 'security-provider.txt')

/** Papers larger than this are refused rather than read into memory (256 MiB). */
export const maxPaperBytes = 256 * 1024 * 1024

/** Options for reading a paper. */
export interface ReadPaperOptions {
  /** Password of an encrypted PDF. */
  password?: string | null
}

/** Read and annotate a paper (text, Markdown or PDF). Throws `InputError` for unreadable input. */
export async function readPaper(
  input: PaperInput,
  options: Readonly<ReadPaperOptions> = {},
): Promise<AnnotatedDocument> {
  const path = typeof input === 'string' ? input : input.path
  const bytes = typeof input === 'string' ? await readBytes(input) : input.bytes
  if (isPdf(bytes) || extname(path).toLowerCase() === '.pdf') {
    // pdf.js is large: load it only for PDFs.
    const { annotatePdf } = await import('../annotations/pdf/index.ts')
    return annotatePdf(bytes, path, options.password ? { password: options.password } : {})
  }
  return annotate(decodeText(bytes, path), { path })
}

/** Read a file's bytes, mapping every file-system failure to an `InputError`. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      throw new InputError(
        'directory',
        `Cannot read \`${path}\`: it is a directory, expected a paper file`,
      )
    }
    if (info.size > maxPaperBytes) {
      throw new InputError(
        'too-large',
        `Cannot read \`${path}\`: ${info.size} bytes is more than a paper (at most ${maxPaperBytes})`,
      )
    }
    return new Uint8Array(await readFile(path))
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

function isPdf(bytes: Uint8Array): boolean {
  // `%PDF-` may be preceded by a little junk; readers accept it within the first 1 KiB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes('%PDF-')
}
