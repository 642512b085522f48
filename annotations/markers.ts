import type { InlineText } from './inline-text.ts'
import { OffsetMap } from './offset-map.ts'
import type { MarkerState } from './read-marker.ts'
import { readMarker } from './read-marker.ts'
import type { FootnoteConvention, Marker } from './types.ts'

/** A paragraph's text with markers removed and whitespace collapsed. */
export interface MarkedText {
  /** Clean text. */
  text: string
  /** Source offset of each character of `text`. */
  offsets: OffsetMap
  /** Markers, with offsets in `text`. */
  markers: Array<Marker>
  /** Source offset of each marker, same order as `markers`. */
  markerOffsets: Array<number>
}

/** A Markdown footnote reference (or a link to a note's anchor, read as one). */
const labelMarker = '\\[\\^(?<label>[^\\]\\s]+)\\]'
/** A run of superscript digits, or several separated by commas. */
const raisedMarker = '(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:,\\s?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*)'
/** Bracketed endnote numbers: `[12]`, `[1, 2]`. */
const bracketMarker = '\\[(?<bracket>\\d{1,4}(?:\\s*,\\s*\\d{1,4})*)\\]'

/** Marker syntax of each convention: its own, and `[^label]` references in every one. */
const markerPatterns: Record<FootnoteConvention, RegExp | null> = {
  superscript: new RegExp(`${labelMarker}|${raisedMarker}`, 'g'),
  markdown: new RegExp(labelMarker, 'g'),
  endnote: new RegExp(`${labelMarker}|${bracketMarker}|${raisedMarker}`, 'g'),
  none: null,
}

/**
 * Remove the footnote markers of `inline`, collapsing whitespace, and say after which character
 * each marker stood. Superscript runs that are not markers (`m²`) stay in the text.
 */
export function extractMarkers(
  inline: InlineText,
  convention: FootnoteConvention,
  state: MarkerState,
): MarkedText {
  const result: MarkedText = { text: '', offsets: new OffsetMap(), markers: [], markerOffsets: [] }
  const pattern = markerPatterns[convention]
  const source = inline.text
  // One UTF-16 unit per entry, so `units.length` is the length of the clean text.
  const units: Array<string> = []
  let cursor = 0
  const append = (until: number) => {
    for (; cursor < until; cursor++) {
      const unit = source[cursor] ?? ''
      const blank = isBlank(unit)
      if (blank && (units.length === 0 || units.at(-1) === ' ')) continue
      units.push(blank ? ' ' : unit)
      result.offsets.push(inline.offsets.at(cursor) ?? 0)
    }
  }
  const dropTrailingSpace = () => {
    if (units.at(-1) !== ' ') return
    units.pop()
    result.offsets.pop()
  }
  if (pattern) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      const before = source.slice(Math.max(0, match.index - 4), match.index)
      const ids = readMarker(match, convention, state, before)
      if (ids.length === 0) continue
      append(match.index)
      const at = units.at(-1) === ' ' ? units.length - 1 : units.length
      for (const footnote of ids) {
        result.markers.push({ footnote, offset: at })
        result.markerOffsets.push(inline.offsets.at(match.index) ?? 0)
      }
      cursor = match.index + match[0].length
      // `word [1].` leaves no space before the punctuation.
      if (/^\s*[.,;:!?)\]]/.test(source.slice(cursor, cursor + 2))) {
        dropTrailingSpace()
        while (isBlank(source[cursor] ?? '')) cursor++
      }
    }
  }
  append(source.length)
  dropTrailingSpace()
  result.text = units.join('')
  for (const marker of result.markers) marker.offset = Math.min(marker.offset, units.length)
  return result
}

/** Whether a UTF-16 unit is white space (cheaper than a regular expression per character). */
function isBlank(unit: string): boolean {
  const code = unit.charCodeAt(0)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && /\s/.test(unit)
}
