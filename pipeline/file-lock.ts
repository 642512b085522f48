/**
 * An advisory lock file, so that runs sharing one file (the verdict cache) take turns to
 * read-merge-write it. The lock is created with `O_EXCL` (only one creator wins), holds the
 * holder's pid, host and a nonce, and is removed by its holder. A lock left behind by a run that
 * died is broken: its pid is gone (same host) or it is older than `staleAfter`.
 */
import { randomUUID } from 'node:crypto'
import { open, readFile, rm, stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import { setTimeout as delay } from 'node:timers/promises'

/** Options of {@link withFileLock}. */
export interface LockOptions {
  /** Age in milliseconds after which a lock is taken for abandoned (default 10 s). */
  staleAfter?: number
  /** Longest wait for the lock in milliseconds before giving up (default 30 s). */
  wait?: number
}

/** What a lock file holds. */
interface LockContent {
  /** Process holding it. */
  pid: number
  /** Host it runs on (a pid means nothing on another host). */
  host: string
  /** Unique per acquisition, so a holder removes only its own lock. */
  nonce: string
}

/** The lock could not be had within `wait`. */
export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError'
  /** Stable code for callers. */
  readonly code = 'ELOCKED'
}

/**
 * Run `task` while holding the lock file `lockPath`, then remove it.
 *
 * @throws {LockTimeoutError} when a live holder keeps it longer than `wait`; file-system errors
 *   (a directory that cannot be written) as they are.
 */
export async function withFileLock<T>(
  lockPath: string,
  task: () => Promise<T>,
  options: Readonly<LockOptions> = {},
): Promise<T> {
  const staleAfter = options.staleAfter ?? 10_000
  const deadline = Date.now() + (options.wait ?? 30_000)
  const mine: LockContent = { pid: process.pid, host: hostname(), nonce: randomUUID() }
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lockPath, mine)) break
    const held = await readLock(lockPath)
    if (held === undefined) continue
    if (await isStale(lockPath, held, staleAfter)) {
      // Remove it only if it is still the abandoned one we looked at.
      if (sameLock(await readLock(lockPath), held)) await rm(lockPath, { force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new LockTimeoutError(`\`${lockPath}\` is held by another run (pid ${held?.pid ?? '?'})`)
    }
    await delay(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random()))
  }
  try {
    return await task()
  } finally {
    if (sameLock(await readLock(lockPath), mine)) await rm(lockPath, { force: true })
  }
}

/** Create the lock file; `false` when it exists already. */
async function tryCreate(lockPath: string, content: LockContent): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(lockPath, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(JSON.stringify(content))
  } finally {
    await handle.close()
  }
  return true
}

/**
 * The lock's content: `undefined` when there is no lock any more, `null` when it cannot be read
 * as a lock (being written, or foreign).
 */
async function readLock(lockPath: string): Promise<LockContent | null | undefined> {
  let text: string
  try {
    text = await readFile(lockPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    return null
  }
  try {
    const data = JSON.parse(text) as Partial<LockContent>
    if (
      typeof data.pid === 'number' &&
      typeof data.host === 'string' &&
      typeof data.nonce === 'string'
    ) {
      return { pid: data.pid, host: data.host, nonce: data.nonce }
    }
  } catch {
    // Half-written or not ours: judged by its age alone.
  }
  return null
}

/** A lock is abandoned when its holder is gone (same host) or it is older than `staleAfter`. */
async function isStale(
  lockPath: string,
  held: LockContent | null,
  staleAfter: number,
): Promise<boolean> {
  if (held !== null && held.host === hostname() && !isAlive(held.pid)) return true
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > staleAfter
  } catch {
    return false
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function sameLock(a: LockContent | null | undefined, b: LockContent | null | undefined): boolean {
  if (a === undefined || b === undefined) return false
  if (a === null || b === null) return a === b
  return a.nonce === b.nonce
}
