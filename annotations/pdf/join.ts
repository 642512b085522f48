/**
 * Undo what line breaking did to a paragraph while keeping its lines (so places stay exact):
 * words hyphenated at a line end are rejoined, URLs broken across lines are rejoined (hyphens
 * kept), footnote markers that wrapped are moved back to their word, and a line that Markdown
 * would read as a list, heading or quote is merged into the line before.
 */

import { lastWord, trimLeading, trimTrailing } from '../trailing.ts'
import type { Place } from '../types.ts'

/** A line of text on its way out. */
export interface TextLine {
  /** Text of the line. */
  text: string
  /** Where it is in the PDF. */
  place: Place
  /** Free space at the end of the line before the right margin, in points. */
  room: number
  /** Average width of one character of the line, in points. */
  charWidth: number
}

/** What joining needs to know about the whole document. */
export interface JoinContext {
  /**
   * How to keep a line that Markdown would read as a list, heading or quote: `escape` it with a
   * backslash (body text, where each line should stay a line) or `merge` it into the line before.
   */
  risky: 'escape' | 'merge'
  /** Lower-cased words seen anywhere in the document (hyphenated compounds included). */
  vocabulary: ReadonlySet<string>
  /** URLs of the document's link annotations. */
  links: ReadonlyArray<string>
}

const urlStart = /^<?(?:[a-z][a-z0-9+.-]*:\/\/|www\.|doi:)/i
const urlCharacters = /^[\w\-.~:/?#[\]@!$&'()*+,;=%]+$/
const markerStart = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/
const riskyStart = /^(?:[-+*>#=|~`_]|\d{1,9}[.)](?:\s|$)|[⁰¹²³⁴⁵⁶⁷⁸⁹])/

/** Join the lines of one paragraph (or note). Returns the lines to emit, none of them empty. */
export function joinLines(lines: ReadonlyArray<TextLine>, context: JoinContext): Array<TextLine> {
  const out: Array<TextLine> = []
  for (const line of lines) {
    const current = { ...line, text: line.text.trim() }
    const previous = out.at(-1)
    if (previous) moveAcross(previous, current, context)
    if (current.text === '') continue
    if (previous && riskyStart.test(current.text)) {
      if (context.risky === 'merge' || markerStart.test(current.text)) {
        previous.text = `${previous.text} ${current.text}`
        continue
      }
      current.text = escapeStart(current.text)
    }
    out.push(current)
  }
  return out
}

/** A line that Markdown would read as a list, heading or quote, escaped; others as they are. */
export function escapeRiskyStart(text: string): string {
  return riskyStart.test(text) && !markerStart.test(text) ? escapeStart(text) : text
}

/** Escape the character that makes a line start a Markdown block (`1)` → `1\)`, `-` → `\-`). */
function escapeStart(text: string): string {
  const numbered = /^(\d{1,9})([.)])/.exec(text)
  if (numbered) return `${numbered[1]}\\${text.slice(numbered[1]?.length ?? 0)}`
  return `\\${text}`
}

/** Move the start of `next` onto `previous` when the break split a word, URL or marker. */
function moveAcross(previous: TextLine, next: TextLine, context: JoinContext): void {
  const marker = markerStart.exec(next.text)
  if (marker) {
    previous.text += marker[0]
    next.text = next.text.slice(marker[0].length).trim()
    return
  }
  const tail = lastWord(previous.text)
  const head = /^\S+/.exec(next.text)?.[0] ?? ''
  if (tail === '' || head === '') return
  const glued = glue(tail, head, previous, context)
  if (glued === undefined) return
  previous.text = previous.text.slice(0, previous.text.length - tail.length) + glued
  next.text = next.text.slice(head.length).trim()
}

/** The joined token when `tail` and `head` are one word or URL split by the break. */
function glue(
  tail: string,
  head: string,
  previous: TextLine,
  context: JoinContext,
): string | undefined {
  if (isUrlStart(tail)) {
    if (!urlCharacters.test(head) || tail.endsWith('>')) return undefined
    const candidate = tail + head
    const bare = trimTrailing(candidate.replace(/^</, ''), /[>.,;:)\]]/)
    if (context.links.some((link) => link.startsWith(bare))) {
      return candidate
    }
    // A link ends exactly where the line does: the next word is prose (`…/graeca` ⏎ `et`).
    const whole = trimTrailing(tail.replace(/^</, ''), /[>.,;:)\]]/)
    if (context.links.some((link) => trimTrailing(link, /\//) === trimTrailing(whole, /\//))) {
      return undefined
    }
    if (/[-?=&_%#~+]$/.test(tail)) return candidate
    // A URL ending in a file name (`…/basics.types.html`) before a word of the text (`for`).
    const fileEnd = /\.(?:html?|pdf|php|aspx?|jsp|xml|txt|docx?|xlsx?|csv|json|zip)$/i
    if (
      fileEnd.test(tail) &&
      /^\p{L}+$/u.test(head) &&
      context.vocabulary.has(head.toLowerCase())
    ) {
      return undefined
    }
    const forced = head.length * previous.charWidth > previous.room
    return forced && !/[.,;)\]]$/.test(tail) ? candidate : undefined
  }
  const word = /^(.*?)(\p{L}+)-$/u.exec(tail)
  const rest = /^(\p{Ll}+)(.*)$/u.exec(head)
  if (!word?.[2] || !rest?.[1]) {
    return tail.endsWith('-') && /^\p{L}+-$/u.test(tail) ? tail + head : undefined
  }
  const compound = `${word[2]}-${rest[1]}`.toLowerCase()
  const closed = `${word[2]}${rest[1]}`.toLowerCase()
  const keepHyphen = context.vocabulary.has(compound) && !context.vocabulary.has(closed)
  return keepHyphen ? tail + head : `${word[1]}${word[2]}${head}`
}

/** Whether a token is (the start of) a URL. */
function isUrlStart(token: string): boolean {
  return urlStart.test(token) || /^[\w.-]+:\/\//.test(token.replace(/^\W+/, ''))
}

/**
 * Collect the words of the document for hyphenation decisions: lower-cased tokens stripped of
 * surrounding punctuation, leaving out the fragments that end a line with a hyphen.
 */
export function collectVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>()
  for (const text of texts) {
    const tokens = text.split(/\s+/)
    tokens.forEach((token, index) => {
      const word = trimTrailing(trimLeading(token, /\P{L}/u), /\P{L}/u).toLowerCase()
      const fragment = index === tokens.length - 1 && token.endsWith('-')
      if (word !== '' && !fragment) vocabulary.add(word)
    })
  }
  return vocabulary
}
