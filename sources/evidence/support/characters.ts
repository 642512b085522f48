/**
 * Unicode classes of characters for the text scanners of the support check (words, language
 * guess), as bit flags: the same classes as the regular expressions `\p{L}`, `\p{M}`, `\p{N}`,
 * `\p{Lu}` and the scripts written without spaces, but read from a table (filled as characters
 * are first met) instead of a regular expression per character.
 */

/** A letter (`\p{L}`). */
export const letter = 1
/** A letter, mark, number or `_`: a character of a word (`[\p{L}\p{M}\p{N}_]`). */
export const wordCharacter = 2
/** An upper-case letter (`\p{Lu}`). */
export const upperCase = 4
/** A character of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar). */
export const unspaced = 8

/** Marks a table entry as computed. */
const known = 128

/** Scripts written without spaces between words. */
const unspacedPattern =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u

/** Classes of one code point, computed with regular expressions. */
function computeClasses(character: string): number {
  let classes = 0
  if (/^\p{L}$/u.test(character)) classes |= letter
  if (/^[\p{L}\p{M}\p{N}_]$/u.test(character)) classes |= wordCharacter
  if (/^\p{Lu}$/u.test(character)) classes |= upperCase
  if (unspacedPattern.test(character)) classes |= unspaced
  return classes
}

/** Classes of each UTF-16 code unit met so far (0 until computed). */
const unitClasses = new Uint8Array(0x10000)

/** Classes of code points outside the Basic Multilingual Plane met so far. */
const astralClasses = new Map<number, number>()

/**
 * Classes of the code point `code` (a UTF-16 code unit, or a whole code point above 0xFFFF as
 * `String.prototype.codePointAt` gives it). A lone surrogate has none.
 */
export function classesOf(code: number): number {
  if (code < 0x10000) {
    const classes = unitClasses[code] as number
    if (classes !== 0) return classes & ~known
    const computed = computeClasses(String.fromCharCode(code))
    unitClasses[code] = computed | known
    return computed
  }
  let classes = astralClasses.get(code)
  if (classes === undefined) {
    classes = computeClasses(String.fromCodePoint(code))
    astralClasses.set(code, classes)
  }
  return classes
}

/** Whether `code` (a UTF-16 code unit) starts a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** The code point ending at `end` (exclusive) in `text`, not before `start`; -1 at `start`. */
export function codePointBefore(text: string, start: number, end: number): number {
  if (end <= start) return -1
  const low = text.charCodeAt(end - 1)
  if (low >= 0xdc00 && low <= 0xdfff && end - 2 >= start) {
    const high = text.charCodeAt(end - 2)
    if (isHighSurrogate(high)) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return low
}
