/**
 * Write text converted from a PDF back as Markdown the annotation stage reads: body lines
 * grouped into paragraphs (by blank lines, short lines ending a sentence, headings, bullets
 * and template directives), each marker written as a footnote reference `[^12]` where its digits stood, and the
 * notes as footnote definitions at the end. Every output line keeps the place of its input line.
 */
import type { Place } from '../types.ts'
import type { PageNote } from './notes.ts'
import type { PageLine } from './pages.ts'
import { collectUrlSegments, restoreUrlHyphens } from './url-hyphens.ts'

/** The Markdown text, where each of its lines comes from, and the label each note shows. */
export interface ComposedText {
  /** Markdown text. */
  text: string
  /** `lineMap[i]` is the place of line `i + 1` of `text`. */
  lineMap: Array<Place>
  /** Label shown for each note id (`2.1` → `1` where numbering restarts). */
  labels: Map<string, string>
}

/** A line shorter than this share of the usual width does not reach the right margin. */
const shortRatio = 0.75

/** A note line longer than this many times the body's usual width is two joined (`url-hyphens.ts`). */
const joinedRatio = 1.5

/** Text that ends a sentence (closing quotes and brackets allowed). */
const sentenceEnd = /[.!?:…]["'”’)\]»]*$/

/** A bullet alone on its line, or starting it. */
const bullet = /^\s*[•▪◦●■–-]\s/u

/** A bullet alone on its line (pdftotext sets a list's bullets apart from their text). */
const loneBullet = /^[•▪◦●■]$/u

/** A line Markdown would read as a list, heading, quote, table or rule. */
const riskyStart = /^(\s*)([-+*>#=|~`_]|\d{1,9}[.)](?=\s|$))/

/** Compose body lines and notes into Markdown text. */
export function composeText(
  body: ReadonlyArray<PageLine>,
  notes: ReadonlyArray<PageNote>,
): ComposedText {
  const ids = new Map<PageNote, string>()
  const labels = new Map<string, string>()
  for (const note of notes) {
    const id = note.sequence === 1 ? String(note.number) : `${note.sequence}.${note.number}`
    ids.set(note, id)
    labels.set(id, String(note.number))
  }
  const markers = new Map<PageLine, Array<{ index: number; length: number; id: string }>>()
  for (const note of notes) {
    if (!note.marker) continue
    const list = markers.get(note.marker.line) ?? []
    list.push({ index: note.marker.index, length: note.marker.length, id: ids.get(note) ?? '' })
    markers.set(note.marker.line, list)
  }
  const width = measureWidth(body)
  const out: Array<string> = []
  const lineMap: Array<Place> = []
  const push = (text: string, line: number) => {
    out.push(text)
    lineMap.push({ line, column: 1 })
  }
  const breakParagraph = () => {
    if (out.length > 0 && out.at(-1) !== '') push('', lineMap.at(-1)?.line ?? 1)
  }
  let previous: PageLine | undefined
  body.forEach((line, index) => {
    const text = line.text.trim()
    if (text === '' || loneBullet.test(text)) {
      breakParagraph()
      previous = undefined
      return
    }
    const next = body[index + 1]
    const closed = previous !== undefined && endsWithMarker(previous, markers.get(previous))
    if (previous && startsParagraph(previous, line, next, width, closed)) breakParagraph()
    push(escapeStart(writeMarkers(line, markers.get(line) ?? [])), line.line)
    if (looksLikeHeading(line, next, width)) {
      breakParagraph()
      previous = undefined
    } else previous = line
  })
  const noteLines = notes.flatMap((note) => note.lines)
  const segments = collectUrlSegments(noteLines.map((line) => line.text))
  for (const note of notes) {
    breakParagraph()
    // A line far longer than the others holds two joined at a hyphen, perhaps inside a URL.
    let whole: string | undefined
    const texts = rejoinUrls(
      note.lines.map((line) => {
        const text = line.text.trim()
        if (text.length <= joinedRatio * width) return text
        whole ??= note.lines.map((each) => each.text).join(' ')
        return restoreUrlHyphens(text, segments, whole)
      }),
    )
    note.lines.forEach((line, index) => {
      const text = texts[index] ?? ''
      if (index === 0) push(`[^${ids.get(note)}]: ${text}`, line.line)
      // A bullet alone on its line (a list inside a note, as pdftotext lays it out) says nothing.
      else if (text !== '' && !loneBullet.test(text)) push(escapeStart(text), line.line)
    })
  }
  return { text: out.join('\n'), lineMap, labels }
}

/** Usual width of a body line, in characters: the 80th percentile of line lengths. */
function measureWidth(lines: ReadonlyArray<PageLine>): number {
  const lengths = lines.map((line) => line.text.trim().length).filter((length) => length > 0)
  lengths.sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80
}

/** Whether a marker ends `line` (`…nomadic societies2`). */
function endsWithMarker(
  line: PageLine,
  markers: ReadonlyArray<{ index: number; length: number }> = [],
): boolean {
  const end = line.text.trimEnd().length
  return markers.some((marker) => marker.index + marker.length === end)
}

/**
 * Whether `line` (after `previous`) opens a new paragraph; `closed` when a marker ends
 * `previous`: a short line ending so, before a capital or a numbered item, ends its paragraph or
 * list item.
 */
function startsParagraph(
  previous: PageLine,
  line: PageLine,
  next: PageLine | undefined,
  width: number,
  closed: boolean,
): boolean {
  if (bullet.test(line.text)) return true
  const before = previous.text.trim()
  // A template directive left in the text (`{% include figure.html … %}`) is a block of its own.
  if (/^\{[%{]/.test(line.text.trim()) || /[%}]\}$/.test(before)) return true
  // A numbered item after a line announcing a list (`… test: 5`, its marker after it) or after
  // another item.
  const announced = /[:;](?:\s*\d{1,4})?$/.test(before) || /^\d{1,3}[.)]\s/.test(before)
  if (/^\d{1,3}[.)]\s/.test(line.text.trim()) && announced) return true
  const short = before.length < shortRatio * width
  if (short && sentenceEnd.test(before)) return true
  if (short && closed && /^(?:[\p{Lu}"“«(]|\d{1,3}[.)]\s)/u.test(line.text.trim())) return true
  return looksLikeHeading(line, next, width) && (short || sentenceEnd.test(before))
}

/** A short line that does not end like a sentence, starts with a capital and is followed by one. */
function looksLikeHeading(line: PageLine, next: PageLine | undefined, width: number): boolean {
  const text = line.text.trim()
  if (text.length >= shortRatio * width || /[.!?,;:…]["'”’)\]»]*$/.test(text)) return false
  if (!/^[\p{Lu}\d]/u.test(text) || /^\d+$/.test(text)) return false
  const following = next?.text.trim() ?? ''
  return following === '' || /^[\p{Lu}\d«"“•]/u.test(following)
}

/** A body line with its markers written as footnote references. */
function writeMarkers(
  line: PageLine,
  markers: ReadonlyArray<{ index: number; length: number; id: string }>,
): string {
  let text = line.text
  for (const marker of [...markers].sort((a, b) => b.index - a.index)) {
    let start = marker.index
    // `internet." 1 Whether` → `internet."[^1] Whether`
    while (start > 0 && text[start - 1] === ' ') start--
    text = `${text.slice(0, start)}[^${marker.id}]${text.slice(marker.index + marker.length)}`
  }
  return text.trim()
}

/** Escape what would make a line start a Markdown block (`1.` → `1\.`, `-` → `\-`). */
function escapeStart(text: string): string {
  return text.replace(riskyStart, (_, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  )
}

/** A URL, or the start of one. */
const urlToken = /^<?(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S/i

/** A token that can only continue a URL broken at a line end. */
const continuation = /^[\w%~+\-./?#=&:;,@!$'()*[\]]+$/

/**
 * Lines of a note with each URL broken at a line end made whole again: the piece that starts
 * the next line moves up when it can only continue the URL (`…/index?` ⏎ `s=x&id=2`).
 */
function rejoinUrls(texts: ReadonlyArray<string>): Array<string> {
  const out = [...texts]
  for (let index = 1; index < out.length; index++) {
    const previous = out[index - 1] ?? ''
    const tail = previous.slice(previous.lastIndexOf(' ') + 1)
    const head = /^\S+/.exec(out[index] ?? '')?.[0] ?? ''
    if (!urlToken.test(tail) || !continuesUrl(tail, head)) continue
    out[index - 1] = previous + head
    out[index] = (out[index] ?? '').slice(head.length).trim()
  }
  return out
}

/** Whether `next` continues the URL piece `piece` (see also the sources stage's URL finder). */
function continuesUrl(piece: string, next: string): boolean {
  if (!continuation.test(next) || !/^[\w%]/.test(next) || urlToken.test(next)) return false
  if (piece.endsWith('?')) return /^[\w.%-]+=/.test(next)
  if (/[.,;:!'"*’”)]$/.test(piece)) return false
  if (/[-_=&%#~+]$/.test(piece)) return true
  return piece.endsWith('/') ? /[-_/.?=&%#\d]/.test(next) : /[/?=&%]/.test(next)
}
