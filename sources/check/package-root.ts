/**
 * Where citecheck is installed, and its package.json. Found from this module's own location by
 * walking up to the folder whose package.json is citecheck's, so it holds both when the
 * TypeScript sources run and in the build (`dist/`), whose folders sit one level deeper.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The fields of citecheck's package.json that the tool uses. */
export interface PackageInfo {
  /** Package name, `citecheck`. */
  name: string
  /** Version, such as `0.1.0`. */
  version: string
  /** Where citecheck lives on the web. */
  homepage: string
  /** Its source repository (`git+https://github.com/…`). */
  repository?: string | { url?: string }
}

/** Find the nearest folder above `start` holding the package.json of the package `name`. */
export function findPackageRoot(start: string, name: string): { root: string; info: PackageInfo } {
  let folder = start
  for (;;) {
    const info = readPackageJson(join(folder, 'package.json'))
    if (info?.name === name) return { root: folder, info }
    const parent = dirname(folder)
    if (parent === folder) {
      throw new Error(`Unexpected missing package.json of \`${name}\` above ${start}`)
    }
    folder = parent
  }
}

/** Read a package.json; `null` when there is none (or it is not JSON). */
function readPackageJson(path: string): PackageInfo | null {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return null
  }
  try {
    return JSON.parse(text) as PackageInfo
  } catch {
    return null
  }
}

const found = findPackageRoot(dirname(fileURLToPath(import.meta.url)), 'citecheck')

/** Absolute path of the folder citecheck is installed in (holding its package.json and README). */
export const packageRoot: string = found.root

/** citecheck's package.json (the fields the tool uses). */
export const packageInfo: Readonly<PackageInfo> = found.info
