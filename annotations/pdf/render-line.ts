/**
 * Render a PDF line as text in the superscript convention: footnote markers become Unicode
 * superscript digits attached to the word before them; any other raised text stays plain.
 */

import type { PdfLine } from './types.ts'

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Write a number in Unicode superscript digits (`12` → `¹²`). */
export function toSuperscript(number: number): string {
  return [...String(number)].map((digit) => superscriptDigits[Number(digit)] ?? digit).join('')
}

/** Which raised numbers of the body are footnote markers. */
export interface MarkerState {
  /** Numbers of the notes found in the footnote areas (empty: accept any increasing number). */
  notes: ReadonlySet<number>
  /** Last marker accepted; markers increase through the document. */
  last: number
  /**
   * Where numbering restarts (per chapter): the notes found, as `sequence.number` keys, and the
   * current sequence; markers are then written `[^sequence.number]` (`[^number]` in the first).
   */
  sequences?: { keys: ReadonlySet<string>; current: number }
}

/** How a marker is written: a superscript, or a footnote reference where numbering restarts. */
export function writeMarker(number: number, sequence: number, restarts: boolean): string {
  if (!restarts) return toSuperscript(number)
  return `[^${noteKey(sequence, number)}]`
}

/** Id of note `number` of numbering `sequence`: `12` in the first, `2.1` after a restart. */
export function noteKey(sequence: number, number: number): string {
  return sequence === 1 ? String(number) : `${sequence}.${number}`
}

/**
 * Render a body line. A raised piece of digits (or a list of them: `3,4`, `3 4`) is a marker
 * when each number is a known note and greater than the last marker; `state.last` is updated.
 */
export function renderBodyLine(line: PdfLine, state: MarkerState): string {
  let text = ''
  for (const piece of line.pieces) {
    const numbers = piece.raised ? readMarkerNumbers(piece.text, state) : undefined
    if (numbers) {
      const sequence = state.sequences?.current ?? 1
      const restarts = state.sequences !== undefined
      text = text.trimEnd() + numbers.map((n) => writeMarker(n, sequence, restarts)).join('')
      state.last = numbers.at(-1) ?? state.last
      continue
    }
    text += (piece.spaceBefore && text !== '' ? ' ' : '') + piece.text
  }
  return text.trim()
}

/**
 * Render a line of a footnote. Raised text inside a note is never a marker: raised digits stay
 * superscript (`10⁶`), which only marks a note where it starts a line; other raised text is plain.
 */
export function renderNoteLine(line: PdfLine): string {
  let text = ''
  for (const piece of line.pieces) {
    if (piece.raised && /^\d+$/.test(piece.text) && text !== '') {
      text += toSuperscript(Number(piece.text))
      continue
    }
    text += (piece.spaceBefore && text !== '' ? ' ' : '') + piece.text
  }
  return text.trim()
}

/** The marker numbers of a raised piece, or `undefined` when it is not a marker. */
function readMarkerNumbers(text: string, state: MarkerState): Array<number> | undefined {
  if (!/^\d{1,4}(?:\s*,\s*\d{1,4}|\s+\d{1,4})*$/.test(text)) return undefined
  const numbers = text.split(/\s*,\s*|\s+/).map(Number)
  const sequences = state.sequences
  if (sequences && numbers[0] === 1 && state.last >= 1) {
    // Numbering restarts: a 1 of the next sequence.
    if (!sequences.keys.has(noteKey(sequences.current + 1, 1))) return undefined
    sequences.current++
    state.last = 0
  }
  if (sequences) {
    const known = numbers.every((n) => sequences.keys.has(noteKey(sequences.current, n)))
    let last = state.last
    for (const number of numbers) {
      if (number <= last || !known) return undefined
      last = number
    }
    return numbers
  }
  let last = state.last
  for (const number of numbers) {
    if (number <= last || (state.notes.size > 0 && !state.notes.has(number))) return undefined
    last = number
  }
  return numbers
}
