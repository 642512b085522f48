/**
 * Read a page's `<title>` from the (capped) start of its HTML, for the checker. One HTML reader
 * for the whole project: this is the evidence stage's (linear in the body, whatever its markup).
 */
import { readTitle } from '../evidence/html.ts'

export { maxTitleLength } from '../evidence/html.ts'

/** Control characters, which have no place in a title shown in a report. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * The cleaned `<title>` of an HTML document prefix (entities decoded, whitespace collapsed,
 * control characters dropped, at most `maxTitleLength` characters), or `null` when there is
 * none or it is empty.
 */
export function extractTitle(html: string): string | null {
  const title = readTitle(html)?.replace(controlCharacters, '').trim()
  return title ? title : null
}
