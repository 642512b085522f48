/**
 * The words of a text written with spaces between words, read in one pass over a range of it:
 * what the regular expression `[\p{L}\p{M}\p{N}_]+(?:['’ʼ][\p{L}\p{M}\p{N}_]+)*` finds once a
 * hyphen between a letter and a digit is made `_` (`MiG-29` → `MiG_29`, one word), without
 * copying the text or making a match object per word.
 */
import {
  classesOf,
  codePointBefore,
  isHighSurrogate,
  letter,
  unspaced,
  wordCharacter,
} from './characters.ts'

/** Whether a UTF-16 code unit is an inner apostrophe of a word (`'`, `’`; `ʼ` is a letter). */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc
}

/** Whether the hyphen at `index` sits between a letter (not before `start`) and a digit. */
function isFusingHyphen(text: string, start: number, end: number, index: number): boolean {
  if (index + 1 >= end) return false
  const next = text.charCodeAt(index + 1)
  if (next < 0x30 || next > 0x39) return false
  const previous = codePointBefore(text, start, index)
  return previous !== -1 && (classesOf(previous) & letter) !== 0
}

/**
 * Width in code units of the word character at `index` (2 for a surrogate pair, a fusing
 * hyphen included), or 0 when it is none.
 */
function wordWidthAt(text: string, start: number, end: number, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 1
    if ((code >= 0x30 && code <= 0x39) || code === 0x5f) return 1
    return code === 0x2d && isFusingHyphen(text, start, end, index) ? 1 : 0
  }
  if (code === 0x2010) return isFusingHyphen(text, start, end, index) ? 1 : 0
  if (isHighSurrogate(code) && index + 1 < end) {
    const point = text.codePointAt(index) as number
    if (point > 0xffff) return (classesOf(point) & wordCharacter) !== 0 ? 2 : 0
  }
  return (classesOf(code) & wordCharacter) !== 0 ? 1 : 0
}

/** Whether `text[start, end)` holds a character of a script written without spaces. */
export function hasUnspacedScript(text: string, start = 0, end = text.length): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) continue
    const point =
      isHighSurrogate(code) && index + 1 < end ? (text.codePointAt(index) as number) : code
    if ((classesOf(point) & unspaced) !== 0) return true
  }
  return false
}

/**
 * Call `visit` with each word of `text[start, end)` (a fusing hyphen given as `_`) and its
 * offset in `text`, in order. The range is read as if it were the whole text: a hyphen at its
 * start is never fused.
 */
export function scanWords(
  text: string,
  visit: (word: string, offset: number) => void,
  start = 0,
  end = text.length,
): void {
  let index = start
  while (index < end) {
    let width = wordWidthAt(text, start, end, index)
    if (width === 0) {
      index++
      continue
    }
    const first = index
    let fused = false
    for (;;) {
      while (width > 0) {
        const code = text.charCodeAt(index)
        if (code === 0x2d || code === 0x2010) fused = true
        index += width
        width = index < end ? wordWidthAt(text, start, end, index) : 0
      }
      if (index + 1 >= end || !isApostrophe(text.charCodeAt(index))) break
      width = wordWidthAt(text, start, end, index + 1)
      if (width === 0) break
      index++
    }
    const word = text.slice(first, index)
    visit(fused ? word.replace(/[-‐]/g, '_') : word, first)
  }
}
