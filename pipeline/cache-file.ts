/**
 * The verdict cache on disk: read leniently (a missing file is an empty cache, a corrupt one a
 * warning and a fresh start) and written atomically.
 */
import { readFile } from 'node:fs/promises'
import {
  type CheckProblem,
  corruptCache,
  createCache,
  type LinkCache,
  parseCache,
  serializeCache,
} from '../sources/check/index.ts'
import { writeFileAtomic } from './write-file.ts'

/** Read the cache file at `path`. Missing → empty; unreadable or malformed → empty plus a warning. */
export async function loadCache(
  path: string,
): Promise<{ cache: LinkCache; problem?: CheckProblem }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { cache: createCache() }
    return corruptCache(path, `it cannot be read (\`${code}\`)`)
  }
  return parseCache(text, path)
}

/** Write the cache file at `path` atomically. */
export async function saveCache(path: string, cache: LinkCache): Promise<void> {
  await writeFileAtomic(path, serializeCache(cache))
}
