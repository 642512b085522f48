/**
 * Note numbers that `pdftotext` set in a column of their own (`3`, `4`, `5` on lines of their
 * own), apart from the notes' texts, as it does when the numbers stand in a margin.
 */
import { readNoteStart } from './areas.ts'
import type { PageLine } from './pages.ts'

/** A note that ends like a finished citation or sentence (or with a URL or e-mail address). */
export const finished = /(?:[.!?)\]>»”"]|\d|\/\S*|\S@[\w-]+(?:\.[\w-]+)+)$/

/** A line holding a number alone. */
const bareNumber = /^\s*\d{1,4}\s*$/

/**
 * A column of note numbers closing a page (`3`, `4`, `5` on lines of their own, from
 * `expected`), followed by exactly as many lines of text: how `pdftotext` lays out notes whose
 * numbers stand in a margin. `null` when the page does not end so.
 */
export function readNumberColumn(
  lines: ReadonlyArray<PageLine>,
  offset: number,
  expected: number,
): { start: number; texts: Array<PageLine> } | null {
  const filled = (line: PageLine | undefined) => line !== undefined && line.text.trim() !== ''
  let end = lines.length
  const texts: Array<PageLine> = []
  while (end > offset && filled(lines[end - 1])) texts.unshift(lines[--end] as PageLine)
  while (end > offset && !filled(lines[end - 1])) end--
  let start = end
  while (start > offset && bareNumber.test(lines[start - 1]?.text ?? '')) start--
  const numbers = lines.slice(start, end).map((line) => Number(line.text.trim()))
  const counts = numbers.length >= 2 && numbers.length === texts.length
  return counts && numbers.every((number, index) => number === expected + index)
    ? { start, texts }
    : null
}

/**
 * Rewrite a column of note numbers `expected`, `expected + 1`, … inside the page from `offset`
 * (not closing it: more notes may follow, `7 Kim, …`) as note lines: each number moves to the
 * start of its note's text. The texts follow the column, one line each or, when there are more
 * lines than numbers, split where a line ends finished and the next starts with a capital, as
 * many times as needed and no more. Whether the column was rewritten.
 */
export function rewriteNumberColumn(
  lines: Array<PageLine>,
  offset: number,
  expected: number,
): boolean {
  let start = lines.length - 1
  while (start >= offset && lines[start]?.text.trim() !== String(expected)) start--
  if (start < offset) return false
  let end = start
  while (
    bareNumber.test(lines[end]?.text ?? '') &&
    Number(lines[end]?.text) === expected + end - start
  )
    end++
  const count = end - start
  let first = end
  while (first < lines.length && lines[first]?.text.trim() === '') first++
  let last = first
  const following = expected + count
  while (
    last < lines.length &&
    lines[last]?.text.trim() !== '' &&
    readNoteStart(lines[last]?.text ?? '')?.number !== following
  ) {
    last++
  }
  if (count < 2 || last - first < count) return false
  const openings = [first]
  for (let index = first + 1; index < last; index++) {
    const previous = lines[index - 1]?.text.trim() ?? ''
    if (finished.test(previous) && /^[\p{Lu}«"“]/u.test(lines[index]?.text.trim() ?? '')) {
      openings.push(index)
    }
  }
  const starts =
    last - first === count ? lines.slice(first, last).map((_, index) => first + index) : openings
  if (starts.length !== count) return false
  starts.forEach((index, number) => {
    const line = lines[index] as PageLine
    lines[index] = { ...line, text: `${expected + number} ${line.text.trim()}` }
  })
  lines.splice(start, first - start)
  return true
}
