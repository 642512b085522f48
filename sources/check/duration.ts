/** Human durations (`500ms`, `20s`, `5m`, `1h`, `1d`): parsed into milliseconds and written back. */

const unitMilliseconds: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
}

/**
 * Parse a duration into milliseconds. A bare number means milliseconds.
 *
 * @throws {TypeError} when `text` is not a non-negative number with an optional unit.
 */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(String(text))
  if (!match?.[1]) {
    throw new TypeError(
      `Expected a duration such as \`500ms\`, \`20s\`, \`5m\`, \`1h\` or \`1d\`, got \`${text}\``,
    )
  }
  const unit = (match[2] ?? 'ms').toLowerCase()
  return Math.round(Number(match[1]) * (unitMilliseconds[unit] ?? 1))
}

/** Units `formatDuration` writes, largest first. */
const formatUnits: ReadonlyArray<[string, number]> = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
]

/** Milliseconds in the largest whole unit that `parseDuration` reads back (`20s`, `1d`, `1500ms`). */
export function formatDuration(milliseconds: number): string {
  for (const [unit, size] of formatUnits) {
    if (milliseconds >= size && milliseconds % size === 0) return `${milliseconds / size}${unit}`
  }
  return `${milliseconds}ms`
}
