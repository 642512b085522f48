/**
 * GFM autolink literals (`https://…`, `www.…`) the way micromark-extension-gfm-autolink-literal
 * reads them: where one may start, its domain, its path, and the trailing punctuation left out.
 * Email literals are not read: they would be shown as the same text anyway.
 */

import {
  isAsciiAlpha,
  isAsciiAlphanumeric,
  isPunctuation,
  isWhitespace,
} from './markdown-characters.ts'

/** Punctuation that may end a literal's path without belonging to it. */
const trailing = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126])

/** Punctuation of a path after which the rest may be trailing punctuation. */
const pathPunctuation = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126])

/** Whether the text from `start` is trailing punctuation up to whitespace, `<` or the end. */
function isTrail(source: string, start: number): boolean {
  let at = start
  for (;;) {
    const code = source.charCodeAt(at)
    if (trailing.has(code)) {
      at += 1
    } else if (code === 38) {
      at += 1
      if (!isAsciiAlpha(source.charCodeAt(at))) return false
      while (isAsciiAlpha(source.charCodeAt(at))) at += 1
      if (source.charCodeAt(at) !== 59) return false
      at += 1
    } else if (code === 93) {
      at += 1
      const next = source.charCodeAt(at)
      if (Number.isNaN(next) || next === 40 || next === 91 || isWhitespace(next)) return true
    } else {
      return code === 60 || isWhitespace(code)
    }
  }
}

/** The end of a domain starting at `start`, or `null` when it is not one. */
function readDomain(source: string, start: number): number | null {
  let underscoreInLast = false
  let underscoreInLastButOne = false
  let seen = false
  let at = start
  for (;;) {
    const code = source.charCodeAt(at)
    if (code === 46 || code === 95) {
      if (isTrail(source, at)) break
      if (code === 95) underscoreInLast = true
      else {
        underscoreInLastButOne = underscoreInLast
        underscoreInLast = false
      }
      at += 1
      continue
    }
    if (isWhitespace(code) || (code !== 45 && isPunctuation(code))) break
    seen = true
    at += 1
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? null : at
}

/** The end of a path starting at `start` (parentheses balanced, trailing punctuation left out). */
function readPath(source: string, start: number): number {
  let opened = 0
  let closed = 0
  let at = start
  for (;;) {
    const code = source.charCodeAt(at)
    if (code === 40) {
      opened += 1
    } else if (code === 41 && closed < opened) {
      closed += 1
    } else if (pathPunctuation.has(code)) {
      if (isTrail(source, at)) return at
      if (code === 41) closed += 1
    } else if (isWhitespace(code)) {
      return at
    }
    at += 1
  }
}

/** Whether a `www.` literal may start after `code`. */
function mayStartWww(code: number): boolean {
  return (
    Number.isNaN(code) ||
    code === 40 ||
    code === 42 ||
    code === 95 ||
    code === 91 ||
    code === 93 ||
    code === 126 ||
    code === 32 ||
    code === 9
  )
}

/** The `http://` or `https://` prefix at `start` (any case), as its length, or 0. */
function protocolLength(source: string, start: number): number {
  let at = start
  while (isAsciiAlpha(source.charCodeAt(at)) && at - start < 5) at += 1
  const scheme = source.slice(start, at).toLowerCase()
  if (scheme !== 'http' && scheme !== 'https') return 0
  return source.startsWith('://', at) ? at + 3 - start : 0
}

/**
 * A literal autolink starting at `start` (on an `h` or `w`), as its URL, visible text and end,
 * or `null`.
 */
export function readLiteral(
  source: string,
  start: number,
): { url: string; text: string; end: number } | null {
  const previous = source.charCodeAt(start - 1)
  const first = source.charCodeAt(start) | 0x20
  if (first === 119) {
    if (!mayStartWww(previous) || !/^[wW]{3}\./.test(source.slice(start, start + 4))) return null
    if (start + 4 >= source.length) return null
    const domain = readDomain(source, start)
    if (domain === null) return null
    const end = readPath(source, domain)
    const text = source.slice(start, end)
    return { url: `http://${text}`, text, end }
  }
  if (first !== 104 || isAsciiAlpha(previous)) return null
  const prefix = protocolLength(source, start)
  if (prefix === 0) return null
  const after = source.charCodeAt(start + prefix)
  if (Number.isNaN(after) || after < 32 || after === 127) return null
  if (isWhitespace(after) || isPunctuation(after)) return null
  const domain = readDomain(source, start + prefix)
  if (domain === null) return null
  const end = readPath(source, domain)
  const text = source.slice(start, end)
  return { url: text, text, end }
}

/** A URL literal in text, as remark-gfm's tree transform finds the ones micromark left. */
const urlInText = /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi

/** What every URL literal in text contains. */
const mayHoldUrl = /https?:\/\/|www\./i

/** Punctuation cut from the end of a URL found in text. */
const cutFromEnd = new Set([33, 34, 38, 39, 41, 44, 46, 58, 59, 60, 62, 63, 93, 125])

/** Whether the last two labels of a domain hold a letter or digit and no underscore. */
function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.')
  if (parts.length < 2) return false
  for (const part of parts.slice(-2)) {
    if (part.length > 0 && (part.includes('_') || !/[\dA-Za-z]/.test(part))) return false
  }
  return true
}

