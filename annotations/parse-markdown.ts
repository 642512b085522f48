import type { Root, RootContent } from 'mdast'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import { splitChunks } from './chunks.ts'
import { type MarkdownParser, parseDefinitionLines } from './definition-lines.ts'
import { parsePlainBlocks } from './plain-blocks.ts'
import { rootPosition, shiftPositions } from './positions.ts'
import { restoreMarkup, type Simplification, screenMarkup } from './screen.ts'

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

/**
 * What Markdown needs of GFM: footnotes, tables (a marker in a cell cites the cell) and
 * strikethrough (`~~old~~` is not part of a claim's words; single tildes are text, as in
 * `https://x.org/~user`). Not autolink literals: sources are read from a note's text as written
 * (`readUrls`), and a bare URL reads the same as text or as a link, while finding them took a
 * third of the parse, half of it on papers full of URLs (`npm run bench -- parse`). Nor task
 * lists (`[x]` reads the same either way).
 */
function remarkGfmForPapers(this: Processor): void {
  const data = this.data()
  data.micromarkExtensions = [
    ...(data.micromarkExtensions ?? []),
    gfmFootnote(),
    gfmTable(),
    gfmStrikethrough({ singleTilde: false }),
  ]
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    gfmFootnoteFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
  ]
}

/** One shared, frozen processor per input kind: building it for every call costs more than the parse. */
const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmForPapers)
  .freeze()
const textProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmFootnote)
  .freeze()

/** The parser `parseMarkdown` uses for Markdown, or for plain text (`plainText`). */
export function markdownParser(plainText: boolean): MarkdownParser {
  return plainText ? textProcessor : markdownProcessor
}

/** Options of `parseMarkdown`. */
export interface ParseOptions {
  /**
   * The input is plain text, not Markdown: indentation is layout, not code. Leading spaces
   * and tabs are then read as no-break spaces (same length, so positions do not move), and of
   * GFM only footnotes are read.
   */
  plainText?: boolean
}

/** A parsed paper. */
export interface ParsedMarkdown {
  /** The mdast tree. */
  tree: Root
  /** Marks read as plain text because they passed a limit (see `screenMarkup`). */
  simplifications: Array<Simplification>
}

/**
 * Parse text or Markdown into an mdast tree (CommonMark + GFM, including `[^label]` footnotes)
 * in time and memory linear in the text: it is parsed piece by piece (see `splitChunks`),
 * positions carried over to the whole text, and each piece is screened first (pathological
 * nesting and runs of brackets or emphasis marks are read as plain text, see `screenMarkup`).
 */
export function parseMarkdown(text: string, options: Readonly<ParseOptions> = {}): ParsedMarkdown {
  // Plain text: leading spaces and tabs become no-break spaces, piece by piece (no copy of the
  // whole text is made).
  const prepare = options.plainText
    ? (piece: string) => piece.replace(/^[ \t]+/gm, (indent) => '\u00a0'.repeat(indent.length))
    : (piece: string) => piece
  const input = text
  const processor = markdownParser(options.plainText === true)
  const chunks = splitChunks(input)
  const simplifications = new Map<Simplification['kind'], Simplification>()
  const children: Array<RootContent> = []
  for (const chunk of chunks) {
    const whole = chunks.length === 1
    const screened = screenMarkup(prepare(whole ? input : input.slice(chunk.offset, chunk.end)))
    const part =
      parseDefinitionLines(screened.text, processor) ?? parsePlainBlocks(screened.text, processor)
    if (screened.simplifications.length > 0) restoreMarkup(part)
    if (!whole) shiftPositions(part, chunk)
    for (const child of part.children) children.push(child)
    for (const found of screened.simplifications) {
      merge(simplifications, { ...found, offset: found.offset + chunk.offset })
    }
    if (chunk.midLine) {
      merge(simplifications, {
        kind: 'long-line',
        offset: chunk.offset,
        most: chunk.end - chunk.offset,
        count: 1,
      })
    }
  }
  const tree: Root = { type: 'root', children, position: rootPosition(input) }
  return { tree, simplifications: [...simplifications.values()] }
}

/** Add `found` to what was found in earlier pieces (the first place, the most, the count). */
function merge(
  found: Map<Simplification['kind'], Simplification>,
  simplification: Simplification,
): void {
  const earlier = found.get(simplification.kind)
  if (!earlier) found.set(simplification.kind, simplification)
  else {
    earlier.most = Math.max(earlier.most, simplification.most)
    earlier.count += simplification.count
  }
}
