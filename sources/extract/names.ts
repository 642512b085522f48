/**
 * Author names: split an author list, tell a name from prose, and match two spellings of one
 * person (diacritics, first name vs initial, `Rich`/`Richard`, small misspellings).
 */
import { foldText, isWithinDistance } from './text.ts'

/** Largest normalised edit distance at which two surnames (or given names) still match. */
export const maxNameDistance = 0.25

/** Lower-case particles allowed inside a name (`Ursula von der Leyen`, `Ali al Ahmad`). */
const particles: ReadonlySet<string> = new Set([
  'de',
  'del',
  'der',
  'den',
  'di',
  'da',
  'van',
  'von',
  'al',
  'el',
  'bin',
  'ibn',
  'le',
  'la',
  'du',
  'dos',
])

/** Split an author list on `,`, `and`, `&`; drop `et al.` / `and al.`. */
export function splitAuthors(text: string): Array<string> {
  return text
    .replace(/\bet\s+al\.?/gi, '')
    .split(/,|;|&|\band\b/)
    .map((name) => name.trim().replace(/^by\s+/i, ''))
    .filter((name) => name !== '' && !/^al\.?$/i.test(name))
}

/** Whether one name (no `and`) looks like a person or organisation name rather than prose. */
function isName(name: string): boolean {
  const words = name.trim().split(/\s+/)
  if (words.length === 0 || words.length > 4 || /[\d:?!"“”()]/.test(name)) return false
  return words.every((word) => /^\p{Lu}/u.test(word) || particles.has(word))
}

/** Whether a comma-free piece of citation text is a list of names (`A and B`, `A & B`). */
export function isNameList(text: string): boolean {
  const names = splitAuthors(text)
  return names.length > 0 && names.every(isName)
}

/** Whether two given names are compatible: equal-ish, a prefix (`Rich`), or an initial (`R.`). */
function givenNamesMatch(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0]
  return a.startsWith(b) || b.startsWith(a) || isWithinDistance(a, b, maxNameDistance)
}

/** Whether two surnames match: equal after folding, or close (short names must be equal). */
function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.max(a.length, b.length) <= 4) return false
  return isWithinDistance(a, b, maxNameDistance)
}

/**
 * Whether two spellings name the same person. Surnames (last words) must match; given names,
 * when both spellings have them, must be compatible.
 */
export function namesMatch(a: string, b: string): boolean {
  const partsA = nameParts(a)
  const partsB = nameParts(b)
  const surnameA = partsA.at(-1)
  const surnameB = partsB.at(-1)
  if (surnameA === undefined || surnameB === undefined || !surnamesMatch(surnameA, surnameB))
    return false
  const givenA = partsA[0]
  const givenB = partsB[0]
  if (partsA.length < 2 || partsB.length < 2 || givenA === undefined || givenB === undefined)
    return true
  return givenNamesMatch(givenA, givenB)
}

/** Folded words of names, remembered: back-references compare the same names again and again. */
const partsByName = new Map<string, ReadonlyArray<string>>()

function nameParts(name: string): ReadonlyArray<string> {
  let parts = partsByName.get(name)
  if (parts === undefined) {
    if (partsByName.size > 50_000) partsByName.clear()
    parts = foldText(name).split(' ').filter(Boolean)
    partsByName.set(name, parts)
  }
  return parts
}