/** Split trailing punctuation off a URL, keeping closing parentheses that balance it. */
function splitUrl(url: string): [string, string] {
  let end = url.length
  while (end > 0 && cutFromEnd.has(url.charCodeAt(end - 1))) end -= 1
  let kept = url.slice(0, end)
  let trail = url.slice(end)
  const opened = kept.split('(').length - 1
  let closed = kept.split(')').length - 1
  let close = trail.indexOf(')')
  while (close !== -1 && opened > closed) {
    kept += trail.slice(0, close + 1)
    trail = trail.slice(close + 1)
    close = trail.indexOf(')')
    closed += 1
  }
  return [kept, trail]
}

/**
 * Find URL literals in one text value: the pieces of text and links (`url`, visible `text`)
 * in order, or `null` when there is none.
 */
export function findUrlLiterals(value: string): Array<{ text: string; url?: string }> | null {
  // Most text holds no URL: a plain search rules it out before the slower pattern runs.
  if (!mayHoldUrl.test(value)) return null
  const pieces: Array<{ text: string; url?: string }> = []
  let start = 0
  urlInText.lastIndex = 0
  for (let match = urlInText.exec(value); match !== null; match = urlInText.exec(value)) {
    const [whole, protocol = '', domain = '', path = ''] = match
    const before = value.charCodeAt(match.index - 1)
    const www = /^w/i.test(protocol)
    const host = www ? protocol + domain : domain
    const allowed =
      (match.index === 0 || isWhitespace(before) || isPunctuation(before)) &&
      !isPunctuation(host.charCodeAt(0)) &&
      isCorrectDomain(host)
    if (!allowed) {
      urlInText.lastIndex = match.index + 1
      continue
    }
    const [kept, trail] = splitUrl(host + path)
    const text = (www ? '' : protocol) + kept
    if (match.index > start) pieces.push({ text: value.slice(start, match.index) })
    pieces.push({ text, url: (www ? 'http://' : '') + text })
    if (trail.length > 0) pieces.push({ text: trail })
    start = match.index + whole.length
  }
  if (start === 0) return null
  if (start < value.length) pieces.push({ text: value.slice(start) })
  return pieces
}

/** Whether `code` may be in the local part of a GFM email literal. */
export function isEmailCharacter(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || isAsciiAlphanumeric(code)
}

/**
 * An email literal starting at `start` (`name@host.tld`, micromark's rules), as its URL,
 * visible text and end, or `null`.
 */
export function readEmail(
  source: string,
  start: number,
): { url: string; text: string; end: number } | null {
  const previous = source.charCodeAt(start - 1)
  if (previous === 47 || isEmailCharacter(previous)) return null
  let at = start
  while (isEmailCharacter(source.charCodeAt(at))) at += 1
  if (at === start || source.charCodeAt(at) !== 64) return null
  at += 1
  let dot = false
  let data = false
  for (;;) {
    const code = source.charCodeAt(at)
    if (code === 46 && isAsciiAlphanumeric(source.charCodeAt(at + 1))) {
      dot = true
    } else if (code === 45 || code === 95 || isAsciiAlphanumeric(code)) {
      data = true
    } else break
    at += 1
  }
  if (!data || !dot || !isAsciiAlpha(source.charCodeAt(at - 1))) return null
  const text = source.slice(start, at)
  return { url: `mailto:${text}`, text, end: at }
}
