import type { Place } from './types.ts'

/** Turns a 0-based character offset of the source into a `Place`. */
export type Placer = (offset: number) => Place

/**
 * Create a function mapping source offsets to places. With a `lineMap` (PDF input), line `n`
 * of the text maps to `lineMap[n - 1]`; otherwise places are 1-based line and column.
 */
export function createPlacer(text: string, lineMap?: ReadonlyArray<Place>): Placer {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1)
  }
  return (offset) => {
    const line = findLine(lineStarts, offset)
    const mapped = lineMap?.[line - 1]
    if (mapped) return { ...mapped }
    return { line, column: offset - (lineStarts[line - 1] ?? 0) + 1 }
  }
}

/** Binary search for the 1-based line holding `offset`. */
function findLine(lineStarts: ReadonlyArray<number>, offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((lineStarts[middle] ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low + 1
}
