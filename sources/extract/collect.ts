/**
 * Collect the distinct links of a sourced document: each URL once, with every footnote that
 * cites it (directly or through a back-reference), sorted by URL.
 */
import type { FootnoteId } from '../../annotations/types.ts'
import type { CollectedLink, SourcedFootnote } from './types.ts'

/** Order footnote ids: numbers ascending, then string labels in code-point order. */
export function compareFootnoteIds(a: FootnoteId, b: FootnoteId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'number') return -1
  if (typeof b === 'number') return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Each distinct URL of `footnotes` once, with the footnotes citing it, sorted by URL. */
export function collectLinks(footnotes: ReadonlyArray<SourcedFootnote>): Array<CollectedLink> {
  const links = new Map<string, CollectedLink>()
  for (const footnote of footnotes) {
    for (const source of footnote.sources) {
      let link = links.get(source.url)
      if (link === undefined) {
        link = { url: source.url, footnotes: [], supported: source.supported, kind: source.kind }
        if (source.doi !== undefined) link.doi = source.doi
        links.set(source.url, link)
      }
      if (!link.footnotes.includes(footnote.id)) link.footnotes.push(footnote.id)
    }
  }
  const sorted = [...links.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
  for (const link of sorted) link.footnotes.sort(compareFootnoteIds)
  return sorted
}
