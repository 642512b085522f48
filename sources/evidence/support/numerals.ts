/**
 * Read one numeral as written (`4,000`, `4.000`, `9,6`, `1.5`, `2,314,307`, `1'000`) into a
 * value, telling thousands separators from decimal marks by their grouping and, when a single
 * separator is followed by exactly three digits, by the language (`1,500` is 1500 in English
 * and 1.5 in German); the other reading is kept as an alternative.
 */
import type { SupportLanguage } from './languages.ts'

/** A numeral's value and how precisely it was written. */
export interface Numeral {
  /** Value in the language's reading. */
  value: number
  /** The other reading of an ambiguous separator, if any. */
  alternative: number | null
  /** Digits after the decimal mark (0 for integers). */
  decimals: number
  /** Trailing zeros of an integer (`4000` → 3). */
  trailingZeros: number
  /** `true` when written with a separator (so it is not a bare year). */
  separated: boolean
}

/** Most digits a numeral may have; longer runs (IDs, hostile input) are not numbers. */
export const maxDigits = 15

/** Languages that write `1.500` for fifteen hundred and `1,5` for one and a half. */
const commaDecimal = new Set<SupportLanguage>(['de', 'fr', 'es', 'tr'])

/** A numeral from digits and an optional decimal part. */
function make(integer: string, fraction: string, separated: boolean): Numeral {
  const value = Number(`${integer}.${fraction || '0'}`)
  const trailingZeros = fraction === '' ? integer.length - integer.replace(/0+$/, '').length : 0
  return { value, alternative: null, decimals: fraction.length, trailingZeros, separated }
}

/** Whether `groups` are thousands groups: first of 1–3 digits, the rest of exactly 3. */
function isGrouping(groups: ReadonlyArray<string>): boolean {
  const [first = '', ...rest] = groups
  return first.length >= 1 && first.length <= 3 && rest.every((group) => group.length === 3)
}

/**
 * Read a numeral of digits, `,`, `.` and `'`/`’` (no spaces), or `null` when it is not one
 * number (`1.2.3`, more than `maxDigits` digits).
 */
export function readNumeral(raw: string, language: SupportLanguage): Numeral | null {
  const text = raw.replace(/['’]/g, '')
  const digits = text.replace(/[.,]/g, '')
  if (digits.length === 0 || digits.length > maxDigits) return null
  const commas = text.split(',').length - 1
  const dots = text.split('.').length - 1
  const separated = text !== digits || raw !== text
  if (commas === 0 && dots === 0) return make(text, '', separated)
  if (commas > 0 && dots > 0) {
    const decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.'
    const groupMark = decimalMark === ',' ? '.' : ','
    const [integer = '', fraction = ''] = text.split(decimalMark)
    if (text.split(decimalMark).length !== 2 || !isGrouping(integer.split(groupMark))) return null
    return make(integer.split(groupMark).join(''), fraction, true)
  }
  const mark = commas > 0 ? ',' : '.'
  const groups = text.split(mark)
  if (groups.length > 2) return isGrouping(groups) ? make(groups.join(''), '', true) : null
  const [left = '', right = ''] = groups
  if (left === '' || right === '') return null
  const decimalReading = make(left, right, true)
  if (right.length !== 3 || left.length > 3 || left === '0') return decimalReading
  const groupReading = make(left + right, '', true)
  const decimalIsComma = commaDecimal.has(language)
  const primary = (mark === ',') === decimalIsComma ? decimalReading : groupReading
  const other = primary === decimalReading ? groupReading : decimalReading
  return { ...primary, alternative: other.value }
}
