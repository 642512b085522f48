/** A YAML metadata header (`---` … `---`) at the top of a Markdown paper. */
export interface YamlHeader {
  /** 0-based source offset right after the closing `---` line. */
  end: number
  /** The `title:` value, unquoted, or `null`. */
  title: string | null
  /** The `date:` value, unquoted, or `null`. */
  date: string | null
}

/** The header: `---` on the first line, `key: value` lines, then `---` or `...`. */
const header = /^---[ \t]*\n((?:[^\n]*\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\n|$)/

/**
 * Read the YAML metadata header of a paper, if it has one: remark reads it as a rule and a
 * setext heading, so it must be set aside before the body is read. Only `title` is used.
 */
export function readYamlHeader(source: string): YamlHeader | null {
  const match = header.exec(source)
  if (!match) return null
  const lines = (match[1] ?? '').split('\n').filter((line) => line.trim() !== '')
  if (!lines.every((line) => /^(?:[\w-]+:|[ \t]+|- )/.test(line))) return null
  return { end: match[0].length, title: readValue(lines, 'title'), date: readValue(lines, 'date') }
}

/** The unquoted value of the first `key:` line, or `null`. */
function readValue(lines: ReadonlyArray<string>, key: string): string | null {
  const prefix = `${key}:`
  const line = lines.find((candidate) => candidate.toLowerCase().startsWith(prefix))
  const value = line?.slice(prefix.length).trim()
  return value ? value.replace(/^(["'])(.*)\1$/, '$2') : null
}
