/**
 * Numeric facts of a text, normalised: `106 percent`, `106 %`, `%106`, `yüzde 106` → `106%`;
 * `9,6 %` and `9.6 %` → `9.6%`; `37 billion`, `37bn`, `$37 billion`, `37 milyar`,
 * `37 Milliarden` → `37 billion`; `4,000`, `4.000`, `4 000` → `4000`; years → `2023`.
 *
 * Recognised: numbers written with digits, with thousands separators (`,` `.` space, no-break
 * space, `'`), decimal marks, percent markers before or after, magnitude words and fused
 * magnitudes (`bn`, `m` after a currency, `k`), currencies (ignored), ranges (`10–15%`: both
 * are percent). Not recognised: numbers written as words (`half`, `three`, `sechs`), year
 * abbreviations (`'23`), ordinals (`59th`), numbers fused into names (`S-300`, `MiG-29`,
 * `§ 128a`) and reference marks (`[12]`).
 */
import type { SupportLanguage } from './languages.ts'
import {
  currencyBefore,
  fusedMagnitudes,
  fusedUnits,
  ordinalSuffix,
  percentAfter,
  percentBefore,
  readMagnitude,
} from './number-words.ts'
import { maxDigits, readNumeral } from './numerals.ts'

/** What a number counts. */
export type NumberKind = 'percent' | 'amount' | 'year' | 'count'

/** One numeric fact of a text. */
export interface NumericFact {
  /** As written (numeral with its fused suffix or magnitude word). */
  text: string
  /** Normalised form: `106%`, `37 billion`, `4000`, `2023`. */
  canonical: string
  /** Value. */
  value: number
  /**
   * Other readings of an ambiguous numeral (`1,500` in German is 1.5), in `source` mode only:
   * a claim is read in its language's convention, a source in every convention.
   */
  alternatives: Array<number>
  /** Half the unit of its last written digit: a source value this close matches (rounding). */
  tolerance: number
  /** What it counts. */
  kind: NumberKind
  /** Offset of the numeral in the text. */
  start: number
  /** Offset after the numeral and its suffix or magnitude word. */
  end: number
}

/** How to read: a claim joins space-grouped digits; a source keeps every reading. */
export type NumberMode = 'claim' | 'source'

/** Runs of digits with the separators a numeral may hold. Linear: no nested quantifiers. */
const runPattern = /\d[\d.,'’\u00a0\u202f\u2009 ]*/g

/** Joins a range's two ends: `10–15%`, `10 to 15 percent`. */
const rangeJoin = /^\s?(?:[-–—]|to|bis|à|a|ila|-)\s?$/iu

/** Formatter for the rare values `String` would write with an exponent. */
const plainFormat = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  maximumFractionDigits: 12,
})

/** Format a value without exponent or float noise. */
export function formatValue(value: number): string {
  // An integer of at most 12 digits is already written without exponent or noise.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return String(value)
  const rounded = Number(value.toPrecision(12))
  const text = String(rounded)
  return text.includes('e') ? plainFormat.format(rounded) : text
}

/** The normalised form of a value of a kind. */
export function canonicalNumber(value: number, kind: NumberKind): string {
  if (kind === 'percent') return `${formatValue(value)}%`
  if (value >= 1e12) return `${formatValue(value / 1e12)} trillion`
  if (value >= 1e9) return `${formatValue(value / 1e9)} billion`
  if (value >= 1e6) return `${formatValue(value / 1e6)} million`
  return formatValue(value)
}

/** A numeral token of a run, with its offsets. */
interface Piece {
  /** Text of the token (no spaces). */
  text: string
  /** Offset in the text. */
  start: number
  /** Offset after its last digit in the text (tokens joined across spaces span them). */
  end: number
  /** `true` when punctuation (`,` `.`) ended it, so it cannot group with the next token. */
  closed: boolean
}

