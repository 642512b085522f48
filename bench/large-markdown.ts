import { readdirSync, readFileSync } from 'node:fs'

/** The test corpus: one folder per paper. */
const corpusUrl = new URL('../tests/corpus/', import.meta.url)

/**
 * A Markdown paper of at least `size` characters with GFM footnotes: the corpus's `paper.md`
 * files (front matter dropped) concatenated over and over, every footnote label prefixed with
 * its copy's number so each copy keeps its own definitions. Deterministic.
 */
export function buildLargeMarkdown(size = 1024 * 1024): string {
  const papers = readdirSync(corpusUrl, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      try {
        return [readFileSync(new URL(`${name}/paper.md`, corpusUrl), 'utf8')]
      } catch {
        return []
      }
    })
    .map(dropFrontMatter)
  const parts: Array<string> = []
  let length = 0
  for (let copy = 0; length < size; copy++) {
    const paper = papers[copy % papers.length] as string
    const part = paper.replace(/\[\^([^\]\s]+)\]/g, (_, label: string) => `[^c${copy}-${label}]`)
    parts.push(part)
    length += part.length + 2
  }
  return parts.join('\n\n')
}

/** `text` without a leading YAML front matter block. */
function dropFrontMatter(text: string): string {
  if (!text.startsWith('---\n')) return text
  const end = text.indexOf('\n---\n', 4)
  return end === -1 ? text : text.slice(end + 5)
}
