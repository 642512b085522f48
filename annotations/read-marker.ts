import { resolveSuperscriptRun, superscriptRun, toAsciiDigits } from './superscript.ts'
import type { FootnoteConvention, FootnoteId } from './types.ts'

/** Running state of marker reading across the paragraphs of a paper, in document order. */
export interface MarkerState {
  /** Footnotes that have a definition. */
  defined: ReadonlySet<FootnoteId>
  /** Footnotes cited so far. */
  cited: Set<FootnoteId>
  /** Next footnote number expected in the body. */
  expected: number
  /** How many superscript runs of each value are still ahead in the body. */
  ahead: Map<number, number>
}

/** Footnote id of a Markdown label: a number for digits, else the lower-cased label. */
export function footnoteIdOf(label: string): FootnoteId {
  const trimmed = label.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed.toLowerCase()
}

/**
 * Footnote ids a marker match stands for (`¹,²` and `[1, 2]` stand for several), updating
 * `state`. Empty when the match is not a marker. The match has one of three named groups:
 * `label` (`[^label]`, any convention), `bracket` (`[12]`, endnotes) or `raised` (`¹²`).
 */
export function readMarker(
  match: RegExpExecArray,
  convention: FootnoteConvention,
  state: MarkerState,
  before: string,
): Array<FootnoteId> {
  const { label, bracket, raised } = match.groups ?? {}
  if (label !== undefined || (bracket === undefined && raised === undefined)) {
    return cite(state, [footnoteIdOf(label ?? match[1] ?? '')])
  }
  const ids: Array<FootnoteId> = []
  const parts = (bracket ?? raised ?? '').split(/\s*,\s*/)
  parts.forEach((part, index) => {
    if (index > 0 && ids.length === 0) return
    if (bracket !== undefined) {
      const number = Number(part)
      const found = number === state.expected || isAvailable(state, number) ? [number] : []
      ids.push(...cite(state, found))
      return
    }
    const value = Number(toAsciiDigits(part))
    state.ahead.set(value, (state.ahead.get(value) ?? 1) - 1)
    const found = resolveSuperscriptRun(part, {
      expected: state.expected,
      isAvailable: (number) => isAvailable(state, number),
      isAhead: (number) => (state.ahead.get(number) ?? 0) > 0,
      exponentPosition: index === 0 && /(?:\d|(?:^|[^\p{L}])\p{L}{1,2})$/u.test(before),
    })
    ids.push(...cite(state, found))
  })
  return convention === 'none' ? [] : ids
}

/** Record footnotes as cited, moving the expected number past them. */
function cite(state: MarkerState, ids: Array<FootnoteId>): Array<FootnoteId> {
  for (const id of ids) {
    state.cited.add(id)
    if (typeof id === 'number') state.expected = Math.max(state.expected, id + 1)
  }
  return ids
}

/** Count the superscript runs of each value in `texts`, for `MarkerState.ahead`. */
export function countSuperscriptRuns(texts: ReadonlyArray<string>): Map<number, number> {
  const counts = new Map<number, number>()
  for (const text of texts) {
    for (const run of text.match(superscriptRun) ?? []) {
      const value = Number(toAsciiDigits(run))
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
  }
  return counts
}

/** Whether footnote `number` is defined and not cited yet. */
function isAvailable(state: MarkerState, number: number): boolean {
  return state.defined.has(number) && !state.cited.has(number)
}
