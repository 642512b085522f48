/** Atomic file writes for reports: write a temporary file beside the target, then rename. */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Write `text` to `path` atomically, creating parent directories. Given chunks, it writes each
 * as it comes, so the whole text is never held at once.
 */
export async function writeFileAtomic(
  path: string,
  text: string | Iterable<string>,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  // The global `crypto` (not `node:crypto`, which the CLI would load at start-up for nothing).
  const temporary = `${path}.${process.pid}.${crypto.randomUUID()}.tmp`
  try {
    await writeFile(temporary, text)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
