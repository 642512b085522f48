/**
 * Small text helpers shared by the extractors: undoing Markdown escapes, and
 * folding text for comparison (diacritics, case, punctuation).
 */

/** Undo Markdown backslash escapes (`\_` → `_`, `\$` → `$`). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

/**
 * Fold text for comparison: strip diacritics (`ş` → `s`, `ı` → `i`), lower-case, turn every run
 * of non-alphanumeric characters into one space, trim.
 */
export function foldText(text: string): string {
  return text
    .replace(/[ıİ]/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Levenshtein distance between two strings (by UTF-16 code unit). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * Longest string compared fuzzily. Edit distance is quadratic; real names and titles are far
 * shorter, and junk footnotes of 100 kB must not stall extraction.
 */
export const maxFuzzyLength = 500

/**
 * Edit distance divided by the length of the longer string: 0 for equal, 1 for unrelated.
 * Strings longer than `maxFuzzyLength` are only compared for equality (0 or 1).
 */
export function normalisedDistance(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  if (longest > maxFuzzyLength) return a === b ? 0 : 1
  return longest === 0 ? 0 : editDistance(a, b) / longest
}
