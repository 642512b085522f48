/** A YAML metadata header (`---` … `---`) at the top of a Markdown paper, read with a YAML parser. */
import type { Root } from 'mdast'
import { parse } from 'yaml'

/** A YAML metadata header. */
export interface YamlHeader {
  /** 0-based source offset right after the closing `---` line. */
  end: number
  /** The `title:` value as a string (block scalars and quoted lines folded), or `null`. */
  title: string | null
  /** The `date:` value as written (`2025-04-01`), or `null`. */
  date: string | null
}

/** Longest header read (a paper's metadata, not a data file). */
const maxHeaderLength = 64 * 1024

/**
 * Read the YAML metadata header of a paper, if it has one: the `yaml` node `remark-frontmatter`
 * puts first in the tree. Its values are read with a YAML parser, so `title: |`, `title: >-` and
 * quoted titles over several lines come out as the title they write. A header that is not valid
 * YAML is still set aside as front matter, without a title.
 */
export function readYamlHeader(tree: Root, source: string): YamlHeader | null {
  const node = tree.children[0]
  if (node?.type !== 'yaml') return null
  let end = node.position?.end.offset ?? 0
  if (source[end] === '\n') end++
  const data = readYaml(node.value)
  return { end, title: readString(data, 'title'), date: readString(data, 'date') }
}

/** The header as a plain object, or `null` when it is not a YAML mapping. */
function readYaml(value: string): Record<string, unknown> | null {
  if (value.length > maxHeaderLength) return null
  try {
    const data: unknown = parse(value, { maxAliasCount: 10, prettyErrors: false })
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** A value of the header as a one-line string (a date as its ISO day), or `null`. */
function readString(data: Record<string, unknown> | null, key: string): string | null {
  const found = Object.entries(data ?? {}).find(([name]) => name.toLowerCase() === key)
  const value = found?.[1]
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const text = String(value).replace(/\s+/g, ' ').trim()
  return text === '' ? null : text
}
