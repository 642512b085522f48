/** Positions of trees parsed from part of a text: the whole text's, and moving a part's into it. */
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

/** Where a part of a text starts in the whole: 1-based line and column, 0-based offset. */
export interface PartStart {
  /** Line of its first character. */
  line: number
  /** Column of its first character (1 unless the part starts inside a line). */
  column: number
  /** Offset of its first character. */
  offset: number
}

/**
 * Move every position in `node` (a tree or any node in it), parsed from a part of a text
 * alone, to where it is in the whole text: the part starts at `start`.
 */
export function shiftPositions(node: object, start: Readonly<PartStart>): void {
  type Node = { position?: Root['position']; children?: Array<unknown> }
  const stack: Array<Node> = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Node
    for (const point of current.position ? [current.position.start, current.position.end] : []) {
      if (point.line === 1) point.column += start.column - 1
      point.line += start.line - 1
      if (point.offset !== undefined) point.offset += start.offset
    }
    if (Array.isArray(current.children)) {
      for (const child of current.children) stack.push(child as Node)
    }
  }
}
