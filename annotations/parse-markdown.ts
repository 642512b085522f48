import type { Root } from 'mdast'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'

/**
 * GFM footnotes alone (`[^label]`, `[^label]: text`): what plain text needs of GFM. Tables,
 * autolink literals, strikethrough and task lists change nothing a reader sees in plain text,
 * and reading them doubled the parse.
 */
function remarkGfmFootnote(this: Processor): void {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmFootnote()]
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmFootnoteFromMarkdown()]
}

/** One shared, frozen processor per input kind: building it for every call costs more than the parse. */
const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze()
const textProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmFootnote)
  .freeze()

/** Options of `parseMarkdown`. */
export interface ParseOptions {
  /**
   * The input is plain text, not Markdown: indentation is layout, not code. Leading spaces
   * and tabs are then read as no-break spaces (same length, so positions do not move), and of
   * GFM only footnotes are read.
   */
  plainText?: boolean
}

/** Parse text or Markdown into an mdast tree (CommonMark + GFM, including `[^label]` footnotes). */
export function parseMarkdown(text: string, options: Readonly<ParseOptions> = {}): Root {
  if (!options.plainText) return markdownProcessor.parse(text)
  return textProcessor.parse(text.replace(/^[ \t]+/gm, (indent) => '\u00a0'.repeat(indent.length)))
}
