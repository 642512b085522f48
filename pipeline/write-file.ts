/**
 * The one writer of files (reports, the JSON result, the annotated paper, the cache).
 *
 * - A regular file, or a path that does not exist yet, is replaced **atomically**: the text goes
 *   to a temporary file beside it, which is then renamed over it (keeping the old file's mode and,
 *   as root, its owner). A reader never sees half a report, and a failed write leaves the old one.
 * - Anything else is **written through** (opened and written, never replaced): a FIFO, a character
 *   device, and every path under `/dev` or `/proc` (`/dev/stdout` → `/proc/self/fd/1`, whatever it
 *   points to). Renaming over those would replace the node itself (as root, `/dev/null`).
 * - A **symbolic link is followed and kept**: its target is replaced atomically at the target's
 *   real path (or written through, by the rules above); a dangling link is written through,
 *   which creates its target.
 * - A directory, a block device or a socket is refused with a {@link WriteError}.
 */
import type { Stats } from 'node:fs'
import { chmod, chown, lstat, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A text to write, whole or in chunks. */
export type Text = string | Iterable<string>

/** How a path is written. */
export type WriteMode = 'atomic' | 'through'

/** Where and how {@link writeOutputFile} writes a path. */
export interface WriteTarget {
  /** `atomic`: temporary file and rename; `through`: open and write in place. */
  mode: WriteMode
  /** The path written: the given one, or a symbolic link's real target for an atomic write. */
  path: string
  /** The file replaced by an atomic write, or `null` for a new file. */
  existing: Stats | null
}

/** A path that cannot be written at all (a directory, a block device, a socket). */
export class WriteError extends Error {
  override name = 'WriteError'
  /** `EISDIR` for a directory, `ENOTSUP` for a block device or a socket. */
  readonly code: 'EISDIR' | 'ENOTSUP'

  constructor(code: 'EISDIR' | 'ENOTSUP', message: string) {
    super(message)
    this.code = code
  }
}

/** `true` for paths under `/dev` or `/proc`: always written through, never renamed over. */
export function isSystemPath(path: string): boolean {
  return /^\/(dev|proc)(\/|$)/.test(path)
}

/** Decide how `path` is written (see the module comment). @throws {WriteError} */
export async function resolveWriteTarget(path: string): Promise<WriteTarget> {
  if (isSystemPath(path)) return { mode: 'through', path, existing: null }
  const info = await lstatOrNull(path)
  if (info === null) return { mode: 'atomic', path, existing: null }
  if (!info.isSymbolicLink()) return classify(info, path)
  let real: string
  try {
    real = await realpath(path)
  } catch (error) {
    // A dangling link: opening it for writing creates its target.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { mode: 'through', path, existing: null }
    }
    throw error
  }
  if (isSystemPath(real)) return { mode: 'through', path, existing: null }
  return classify(await stat(real), real)
}

/**
 * Write `text` to `path`: atomically for a regular or new file, else through (see above). Given
 * chunks, it writes each as it comes, so the whole text is never held at once.
 */
export async function writeOutputFile(path: string, text: Text): Promise<void> {
  const target = await resolveWriteTarget(path)
  const chunks = typeof text === 'string' ? text : batchChunks(text)
  if (target.mode === 'through') {
    // Appending, never truncating: `/dev/stdout` reopens whatever stdout is, and a shell's `>>`
    // (or an output written there before) must not be wiped. For a FIFO, a device or a new file
    // it is the same as writing.
    await writeFile(target.path, chunks, { flag: 'a' })
    return
  }
  await replaceAtomically(target, chunks)
}

/** Characters gathered before a write: one write per small chunk would cost a system call each. */
const batchLength = 64 * 1024

/** Chunks gathered into pieces of about `batchLength` characters (the same text joined). */
export function* batchChunks(chunks: Iterable<string>): Generator<string, void, undefined> {
  let pending: Array<string> = []
  let length = 0
  for (const chunk of chunks) {
    pending.push(chunk)
    length += chunk.length
    if (length >= batchLength) {
      yield pending.join('')
      pending = []
      length = 0
    }
  }
  if (length > 0) yield pending.join('')
}

/** Write a temporary file beside `target.path`, then rename it over the target. */
async function replaceAtomically(target: WriteTarget, text: Text): Promise<void> {
  const directory = dirname(target.path)
  await mkdir(directory, { recursive: true })
  // The global `crypto` (not `node:crypto`, which the CLI would load at start-up for nothing).
  const temporary = join(
    directory,
    `.${basename(target.path)}.${process.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`,
  )
  try {
    await writeFile(temporary, text, { flag: 'wx' })
    if (target.existing) await keepOwnership(temporary, target.existing)
    await rename(temporary, target.path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** Give the new file the old one's mode and (as root) its owner. */
async function keepOwnership(path: string, existing: Stats): Promise<void> {
  await chmod(path, existing.mode & 0o7777)
  if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) {
    await chown(path, existing.uid, existing.gid).catch(() => {})
  }
}

function classify(info: Stats, path: string): WriteTarget {
  if (info.isFile()) return { mode: 'atomic', path, existing: info }
  if (info.isFIFO() || info.isCharacterDevice()) return { mode: 'through', path, existing: null }
  if (info.isDirectory()) {
    throw new WriteError('EISDIR', `\`${path}\` is a directory, expected a file path`)
  }
  const kind = info.isBlockDevice() ? 'a block device' : 'a socket'
  throw new WriteError(
    'ENOTSUP',
    `\`${path}\` is ${kind}, expected a file, a FIFO or a character device`,
  )
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** One sentence on why a write failed: `no space left on device (ENOSPC)`. */
export function describeWriteError(error: unknown): string {
  if (error instanceof WriteError) return error.message
  const code = (error as NodeJS.ErrnoException | null)?.code
  const words: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a parent of the path is a file, not a directory',
    EISDIR: 'it is a directory',
    ENOENT: 'no such file or directory',
    EEXIST: 'a file is in the way',
    ELOOP: 'too many symbolic links',
    EIO: 'input/output error',
    ELOCKED: 'locked by another run for too long',
  }
  if (typeof code === 'string') return `${words[code] ?? 'write failed'} (\`${code}\`)`
  return error instanceof Error ? error.message : String(error)
}

/** A text to write: `target` is a path, or `-` for stdout. */
export interface PendingOutput {
  /** What it is, for messages (`report`, `json`, …). */
  label: string
  /** Path, or `-` for stdout. */
  target: string
  /** The text, whole or in chunks. */
  text: Text
}

/** An output that could not be written, and why. */
export interface OutputFailure {
  /** What it is (`report`, `json`, …). */
  label: string
  /** The path it should have gone to. */
  target: string
  /** Why not, in a few words (`no space left on device (ENOSPC)`). */
  reason: string
}

/**
 * Write every output, each on its own: one that fails does not stop the others. `-` goes to
 * `writeStdout`. Resolves to the failures (none: everything was written).
 */
export async function writeOutputs(
  outputs: ReadonlyArray<PendingOutput>,
  writeStdout: (text: string) => void,
): Promise<Array<OutputFailure>> {
  const failures: Array<OutputFailure> = []
  for (const output of outputs) {
    try {
      if (output.target === '-') {
        for (const chunk of typeof output.text === 'string'
          ? [output.text]
          : batchChunks(output.text))
          writeStdout(chunk)
      } else await writeOutputFile(output.target, output.text)
    } catch (error) {
      failures.push({
        label: output.label,
        target: output.target,
        reason: describeWriteError(error),
      })
    }
  }
  return failures
}
