/**
 * Which claims cite which URL, for the support check: each claim of a paper, through the
 * footnotes it cites (back-references resolved to their sources), paired with each URL it
 * relies on and the page locator (`p. 180`) its citing footnote gives. The inspector scores
 * those pairs; the audit finds their results again by the same key.
 */
import type { Claim } from '../../annotations/types.ts'
import type { SourcedFootnote } from '../extract/types.ts'
import type { CitingClaim } from './types.ts'

/** A claim paired with one URL it relies on. */
export interface ClaimCitation {
  /** The claim. */
  claim: Claim
  /** A URL of one of its footnotes (an effective source). */
  url: string
  /** The first page locator among its footnotes citing `url`, or `null`. */
  locator: string | null
}

/** Key of a claim × locator: the same sentence with the same locator scores the same on a page. */
export function supportKey(text: string, locator: string | null): string {
  return `${locator ?? ''}\u0000${text}`
}

/**
 * The claim's sentence as words to match: Markdown link syntax, autolinks, bare URLs and
 * emphasis markers removed (a paper's Markdown is written as is in `Claim.text`).
 */
export function toPlainClaim(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<https?:[^>\s]*>/gi, ' ')
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/(^|[^\p{L}\p{N}])[*_~`]+|[*_~`]+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Every claim × URL pair of a paper, in claim order, then in the order of the claim's footnotes. */
export function listClaimCitations(
  document: Readonly<{ claims: ReadonlyArray<Claim>; footnotes: ReadonlyArray<SourcedFootnote> }>,
): Array<ClaimCitation> {
  const byId = new Map(document.footnotes.map((footnote) => [String(footnote.id), footnote]))
  const pairs: Array<ClaimCitation> = []
  for (const claim of document.claims) {
    const seen = new Map<string, ClaimCitation>()
    for (const id of claim.footnotes) {
      const footnote = byId.get(String(id))
      if (footnote === undefined) continue
      for (const source of footnote.sources) {
        const known = seen.get(source.url)
        if (known === undefined) {
          const pair = { claim, url: source.url, locator: footnote.citation.locator }
          seen.set(source.url, pair)
          pairs.push(pair)
        } else if (known.locator === null) known.locator = footnote.citation.locator
      }
    }
  }
  return pairs
}

/** The claims citing each URL in some papers, each distinct sentence × locator once. */
export function citingClaims(
  documents: ReadonlyArray<
    Readonly<{ claims: ReadonlyArray<Claim>; footnotes: ReadonlyArray<SourcedFootnote> }>
  >,
): Map<string, Array<CitingClaim>> {
  const byUrl = new Map<string, Array<CitingClaim>>()
  const seen = new Set<string>()
  for (const document of documents) {
    for (const { claim, url, locator } of listClaimCitations(document)) {
      const key = supportKey(claim.text, locator)
      if (seen.has(`${url} ${key}`)) continue
      seen.add(`${url} ${key}`)
      const list = byUrl.get(url) ?? []
      list.push({ key, text: toPlainClaim(claim.text), locator })
      byUrl.set(url, list)
    }
  }
  return byUrl
}
