/**
 * Lines of a paper as written (`\r\n`, `\r` and `\n` each end a line) and the extent of a
 * footnote's definition in it, for `--repair`.
 */

import type { FootnoteConvention } from '../pipeline/types.ts'

/** Offsets where each line starts (`\r\n`, `\r` and `\n` each end a line). */
export function findLineStarts(text: string): Array<number> {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === '\r' && text[index + 1] === '\n') index++
    if (character === '\r' || character === '\n') starts.push(index + 1)
  }
  return starts
}

/** 1-based line of an offset. */
export function lineOf(starts: ReadonlyArray<number>, offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if ((starts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}

/** Text of line `index` (0-based), without its line break. */
function lineText(text: string, starts: ReadonlyArray<number>, index: number): string {
  const start = starts[index] ?? text.length
  const end = starts[index + 1] ?? text.length
  return text.slice(start, end).replace(/\r?\n$|\r$/, '')
}

/**
 * The offsets `[from, to)` of a footnote's definition: from its first line to the next
 * definition, cut at the first blank line for superscript notes and at a blank line followed
 * by an unindented line for Markdown footnotes (endnotes may run over several paragraphs).
 */
export function findDefinition(
  text: string,
  starts: ReadonlyArray<number>,
  line: number,
  nextLine: number,
  convention: FootnoteConvention,
): [number, number] {
  const first = line - 1
  const last = Math.min(nextLine - 1, starts.length)
  let end = last
  if (convention !== 'endnote') {
    for (let index = first + 1; index < last; index++) {
      if (lineText(text, starts, index).trim() !== '') continue
      const following = lineText(text, starts, index + 1)
      if (convention === 'markdown' && /^(?: {4}|\t)/.test(following)) continue
      end = index
      break
    }
  }
  return [starts[first] ?? text.length, starts[end] ?? text.length]
}
