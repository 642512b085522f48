/** Human sizes (`512KiB`, `64MiB`, `2GB`): parsed into bytes and written back. */

const unitBytes: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
}

/**
 * Parse a size into bytes: a number with an optional unit (`B`, `KB`, `MB`, `GB`, `KiB`, `MiB`,
 * `GiB`, case-insensitive). A bare number means bytes.
 *
 * @throws {TypeError} when `text` is not a non-negative number with an optional unit.
 */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(String(text))
  if (!match?.[1]) {
    throw new TypeError(`Expected a size such as \`512KiB\`, \`64MiB\` or \`1GB\`, got \`${text}\``)
  }
  const unit = (match[2] ?? 'b').toLowerCase()
  return Math.round(Number(match[1]) * (unitBytes[unit] ?? 1))
}

/** Bytes in the largest binary unit that divides them (`64MiB`, `1536KiB`, `100B`). */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`
  }
  return `${bytes}B`
}

/** A size for messages, rounded: `50.0 MiB`, `12.3 KiB`, `512 bytes`. */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}
