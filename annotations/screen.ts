/**
 * A linear pre-screen of the text the Markdown parser will see. micromark is quadratic in a few
 * constructs and recursive in nesting: every `]` and every closing `*`/`_`/`~` run walks back
 * over all the events of its paragraph, and each nested container costs a frame. A crafted
 * paper (100k `[` then 100k `]`, 5,000 nested `> `, 1,000 nested lists) would take minutes or
 * overflow the stack. The screen counts, in one pass, the containers opened on each line and
 * the brackets and closing delimiter runs of each paragraph, and past a limit it swaps the
 * excess marks for placeholders of the same length, so positions do not move: the parser reads
 * them as plain text, and {@link restoreMarkup} puts the original characters back in the tree.
 */

/** Limits past which marks are read as plain text. */
export const markupLimits = {
  /** Containers (block quotes, list items) nested on one line. */
  nesting: 32,
  /** `[` open (not yet closed) at once in one paragraph. */
  openBrackets: 128,
  /**
   * Work the `]` of one paragraph may cost, per character of the paragraph so far: a `]`
   * costs the distance back to its `[`, or to the paragraph's start when it has none.
   */
  bracketWork: 64,
  /** Runs of `*`, `_` or `~` that may close emphasis or strikethrough, in one paragraph. */
  delimiterRuns: 128,
} as const

/** What was read as plain text, and where it first happened. */
export interface Simplification {
  /**
   * `nesting`: containers past the limit; `brackets`, `delimiters`: marks past the limit;
   * `long-line`: a line longer than `maxChunkSize`, read in pieces.
   */
  kind: 'nesting' | 'brackets' | 'delimiters' | 'long-line'
  /** 0-based offset of the first mark read as text. */
  offset: number
  /** Most containers on one line, or most marks in one paragraph, that were found. */
  most: number
  /** Lines (nesting) or paragraphs (marks) concerned. */
  count: number
}

/** The text as the parser should see it. */
export interface ScreenedText {
  /** Same length as the input; marks past a limit replaced by placeholders. */
  text: string
  /** What was simplified (empty: `text` is the input). */
  simplifications: Array<Simplification>
}

/** Marks that may be swapped, and their placeholders: Unicode noncharacters U+FDD0… */
const swappable = '[]*_~>-+.)'
const firstPlaceholder = 0xfdd0
const placeholderPattern = /[\uFDD0-\uFDD9]/g

