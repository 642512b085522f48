/**
 * Which of a claim's numeric facts a source contains, in any spelling: every number of the
 * source (every reading of it) is kept once in a sorted array, and a claim's fact is found
 * when a source value lies within its rounding tolerance (`about 2.3 million` finds
 * 2,314,307; `9.6%` finds 9.57). A percent finds the bare number too (tables often drop `%`).
 */
import type { SupportLanguage } from './languages.ts'
import { extractNumbers, type NumericFact } from './numbers.ts'

/** Most distinct numbers kept from one source (hostile pages: lists of digits). */
export const maxSourceNumbers = 200_000

/** The numbers of a source, sorted ascending, distinct. */
export type SourceNumbers = Float64Array

/** Collect the numbers of a source's texts. */
export function collectNumbers(texts: Iterable<string>, language: SupportLanguage): SourceNumbers {
  const values: Array<number> = []
  for (const text of texts) {
    for (const fact of extractNumbers(text, language, 'source')) {
      values.push(fact.value, ...fact.alternatives)
      if (values.length >= maxSourceNumbers) break
    }
    if (values.length >= maxSourceNumbers) break
  }
  return sortNumbers(values)
}

/** Sort numbers ascending and drop repeats. */
export function sortNumbers(values: ReadonlyArray<number>): SourceNumbers {
  const sorted = Float64Array.from(values).sort()
  let size = 0
  for (let index = 0; index < sorted.length; index++) {
    if (size === 0 || sorted[index] !== sorted[size - 1]) sorted[size++] = sorted[index] as number
  }
  return sorted.slice(0, size)
}

/** Whether a sorted array holds a value within `[low, high]` (binary search). */
function holdsBetween(numbers: SourceNumbers, low: number, high: number): boolean {
  let lo = 0
  let hi = numbers.length
  while (lo < hi) {
    const middle = (lo + hi) >>> 1
    if ((numbers[middle] as number) < low) lo = middle + 1
    else hi = middle
  }
  return lo < numbers.length && (numbers[lo] as number) <= high
}

/** Whether the source holds a claim's fact (its value or another reading, within tolerance). */
export function hasNumber(numbers: SourceNumbers, fact: NumericFact): boolean {
  const slack = fact.tolerance + Math.abs(fact.value) * 1e-9
  for (const value of [fact.value, ...fact.alternatives]) {
    if (holdsBetween(numbers, value - slack, value + slack)) return true
  }
  return false
}

/** A claim's facts split by whether the source holds them (normalised forms, in claim order). */
export function checkNumbers(
  facts: ReadonlyArray<NumericFact>,
  numbers: SourceNumbers,
): { found: Array<string>; missing: Array<string> } {
  const found: Array<string> = []
  const missing: Array<string> = []
  for (const fact of facts) (hasNumber(numbers, fact) ? found : missing).push(fact.canonical)
  return { found, missing }
}
