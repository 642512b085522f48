/**
 * Audit a paper written to a temporary file, with its URLs remapped onto a loopback server:
 * the real pipeline end to end, no internet.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditPaper } from '../../pipeline/audit.ts'
import type { AuditResult } from '../../pipeline/types.ts'

/**
 * Audit the Markdown `paper` with every URL matching `pattern` (its first group the host and
 * path) sent to `origin` (`http://127.0.0.1:<port>`), no retries, private addresses allowed.
 */
export async function auditOnLoopback(
  paper: string,
  origin: string,
  pattern: RegExp = /^https?:\/\/(.*)$/,
): Promise<AuditResult> {
  const directory = await mkdtemp(join(tmpdir(), 'citecheck-loopback-'))
  try {
    const path = join(directory, 'paper.md')
    await writeFile(path, paper)
    return await auditPaper(path, {
      check: {
        remap: [{ pattern, replacement: `${origin}/$1` }],
        allowPrivate: true,
        retries: 0,
        timeout: 5000,
        hostInterval: 0,
      },
    })
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}
