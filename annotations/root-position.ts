/** Where a whole text starts and ends, as an mdast root's position. */
import type { Root } from 'mdast'

/** The position of a whole text, as micromark gives the root of its tree. */
export function rootPosition(text: string): NonNullable<Root['position']> {
  let lines = 1
  let last = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines++
    last = index + 1
  }
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines, column: text.length - last + 1, offset: text.length },
  }
}