/** Screen `text` (see the module comment). Linear in the length of `text`. */
export function screenMarkup(text: string): ScreenedText {
  let codes: Uint16Array | null = null
  const swap = (offset: number) => {
    codes ??= copyCodes(text)
    codes[offset] = firstPlaceholder + swappable.indexOf(text[offset] as string)
  }
  const found = new Map<Simplification['kind'], Simplification>()
  /** One more paragraph (or line) of `kind` simplified, first at `offset`, with `most` marks. */
  const note = (kind: Simplification['kind'], offset: number, most: number) => {
    const entry = found.get(kind)
    if (!entry) found.set(kind, { kind, offset, most, count: 1 })
    else {
      entry.most = Math.max(entry.most, most)
      entry.count++
    }
  }
  const raise = (kind: Simplification['kind'], most: number) => {
    const entry = found.get(kind)
    if (entry) entry.most = Math.max(entry.most, most)
  }
  let paragraphStart = 0
  let brackets = 0
  let bracketWork = 0
  let bracketsNoted = false
  const open: Array<number> = []
  let runs = 0
  let runsNoted = false
  const endParagraph = (next: number) => {
    if (bracketsNoted) raise('brackets', brackets)
    if (runsNoted) raise('delimiters', runs)
    paragraphStart = next
    brackets = 0
    bracketWork = 0
    bracketsNoted = false
    open.length = 0
    runs = 0
    runsNoted = false
  }
  const swapBracket = (index: number) => {
    if (!bracketsNoted) note('brackets', index, brackets)
    bracketsNoted = true
    swap(index)
  }
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const prefix = readPrefix(text, start, end)
    if (prefix.blank || prefix.boundary) endParagraph(start)
    if (prefix.swap !== -1) {
      swap(prefix.swap)
      note('nesting', prefix.swap, prefix.depth)
    }
    for (let index = prefix.end; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x5c /* \ */) {
        index++
      } else if (code === 0x5b /* [ */) {
        brackets++
        if (open.length >= markupLimits.openBrackets) swapBracket(index)
        else open.push(index)
      } else if (code === 0x5d /* ] */) {
        brackets++
        const position = index - paragraphStart + 1
        const cost = open.length > 0 ? index - (open.pop() as number) : position
        if (bracketWork + cost > markupLimits.bracketWork * position) swapBracket(index)
        else bracketWork += cost
      } else if (code === 0x2a /* * */ || code === 0x5f /* _ */ || code === 0x7e /* ~ */) {
        let last = index
        while (last + 1 < end && text.charCodeAt(last + 1) === code) last++
        if (mayClose(text, index, last, start, end, code) && ++runs > markupLimits.delimiterRuns) {
          if (!runsNoted) note('delimiters', index, runs)
          runsNoted = true
          for (let at = index; at <= last; at++) swap(at)
        }
        index = last
      }
    }
    start = end + 1
  }
  endParagraph(text.length)
  if (codes === null) return { text, simplifications: [] }
  return { text: decodeCodes(codes), simplifications: [...found.values()] }
}

/**
 * The UTF-16 code units of `text`, where a noncharacter already in the text (which would be
 * restored as a mark) becomes U+FFFD.
 */
function copyCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    codes[index] =
      code >= firstPlaceholder && code < firstPlaceholder + swappable.length ? 0xfffd : code
  }
  return codes
}

function decodeCodes(codes: Uint16Array): string {
  const parts: Array<string> = []
  for (let index = 0; index < codes.length; index += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(index, index + 8192)))
  }
  return parts.join('')
}

/** Put the swapped marks back in every string of `tree` (text values, URLs, labels). */
export function restoreMarkup<Tree extends object>(tree: Tree): Tree {
  const stack: Array<unknown> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>
    for (const key in node) {
      const value = node[key]
      if (typeof value === 'string') {
        if (key !== 'type' && value.search(placeholderPattern) !== -1) {
          node[key] = value.replace(placeholderPattern, restoreOne)
        }
      } else if (typeof value === 'object' && value !== null && key !== 'position') {
        stack.push(value)
      }
    }
  }
  return tree
}

function restoreOne(placeholder: string): string {
  return swappable[placeholder.charCodeAt(0) - firstPlaceholder] ?? placeholder
}

/** The container prefix of a line: how deep it nests, and the first marker past the limit. */
interface Prefix {
  /** The line is empty or only spaces and tabs: a paragraph ends. */
  blank: boolean
  /** The line starts a block that ends any open paragraph (list item, heading, footnote…). */
  boundary: boolean
  /** Estimated nesting depth of the line. */
  depth: number
  /** Offset of the marker to swap (past the limit), or -1. */
  swap: number
  /** Offset where the line's content starts (after the markers kept). */
  end: number
}

/**
 * Read the block quote and list markers at the start of the line `[start, end)`. The depth is
 * an upper bound of micromark's: the markers on the line plus half the indentation (each open
 * list level needs at least two columns).
 */
