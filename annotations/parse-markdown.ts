import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** One shared, frozen processor: building it for every call costs more than the parse. */
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze()

/** Options of `parseMarkdown`. */
export interface ParseOptions {
  /**
   * The input is plain text, not Markdown: indentation is layout, not code. Leading spaces
   * and tabs are then read as no-break spaces (same length, so positions do not move).
   */
  plainText?: boolean
}

/** Parse text or Markdown into an mdast tree (CommonMark + GFM, including `[^label]` footnotes). */
export function parseMarkdown(text: string, options: Readonly<ParseOptions> = {}): Root {
  const input = options.plainText
    ? text.replace(/^[ \t]+/gm, (indent) => '\u00a0'.repeat(indent.length))
    : text
  return processor.parse(input)
}
