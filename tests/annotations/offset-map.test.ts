/** The run-length offset map behaves like the plain array of offsets it replaces. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OffsetMap } from '../../annotations/offset-map.ts'

/** An operation on a map, mirrored on an array. */
type Operation =
  | { kind: 'push'; offset: number }
  | { kind: 'run'; offset: number; count: number; step: 0 | 1 }
  | { kind: 'pop' }

/** Operations on a map, mirrored on an array. */
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), offset: fc.integer({ min: 0, max: 40 }) }),
  fc.record({
    kind: fc.constant('run' as const),
    offset: fc.integer({ min: 0, max: 40 }),
    count: fc.integer({ min: 0, max: 6 }),
    step: fc.constantFrom(0 as const, 1 as const),
  }),
  fc.record({ kind: fc.constant('pop' as const) }),
)

function build(operations: ReadonlyArray<Operation>) {
  const map = new OffsetMap()
  const array: Array<number> = []
  for (const item of operations) {
    if (item.kind === 'push') {
      map.push(item.offset)
      array.push(item.offset)
    } else if (item.kind === 'run') {
      map.pushRun(item.offset, item.count, item.step)
      for (let index = 0; index < item.count; index++) array.push(item.offset + item.step * index)
    } else {
      map.pop()
      array.pop()
    }
  }
  return { map, array }
}

function toArray(map: OffsetMap): Array<number | undefined> {
  return Array.from({ length: map.length }, (_, index) => map.at(index))
}

describe('OffsetMap', () => {
  it('maps every index like an array, and slices, appends and searches alike', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 40 }),
        fc.array(operation, { maxLength: 10 }),
        fc.nat(60),
        fc.nat(60),
        fc.integer({ min: 0, max: 45 }),
        (operations, more, from, to, target) => {
          const { map, array } = build(operations)
          expect(toArray(map)).toEqual(array)
          expect(map.at(array.length)).toBeUndefined()
          expect(toArray(map.slice(from, to))).toEqual(array.slice(from, to))
          expect(map.findFirstAtOrAfter(target)).toBe(array.findIndex((offset) => offset >= target))
          const other = build(more)
          const joined = map.slice(0)
          joined.append(other.map)
          expect(toArray(joined)).toEqual([...array, ...other.array])
        },
      ),
      { numRuns: 500 },
    )
  })

  it('stores a long copied text as one run', () => {
    const map = new OffsetMap()
    map.pushRun(100, 1_000_000, 1)
    expect(map.length).toBe(1_000_000)
    expect(map.at(999_999)).toBe(1_000_099)
    expect(map.findFirstAtOrAfter(500_100)).toBe(500_000)
  })
})
