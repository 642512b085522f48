/**
 * How the tests run the real `bin/citecheck.js` on the TypeScript sources, with no build: the
 * `citecheck-source` condition makes its `#cli` import resolve to `pipeline/cli.ts`, and tsx
 * (given by absolute path, since the tests run in temporary folders) compiles it.
 */
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Path of the shim users run. */
export const binPath = fileURLToPath(new URL('../../bin/citecheck.js', import.meta.url))

/** Node arguments that run the shim on the sources: `[...sourceBin, ...citecheckArgs]`. */
export const sourceBin: ReadonlyArray<string> = [
  '--conditions=citecheck-source',
  '--import',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
  binPath,
]
