/**
 * The atomic spans of inline Markdown the reader recognises at one position: autolinks,
 * inline HTML (kept as its raw text), character references, and the destination of an
 * inline link. Each returns where the span ends, or `null` when there is none.
 */

import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { isAsciiPunctuation } from './markdown-characters.ts'

/** `<scheme:…>` (CommonMark URI autolink), from its `<`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: CommonMark excludes ASCII controls from autolinks.
const uriAutolink = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020<>\u007f]*)>/y

/** `<name@host>` (an email autolink as micromark reads it: no `!` in the name), from its `<`. */
const emailAutolink =
  /<([a-zA-Z0-9.#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/y

/** An open or closing HTML tag, from its `<`. */
const htmlTag =
  /<(?:[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?|\/[A-Za-z][A-Za-z0-9-]*\s*)>/y

/** A numeric or named character reference, from its `&`. */
const characterReference =
  /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y

/** An autolink at `start`: its URL and the text a reader sees, or `null`. */
export function readAutolink(
  source: string,
  start: number,
): { url: string; text: string; end: number } | null {
  uriAutolink.lastIndex = start
  const uri = uriAutolink.exec(source)
  if (uri?.[1] !== undefined) return { url: uri[1], text: uri[1], end: uriAutolink.lastIndex }
  emailAutolink.lastIndex = start
  const email = emailAutolink.exec(source)
  if (email?.[1] !== undefined) {
    return { url: `mailto:${email[1]}`, text: email[1], end: emailAutolink.lastIndex }
  }
  return null
}

/**
 * Inline HTML at `start` (a tag, comment, processing instruction, declaration or CDATA), as
 * the index after it, or `null`. `unclosed` remembers closers already looked for in vain, so
 * many openers without a closer cost one scan, not one each.
 */
export function readHtml(source: string, start: number, unclosed: Set<string>): number | null {
  htmlTag.lastIndex = start
  if (htmlTag.exec(source) !== null) return htmlTag.lastIndex
  const rest = (open: string, close: string, from: number): number | null => {
    if (!source.startsWith(open, start) || unclosed.has(close)) return null
    const end = source.indexOf(close, from)
    if (end === -1) {
      unclosed.add(close)
      return null
    }
    return end + close.length
  }
  if (source.startsWith('<!-->', start)) return start + 5
  if (source.startsWith('<!--->', start)) return start + 6
  return (
    rest('<!--', '-->', start + 4) ??
    rest('<?', '?>', start + 2) ??
    rest('<![CDATA[', ']]>', start + 9) ??
    (/^<![A-Za-z]/.test(source.slice(start, start + 3)) ? rest('<!', '>', start + 2) : null)
  )
}

/** Decode a numeric reference the way micromark does: forbidden code points become U+FFFD. */
function decodeNumeric(value: string, base: number): string {
  const code = Number.parseInt(value, base)
  const forbidden =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 0xd7ff && code < 0xe000) ||
    (code > 0xfdcf && code < 0xfdf0) ||
    (code & 0xffff) === 0xffff ||
    (code & 0xffff) === 0xfffe ||
    code > 0x10ffff
  return forbidden ? '\uFFFD' : String.fromCodePoint(code)
}

/** A character reference at `start`: the character(s) it stands for, or `null`. */
export function readCharacterReference(
  source: string,
  start: number,
): { value: string; end: number } | null {
  characterReference.lastIndex = start
  const match = characterReference.exec(source)
  if (match === null) return null
  const end = characterReference.lastIndex
  if (match[1] !== undefined) return { value: decodeNumeric(match[1], 10), end }
  if (match[2] !== undefined) return { value: decodeNumeric(match[2], 16), end }
  const named = decodeNamedCharacterReference(match[3] ?? '')
  return named === false ? null : { value: named, end }
}

/** Resolve backslash escapes and character references in a link destination. */
export function decodeString(value: string): string {
  if (!value.includes('\\') && !value.includes('&')) return value
  let out = ''
  let index = 0
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (code === 92 && isAsciiPunctuation(value.charCodeAt(index + 1))) {
      out += value.charAt(index + 1)
      index += 2
      continue
    }
    const reference = code === 38 ? readCharacterReference(value, index) : null
    if (reference !== null) {
      out += reference.value
      index = reference.end
      continue
    }
    out += value.charAt(index)
    index += 1
  }
  return out
}

/** Index after spaces and tabs from `index`. */
function skipSpace(source: string, index: number): number {
  let at = index
  while (source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9) at += 1
  return at
}

/** Index after the quoted or parenthesised title starting at `start`, or `null`. */
function readTitle(source: string, start: number): number | null {
  const open = source.charCodeAt(start)
  const close = open === 40 ? 41 : open
  let at = start + 1
  while (at < source.length) {
    const code = source.charCodeAt(at)
    if (code === 92 && isAsciiPunctuation(source.charCodeAt(at + 1))) at += 2
    else if (code === close) return at + 1
    else if (open === 40 && code === 40) return null
    else at += 1
  }
  return null
}

/** The raw destination starting at `start` (parentheses balanced, at most 32 deep), or `null`. */
function readRawDestination(source: string, start: number): number | null {
  let depth = 0
  let at = start
  while (at < source.length) {
    const code = source.charCodeAt(at)
    if (code === 92 && isAsciiPunctuation(source.charCodeAt(at + 1))) {
      at += 2
      continue
    }
    if (code <= 32 || code === 127) break
    if (code === 40) {
      depth += 1
      if (depth > 32) return null
    } else if (code === 41) {
      if (depth === 0) break
      depth -= 1
    }
    at += 1
  }
  return at === start || depth !== 0 ? null : at
}

/**
 * The `(destination "title")` of an inline link, from its `(`: the decoded destination and the
 * index after `)`, or `null` when it is not one.
 */
export function readResource(source: string, start: number): { url: string; end: number } | null {
  let at = skipSpace(source, start + 1)
  let destination = ''
  if (source.charCodeAt(at) === 60) {
    let close = at + 1
    while (close < source.length) {
      const code = source.charCodeAt(close)
      if (code === 92 && isAsciiPunctuation(source.charCodeAt(close + 1))) close += 2
      else if (code === 62) break
      else if (code === 60 || code === 10 || code === 13) return null
      else close += 1
    }
    if (close >= source.length) return null
    destination = source.slice(at + 1, close)
    at = close + 1
  } else if (source.charCodeAt(at) !== 41) {
    const end = readRawDestination(source, at)
    if (end === null) return null
    destination = source.slice(at, end)
    at = end
  }
  const beforeTitle = skipSpace(source, at)
  const quote = source.charCodeAt(beforeTitle)
  if (beforeTitle > at && (quote === 34 || quote === 39 || quote === 40)) {
    const end = readTitle(source, beforeTitle)
    if (end === null) return null
    at = end
  }
  at = skipSpace(source, at)
  if (source.charCodeAt(at) !== 41) return null
  return { url: decodeString(destination), end: at + 1 }
}
