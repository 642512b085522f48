/**
 * Split a long paper into pieces the Markdown parser can read one at a time. micromark keeps
 * every event of a document until the end (about 75 bytes per character of a paper, 400 for
 * one long line), while the tree it leaves is about 7 bytes per character: parsing a few KiB
 * at a time keeps the peak near the size of the tree, and bounds what any quadratic corner of
 * the parser can cost.
 *
 * A piece ends only where the Markdown would end anyway: at a blank line followed by a line that
 * starts in column 1 (so no list item, footnote definition or indented code continues across
 * it), or before a footnote definition in column 1 (which ends any block before it), outside a
 * fenced code block and outside an HTML block that may hold blank lines. What
 * a reader of the pieces cannot see across them (a footnote marker whose definition is in
 * another piece, a reference link) stays text as written, which is how citecheck reads markers
 * and URLs anyway.
 */

/** Pieces are cut at the first safe place after this many characters. */
export const chunkSize = 4 * 1024

/**
 * No piece is longer than this: past it, a piece is cut at the next line start even inside a
 * paragraph (a paper with no blank lines, a footnote section in one block), and a single line
 * longer than this is cut at a space (a crafted paper; reported by the caller).
 */
export const maxChunkSize = 64 * 1024

/** One piece of the text. */
export interface Chunk {
  /** 0-based offset where it starts. */
  offset: number
  /** 1-based line where it starts. */
  line: number
  /** 1-based column where it starts (1 unless a single long line was cut). */
  column: number
  /** 0-based offset where it ends (exclusive). */
  end: number
  /** `true` when it starts inside a line longer than {@link maxChunkSize}. */
  midLine: boolean
}

/**
 * A GFM footnote definition opening in column 1 (`[^label]:`, a label without spaces, brackets
 * or escapes): it interrupts a paragraph, a list, a block quote and a table, so a piece may end
 * before it even without a blank line (a notes section written one definition per line).
 */
const footnoteDefinitionStart = /^\[\^[^\s[\]\\]+\]:/

/** HTML blocks that may hold blank lines (CommonMark types 1–5), and what ends them. */
const htmlBlocks: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]

/** Split `text` into pieces of about {@link chunkSize} characters (one piece when shorter). */
export function splitChunks(text: string, size = chunkSize, maxSize = maxChunkSize): Array<Chunk> {
  const chunks: Array<Chunk> = []
  let current = { offset: 0, line: 1, column: 1, midLine: false }
  const cut = (offset: number, line: number, column: number, midLine: boolean) => {
    if (offset <= current.offset) return
    chunks.push({ ...current, end: offset })
    current = { offset, line, column, midLine }
  }
  let line = 1
  let block: OpenBlock = null
  let previousBlank = false
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const lineText = text.slice(start, end)
    const blank = isBlank(lineText)
    const open = block === null
    const safe =
      (previousBlank && !blank && lineText[0] !== ' ' && lineText[0] !== '\t') ||
      footnoteDefinitionStart.test(lineText)
    const length = start - current.offset
    // At a safe place past `size`, or before a line that would take the piece past `maxSize`.
    if (open && ((safe && length >= size) || end - current.offset > maxSize)) {
      cut(start, line, 1, false)
    }
    // A single line longer than the limit: cut it at spaces.
    while (open && end - current.offset > maxSize) {
      const limit = current.offset + maxSize
      const at = findSpace(text, limit, limit - maxSize / 2) ?? limit
      cut(at, line, at - start + 1, true)
    }
    block = followBlock(block, lineText)
    previousBlank = blank
    start = end + 1
    line++
  }
  chunks.push({ ...current, end: text.length })
  return chunks
}

/** The offset after the last space in `(from, limit]`, searching back no further than `from`. */
function findSpace(text: string, limit: number, from: number): number | undefined {
  for (let index = limit - 1; index > from; index--) {
    if (text[index] === ' ') return index + 1
  }
  return undefined
}

function isBlank(lineText: string): boolean {
  return /^[ \t\r]*$/.test(lineText)
}

/**
 * A block that may hold blank lines, open at the top level of a text: a fenced code block (its
 * fence) or an HTML block (the pattern that ends it); `null` outside both.
 */
export type OpenBlock = { fence: { mark: string; length: number } } | { html: RegExp } | null

/** The block open after `lineText`, given the one open before it. */
export function followBlock(open: OpenBlock, lineText: string): OpenBlock {
  if (open === null) {
    const fence = opensFence(lineText)
    if (fence !== null) return { fence }
    const html = opensHtml(lineText)
    return html === null ? null : { html }
  }
  if ('html' in open) return open.html.test(lineText) ? null : open
  return closesFence(lineText, open.fence) ? null : open
}

function opensFence(lineText: string): { mark: string; length: number } | null {
  const match = /^ {0,3}(`{3,}|~{3,})/.exec(lineText)
  if (!match?.[1]) return null
  return { mark: match[1][0] as string, length: match[1].length }
}

function closesFence(lineText: string, fence: { mark: string; length: number }): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lineText)
  return Boolean(match?.[1] && match[1][0] === fence.mark && match[1].length >= fence.length)
}

/** The end pattern of an HTML block opened (and not closed) on this line, or `null`. */
function opensHtml(lineText: string): RegExp | null {
  for (const [open, close] of htmlBlocks) {
    if (open.test(lineText)) return close.test(lineText.replace(open, '')) ? null : close
  }
  return null
}
