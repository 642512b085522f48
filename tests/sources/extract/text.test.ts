import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  editDistance,
  isWithinDistance,
  maxFuzzyLength,
  normalisedDistance,
} from '../../../sources/extract/text.ts'

/** Strings over a small alphabet, so that random pairs are often close. */
const closeText = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), maxLength: 40 })

describe('isWithinDistance', () => {
  it('agrees with the full normalised distance on random pairs and thresholds', () => {
    fc.assert(
      fc.property(
        closeText,
        closeText,
        fc.constantFrom(0, 0.05, 0.1, 0.2, 0.25, 1 / 3, 0.5, 1),
        (a, b, threshold) => {
          expect(isWithinDistance(a, b, threshold)).toBe(normalisedDistance(a, b) <= threshold)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('agrees on a pair one edit apart from each other at every length', () => {
    for (let length = 1; length <= 60; length++) {
      const a = 'x'.repeat(length)
      const b = `${'x'.repeat(length - 1)}y`
      for (const threshold of [0.1, 0.2]) {
        expect(isWithinDistance(a, b, threshold)).toBe(1 / length <= threshold)
        expect(isWithinDistance(a, b, threshold)).toBe(normalisedDistance(a, b) <= threshold)
      }
    }
  })

  it('tells a close pair from a far one in long titles', () => {
    const title = 'the federal acquisition regulation and the cloud a study of procurement'
    expect(isWithinDistance(title, title.replace('cloud', 'clown'), 0.2)).toBe(true)
    expect(isWithinDistance(title, title.split('').reverse().join(''), 0.2)).toBe(false)
    expect(editDistance(title, title.replace('cloud', 'clown'))).toBe(2)
  })

  it('compares strings longer than the fuzzy limit for equality only', () => {
    const long = 'a'.repeat(maxFuzzyLength + 1)
    expect(isWithinDistance(long, long, 0.2)).toBe(true)
    expect(isWithinDistance(long, `${long.slice(1)}b`, 0.2)).toBe(false)
    expect(isWithinDistance('', '', 0)).toBe(true)
  })
})
