/**
 * Short form of a footnote's citation: `Dost, “The West must learn…”, TURKEYSource, 2023`.
 */

import type { SourcedFootnote } from '../pipeline/types.ts'
import { cleanText } from './escape.ts'
import { toPlainText } from './inline-markdown.ts'
import { shorten } from './shorten.ts'

/** Length of the title inside a short citation. */
const titleLength = 60

/** Length of the fallback (footnote text) when the citation could not be read. */
const fallbackLength = 90

/** Authors for a short citation: `A`, `A and B`, `A et al.`. */
function formatAuthors(authors: Array<string>): string | null {
  const names = authors.map(cleanText).filter((name) => name.length > 0)
  if (names.length === 0) return null
  if (names.length === 1) return names[0] ?? null
  if (names.length === 2) return `${names[0]} and ${names[1]}`
  return `${names[0]} et al.`
}

/**
 * A footnote's text without its URLs and a dangling `See:` or `Available at:` (the links are
 * shown next to it), shortened.
 */
function withoutLinks(value: string): string {
  const text = toPlainText(value)
    .replace(/<?\b(?:https?|ftp|mailto|doi):\S+/gi, ' ')
    .replace(/\s+/g, ' ')
  // Only the tail can hold the dangling label: on the whole text, the leading `[\s.,;:]*`
  // would rescan a long run of dots once per character.
  const cut = Math.max(0, text.length - danglingReach)
  const bare = (text.slice(0, cut) + text.slice(cut).replace(dangling, '')).trim()
  return shorten(bare.length > 0 ? bare : toPlainText(value), fallbackLength)
}

/** A dangling `See:` or `Available at:` at the end of a footnote whose links were removed. */
const dangling = /[\s.,;:]*\b(?:see|available at|retrieved from|online|url)\s*:?[\s.]*$/i

/** How far from the end of a footnote a dangling label is looked for. */
const danglingReach = 120

/**
 * Short, plain-text form of a footnote's citation (authors, title, outlet, date), falling back
 * to its shortened text when nothing could be read. The result is untrusted text.
 */
export function shortCitation(footnote: SourcedFootnote): string {
  if (footnote.kind === 'back-reference' && footnote.refersTo !== null) {
    return `${shorten(toPlainText(footnote.text), 40)} (see footnote ${footnote.refersTo})`
  }
  const { citation } = footnote
  const parts = [
    formatAuthors(citation.authors),
    citation.title === null ? null : `“${shorten(citation.title, titleLength)}”`,
    citation.outlet === null ? null : shorten(citation.outlet, 40),
    citation.date === null ? null : shorten(citation.date, 30),
  ].filter((part): part is string => part !== null && part.length > 0)
  if (citation.title === null || parts.length < 2) return withoutLinks(footnote.text)
  return parts.join(', ')
}
