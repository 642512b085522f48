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

/**
 * Whether `normalisedDistance(a, b) <= maxDistance`, without computing the whole distance:
 * the length difference alone often rules a pair out, and otherwise only the band of the edit
 * matrix within the allowed number of edits is filled, stopping as soon as a row exceeds it.
 */
export function isWithinDistance(a: string, b: string, maxDistance: number): boolean {
  const longest = Math.max(a.length, b.length)
  if (longest > maxFuzzyLength) return (a === b ? 0 : 1) <= maxDistance
  if (longest === 0) return 0 <= maxDistance
  // The most edits `e` with `e / longest <= maxDistance`, the same comparison as the caller's.
  let edits = Math.floor(maxDistance * longest)
  while (edits >= 0 && edits / longest > maxDistance) edits--
  while ((edits + 1) / longest <= maxDistance) edits++
  if (edits < 0 || Math.abs(a.length - b.length) > edits) return false
  return countEditsUpTo(a, b, edits) <= edits
}

/**
 * Levenshtein distance between `a` and `b` when it is at most `limit`, otherwise some number
 * above `limit`: only cells within `limit` of the diagonal are computed.
 */
function countEditsUpTo(a: string, b: string, limit: number): number {
  const over = limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : over))
  let current = new Array<number>(b.length + 1).fill(over)
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit)
    const to = Math.min(b.length, i + limit)
    current[0] = i <= limit ? i : over
    // Cells just outside the band hold `over` (they may hold a value from an earlier row).
    if (from > 1) current[from - 1] = over
    if (to < b.length) current[to + 1] = over
    let best = current[0] as number
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current[j] = Math.min(value, over)
      if (value < best) best = value
    }
    if (best > limit) return over
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] as number
}
