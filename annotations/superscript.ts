/** Unicode superscript digits, indexed by value. */
const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** A run of superscript digits. */
export const superscriptRun = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g

/**
 * A line that starts a superscript footnote definition: the number (in superscript digits or
 * in `<sup>…</sup>`), then space or end.
 */
const definitionStart = /^[ \t]*(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|<sup>[ \t]*(\d+)[ \t]*<\/sup>)(?=[ \t]|$)[ \t]*/i

/** A footnote definition read from a block of PDF-converted text. */
export interface SuperscriptDefinition {
  /** Footnote number. */
  number: number
  /** Text after the number, lines joined with a space. */
  text: string
  /** 0-based source offset of the definition. */
  offset: number
}

/** Convert superscript digits to ASCII digits (`¹²` → `12`). */
export function toAsciiDigits(run: string): string {
  let digits = ''
  for (const character of run) digits += String(superscriptDigits.indexOf(character))
  return digits
}

/** Whether a block's source starts with a superscript footnote definition. */
export function startsWithDefinition(source: string): boolean {
  return definitionStart.test(source)
}

/** A line after the first that starts a superscript footnote definition. */
const innerDefinition = /\n[ \t]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>[ \t]*\d+[ \t]*<\/sup>)(?=[ \t\n]|$)/i

/**
 * Offset in `source` of the first line after the first that starts a definition (body text
 * with its footnotes right under it, no blank line between), or -1.
 */
export function findInnerDefinition(source: string): number {
  const match = innerDefinition.exec(source)
  return match ? match.index + 1 : -1
}

/**
 * Read the superscript definitions of a block starting at source offset `start`. A line that
 * starts with a superscript number opens a new definition; other lines continue the current one.
 */
export function readSuperscriptDefinitions(
  source: string,
  start: number,
): Array<SuperscriptDefinition> {
  const definitions: Array<SuperscriptDefinition> = []
  let offset = start
  for (const line of source.split('\n')) {
    const match = definitionStart.exec(line)
    const current = definitions.at(-1)
    const digits = match?.[1] ? toAsciiDigits(match[1]) : match?.[2]
    if (match && digits) {
      const text = line.slice(match[0].length).trim()
      definitions.push({ number: Number(digits), text, offset })
    } else if (current && line.trim() !== '') {
      current.text = current.text === '' ? line.trim() : `${current.text} ${line.trim()}`
    }
    offset += line.length + 1
  }
  return definitions
}

/** What is known around a superscript run when deciding whether it is a marker. */
export interface RunContext {
  /** Next footnote number expected in the body. */
  expected: number
  /** Whether footnote `number` is defined and not cited yet. */
  isAvailable: (number: number) => boolean
  /** Whether a later superscript run of the body reads as `number`. */
  isAhead: (number: number) => boolean
  /** Whether the run follows a number or a one- or two-letter word (`10³`, `x³`, `5 m²`). */
  exponentPosition: boolean
}

/**
 * Read a run of superscript digits in the body as footnote numbers. Markers increase through
 * the paper, so the run is split into consecutive numbers from the expected one when it can be
 * (`¹²³` with 1 expected → 1, 2, 3; with 123 expected → 123). Otherwise the run is one marker
 * when its note is defined and not cited yet (a jump, or a marker out of order). A run where an
 * exponent could stand (`m²`, `x³`) is no marker while the expected number is still to come.
 * Returns an empty list for a run that is not a marker.
 */
export function resolveSuperscriptRun(run: string, context: RunContext): Array<number> {
  const { expected, isAvailable } = context
  if (context.exponentPosition && context.isAhead(expected)) return []
  const digits = toAsciiDigits(run)
  const sequence = splitSequence(digits, expected)
  if (sequence && (sequence.length === 1 || sequence.every(isAvailable))) return sequence
  const number = Number(digits)
  return isAvailable(number) ? [number] : []
}

/** Split `digits` into consecutive numbers starting at `from`, or `null` if it cannot be. */
function splitSequence(digits: string, from: number): Array<number> | null {
  const numbers: Array<number> = []
  let rest = digits
  let next = from
  while (rest !== '') {
    const prefix = String(next)
    if (!rest.startsWith(prefix)) return null
    numbers.push(next)
    rest = rest.slice(prefix.length)
    next++
  }
  return numbers.length > 0 ? numbers : null
}
