/**
 * Page furniture: running headers, running footers and page numbers. They repeat from page to
 * page at the same height, or are a bare page number at the very top or bottom of a page. A
 * repeated line set close under a line that stays, in the same type, continues that line's block
 * (the second line of a note cited on several pages), and stays too.
 */

import type { PdfLine, PdfPage } from './types.ts'

/** How many lines at the top and at the bottom of a page can be furniture. */
const edgeLines = 2
/** Lines at the same height on different pages are within this many points of each other. */
const heightTolerance = 3
/** A line at most this many font sizes under the line before it continues that line's block. */
const continuationGap = 1.5

const pageNumberPattern =
  /^[\s\-–—|]*(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?[\s\-–—|]*$/i

/** Text of a line with raised pieces, as seen by a reader. */
export function lineText(line: PdfLine): string {
  return line.pieces
    .map((piece) => (piece.spaceBefore ? ' ' : '') + piece.text)
    .join('')
    .trim()
}

/**
 * Drop running headers, footers and page numbers from every page.
 * Returns new pages; the lines kept keep their original line numbers.
 */
export function dropFurniture(pages: ReadonlyArray<PdfPage>): Array<PdfPage> {
  const seen = new Map<string, Set<number>>()
  for (const page of pages) {
    for (const line of edges(page.lines)) {
      const key = signature(line)
      const numbers = seen.get(key) ?? new Set<number>()
      numbers.add(page.number)
      seen.set(key, numbers)
    }
  }
  return pages.map((page) => {
    const candidates = new Set(edges(page.lines))
    const first = page.lines[0]
    const last = page.lines.at(-1)
    const lines: Array<PdfLine> = []
    page.lines.forEach((line, index) => {
      // Only the lines at the edges can be furniture: the others stay, unread.
      if (!candidates.has(line)) {
        lines.push(line)
        return
      }
      const pageNumber = (line === first || line === last) && pageNumberPattern.test(lineText(line))
      const above = page.lines[index - 1]
      const kept = above !== undefined && lines.at(-1) === above ? above : undefined
      const repeated = (seen.get(signature(line))?.size ?? 0) >= 2 && !continuesBlock(kept, line)
      if (!(repeated || pageNumber)) lines.push(line)
    })
    return { ...page, lines }
  })
}

/**
 * Whether `line` is set right under `kept` (the line before it, when that one stays), in the
 * same type: the next line of the same paragraph or note, not furniture set apart from the text.
 */
function continuesBlock(kept: PdfLine | undefined, line: PdfLine): boolean {
  if (!kept || kept.page !== line.page || Math.abs(kept.size - line.size) > 0.5) return false
  const gap = kept.y - line.y
  return gap > 0 && gap <= continuationGap * Math.max(kept.size, line.size)
}

/**
 * The lines at the top and bottom edges of a page, leaving out lines that start with raised
 * text: those start footnotes (`⁴⁵ Ibid.` may well repeat at the same height).
 */
function edges(lines: ReadonlyArray<PdfLine>): Array<PdfLine> {
  const all =
    lines.length <= 2 * edgeLines
      ? [...lines]
      : [...lines.slice(0, edgeLines), ...lines.slice(-edgeLines)]
  return all.filter((line) => !line.pieces[0]?.raised)
}

/** What stays the same when a running header or footer repeats: words and height, not numbers. */
function signature(line: PdfLine): string {
  const text = lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')
  return `${Math.round(line.y / heightTolerance)}|${text}`
}
