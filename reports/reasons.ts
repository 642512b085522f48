/**
 * Human wording of the stable reason and problem ids, and links to their documentation.
 */

import type { LinkReason, MissingCause, ProblemKind } from '../pipeline/types.ts'
import { packageInfo } from '../sources/check/package-root.ts'
import { linkReasons } from '../sources/check/reasons.ts'

/**
 * The ids of the reasons a footnote has no source (the "missing" items of a report): the
 * audit's `missingCause`, from the most broken to a print-only citation (`no-source`).
 */
export type MissingSourceId = MissingCause

/** A few words for each missing-source id, as `linkReasons` has for link reasons. */
export const missingSourceWords: Readonly<Record<MissingSourceId, string>> = {
  'missing-footnote': 'marker without a footnote',
  'empty-footnote': 'empty footnote',
  'unresolved-back-reference': 'back-reference that could not be resolved',
  'no-source': 'print-only citation, nothing to check',
}

/** The parts of a package.json that say where a package's repository lives. */
export interface PackageManifest {
  /** The package's home page. */
  homepage?: string
  /** Its repository: a URL, a shorthand (`owner/name`, `github:owner/name`) or `{url}`. */
  repository?: string | { url?: string }
}

/** The web address of a repository given as npm allows (`git+https://…`, `git@host:…`, `owner/name`). */
function toRepositoryPage(repository: string): URL | null {
  const shorthand = /^(?:(github|gitlab):)?([\w.-]+)\/([\w.-]+)$/.exec(repository)
  if (shorthand)
    return new URL(`https://${shorthand[1] ?? 'github'}.com/${shorthand[2]}/${shorthand[3]}`)
  const web = repository
    .replace(/^git\+/, '')
    .replace(/^git@([^:/]+):/, 'https://$1/')
    .replace(/^(?:git|ssh):\/\/(?:git@)?/, 'https://')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
  if (!URL.canParse(web)) return null
  const url = new URL(web)
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null
}

/**
 * The address of a package's README (whose `## Errors` section documents every id) on its
 * repository, from package.json: `https://github.com/<owner>/<name>/blob/main/README.md` for
 * GitHub (GitLab alike, branch `main`), else the home page, else the relative `README.md`.
 */
export function docsUrlFromPackage(manifest: Readonly<PackageManifest>): string {
  const repository =
    typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url
  const page = repository === undefined ? null : toRepositoryPage(repository)
  if (page !== null && page.hostname === 'github.com') return `${page.href}/blob/main/README.md`
  if (page !== null && page.hostname === 'gitlab.com') return `${page.href}/-/blob/main/README.md`
  if (manifest.homepage !== undefined && URL.canParse(manifest.homepage)) return manifest.homepage
  return 'README.md'
}

/**
 * Where the ids are documented by default: citecheck's README on its repository, an absolute
 * URL, so links work wherever a report is shown (artifact, job summary, code scanning).
 */
export const defaultDocsUrl: string = docsUrlFromPackage(packageInfo)

/** Few words saying what a link reason means (`not-found` → `not found`). */
export function describeReason(reason: LinkReason): string {
  return linkReasons[reason].words
}

/** URL of the documentation of a reason or problem id (`…/README.md#not-found`). */
export function toDocsUrl(id: LinkReason | ProblemKind | MissingCause, docsUrl: string): string {
  return `${docsUrl}#${id}`
}
