/**
 * The papers a run names: paths, directories (read recursively for papers), globs, and `-` for
 * stdin, minus what `.citecheckignore` and `--exclude-path` leave out. A path that does not
 * exist is kept: reading it reports `not-found` for that paper alone.
 */
import { readFile, stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { StdinFormat } from './cli-options.ts'
import type { PaperInput } from './read-paper.ts'

/** Extensions of the papers a directory or a glob yields. */
export const paperExtensions = ['md', 'markdown', 'txt', 'pdf'] as const

/** How to find the papers. */
export interface FindOptions {
  /** The working directory: relative paths, `.citecheckignore` and the output are under it. */
  cwd: string
  /** Gitignore-style patterns of paths to leave out (`--exclude-path`), relative to `cwd`. */
  excludePaths: ReadonlyArray<string>
  /** Reads stdin whole (only called when `-` is named). */
  readStdin: () => Promise<Uint8Array>
  /** What stdin holds. */
  stdinFormat: StdinFormat
}

/** The name stdin goes by for each format (its extension picks the parser). */
const stdinNames: Readonly<Record<StdinFormat, string>> = {
  auto: 'stdin',
  text: 'stdin.txt',
  markdown: 'stdin.md',
  pdf: 'stdin.pdf',
}

/** The papers found, and whether a directory or glob was named (the run then writes per-paper files). */
export interface FoundPapers {
  /** The papers, in the order named, each once. */
  papers: Array<PaperInput>
  /** `true` when a directory or a glob was expanded. */
  expanded: boolean
}

/**
 * Expand the named papers, in the order named: a directory becomes its papers (sorted), a glob
 * its matches (sorted), `-` stdin; each paper once. Ignore rules apply to what directories and
 * globs yield, never to a file named outright.
 */
export async function findPapers(
  names: ReadonlyArray<string>,
  options: Readonly<FindOptions>,
): Promise<FoundPapers> {
  const ignored = await loadIgnore(options)
  const found: Array<PaperInput> = []
  const seen = new Set<string>()
  let expanded = false
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path)
      found.push(path)
    }
  }
  for (const name of names) {
    if (name === '-') {
      found.push({ path: stdinNames[options.stdinFormat], bytes: await options.readStdin() })
      continue
    }
    const kind = await statKind(resolve(options.cwd, name))
    if (kind === 'directory') {
      expanded = true
      for (const path of await listPapers(`${toGlobPath(name)}/**/*`, options, ignored)) add(path)
    } else if (kind === 'missing' && isDynamicPattern(name)) {
      expanded = true
      for (const path of await listPapers(name, options, ignored)) add(path)
    } else add(name)
  }
  return { papers: found, expanded }
}

/** The papers a glob matches under `cwd`, sorted, minus ignored ones. */
async function listPapers(
  pattern: string,
  options: Readonly<FindOptions>,
  ignored: Ignore,
): Promise<Array<string>> {
  const matches = await glob(pattern, {
    cwd: options.cwd,
    onlyFiles: true,
    dot: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  })
  const extension = new RegExp(`\\.(?:${paperExtensions.join('|')})$`, 'i')
  return matches
    .filter((path) => extension.test(path))
    .filter((path) => {
      const inside = relative(options.cwd, resolve(options.cwd, path))
      return inside.startsWith('..') || !ignored.ignores(inside.split(sep).join('/'))
    })
    .sort()
}

/** `.citecheckignore` in `cwd` (if any) plus `--exclude-path` patterns. */
async function loadIgnore(options: Readonly<FindOptions>): Promise<Ignore> {
  const rules = ignore().add([...options.excludePaths])
  try {
    rules.add(await readFile(join(options.cwd, '.citecheckignore'), 'utf8'))
  } catch {
    // No ignore file: nothing more to leave out.
  }
  return rules
}

async function statKind(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file'
  } catch {
    return 'missing'
  }
}

/** A path as a glob: separators as `/`, glob characters escaped. */
function toGlobPath(path: string): string {
  return path
    .split(sep)
    .join('/')
    .replace(/[*?[\]{}()!]/g, '\\$&')
    .replace(/\/+$/, '')
}