/** Split a run at spaces into numeral tokens; a trailing `,` or `.` closes a token. */
function splitRun(run: string, offset: number): Array<Piece> {
  const pieces: Array<Piece> = []
  const pattern = /[^\s\u00a0\u202f\u2009]+/gu
  for (const match of run.matchAll(pattern)) {
    const trimmed = match[0].replace(/[.,'’]+$/, '')
    if (!/^\d/.test(trimmed)) continue
    const start = offset + match.index
    pieces.push({ text: trimmed, start, end: start + trimmed.length, closed: trimmed !== match[0] })
  }
  return pieces
}

/** Group space-separated thousands (`4 000`, `1 715 000`): numeral texts with offsets. */
function groupPieces(pieces: ReadonlyArray<Piece>, mode: NumberMode): Array<Piece> {
  const result: Array<Piece> = []
  let index = 0
  while (index < pieces.length) {
    const first = pieces[index] as Piece
    let last = index
    if (/^\d{1,3}$/.test(first.text) && !first.closed) {
      while (last + 1 < pieces.length && /^\d{3}$/.test((pieces[last + 1] as Piece).text)) {
        last++
        if ((pieces[last] as Piece).closed) break
      }
    }
    if (last > index) {
      const parts = pieces.slice(index, last + 1)
      const joined = parts.map((part) => part.text).join('')
      const end = (parts.at(-1) as Piece).end
      result.push({ text: joined, start: first.start, end, closed: false })
      if (mode === 'source') result.push(...parts)
    } else result.push(first)
    index = last + 1
  }
  return result
}

/** Unit of the last written digit, at least two significant digits for round integers. */
function unitOf(value: number, decimals: number, trailingZeros: number): number {
  if (decimals > 0) return 10 ** -decimals
  if (value === 0) return 1
  const cap = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1)
  return Math.max(1, Math.min(10 ** trailingZeros, cap))
}

/** A fact in the making: mantissa and what the context adds. */
interface Draft extends NumericFact {
  /** Value before a magnitude was applied. */
  mantissa: number
  /** Whether a percent, magnitude or currency was seen. */
  marked: boolean
}

/** Read one numeral with its context, or `null` when it is not a numeric fact. */
function readFact(
  text: string,
  piece: Piece,
  language: SupportLanguage,
  mode: NumberMode,
): Draft | null {
  const numeral = readNumeral(piece.text, language)
  if (numeral === null) return null
  const end = piece.end
  const before = text.slice(Math.max(0, piece.start - 8), piece.start)
  if (/\p{L}[-‐]?$/u.test(before)) return null
  if (before.endsWith('[') && text[end] === ']') return null
  if (/(?:^|[^\p{L}\d])['’]$/u.test(before) && /^\d{2}$/.test(piece.text)) return null
  let after = text.slice(end, end + 40)
  let consumed = 0
  let factor = 1
  let kind: NumberKind = 'count'
  let decade = false
  const currency = currencyBefore.test(before)
  const fused = /^(?:['’]s\b|[\p{L}º]+\d*)/u.exec(after)
  if (fused) {
    const suffix = fused[0].toLowerCase()
    const magnitude = fusedMagnitudes[suffix]
    if (/^['’]?s$/.test(suffix)) decade = true
    else if (ordinalSuffix.test(suffix)) return null
    else if (magnitude !== undefined && (suffix !== 'm' || currency)) factor = magnitude
    else if (!fusedUnits.has(suffix)) return null
    consumed = fused[0].length
    after = after.slice(consumed)
  }
  const percent = percentAfter.exec(after)
  if (percent || percentBefore.test(before)) {
    kind = 'percent'
    if (percent) consumed += percent[0].length
  } else if (factor === 1) {
    const magnitude = readMagnitude(after, language)
    if (magnitude) {
      factor = magnitude[0]
      consumed += magnitude[1]
    }
  }
  const marked = kind === 'percent' || factor !== 1 || currency
  if (kind !== 'percent' && marked) kind = 'amount'
  const isYearShape = /^\d{4}$/.test(piece.text) && numeral.value >= 1000 && numeral.value <= 2100
  if (!marked && isYearShape) kind = 'year'
  const unit =
    kind === 'year' || decade ? 1 : unitOf(numeral.value, numeral.decimals, numeral.trailingZeros)
  const value = numeral.value * factor
  return {
    text: text.slice(piece.start, end + consumed).trim(),
    canonical: canonicalNumber(value, kind),
    value,
    alternatives:
      numeral.alternative === null || mode === 'claim' ? [] : [numeral.alternative * factor],
    tolerance: (unit * factor) / 2,
    kind,
    start: piece.start,
    end: end + consumed,
    mantissa: numeral.value,
    marked,
  }
}

/** Give the first end of a range the percent or magnitude of the second (`10–15%`). */
function spreadRanges(text: string, drafts: Array<Draft>): void {
  for (let index = drafts.length - 2; index >= 0; index--) {
    const left = drafts[index] as Draft
    const right = drafts[index + 1] as Draft
    if (left.marked || !right.marked || right.kind === 'year') continue
    if (!rangeJoin.test(text.slice(left.end, right.start))) continue
    const factor = right.mantissa === 0 ? 1 : right.value / right.mantissa
    const value = left.mantissa * factor
    Object.assign(left, {
      value,
      kind: right.kind,
      marked: true,
      canonical: canonicalNumber(value, right.kind),
      alternatives: left.alternatives.map((alternative) => alternative * factor),
      tolerance: left.tolerance * factor,
    })
  }
}

/**
 * Extract the numeric facts of a text. In `claim` mode facts are deduplicated by their
 * normalised form; in `source` mode every reading is kept (space-grouped digits both joined
 * and apart), for a lenient "does the source contain it" check.
 */
export function extractNumbers(
  text: string,
  language: SupportLanguage,
  mode: NumberMode = 'claim',
): Array<NumericFact> {
  // Every numeral starts with a digit: a text without one has none (and needs no matching).
  if (!/\d/.test(text)) return []
  const drafts: Array<Draft> = []
  for (const match of text.matchAll(runPattern)) {
    const run = match[0]
    if (run.replace(/\D/g, '').length > maxDigits * 8) continue
    for (const piece of groupPieces(splitRun(run, match.index), mode)) {
      const fact = readFact(text, piece, language, mode)
      if (fact) drafts.push(fact)
    }
  }
  spreadRanges(text, drafts)
  const facts: Array<NumericFact> = []
  const seen = new Set<string>()
  for (const { mantissa: _mantissa, marked: _marked, ...fact } of drafts) {
    if (mode === 'claim' && seen.has(fact.canonical)) continue
    seen.add(fact.canonical)
    facts.push(fact)
  }
  return facts
}
