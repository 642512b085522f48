/**
 * Check, before any network work, that every output path can be written: it exists and is
 * writable, or it can be created. A run that would end with nowhere to put its report stops at
 * once with one line (`InputError` `output`, exit code 3) instead of after the whole audit.
 */
import { constants } from 'node:fs'
import { access, realpath, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { InputError } from './errors.ts'
import { isSystemPath, resolveWriteTarget, WriteError } from './write-file.ts'

/**
 * Check every output path (`-`, stdout, is skipped); with `papers`, none may be one of them.
 *
 * @throws {InputError} `output`, naming the first path that cannot be written and why: a
 *   directory, a path under a file, a read-only file or directory, a block device, or the same
 *   file named for two outputs, or one of `papers`.
 */
export async function checkOutputPaths(
  paths: ReadonlyArray<string>,
  options: Readonly<{ papers?: ReadonlyArray<string> }> = {},
): Promise<void> {
  const seen = new Map<string, string>()
  const papers = new Map<string, string>()
  for (const paper of options.papers ?? []) papers.set(await realOrResolved(paper), paper)
  for (const path of paths) {
    if (path === '-') continue
    const paper = papers.get(await realOrResolved(path))
    if (paper !== undefined) {
      throw new InputError(
        'output',
        `Cannot write \`${path}\`: it is the paper \`${paper}\` being audited (\`--repair\` writes a paper back)`,
      )
    }
    const why = await findWriteProblem(path)
    if (why !== null) throw new InputError('output', `Cannot write \`${path}\`: ${why}`)
    const key = resolve(path)
    const earlier = seen.get(key)
    if (earlier !== undefined && !isSystemPath(key)) {
      throw new InputError(
        'output',
        `Unexpected \`${path}\` for two outputs (also \`${earlier}\`), expected one file per output`,
      )
    }
    seen.set(key, path)
  }
}

/** The real path of an existing file (symbolic links followed), else the absolute path. */
async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    return resolve(path)
  }
}

/** Why `path` cannot be written, or `null` when it can. */
async function findWriteProblem(path: string): Promise<string | null> {
  let target: Awaited<ReturnType<typeof resolveWriteTarget>>
  try {
    target = await resolveWriteTarget(path)
  } catch (error) {
    if (error instanceof WriteError) return error.message.replace(/^`[^`]*` is/, 'it is')
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return checkCreatable(path)
    return describeAccessError(error, path)
  }
  if (target.mode === 'through') {
    if (target.existing === null && !isSystemPath(target.path)) return checkCreatable(target.path)
    return checkAccess(target.path, constants.W_OK, 'it is not writable')
  }
  if (target.existing !== null) {
    const file = await checkAccess(target.path, constants.W_OK, 'the file is read-only')
    if (file !== null) return file
  }
  return checkCreatable(target.path)
}

/** Why a file cannot be created at `path` (its nearest existing ancestor decides), or `null`. */
async function checkCreatable(path: string): Promise<string | null> {
  let directory = dirname(resolve(path))
  for (;;) {
    try {
      const info = await stat(directory)
      if (!info.isDirectory()) return `it is under \`${directory}\`, which is a file`
      return checkAccess(
        directory,
        constants.W_OK | constants.X_OK,
        `the directory \`${directory}\` is not writable`,
      )
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOTDIR') {
        directory = dirname(directory)
        continue
      }
      if (code !== 'ENOENT') return describeAccessError(error, directory)
      const parent = dirname(directory)
      if (parent === directory) return 'no existing directory to create it in'
      directory = parent
    }
  }
}

async function checkAccess(path: string, mode: number, why: string): Promise<string | null> {
  try {
    await access(path, mode)
    return null
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? why
      : describeAccessError(error, path)
  }
}

function describeAccessError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOTDIR') return 'a parent of the path is a file, not a directory'
  if (code === 'EACCES' || code === 'EPERM') return `permission denied on \`${path}\``
  if (code === 'ELOOP') return 'too many symbolic links'
  return `\`${code ?? (error as Error).message}\``
}
