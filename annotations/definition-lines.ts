/**
 * A fast path for the commonest notes section: footnote definitions written one per line
 * (`[^12]: A. Author, “Title”, *Outlet*, 2024, <https://…>.`). micromark reads each definition
 * as a container holding a document of its own, which costs about twice reading the same text
 * as paragraphs; here the definitions' texts are read as paragraphs (`parsePlainBlocks`: the
 * plain ones built directly, the rest in one parse), and each paragraph is put in its definition with the positions of the original text.
 *
 * Only lines whose text cannot read differently outside its definition are taken: it opens no
 * block (no heading, quote, list, fence, HTML, thematic break, table or link definition), holds
 * no footnote reference (it could only resolve inside the piece), and has no tab, carriage
 * return or trailing space (they move columns). Anything else, anywhere in the piece, and the
 * piece is read the usual way. `tests/annotations/definition-lines.test.ts` checks the trees
 * are the same as micromark's.
 */
import type { FootnoteDefinition, Paragraph, Root, RootContent } from 'mdast'
import { parsePlainBlocks } from './plain-blocks.ts'
import { rootPosition } from './positions.ts'

/** A one-line footnote definition: its label, and its text (one space after the colon). */
const definitionLine = /^\[\^([^\s[\]\\^]+)\]: (\S(?:.*\S)?)$/

/** Texts that may open a block or a link definition, or hold a reference, tab or return. */
const unsafeText = /^[#>*+\-=_~`<|\d!:]|^\[[^\]]*\]:|\[\^|[\t\r]/

/** A parser of Markdown into mdast (one of `parseMarkdown`'s processors). */
export interface MarkdownParser {
  /** Parse text into a tree. */
  parse: (text: string) => Root
}

/** One definition line of the piece. */
interface DefinitionLine {
  /** Its label as written. */
  label: string
  /** 1-based line in the piece. */
  line: number
  /** Offset of the line in the piece. */
  offset: number
  /** Length of the line. */
  length: number
  /** Length of `[^label]: `, before the text. */
  prefix: number
  /** The text. */
  text: string
}

/** The piece's definition lines, or `null` when any non-blank line is not a safe one. */
function readDefinitionLines(piece: string): Array<DefinitionLine> | null {
  const lines: Array<DefinitionLine> = []
  let offset = 0
  let line = 1
  while (offset < piece.length) {
    let end = piece.indexOf('\n', offset)
    if (end === -1) end = piece.length
    const text = piece.slice(offset, end)
    if (text !== '') {
      const match = definitionLine.exec(text)
      const label = match?.[1]
      const content = match?.[2]
      if (label === undefined || content === undefined || unsafeText.test(content)) return null
      lines.push({
        label,
        line,
        offset,
        length: text.length,
        prefix: label.length + 5,
        text: content,
      })
    }
    offset = end + 1
    line++
  }
  return lines
}

/**
 * Move a node parsed on `fromLine` of the joined texts to where its text is in the piece;
 * `false` (the node partly moved) when some of it is on another line.
 */
function placeNode(
  node: RootContent,
  fromLine: number,
  definition: DefinitionLine,
  at: number,
): boolean {
  const stack: Array<{ position?: Root['position']; children?: Array<unknown> }> = [node]
  const shift = definition.offset + definition.prefix - at
  while (stack.length > 0) {
    const current = stack.pop()
    if (!current) continue
    for (const point of current.position ? [current.position.start, current.position.end] : []) {
      if (point.line !== fromLine) return false
      point.line = definition.line
      point.column += definition.prefix
      if (point.offset !== undefined) point.offset += shift
    }
    if (Array.isArray(current.children)) {
      for (const child of current.children) stack.push(child as typeof current)
    }
  }
  return true
}

/**
 * Parse a piece made only of safe one-line footnote definitions (and blank lines) to the tree
 * micromark gives it, or `null` when the piece is anything else (fewer than two definitions
 * included: nothing to gain).
 */
export function parseDefinitionLines(piece: string, parser: MarkdownParser): Root | null {
  const definitions = readDefinitionLines(piece)
  if (definitions === null || definitions.length < 2) return null
  const joined = definitions.map((definition) => definition.text).join('\n\n')
  const paragraphs = parsePlainBlocks(joined, parser).children
  if (paragraphs.length !== definitions.length) return null
  const children: Array<RootContent> = []
  let at = 0
  for (const [index, definition] of definitions.entries()) {
    const paragraph = paragraphs[index] as RootContent
    if (paragraph.type !== 'paragraph' || paragraph.position?.start.offset !== at) return null
    if (!placeNode(paragraph, 2 * index + 1, definition, at)) return null
    const node: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier: definition.label.toLowerCase().toUpperCase().toLowerCase(),
      label: definition.label,
      children: [paragraph as Paragraph],
      position: {
        start: { line: definition.line, column: 1, offset: definition.offset },
        end: {
          line: definition.line,
          column: definition.length + 1,
          offset: definition.offset + definition.length,
        },
      },
    }
    children.push(node)
    at += definition.text.length + 2
  }
  return { type: 'root', children, position: rootPosition(piece) }
}
