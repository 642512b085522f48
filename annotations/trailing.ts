/**
 * Trailing-run helpers. A regex such as `/[ .]+$/` restarts at every character of a long run
 * that is not at the end of the string, which is quadratic on hostile text; these walk back
 * from the end once instead.
 */

/**
 * `text` without its trailing run of characters (code points) matching `character`, a regex
 * that tests one character (`/[ .]/`, `/[^\p{L}]/u`).
 */
export function trimTrailing(text: string, character: RegExp): string {
  let end = text.length
  while (end > 0) {
    const low = text.charCodeAt(end - 1)
    const high = end > 1 ? text.charCodeAt(end - 2) : 0
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1
    if (!character.test(text.slice(end - width, end))) break
    end -= width
  }
  return text.slice(0, end)
}

/** `text` without its leading run of characters (code points) matching `character`. */
export function trimLeading(text: string, character: RegExp): string {
  let start = 0
  while (start < text.length) {
    const point = text.codePointAt(start) ?? 0
    const width = point > 0xffff ? 2 : 1
    if (!character.test(text.slice(start, start + width))) break
    start += width
  }
  return text.slice(start)
}

/** The trailing run of non-whitespace characters of `text` (`''` when it ends in a space). */
export function lastWord(text: string): string {
  return text.slice(trimTrailing(text, /\S/).length)
}
