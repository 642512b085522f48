import { bulletGlyphs } from './bullets.ts'
import type { InlineText } from './inline-text.ts'
import type { BodyItem } from './layout.ts'
import { extractMarkers } from './markers.ts'
import type { OffsetMap } from './offset-map.ts'
import type { Placer } from './places.ts'
import type { MarkerState } from './read-marker.ts'
import { countSuperscriptRuns } from './read-marker.ts'
import type { FootnoteConvention, Paragraph, Section } from './types.ts'

/** A body paragraph with the source offsets needed to place its sentences and markers. */
export interface PlacedParagraph extends Paragraph {
  /** Source offset of each character of `text`. */
  offsets: OffsetMap
  /** Source offset of each marker, same order as `markers`. */
  markerOffsets: Array<number>
}

/** Sections and paragraphs of the body. */
export interface Body {
  /** Sections in order. */
  sections: Array<Section>
  /** Paragraphs in order. */
  paragraphs: Array<PlacedParagraph>
}

/** Text that ends a sentence, once trailing markers are ignored. */
const sentenceEnd = /[.!?…]["'”’)\]*_]*$/

/** A bullet opening a list item (`• Alle virtuele objecten…`): a new item, not the rest of one. */
const bulletStart = new RegExp(`^\\s*[${bulletGlyphs}]\\s`, 'u')

/** A marker of any convention, or whitespace, that may end a paragraph piece. */
const trailingMarker = /^(?:[\s⁰¹²³⁴⁵⁶⁷⁸⁹]|\[\^[^\]\s]+\]|\[\d+\])$/

/** `text` without its trailing markers and whitespace (a loop: `(…)+$` is quadratic). */
function stripTrailingMarkers(text: string): string {
  let rest = text
  for (;;) {
    const end = rest.length
    if (end === 0) return rest
    const last = rest[end - 1] ?? ''
    const start = last === ']' ? rest.lastIndexOf('[', end - 2) : end - 1
    if (start === -1 || !trailingMarker.test(rest.slice(start, end))) return rest
    rest = rest.slice(0, start)
  }
}

/**
 * Assemble body items into sections and paragraphs. A piece that follows footnote
 * definitions (a page break) is joined to the paragraph before it when that paragraph does not
 * end a sentence and the piece starts in lower case or the paragraph stops mid-phrase (and the
 * piece does not open a bulleted item).
 */
export function assembleBody(
  items: ReadonlyArray<BodyItem>,
  convention: FootnoteConvention,
  state: MarkerState,
  place: Placer,
): Body {
  const sections: Array<Section> = []
  const pieces: Array<{
    inline: InlineText
    start: number
    section: string | null
    listItem: boolean
  }> = []
  let section: string | null = null
  let previousIsParagraph = false
  for (const item of items) {
    if (item.kind === 'heading') {
      section = item.title
      sections.push({ title: item.title, place: place(item.start) })
      previousIsParagraph = false
      continue
    }
    const last = pieces.at(-1)
    if (
      last &&
      previousIsParagraph &&
      item.afterNotes &&
      continuesParagraph(last.inline, item.inline, last.listItem)
    ) {
      last.inline = joinInline(last.inline, item.inline, item.start)
    } else {
      pieces.push({ inline: item.inline, start: item.start, section, listItem: !!item.listItem })
    }
    previousIsParagraph = true
  }
  const paragraphs: Array<PlacedParagraph> = []
  if (convention === 'superscript' || convention === 'endnote') {
    state.ahead = countSuperscriptRuns(pieces.map((piece) => piece.inline.text))
  }
  for (const piece of pieces) {
    const marked = extractMarkers(piece.inline, convention, state)
    if (marked.text === '' && marked.markers.length === 0) continue
    paragraphs.push({
      index: paragraphs.length,
      section: piece.section,
      text: marked.text,
      markers: marked.markers,
      place: place(piece.start),
      offsets: marked.offsets,
      markerOffsets: marked.markerOffsets,
    })
  }
  return { sections, paragraphs }
}

/** Whether `next` continues the sentence `previous` (a list item's, if `listItem`) leaves open. */
function continuesParagraph(previous: InlineText, next: InlineText, listItem: boolean): boolean {
  const before = stripTrailingMarkers(previous.text)
  if (before === '' || sentenceEnd.test(before) || bulletStart.test(next.text)) return false
  // A list item (`2. Analyze … panel decisions`) goes on after the notes only in lower case.
  return /^\s*\p{Ll}/u.test(next.text) || (!listItem && /[\p{L}\p{N},;\-–]$/u.test(before))
}

/** Join two pieces of a paragraph with one space. */
function joinInline(first: InlineText, second: InlineText, start: number): InlineText {
  return {
    text: `${first.text} ${second.text}`,
    offsets: joinOffsets(first.offsets, start, second.offsets),
  }
}

/** `first`, then `start` (the space between), then `second`. */
function joinOffsets(first: OffsetMap, start: number, second: OffsetMap): OffsetMap {
  const offsets = first.slice(0)
  offsets.push(start)
  offsets.append(second)
  return offsets
}
