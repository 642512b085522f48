/**
 * The verdict cache on disk. The cache is never the reason a run is lost: a missing file is an
 * empty cache, a corrupt one a warning and a fresh start, and a file that cannot be read or
 * written (a directory, permission denied, no space left) a `cache-unusable` warning while the
 * audit goes on. Runs sharing one cache merge instead of overwriting each other: the save takes
 * a lock file beside the cache (`<cache>.lock`), reads the cache again, merges it with this run's
 * verdicts (per URL the latest check wins, histories are united), and replaces it atomically.
 */
import { mkdir, readFile, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  type CheckProblem,
  createCache,
  type LinkCache,
  mergeCaches,
  parseCache,
  serializeCache,
  unusableCache,
} from '../sources/check/index.ts'
import { withFileLock } from './file-lock.ts'
import { describeWriteError, resolveWriteTarget, writeOutputFile } from './write-file.ts'

/** A cache as read from disk. */
export interface LoadedCache {
  /** The cache, or `null` when the file cannot be used at all (the run goes on without it). */
  cache: LinkCache | null
  /** Why the file was not used as it is (`cache-corrupt`, `cache-unusable`). */
  problem?: CheckProblem
}

/**
 * Read the cache file at `path`. Missing or empty → an empty cache; malformed → an empty cache
 * and a `cache-corrupt` warning (it is replaced when saved); a directory, a FIFO or a file that
 * cannot be read → no cache and a `cache-unusable` warning (it is left alone).
 */
export async function loadCache(path: string): Promise<LoadedCache> {
  try {
    const info = await stat(path)
    if (!info.isFile() && !info.isCharacterDevice()) {
      const kind = info.isDirectory() ? 'a directory' : 'not a file'
      return { cache: null, problem: unusableCache(path, `it is ${kind}`, 'read') }
    }
    return parseCache(await readFile(path, 'utf8'), path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { cache: createCache() }
    if (code === 'ENOTDIR') {
      return { cache: null, problem: unusableCache(path, 'it is under a file', 'read') }
    }
    return { cache: null, problem: unusableCache(path, `it cannot be read (\`${code}\`)`, 'read') }
  }
}

/**
 * Save `cache` to `path`, merged with what other runs wrote there meanwhile (`cache` is updated
 * in place with the merge). Never rejects: a failure is a `cache-unusable` warning, else `null`.
 */
export async function saveCache(path: string, cache: LinkCache): Promise<CheckProblem | null> {
  try {
    const target = await resolveWriteTarget(path)
    // A FIFO or a device (`/dev/null`) is written through: there is nothing to merge with.
    if (target.mode === 'through') await writeOutputFile(path, serializeCache(cache))
    else {
      await mkdir(dirname(target.path), { recursive: true })
      await withFileLock(`${target.path}.lock`, async () => {
        const current = await readCurrent(target.path)
        if (current !== null) mergeCaches(cache, current)
        await writeOutputFile(target.path, serializeCache(cache))
      })
    }
    return null
  } catch (error) {
    return unusableCache(path, `it cannot be written: ${describeWriteError(error)}`, 'save')
  }
}

/** The cache as another run may have left it; `null` when absent or unreadable as a cache. */
async function readCurrent(path: string): Promise<LinkCache | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const parsed = parseCache(text, path)
  // A corrupt file was reported when loaded; it is replaced, not merged.
  return parsed.problem?.kind === 'cache-corrupt' && Object.keys(parsed.cache.entries).length === 0
    ? null
    : parsed.cache
}
