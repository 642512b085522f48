/**
 * Escapers for untrusted text in a Markdown report, one per context: phrasing text (paragraphs,
 * headings, list items, table cells, link text), link destinations and inline code. Each is one
 * linear pass over its text and writes what mdast-util-to-markdown writes for the same input,
 * so the report's bytes stay the same; the tests hold them to that and to a round trip through
 * remark.
 */

import { classifyCharacter, hasControlOrSpace, isAsciiPunctuation } from './markdown-characters.ts'

/** Where a piece of phrasing text sits. */
export interface TextContext {
  /** The character written just before it: `\n` at the start of a line. */
  before: string
  /** The character written just after it: `\n` at the end of a line. */
  after: string
  /** Inside a GFM table cell: `|` is escaped. */
  table?: boolean
  /** Inside link text: `]` is escaped and GFM literals cannot form. */
  label?: boolean
  /** Inside an ATX heading: a final `#` is escaped. */
  heading?: boolean
}

/**
 * How a character must be escaped, as bits: 1 when it must, 2 when only because of the character
 * before it, 4 when only because of the one after (then an escaped neighbour makes it safe).
 */
const none = 0
const always = 1
const unlessBefore = 3
const unlessAfter = 5
const unlessEither = 7

/** Whether a code is a line ending. */
function isEol(code: number): boolean {
  return code === 10 || code === 13
}

/** Whether a code is ASCII whitespace that separates a block marker (`[ \t\r\n]`). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || isEol(code)
}

/** Whether a code is a JavaScript word character (`\w`). */
function isWord(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  )
}

/** Combine two escape needs of one character: it depends on a neighbour only if both do. */
function merge(current: number, next: number): number {
  if (current === none) return next
  if (next === none) return current
  return 1 | (current & next & 6)
}

/** Whether the characters from the line start up to `index` are digits (at least one). */
function digitsSinceBreak(value: string, index: number, start: number): boolean {
  if (index <= start) return false
  for (let at = start; at < index; at += 1) {
    const code = value.charCodeAt(at)
    if (code < 48 || code > 57) return false
  }
  return true
}

/**
 * Where the GFM literal patterns (`@`, `.` after `w`) last matched: a match takes the characters
 * on both sides, so the next one cannot start on them (mdast-util-to-markdown scans with one
 * regular expression per pattern, and its matches do not overlap).
 */
interface LiteralMatches {
  /** Index of the last `@` matched. */
  at: number
  /** Index of the last `.` matched. */
  dot: number
}

/** What escaping the character at `index` needs (see `none`, `always`, …). */
function classify(
  value: string,
  index: number,
  context: TextContext,
  lineStart: number,
  matches: LiteralMatches,
): number {
  const code = value.charCodeAt(index)
  const previous =
    index > 0 ? value.charCodeAt(index - 1) : context.before.charCodeAt(context.before.length - 1)
  const next = index + 1 < value.length ? value.charCodeAt(index + 1) : context.after.charCodeAt(0)
  // At a line break: only spaces and tabs since the start of the line.
  const atBreak = lineStart >= 0 && index >= lineStart
  const breakHere = atBreak && index === lineStart
  const literals = context.label !== true
  let need = none
  switch (code) {
    case 9:
    case 32:
      if (isEol(next)) need = merge(need, unlessAfter)
      if (isEol(previous)) need = merge(need, unlessBefore)
      break
    case 33:
      if (next === 91) need = unlessAfter
      break
    case 35:
      if (breakHere) need = unlessBefore
      if (context.heading === true && index === value.length - 1 && isEol(next)) {
        need = merge(need, unlessAfter)
      }
      break
    case 38:
      if (next === 35 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
        need = unlessAfter
      }
      break
    case 40:
      if (previous === 93) need = unlessBefore
      break
    case 41:
    case 46:
      if (atBreak && digitsSinceBreak(value, index, lineStart)) {
        if (code === 41) need = unlessBefore
        else if (isSpace(next) || Number.isNaN(next)) need = unlessEither
      }
      if (code === 46 && literals && (previous === 87 || previous === 119)) {
        if (isAsciiPunctuation(next) && /^www$/i.test(value.slice(index - 3, index))) {
          // Beyond mdast-util-to-markdown: micromark would start a `www.` link here and keep
          // the backslash of the next escape in it (`www.\_`), so this point is escaped.
          need = always
        } else if ((next === 45 || next === 46 || isWord(next)) && index > matches.dot + 2) {
          need = merge(need, unlessEither)
          matches.dot = index
        }
      }
      break
    case 42:
    case 91:
    case 95:
    case 96:
    case 126:
      need = always
      break
    case 43:
      if (breakHere && isSpace(next)) need = unlessEither
      break
    case 45:
      if (breakHere && (isSpace(next) || next === 45 || next === 58 || next === 124)) {
        need = unlessEither
      }
      break
    case 58:
      if (literals && (previous === 112 || previous === 115) && next === 47) need = unlessEither
      if (breakHere && next === 45) need = merge(need, unlessEither)
      break
    case 60:
      if (next === 33 || next === 47 || next === 63) need = unlessAfter
      if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) need = unlessAfter
      break
    case 61:
    case 62:
      if (breakHere) need = unlessBefore
      break
    case 64:
      if (literals && (previous === 43 || previous === 45 || previous === 46 || isWord(previous))) {
        if ((next === 45 || next === 46 || isWord(next)) && index > matches.at + 2) {
          need = unlessEither
          matches.at = index
        }
      }
      break
    case 92:
      if (isEol(next)) need = unlessAfter
      break
    case 93:
      if (context.label === true) need = always
      break
    case 124:
      if (context.table === true) need = always
      else if (breakHere && (next === 9 || next === 32 || next === 58 || next === 45)) {
        need = unlessEither
      }
      break
  }
  return need
}

