/**
 * Group body lines into paragraphs by layout: a paragraph ends at extra vertical space, a change
 * of font size, an indented first line, or a short line ending a sentence. A paragraph cut by a
 * page break continues on the next page unless it visibly ended.
 */

import { isBulletItem, isListItem } from './note-lists.ts'
import type { PdfLine } from './types.ts'

/** A paragraph of body lines, possibly spread over pages. */
export interface LineGroup {
  /** Its lines, in reading order. */
  lines: Array<PdfLine>
}

/** Layout measures of the document. */
export interface Layout {
  /** Right edge of the text column, per page number. */
  right: ReadonlyMap<number, number>
  /** Usual distance between baselines of consecutive lines, per (rounded) font size. */
  spacing: ReadonlyMap<number, number>
}

/** Extra space beyond this share of the usual line distance separates paragraphs. */
const gapRatio = 1.3

/** Measure the column edges and line distances of the body. */
export function measureLayout(pages: ReadonlyArray<ReadonlyArray<PdfLine>>): Layout {
  const right = new Map<number, number>()
  const gaps = new Map<number, Array<number>>()
  for (const lines of pages) {
    lines.forEach((line, index) => {
      right.set(line.page, Math.max(right.get(line.page) ?? 0, line.right))
      const previous = lines[index - 1]
      const gap = previous ? previous.y - line.y : 0
      if (!previous || Math.abs(previous.size - line.size) > 0.5) return
      if (gap < 0.8 * line.size || gap > 2.5 * line.size) return
      const key = Math.round(line.size)
      const values = gaps.get(key) ?? []
      values.push(gap)
      gaps.set(key, values)
    })
  }
  const spacing = new Map<number, number>()
  for (const [size, values] of gaps) {
    // Most gaps are between lines of a paragraph: the lower quartile is one of them.
    const sorted = values.sort((a, b) => a - b)
    const quartile = sorted[Math.floor((sorted.length - 1) / 4)]
    spacing.set(size, sorted.length >= 3 && quartile ? quartile : 1.2 * size)
  }
  return { right, spacing }
}

/**
 * Group the body lines of all pages into paragraphs. `textOf` gives the rendered text of a
 * line (used to see whether it ends a sentence). Lines of a table cell (`cells` gives each its
 * cell) form a paragraph of their own, whatever their layout.
 */
export function groupParagraphs(
  pages: ReadonlyArray<ReadonlyArray<PdfLine>>,
  layout: Layout,
  textOf: (line: PdfLine) => string,
  cells: ReadonlyMap<PdfLine, number> = new Map(),
): Array<LineGroup> {
  const groups: Array<LineGroup> = []
  let previous: PdfLine | undefined
  for (const lines of pages) {
    for (const line of lines) {
      const current = groups.at(-1)
      const cell = cells.get(line)
      const inTable = cell !== undefined || (previous && cells.has(previous))
      if (inTable && current && previous && cells.get(previous) === cell) {
        current.lines.push(line)
      } else if (inTable) {
        groups.push({ lines: [line] })
      } else if (
        current &&
        previous &&
        continues(previous, line, layout, textOf, current.lines[0])
      ) {
        current.lines.push(line)
      } else {
        groups.push({ lines: [line] })
      }
      previous = line
    }
  }
  return groups
}

/**
 * Whether `line` is the wrapped rest of the list item `previous` opens (`1. Assess how …` ⏎
 * `the American Midwest …`): indented no further than the item's text, under its marker's
 * hanging indent, and not an item of its own.
 */
function hangsUnder(previous: PdfLine, line: PdfLine, before: string): boolean {
  const marker = /^\s*(?:\d{1,3}[.)]|\p{L}[.)]|[•◦▪‣●■])\s+/u.exec(before)?.[0]
  if (marker === undefined || isListItem(line) || isBulletItem(line)) return false
  const charWidth = (previous.right - previous.left) / Math.max(1, before.length)
  return line.left <= previous.left + (marker.length + 1) * charWidth
}

/**
 * Whether a template directive left in the text (`{% include figure.html … %}`, `{{< figure >}}`)
 * lies between `before` (the text of the line before, in the paragraph `first` opens) and
 * `next`: one opens on `next`, or the paragraph opened one and `before` closes it. A directive is
 * a block of its own, as in the Markdown it was left in, even where no space sets it apart (at a
 * page break).
 */
function boundsDirective(first: string, before: string, next: string): boolean {
  if (/^\s*\{[%{]/.test(next)) return true
  const open = /^\s*\{([%{])/.exec(first)?.[1]
  return open !== undefined && before.trimEnd().endsWith(open === '%' ? '%}' : '}}')
}

/** Whether `line` continues the paragraph that `previous` is in (and `first` opens). */
function continues(
  previous: PdfLine,
  line: PdfLine,
  layout: Layout,
  textOf: (line: PdfLine) => string,
  first: PdfLine = previous,
): boolean {
  if (Math.abs(previous.size - line.size) > 0.25) return false
  const before = textOf(previous)
  if (boundsDirective(textOf(first), before, textOf(line))) return false
  const endsSentence = /[.!?:…]["'”’)\]]*$/u.test(before)
  const right = layout.right.get(previous.page) ?? previous.right
  const short = previous.right < right - 3 * previous.size
  const indented = line.left > previous.left + 0.8 * line.size
  if ((indented && !hangsUnder(previous, line, before)) || (short && endsSentence)) return false
  // A line opening a numbered item (`2. Interrogate …`) after an item starts the next item.
  if (isListItem(first) && isListItem(line)) return false
  if (previous.page !== line.page) {
    // A bullet opening the next page's first line starts a new item, not the rest of a sentence;
    // a list item (the paragraph opens with one) goes on over the page only in lower case.
    if (isBulletItem(line)) return false
    if (isListItem(first)) return /^\p{Ll}/u.test(textOf(line))
    return !endsSentence || /^\p{Ll}/u.test(textOf(line))
  }
  const gap = previous.y - line.y
  const usual = layout.spacing.get(Math.round(line.size)) ?? 1.2 * line.size
  return gap > 0 && gap <= gapRatio * usual
}
