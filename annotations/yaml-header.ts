/** A YAML metadata header (`---` … `---`) at the top of a Markdown paper. */
export interface YamlHeader {
  /** 0-based source offset right after the closing `---` line. */
  end: number
  /** The `title:` value, unquoted, or `null`. */
  title: string | null
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
  const title = lines
    .map((line) => /^title:[ \t]*(.+)$/i.exec(line)?.[1]?.trim())
    .find((value) => value !== undefined)
  return { end: match[0].length, title: title ? title.replace(/^(["'])(.*)\1$/, '$2') : null }
}
