/**
 * SARIF locations of a paper: the file as a URI reference, and a line region when the place is a
 * line of the file. A PDF place is a line on a page, which no SARIF region can express (regions
 * count lines of the file's text, and a PDF has none), so PDF locations name the file only and
 * the page and line go into the message and the properties instead.
 */

import type { ArtifactLocation, Location } from 'sarif'
import type { Place } from '../pipeline/types.ts'

/** The base of relative paper paths: the checkout root, as code scanning expects. */
export const sourceRootId = '%SRCROOT%'

/** Encode each segment of a slash-separated path as a URI path. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/**
 * The paper file as a SARIF artifact location: relative paths as given (backslashes turned into
 * slashes, `./` dropped, each segment percent-encoded) against `%SRCROOT%`, absolute paths as
 * `file:` URIs. `null` for stdin (`-`), which has no file.
 */
export function toArtifactLocation(path: string): ArtifactLocation | null {
  if (path === '-' || path.length === 0) return null
  const slashed = path.split('\\').join('/')
  if (/^[A-Za-z]:\//.test(slashed))
    return { uri: `file:///${slashed.slice(0, 2)}${encodePath(slashed.slice(2))}` }
  if (slashed.startsWith('/')) return { uri: `file://${encodePath(slashed)}` }
  const relative = slashed.replace(/^(?:\.\/)+/, '').replace(/\/{2,}/g, '/')
  return { uri: encodePath(relative), uriBaseId: sourceRootId }
}

/**
 * A location in the paper: the file, with a line region for text and Markdown places. `null`
 * when the paper is stdin. `message` describes what is there.
 */
export function toLocation(
  artifact: ArtifactLocation | null,
  place: Place,
  message?: string,
): Location | null {
  if (artifact === null) return null
  const region =
    place.page === undefined ? { region: { startLine: place.line, startColumn: place.column } } : {}
  return {
    physicalLocation: { artifactLocation: artifact, ...region },
    ...(message === undefined ? {} : { message: { text: message } }),
  }
}
