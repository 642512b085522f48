/**
 * A fast path for the commonest Markdown: paragraphs of plain prose, and ATX headings, set
 * between blank lines. micromark runs every character through its state machines, twice for a
 * paragraph (once as flow, once as text); a block holding no character Markdown gives a meaning
 * reads as one text node, so it is built here with micromark's positions, and only the
 * stretches between such blocks are given to the parser.
 *
 * A block is taken only when nothing around it can change how it reads: it starts after a blank
 * line (or the piece's start) and ends before one (or the piece's end), at the top level
 * (outside a fenced code or HTML block; a line in column 1 after a blank line ends every list,
 * quote and note); none of its lines opens a block or holds a backslash, backtick, underscore,
 * tilde, pipe, tab or control character, or leading white space, or trailing white space (a line
 * break; spaces may end the block's last line); no bracket is followed by `(`; and its asterisks,
 * `<` and `&` are text, autolinks or plain emphasis (`readPlainPhrasing`). A piece holding `]:`
 * anywhere (a link or note definition, which makes brackets mean something across the piece) is
 * read the usual way. `tests/annotations/plain-blocks.test.ts` checks the trees are the same as
 * micromark's, on real papers and random texts.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { followBlock, type OpenBlock } from './chunks.ts'
import type { MarkdownParser } from './definition-lines.ts'
import { readPlainPhrasing } from './plain-phrasing.ts'
import { rootPosition, shiftPositions } from './positions.ts'

/** What opens or continues a block at a line start: marks, white space, a list number. */
const blockStart = /^(?:[#>*+\-=_~`<|[\s]|\d{1,9}[.)](?:\s|$))/

/**
 * Inline marks (escapes, code, underscores, strikethrough, cells, inline links), controls, tabs;
 * asterisks, `<` and `&` are read by `readPlainPhrasing`.
 */
const inlineMark = /[\\`_~|\p{Cc}]|\]\(/u

/** White space ending a line (inside a paragraph, a line break). */
const trailingSpace = /\s$/u

/** A plain ATX heading: one space after its marks, no closing marks, maybe spaces after it. */
const plainHeading = /^(#{1,6}) ([^#\s](?:[^#]*[^#\s])?) *$/

/** A line of the piece. */
interface Line {
  /** Offset of its first character in the piece. */
  start: number
  /** Its text, without the line ending. */
  text: string
}

/** A plain block found in the piece: its first and last lines, and its depth when a heading. */
interface PlainBlock {
  /** Index of its first line. */
  first: number
  /** Index of its last line. */
  last: number
  /** Depth of a heading; 0 for a paragraph. */
  depth: number
  /** Length of its text on its last line, without the spaces that end it. */
  lastLength: number
  /** Its inline content. */
  children: Array<PhrasingContent>
}

/**
 * Parse a piece to the tree micromark gives it, building its plain blocks directly and parsing
 * the rest with `parser`.
 */
export function parsePlainBlocks(piece: string, parser: MarkdownParser): Root {
  if (piece.includes(']:')) return parser.parse(piece)
  const lines = splitLines(piece)
  const blocks = findPlainBlocks(piece, lines)
  if (blocks.length === 0) return parser.parse(piece)
  const children: Array<RootContent> = []
  let from = 0
  for (const block of blocks) {
    parseStretch(piece, lines, from, block.first, parser, children)
    children.push(buildBlock(lines, block))
    from = block.last + 1
  }
  parseStretch(piece, lines, from, lines.length, parser, children)
  return { type: 'root', children, position: rootPosition(piece) }
}

/** The piece's lines (a final line ending opens one more, empty line, as it does for micromark). */
function splitLines(piece: string): Array<Line> {
  const lines: Array<Line> = []
  let start = 0
  for (;;) {
    const end = piece.indexOf('\n', start)
    if (end === -1) break
    lines.push({ start, text: piece.slice(start, end) })
    start = end + 1
  }
  lines.push({ start, text: piece.slice(start) })
  return lines
}

/** The plain blocks of the piece, in order. */
function findPlainBlocks(piece: string, lines: ReadonlyArray<Line>): Array<PlainBlock> {
  const blocks: Array<PlainBlock> = []
  let open: OpenBlock = null
  for (let index = 0; index < lines.length; index++) {
    const text = (lines[index] as Line).text
    if (open === null && (index === 0 || (lines[index - 1] as Line).text === '')) {
      const block = readPlainBlock(piece, lines, index)
      if (block !== null) {
        blocks.push(block)
        index = block.last
        continue
      }
    }
    open = followBlock(open, text)
  }
  return blocks
}

/** The plain block starting on line `first`, ending before a blank line or the end, or `null`. */
function readPlainBlock(
  piece: string,
  lines: ReadonlyArray<Line>,
  first: number,
): PlainBlock | null {
  const text = (lines[first] as Line).text
  const heading = plainHeading.exec(text)
  let last = first
  if (heading) {
    if (inlineMark.test(heading[2] as string)) return null
  } else {
    if (!isPlainLine(text)) return null
    while (
      last + 1 < lines.length &&
      !trailingSpace.test((lines[last] as Line).text) &&
      isPlainLine((lines[last + 1] as Line).text)
    ) {
      last++
    }
  }
  const next = lines[last + 1]
  if (next !== undefined && next.text !== '') return null
  // Spaces may end the block (they are not part of its text); other white space may not.
  const lastText = (lines[last] as Line).text
  let lastLength = lastText.length
  while (lastText.charCodeAt(lastLength - 1) === 0x20) lastLength--
  if (trailingSpace.test(lastText.slice(0, lastLength))) return null
  const depth = heading ? (heading[1] as string).length : 0
  const start = lines[first] as Line
  const textStart = depth > 0 ? depth + 1 : 0
  const children = readPlainPhrasing(
    piece.slice(start.start + textStart, (lines[last] as Line).start + lastLength),
    { line: first + 1, column: textStart + 1, offset: start.start + textStart },
  )
  if (children === null) return null
  return { first, last, depth, lastLength, children }
}

/** A line of plain prose: not empty, opening no block, holding no inline mark. */
function isPlainLine(text: string): boolean {
  return text !== '' && !blockStart.test(text) && !inlineMark.test(text)
}

/** Parse lines `[from, to)` with `parser`, adding their blocks at their place in the piece. */
function parseStretch(
  piece: string,
  lines: ReadonlyArray<Line>,
  from: number,
  to: number,
  parser: MarkdownParser,
  children: Array<RootContent>,
): void {
  const first = lines[from]
  if (first === undefined || from >= to) return
  const end = to < lines.length ? (lines[to] as Line).start : piece.length
  const stretch = piece.slice(first.start, end)
  if (/^\n*$/.test(stretch)) return
  for (const child of parser.parse(stretch).children) {
    shiftPositions(child, { line: from + 1, column: 1, offset: first.start })
    children.push(child)
  }
}

/** The heading or paragraph of a plain block. */
function buildBlock(lines: ReadonlyArray<Line>, block: PlainBlock): Heading | Paragraph {
  const first = lines[block.first] as Line
  const last = lines[block.last] as Line
  const position = {
    start: { line: block.first + 1, column: 1, offset: first.start },
    end: {
      line: block.last + 1,
      column: last.text.length + 1,
      offset: last.start + last.text.length,
    },
  }
  const { children } = block
  if (block.depth > 0) {
    return { type: 'heading', depth: block.depth as Heading['depth'], children, position }
  }
  return { type: 'paragraph', children, position }
}
