/**
 * One plain-text sentence (or two) per attention item, for formats that show text only:
 * SARIF messages, GitHub annotations, JUnit failures. Untrusted pieces (labels, URLs, server
 * details) are cleaned of control and invisible characters and shortened.
 */

import type { AuditedClaim, Place } from '../pipeline/types.ts'
import type { AttentionItem } from './attention.ts'
import { formatPlace } from './context.ts'
import { cleanText } from './escape.ts'
import { shorten } from './shorten.ts'

/** Longest label, URL and detail shown in a message (characters). */
const limits = { label: 40, url: 300, detail: 160 } as const

/** A footnote label, cleaned and shortened. */
export function cleanLabel(label: string): string {
  return shorten(label, limits.label)
}

/** `line 12`, or `page 3, line 12` for a PDF. */
export function describePlace(place: Place): string {
  return formatPlace(place)
}

/** The head sentence: what is wrong with which source. */
function describeHead(item: AttentionItem): string {
  const where = item.place.page === undefined ? '' : ` (${describePlace(item.place)})`
  const footnote = `${cleanLabel(item.footnote)}${where}`
  const url = item.link === null ? '' : shorten(item.link.url, limits.url)
  const http = item.link?.httpStatus == null ? '' : ` (HTTP ${item.link.httpStatus})`
  switch (item.status) {
    case 'dead':
      return `Footnote ${footnote} cites a dead source: ${url} — ${item.words}${http}.`
    case 'unverified':
      return `Footnote ${footnote} cites a source that could not be verified: ${url} — ${item.words}${http}.`
    case 'missing':
      return item.id === 'missing-footnote'
        ? `Marker ${footnote} has no footnote: the paper defines no footnote ${cleanLabel(item.footnote)}.`
        : `Footnote ${footnote} has no source to check: ${shorten(item.words, 120)}.`
  }
}

/** `c1 (line 5)`, or `c1 (page 2, line 5)`. */
function describeClaim(claim: AuditedClaim): string {
  return `${claim.id} (${describePlace(claim.place)})`
}

/**
 * The message of an item: the head sentence, back-references, the claims relying on it and
 * (for a link) the checker's detail. `detail: false` leaves the detail out.
 */
export function describeAttention(item: AttentionItem, options: { detail?: boolean } = {}): string {
  const parts = [describeHead(item)]
  if (item.backReferences.length > 0) {
    const labels = item.backReferences.map(cleanLabel).join(', ')
    parts.push(
      item.backReferences.length === 1
        ? `Also cited through a back-reference in footnote ${labels}.`
        : `Also cited through back-references in footnotes ${labels}.`,
    )
  }
  if (item.claims.length > 0) {
    parts.push(`Relied on by ${item.claims.map(describeClaim).join(', ')}.`)
  }
  const detail = item.link === null ? '' : shorten(cleanText(item.link.detail), limits.detail)
  if (options.detail !== false && detail.length > 0) parts.push(`Detail: ${detail}`)
  return parts.join(' ')
}

/** A short title: `dead source (not found)`, `missing source (empty footnote)`. */
export function titleAttention(item: AttentionItem): string {
  return `${item.status} source (${shorten(item.words, 60)})`
}

/** The message of an unreadable paper: the input error's message, naming the path if it does not. */
export function describeUnreadable(path: string, error: { code: string; message: string }): string {
  const message = cleanText(error.message)
  return message.includes(path) ? message : `${cleanText(path)}: ${message}`
}
