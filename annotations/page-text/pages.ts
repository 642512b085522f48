/**
 * Pages of text converted from a PDF (`pdftotext`): form feeds separate pages; a bare page
 * number at the top or bottom of a page and running headers or footers repeated from page to
 * page are furniture, left out of the text.
 */

/** A line of the text with where it came from. */
export interface PageLine {
  /** Text of the line (form feed removed), trailing white space trimmed. */
  text: string
  /** 1-based line number in the input. */
  line: number
  /** 0-based page index. */
  page: number
}

/** A bare page number: `12`, `- 12 -`, `Page 3 of 9`, `iv`. */
const pageNumber =
  /^[\s\-–—|]*(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?[\s\-–—|]*$/i

/** A line that starts with a number and text, as a footnote does. */
const noteLike = /^\s*\d{1,4}\s+\S/

/** How many lines at each end of a page can be a running header or footer. */
const edgeLines = 2

/**
 * Split text into pages of lines, without furniture. A text without form feeds is one page.
 * Blank lines are kept (they separate paragraphs), except at the ends of a page.
 */
export function readPages(text: string): Array<Array<PageLine>> {
  const pages: Array<Array<PageLine>> = [[]]
  let number = 0
  for (const raw of text.split('\n')) {
    number++
    const pieces = raw.split('\f')
    pieces.forEach((piece, index) => {
      if (index > 0) pages.push([])
      const page = pages.length - 1
      if (index === pieces.length - 1 || piece.trim() !== '') {
        pages[page]?.push({ text: piece.trimEnd(), line: number, page })
      }
    })
  }
  const trimmed = pages.map(trimBlankEdges).filter((page) => page.length > 0)
  trimmed.forEach((page, index) => {
    for (const line of page) line.page = index
  })
  return dropRunningLines(trimmed.map(dropPageNumbers))
}

/** A page without its leading and trailing blank lines. */
function trimBlankEdges(page: Array<PageLine>): Array<PageLine> {
  let start = 0
  let end = page.length
  while (start < end && page[start]?.text.trim() === '') start++
  while (end > start && page[end - 1]?.text.trim() === '') end--
  return page.slice(start, end)
}

/** A page without a bare page number as its first or last line. */
function dropPageNumbers(page: Array<PageLine>): Array<PageLine> {
  let lines = page
  if (lines.length > 1 && pageNumber.test(lines.at(-1)?.text ?? '')) lines = lines.slice(0, -1)
  if (lines.length > 1 && pageNumber.test(lines[0]?.text ?? '')) lines = lines.slice(1)
  return trimBlankEdges(lines)
}

/** What stays the same when a running header repeats: its words, not its numbers. */
function signature(line: PageLine): string {
  return line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()
}

/**
 * The lines at the edges of a page that can be a running header or footer: not a line opening a
 * note (`14 Id.`), which may well repeat, nor the line right after one (a source cited again,
 * `10 Ram, … Source Code for` ⏎ `Biology and Medicine, 8, …`): notes are never furniture.
 */
function edgesOf(page: ReadonlyArray<PageLine>): Array<PageLine> {
  const indices = [...page.keys()]
  const edges =
    page.length <= 2 * edgeLines
      ? indices
      : [...indices.slice(0, edgeLines), ...indices.slice(-edgeLines)]
  return edges
    .filter(
      (index) =>
        !noteLike.test(page[index]?.text ?? '') && !noteLike.test(page[index - 1]?.text ?? ''),
    )
    .map((index) => page[index] as PageLine)
}

/** Pages without the lines at their edges that repeat on at least two other pages. */
function dropRunningLines(pages: Array<Array<PageLine>>): Array<Array<PageLine>> {
  if (pages.length < 3) return pages
  const seen = new Map<string, Set<number>>()
  for (const page of pages) {
    for (const line of edgesOf(page)) {
      const key = signature(line)
      if (key.length < 4) continue
      seen.set(key, (seen.get(key) ?? new Set()).add(line.page))
    }
  }
  return pages.map((page) => {
    const candidates = new Set(edgesOf(page))
    return trimBlankEdges(
      page.filter((line) => !candidates.has(line) || (seen.get(signature(line))?.size ?? 0) < 3),
    )
  })
}
