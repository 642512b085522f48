/**
 * The words around a number that change what it means: percent markers, magnitudes
 * (thousand … trillion, in the five supported languages) and currencies.
 */
import type { SupportLanguage } from './languages.ts'

/** Percent written after a number: `%`, `percent`, `per cent`, `Prozent`, `pour cent`, … */
export const percentAfter =
  /^\s?(?:%|percent\b|per\s?cent\b|pct\b|percentage points?\b|prozent(?:punkte)?\b|pour\s?cent\b|points? de pourcentage\b|por\s?ciento\b|por\s?cien\b|puntos? porcentuales?\b)/iu

/** Percent written before a number (Turkish): `%106`, `% 106`, `yüzde 106`. */
export const percentBefore = /(?:%\s?|\byüzde\s)$/iu

/** A currency right before a number: `$`, `US$`, `€`, `£`, `₺`, `USD `, `EUR `, `TL `. */
export const currencyBefore = /(?:US\$|\$|€|£|₺|\b(?:USD|EUR|GBP|TRY|TL)\s?)$/u

/** Magnitude words after a number, with the value each stands for. */
interface Magnitude {
  /** Pattern at the start of the text after the number (leading space allowed). */
  pattern: RegExp
  /** Value multiplier. */
  factor: number
  /** Languages where the word means this (all when absent). */
  languages?: ReadonlyArray<SupportLanguage>
}

/** Magnitudes, longest spellings first. `billion` is 10⁹ in English, 10¹² in German and French. */
const magnitudes: ReadonlyArray<Magnitude> = [
  { pattern: /^\s?mil\s+millones\b/iu, factor: 1e9, languages: ['es'] },
  { pattern: /^\s?(?:trillions?|tn|trilyon)\b/iu, factor: 1e12 },
  { pattern: /^\s?(?:billionen|billones|bill[oó]n)\b/iu, factor: 1e12 },
  { pattern: /^\s?billions?\b/iu, factor: 1e12, languages: ['de', 'fr'] },
  { pattern: /^\s?(?:billions?|bn)\b/iu, factor: 1e9 },
  { pattern: /^\s?(?:milliarden?|mrd\.?|milliards?|milyar)(?=$|[^\p{L}])/iu, factor: 1e9 },
  {
    pattern: /^\s?(?:millions?|millionen|mio\.?|mn|millones|mill[oó]n|milyon)(?=$|[^\p{L}])/iu,
    factor: 1e6,
  },
  { pattern: /^\s?(?:thousands?|tausend)\b/iu, factor: 1e3 },
  { pattern: /^\s?mille\b/iu, factor: 1e3, languages: ['fr'] },
  { pattern: /^\s?mil\b/iu, factor: 1e3, languages: ['es'] },
  { pattern: /^\s?bin\b/iu, factor: 1e3, languages: ['tr'] },
]

/** The magnitude written right after a number, as `[factor, length]`, or `null`. */
export function readMagnitude(after: string, language: SupportLanguage): [number, number] | null {
  for (const magnitude of magnitudes) {
    if (magnitude.languages && !magnitude.languages.includes(language)) continue
    const match = magnitude.pattern.exec(after)
    if (match) return [magnitude.factor, match[0].length]
  }
  return null
}

/** Letters fused to a number that are a magnitude (`37bn`, `$200m`, `5k`), with their factor. */
export const fusedMagnitudes: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
}

/** Letters fused to a number that make it an ordinal (`59th`) or a decade (`1990s`). */
export const ordinalSuffix = /^(?:st|nd|rd|th|e|er|ème|eme|º|ª)$/iu

/** Units that may be fused to a number without changing it (`3.9km`, `400kV`, `2GW`). */
export const fusedUnits = new Set([
  'km',
  'kg',
  'kv',
  'kw',
  'mw',
  'gw',
  'mm',
  'cm',
  'ha',
  'km2',
  'h',
  'min',
  'kt',
])