function readPrefix(text: string, start: number, end: number): Prefix {
  let index = start
  let columns = 0
  let markers = 0
  let afterMarker = false
  let boundary = false
  const swap = -1
  const breaks = createBreakTest(text, end)
  for (;;) {
    let spaces = 0
    while (index < end && (text[index] === ' ' || text[index] === '\t')) {
      spaces += text[index] === '\t' ? 4 : 1
      index++
    }
    if (index === end) {
      return { blank: markers === 0, boundary, depth: markers, swap, end: index }
    }
    columns += afterMarker ? Math.max(0, spaces - 1) : spaces
    const indent = afterMarker ? Math.max(0, spaces - 1) : spaces
    let marker = -1
    const mark = text[index] as string
    if (mark === '>') marker = index
    else if ((mark === '-' || mark === '+' || mark === '*') && isGap(text, index + 1, end)) {
      if (mark !== '+' && breaks(index, mark)) {
        return { blank: false, boundary: true, depth: markers, swap, end: index }
      }
      marker = index
      boundary ||= indent < 4 && hasContent(text, index + 1, end)
    } else if (mark >= '0' && mark <= '9') {
      let last = index
      while (last + 1 < end && last - index < 8 && /\d/.test(text[last + 1] as string)) last++
      const delimiter = text[last + 1]
      if ((delimiter === '.' || delimiter === ')') && isGap(text, last + 2, end)) {
        marker = last + 1
        boundary ||= indent < 4 && last === index && mark === '1' && hasContent(text, last + 2, end)
      }
    }
    if (marker === -1) {
      boundary ||= indent < 4 && startsBlock(text, index, end)
      return { blank: false, boundary, depth: markers, swap, end: index }
    }
    markers++
    if (swap === -1 && markers + Math.floor(columns / 2) > markupLimits.nesting) {
      // Past the limit: this marker is read as text, and with it the rest of the line.
      return {
        blank: false,
        boundary,
        depth: markers + Math.floor(columns / 2),
        swap: marker,
        end: marker,
      }
    }
    index = marker + 1
    afterMarker = true
  }
}

/** `true` when `[from, end)` starts with a space or tab, or is empty (a marker needs one). */
function isGap(text: string, from: number, end: number): boolean {
  return from >= end || text[from] === ' ' || text[from] === '\t'
}

/** `true` when `[from, end)` holds something besides spaces and tabs. */
function hasContent(text: string, from: number, end: number): boolean {
  for (let index = from; index < end; index++) {
    if (text[index] !== ' ' && text[index] !== '\t') return true
  }
  return false
}

/** An ATX heading, a footnote definition or a code fence, which end an open paragraph. */
function startsBlock(text: string, index: number, end: number): boolean {
  const head = text.slice(index, Math.min(end, index + 64))
  return /^(#{1,6}(?:[ \t]|$)|\[\^[^\]\s]+\]:|`{3,}|~{3,})/.test(head)
}

/**
 * A test for "the line from `index` on is a thematic break of `mark`" (`- - -`, `***`), linear
 * over all the calls on one line: a failed scan remembers where it failed.
 */
function createBreakTest(text: string, end: number): (index: number, mark: string) => boolean {
  const failedBefore = new Map<string, number>()
  return (index, mark) => {
    if (index < (failedBefore.get(mark) ?? -1)) return false
    let count = 0
    for (let at = index; at < end; at++) {
      const character = text[at]
      if (character === mark) count++
      else if (character !== ' ' && character !== '\t') {
        failedBefore.set(mark, at)
        return false
      }
    }
    return count >= 3
  }
}

/**
 * `true` when the run `[first, last]` of `*`, `_` or `~` may close emphasis: not after a space
 * or the line start, and for `_` not inside a word (`snake_case`, URLs).
 */
function mayClose(
  text: string,
  first: number,
  last: number,
  lineStart: number,
  lineEnd: number,
  code: number,
): boolean {
  if (first === lineStart) return false
  const before = text.charCodeAt(first - 1)
  if (before === 0x20 || before === 0x09) return false
  if (code !== 0x5f) return true
  const after = last + 1 < lineEnd ? text.charCodeAt(last + 1) : 0x20
  return !(isWordCode(before) && isWordCode(after))
}

function isWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code > 0x7f
  )
}
