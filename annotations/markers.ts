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
  // The clean text is built in pieces; a run of blanks becomes one space, written only when
  // a character follows it (so a trailing space is never written and need not be taken back).
  const parts: Array<string> = []
  let length = 0
  let pendingSpace = -1
  let cursor = 0
  const append = (until: number) => {
    let runStart = cursor
    const flush = (end: number) => {
      if (end === runStart) return
      if (pendingSpace !== -1) {
        parts.push(' ')
        result.offsets.push(pendingSpace)
        length++
        pendingSpace = -1
      }
      parts.push(source.slice(runStart, end))
      result.offsets.appendSlice(inline.offsets, runStart, end)
      length += end - runStart
    }
    for (; cursor < until; cursor++) {
      const code = source.charCodeAt(cursor)
      if (!isBlank(code)) continue
      // A single space between two characters is copied with them.
      const single = code === 32 && pendingSpace === -1 && length + cursor - runStart > 0
      if (single && cursor + 1 < until && !isBlank(source.charCodeAt(cursor + 1))) continue
      flush(cursor)
      runStart = cursor + 1
      if (pendingSpace === -1 && length > 0) pendingSpace = inline.offsets.at(cursor) ?? 0
    }
    flush(until)
  }
  if (pattern) {
    pattern.lastIndex = 0
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      const before = source.slice(Math.max(0, match.index - 4), match.index)
      const ids = readMarker(match, convention, state, before)
      if (ids.length === 0) continue
      append(match.index)
      for (const footnote of ids) {
        result.markers.push({ footnote, offset: length })
        result.markerOffsets.push(inline.offsets.at(match.index) ?? 0)
      }
      cursor = match.index + match[0].length
      // `word [1].` leaves no space before the punctuation.
      if (/^\s*[.,;:!?)\]]/.test(source.slice(cursor, cursor + 2))) {
        pendingSpace = -1
        while (isBlank(source.charCodeAt(cursor))) cursor++
      }
    }
  }
  append(source.length)
  result.text = parts.join('')
  for (const marker of result.markers) marker.offset = Math.min(marker.offset, length)
  return result
}

/** Whether a UTF-16 code is white space (cheaper than a regular expression per character). */
function isBlank(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && /\s/.test(String.fromCharCode(code))
}
