/**
 * The source offset of every character of a derived text (a paragraph's plain text), stored as
 * runs: characters copied from the source one for one follow each other (`start, start + 1, …`)
 * and characters standing for a whole construct share one offset (`start, start, …`). A paper's
 * text is a few runs per paragraph instead of one number per character, so a long paper does not
 * cost eight bytes per character for each text derived from it.
 */
export class OffsetMap {
  /** Index in the text where each run starts. */
  #indexes: Array<number> = []
  /** Source offset of the first character of each run. */
  #offsets: Array<number> = []
  /** Step of each run: 1 (consecutive offsets), 0 (one offset repeated), or -1 (one entry yet). */
  #steps: Array<number> = []
  #length = 0

  /** Number of characters mapped. */
  get length(): number {
    return this.#length
  }

  /** Map the next character to `offset`. */
  push(offset: number): void {
    const last = this.#steps.length - 1
    if (last >= 0) {
      const step = this.#steps[last] as number
      const expected =
        (this.#offsets[last] as number) + step * (this.#length - (this.#indexes[last] as number))
      if (step !== -1 && offset === expected) {
        this.#length++
        return
      }
      if (step === -1) {
        const difference = offset - (this.#offsets[last] as number)
        if (difference === 0 || difference === 1) {
          this.#steps[last] = difference
          this.#length++
          return
        }
      }
    }
    this.#indexes.push(this.#length)
    this.#offsets.push(offset)
    this.#steps.push(-1)
    this.#length++
  }

  /** Map the next `count` characters to `start`, `start + 1`, … (`step` 1) or all to `start` (0). */
  pushRun(start: number, count: number, step: 0 | 1): void {
    for (let index = 0; index < Math.min(count, 2); index++) this.push(start + step * index)
    if (count <= 2) return
    const last = this.#steps.length - 1
    if (this.#steps[last] === step) this.#length += count - 2
    else for (let index = 2; index < count; index++) this.push(start + step * index)
  }

  /** Forget the last character. */
  pop(): void {
    if (this.#length === 0) return
    this.#length--
    const last = this.#indexes.length - 1
    if (this.#indexes[last] === this.#length) {
      this.#indexes.pop()
      this.#offsets.pop()
      this.#steps.pop()
    } else if (this.#indexes[last] === this.#length - 1) {
      this.#steps[last] = -1
    }
  }

  /** Source offset of character `index`, or `undefined` outside the text. */
  at(index: number): number | undefined {
    if (index < 0 || index >= this.#length) return undefined
    const run = this.#findRun(index)
    const step = Math.max(0, this.#steps[run] as number)
    return (this.#offsets[run] as number) + step * (index - (this.#indexes[run] as number))
  }

  /** Index of the first character whose offset is at least `offset`, or -1. */
  findFirstAtOrAfter(offset: number): number {
    for (let run = 0; run < this.#indexes.length; run++) {
      const index = this.#indexes[run] as number
      const first = this.#offsets[run] as number
      const end = this.#indexes[run + 1] ?? this.#length
      if (first >= offset) return index
      if (this.#steps[run] === 1 && first + (end - index - 1) >= offset) {
        return index + (offset - first)
      }
    }
    return -1
  }

  /** The map of characters `[start, end)`. */
  slice(start: number, end = this.#length): OffsetMap {
    const map = new OffsetMap()
    map.appendSlice(this, start, end)
    return map
  }

  /** Append the map of characters `[start, end)` of `other`, run by run. */
  appendSlice(other: OffsetMap, start: number, end: number): void {
    for (let index = Math.max(0, start); index < Math.min(end, other.#length); ) {
      const run = other.#findRun(index)
      const runEnd = Math.min(end, other.#indexes[run + 1] ?? other.#length)
      const step = Math.max(0, other.#steps[run] as number) as 0 | 1
      this.pushRun(other.at(index) as number, runEnd - index, step)
      index = runEnd
    }
  }

  /** Append the characters of `other`. */
  append(other: OffsetMap): void {
    const piece = other.slice(0)
    for (let run = 0; run < piece.#indexes.length; run++) {
      const count = (piece.#indexes[run + 1] ?? piece.#length) - (piece.#indexes[run] as number)
      const step = Math.max(0, piece.#steps[run] as number) as 0 | 1
      this.pushRun(piece.#offsets[run] as number, count, step)
    }
  }

  /** The run holding character `index` (binary search). */
  #findRun(index: number): number {
    let low = 0
    let high = this.#indexes.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.#indexes[middle] as number) <= index) low = middle
      else high = middle - 1
    }
    return low
  }
}
