/**
 * `formatValue` writes an integer of at most 12 digits directly: the same text as the general
 * path (12 significant digits, then the shortest form), on edge values and random ones.
 */
import { describe, expect, it } from 'vitest'
import { formatValue } from '../../../sources/evidence/support/numbers.ts'

/** The general path of `formatValue`, for every value. */
function formatByPrecision(value: number): string {
  const rounded = Number(value.toPrecision(12))
  const text = String(rounded)
  return text.includes('e')
    ? new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 12 }).format(
        rounded,
      )
    : text
}

describe('formatValue', () => {
  it('writes integers as the general path does', () => {
    const values = [
      0,
      -0,
      1,
      9,
      10,
      99,
      100,
      1000,
      2023,
      4000,
      1e6,
      37e9,
      999_999_999_999,
      1e12 - 1,
    ]
    let seed = 7
    for (let index = 0; index < 20_000; index++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      const digits = 1 + (index % 12)
      values.push(Math.floor((seed / 2 ** 31) * 10 ** digits))
    }
    for (const value of values) expect(formatValue(value)).toBe(formatByPrecision(value))
  })

  it('leaves other values to the general path', () => {
    for (const value of [0.5, 1.25, 2.46e9, 1e12, 1.5e15, 1e21, 1 / 3, 1e-7, 123_456_789_012_345]) {
      expect(formatValue(value)).toBe(formatByPrecision(value))
    }
  })
})