/** `&#xHEX;` for a code point, as mdast-util-to-markdown writes character references. */
export function toCharacterReference(code: number): string {
  return `&#x${code.toString(16).toUpperCase()};`
}

/** Whether an underscore run at `index` sits inside a word and needs no escape. */
function isIntraword(value: string, index: number, context: TextContext): boolean {
  const previous =
    index > 0 ? value.charCodeAt(index - 1) : context.before.charCodeAt(context.before.length - 1)
  if (Number.isNaN(previous) || classifyCharacter(previous) !== 0) return false
  if (index === 1 && /[*_]$/.test(context.before)) return false
  let end = index + 1
  while (value.charCodeAt(end) === 95) end += 1
  const next = end < value.length ? value.charCodeAt(end) : context.after.charCodeAt(0)
  if (Number.isNaN(next) || classifyCharacter(next) !== 0) return false
  return !(end === value.length - 1 && /^[*_]/.test(context.after))
}

/** Characters that may need an escape somewhere in phrasing (spaces only at a line's ends). */
const candidates = /[!#&().*+\-:<=>@[\\\]_`|~]/g

/**
 * A quick test that rules most text out: nothing here means nothing to escape, unless the text
 * starts a line (block markers) or ends one with a space.
 */
const maybeUnsafe = /[*[\]_`~|\\]|!(?:\[|$)|&(?:[#A-Za-z]|$)|^\(|<(?:[!/?A-Za-z]|$)|[wW]\.|@|[ps]:/

/**
 * Escape phrasing text so that a Markdown reader shows exactly `value`: every character that
 * could start something where it stands gets a backslash (or a character reference). Only the
 * characters that can matter are looked at.
 */
export function escapeText(value: string, context: TextContext): string {
  const length = value.length
  const startsLine = isEol(context.before.charCodeAt(context.before.length - 1))
  const endsLine = isEol(context.after.charCodeAt(0))
  const lastCode = value.charCodeAt(length - 1)
  const endsWithSpace = endsLine && (lastCode === 32 || lastCode === 9)
  const endsHeading = context.heading === true && lastCode === 35
  const before = context.before.charCodeAt(context.before.length - 1)
  const first = value.charCodeAt(0)
  // A literal pattern can start on the character before the text.
  const joins =
    (first === 46 && (before | 0x20) === 119) ||
    (first === 58 && (before === 112 || before === 115))
  if (!startsLine && !endsWithSpace && !endsHeading && !joins && !maybeUnsafe.test(value)) {
    return value
  }
  const positions: Array<number> = []
  const needs: Array<number> = []
  const matches: LiteralMatches = { at: -3, dot: -3 }
  let lineStart = -1
  if (startsLine) {
    lineStart = 0
    while (value.charCodeAt(lineStart) === 32 || value.charCodeAt(lineStart) === 9) {
      const need = classify(value, lineStart, context, lineStart, matches)
      if (need !== none) {
        positions.push(lineStart)
        needs.push(need)
      }
      lineStart += 1
    }
  }
  for (const match of value.matchAll(candidates)) {
    const need = classify(value, match.index, context, lineStart, matches)
    if (need !== none) {
      positions.push(match.index)
      needs.push(need)
    }
  }
  if (endsLine) {
    let first = length
    while (first > 0 && (value.charCodeAt(first - 1) === 32 || value.charCodeAt(first - 1) === 9)) {
      first -= 1
    }
    for (let index = Math.max(first, lineStart); index < length; index += 1) {
      const need = classify(value, index, context, lineStart, matches)
      if (need !== none) {
        positions.push(index)
        needs.push(need)
      }
    }
  }
  if (positions.length === 0) return escapeBackslashes(value, context.after)
  let out = ''
  let start = 0
  for (let at = 0; at < positions.length; at += 1) {
    const index = positions[at] as number
    const need = needs[at] as number
    if ((need & 4) !== 0 && positions[at + 1] === index + 1 && needs[at + 1] === always) continue
    if ((need & 2) !== 0 && positions[at - 1] === index - 1 && needs[at - 1] === always) continue
    const code = value.charCodeAt(index)
    if (code === 95 && isIntraword(value, index, context)) {
      let end = index
      while (value.charCodeAt(end + 1) === 95 && positions[at + 1] === end + 1) {
        end += 1
        at += 1
      }
      continue
    }
    out += escapeBackslashes(value.slice(start, index), '\\')
    out += isAsciiPunctuation(code) ? `\\${value.charAt(index)}` : toCharacterReference(code)
    start = index + 1
  }
  return out + escapeBackslashes(value.slice(start), context.after)
}

/** Double each backslash that the next character (in `value`, else `after`) would pair with. */
function escapeBackslashes(value: string, after: string): string {
  if (!value.includes('\\')) return value
  let out = ''
  for (let index = 0; index < value.length; index += 1) {
    const character = value.charAt(index)
    const next = index + 1 < value.length ? value.charCodeAt(index + 1) : after.charCodeAt(0)
    out += character === '\\' && isAsciiPunctuation(next) ? '\\\\' : character
  }
  return out
}

/**
 * A link destination written raw (`(` `)` `&` `[` escaped, `|` too in a table cell), or inside
 * `<…>` when it holds spaces or control characters. `after` is the character that follows.
 */
export function escapeDestination(url: string, after: string, table = false): string {
  if (hasControlOrSpace(url)) {
    return `<${escapeSimple(url, /[<>\n\r]|&(?=[#A-Za-z])|\[|\|/g, table, '>')}>`
  }
  return escapeSimple(url, /[()[]|&(?=[#A-Za-z])|\|/g, table, after)
}

/** Backslash-escape the matches of `pattern` (`|` only in a table), then pair backslashes. */
function escapeSimple(value: string, pattern: RegExp, table: boolean, after: string): string {
  let out = ''
  let start = 0
  for (const match of value.matchAll(pattern)) {
    if (match[0] === '|' && !table) continue
    out += escapeBackslashes(value.slice(start, match.index), '\\')
    out += `\\${match[0]}`
    start = match.index + 1
  }
  return out + escapeBackslashes(value.slice(start), after)
}

/**
 * Inline code: a fence of backticks longer than any run inside, padding when the value starts
 * or ends with a space or backtick, and in a table cell every `|` escaped.
 */
export function formatInlineCode(value: string, table = false): string {
  let fence = '`'
  while (new RegExp(`(^|[^\`])${fence}([^\`]|$)`).test(value)) fence += '`'
  const padded =
    /[^\n\r ]/.test(value) &&
    ((/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value)) || /^`|`$/.test(value))
  const body = (padded ? ` ${value} ` : value).replace(/\r?\n|\r/g, ' ')
  const code = `${fence}${body}${fence}`
  return table
    ? code.replace(
        /(\\*)\|/g,
        (_, slashes: string) => `${slashes}${slashes.length % 2 === 0 ? '\\' : ''}|`,
      )
    : code
}
