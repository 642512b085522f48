/**
 * Character classes of CommonMark, on UTF-16 code units as micromark reads them (so an emoji
 * outside the BMP is neither whitespace nor punctuation), shared by the inline reader and the
 * escapers.
 */

/** Unicode punctuation or symbol (CommonMark 0.31), tested on one code unit. */
const punctuation = /[\p{P}\p{S}]/u

/** Unicode whitespace, tested on one code unit. */
const whitespace = /\s/

/** Whether `code` (a code unit, or `NaN` past either end) is an ASCII letter. */
export function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Whether `code` is an ASCII letter or digit. */
export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 48 && code <= 57)
}

/** Whether `code` is ASCII punctuation (what a backslash can escape). */
export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  )
}

/** Whether `code` is Unicode whitespace; `NaN` (past either end) counts as whitespace. */
export function isWhitespace(code: number): boolean {
  if (Number.isNaN(code)) return true
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return whitespace.test(String.fromCharCode(code))
}

/** Whether `code` is Unicode punctuation or a symbol. */
export function isPunctuation(code: number): boolean {
  if (Number.isNaN(code)) return false
  if (code < 128) return isAsciiPunctuation(code)
  return punctuation.test(String.fromCharCode(code))
}

/**
 * micromark's `classifyCharacter`: 1 for whitespace (and either end), 2 for punctuation, 0 for
 * anything else.
 */
export function classifyCharacter(code: number): 0 | 1 | 2 {
  if (isWhitespace(code)) return 1
  return isPunctuation(code) ? 2 : 0
}

/** Whether `value` holds an ASCII control character or a space (which a raw URL cannot). */
export function hasControlOrSpace(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index)
    if (code <= 32 || code === 127) return true
  }
  return false
}
