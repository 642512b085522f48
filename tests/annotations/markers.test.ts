import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { InlineText } from '../../annotations/inline-text.ts'
import { extractMarkers } from '../../annotations/markers.ts'
import { OffsetMap } from '../../annotations/offset-map.ts'
import { type MarkerState, readMarker } from '../../annotations/read-marker.ts'
import type { FootnoteConvention, Marker } from '../../annotations/types.ts'

/** Pieces of paragraph text: words, every kind of blank, markers of each convention. */
const piece = fc.constantFrom(
  'word',
  'x',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '.',
  ',',
  ')',
  '¹',
  '²³',
  '¹,²',
  '[1]',
  '[2, 3]',
  '[^a]',
  '[^4]',
  'm²',
)

/** Offsets as a parser gives them: mostly one for one, sometimes one offset for several. */
function offsetsOf(text: string, repeatEvery: number): OffsetMap {
  const offsets = new OffsetMap()
  let offset = 0
  for (let index = 0; index < text.length; index++) {
    offsets.push(offset)
    if (index % repeatEvery !== repeatEvery - 1) offset++
  }
  return offsets
}

function freshState(): MarkerState {
  return { defined: new Set([1, 2, 3, 4, 'a']), cited: new Set(), expected: 1, ahead: new Map() }
}

/** Every character's offset, as a plain array. */
function listOffsets(map: OffsetMap): Array<number | undefined> {
  return Array.from({ length: map.length }, (_, index) => map.at(index))
}

describe('extractMarkers', () => {
  it('collapses blanks and places markers as one character at a time would', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom<FootnoteConvention>('superscript', 'markdown', 'endnote', 'none'),
        (pieces, repeatEvery, convention) => {
          const text = pieces.join('')
          const inline: InlineText = { text, offsets: offsetsOf(text, repeatEvery) }
          const actual = extractMarkers(inline, convention, freshState())
          const expected = extractOneByOne(inline, convention, freshState())
          expect(actual.text).toBe(expected.text)
          expect(actual.markers).toEqual(expected.markers)
          expect(actual.markerOffsets).toEqual(expected.markerOffsets)
          expect(listOffsets(actual.offsets)).toEqual(expected.offsets)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('keeps a space after a marker and drops it before punctuation', () => {
    const text = 'One claim.¹ Two  claims ² , three[^a]\n\tend '
    const inline: InlineText = { text, offsets: offsetsOf(text, 100) }
    const result = extractMarkers(inline, 'superscript', freshState())
    expect(result.text).toBe('One claim. Two claims, three end')
    expect(result.markers.map((marker) => marker.offset)).toEqual([10, 21, 28])
  })
})

/**
 * The rule written one character at a time (how extractMarkers was first written): a blank
 * becomes a space unless the text is empty or already ends in one; a marker stands before a
 * trailing space; punctuation right after a marker takes back the space before it.
 */
function extractOneByOne(
  inline: InlineText,
  convention: FootnoteConvention,
  state: MarkerState,
): { text: string; offsets: Array<number>; markers: Array<Marker>; markerOffsets: Array<number> } {
  const source = inline.text
  const units: Array<string> = []
  const offsets: Array<number> = []
  const markers: Array<Marker> = []
  const markerOffsets: Array<number> = []
  const isBlank = (unit: string) => unit !== '' && /\s/.test(unit)
  let cursor = 0
  const append = (until: number) => {
    for (; cursor < until; cursor++) {
      const unit = source[cursor] ?? ''
      const blank = isBlank(unit)
      if (blank && (units.length === 0 || units.at(-1) === ' ')) continue
      units.push(blank ? ' ' : unit)
      offsets.push(inline.offsets.at(cursor) ?? 0)
    }
  }
  const dropTrailingSpace = () => {
    if (units.at(-1) !== ' ') return
    units.pop()
    offsets.pop()
  }
  const pattern = markerPattern(convention)
  for (const match of pattern ? source.matchAll(pattern) : []) {
    const before = source.slice(Math.max(0, match.index - 4), match.index)
    const ids = readMarker(match, convention, state, before)
    if (ids.length === 0) continue
    append(match.index)
    const at = units.at(-1) === ' ' ? units.length - 1 : units.length
    for (const footnote of ids) {
      markers.push({ footnote, offset: at })
      markerOffsets.push(inline.offsets.at(match.index) ?? 0)
    }
    cursor = match.index + match[0].length
    if (/^\s*[.,;:!?)\]]/.test(source.slice(cursor, cursor + 2))) {
      dropTrailingSpace()
      while (isBlank(source[cursor] ?? '')) cursor++
    }
  }
  append(source.length)
  dropTrailingSpace()
  for (const marker of markers) marker.offset = Math.min(marker.offset, units.length)
  return { text: units.join(''), offsets, markers, markerOffsets }
}

/** The marker syntax of each convention, written out again with the same named groups. */
function markerPattern(convention: FootnoteConvention): RegExp | null {
  const label = '\\[\\^(?<label>[^\\]\\s]+)\\]'
  const raised = '(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:,\\s?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)'
  const bracket = '\\[(?<bracket>\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)\\]'
  const patterns: Record<FootnoteConvention, string | null> = {
    superscript: `${label}|${raised}`,
    markdown: label,
    endnote: `${label}|${bracket}|${raised}`,
    none: null,
  }
  const pattern = patterns[convention]
  return pattern === null ? null : new RegExp(pattern, 'g')
}
