/**
 * Warnings written into the Markdown views: one line per warning (flag, name, words, the id
 * linked to its documentation, the new address of a moved page), a count for a claim's line,
 * and the "Mismatches" part of Needs attention.
 */

import type { ListItem, PhrasingContent } from 'mdast'
import type { FootnoteId } from '../pipeline/types.ts'
import { formatFootnotes, type ReportContext } from './context.ts'
import { docLink, link, listItem, paragraph, strong, text, untrusted } from './nodes.ts'
import { count } from './overview.ts'
import { type Warning, type WarningKind, warningsOfFootnote } from './warnings.ts'

/** Mark of a warning (the status marks are ✅ ❌ ⚠️ ❓ ➖). */
export const warningMark = '🚩'

/** Longest warning sentence kept (it quotes page titles). */
const wordsLength = 320

/** One warning as phrasing: `🚩 **Title mismatch**: The page’s title … (title-mismatch)`. */
export function renderWarning(warning: Warning, docsUrl: string): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = [
    text(`${warningMark} `),
    strong(text(warning.title)),
    text(': '),
    untrusted(warning.words, wordsLength),
    text(' ('),
    docLink(warning.kind, docsUrl),
    text(')'),
  ]
  if (warning.target !== null) out.push(text(' New address: '), link(warning.target))
  return out
}

/** Warnings as list items. */
export function renderWarningItems(
  warnings: ReadonlyArray<Warning>,
  docsUrl: string,
): Array<ListItem> {
  return warnings.map((warning) => listItem(paragraph(...renderWarning(warning, docsUrl))))
}

/** `🚩 2 warnings` for a claim's line, or nothing. */
export function warningCount(warnings: ReadonlyArray<Warning>): string {
  return warnings.length === 0 ? '' : `${warningMark} ${count(warnings.length, 'warning')}`
}

/** Warning kinds listed under "Mismatches". */
const mismatchKinds: ReadonlyArray<WarningKind> = [
  'outlet-mismatch',
  'title-mismatch',
  'fragment-missing',
]

/**
 * Items for every mismatch (outlet, title, fragment), in footnote order, each once: a link's
 * warning names every footnote citing the link; an outlet mismatch names its own footnote.
 */
export function renderMismatches(context: ReportContext): Array<ListItem> {
  const groups = new Map<string, { warning: Warning; footnotes: Array<FootnoteId> }>()
  for (const footnote of context.result.footnotes) {
    for (const warning of warningsOfFootnote(context, footnote)) {
      if (!mismatchKinds.includes(warning.kind)) continue
      // An outlet mismatch belongs to the footnote naming the outlet (and the back-references
      // holding its source); the others to the link.
      const holder =
        warning.kind === 'outlet-mismatch' && warning.url !== null
          ? (footnote.sources.find((source) => source.url === warning.url)?.from ?? footnote.id)
          : null
      const key = `${warning.kind} ${warning.url ?? `footnote ${footnote.id}`} ${holder ?? ''}`
      const group = groups.get(key)
      if (group) group.footnotes.push(footnote.id)
      else groups.set(key, { warning, footnotes: [footnote.id] })
    }
  }
  return [...groups.values()].map(({ warning, footnotes }) => {
    const linkWide = warning.kind !== 'outlet-mismatch' && warning.url !== null
    const citing = linkWide ? context.links.get(warning.url ?? '')?.footnotes : undefined
    const head = renderWarning(warning, context.docsUrl)
    head.splice(2, 0, text(` — ${formatFootnotes(citing ?? footnotes)}`))
    if (warning.url !== null) head.push(text(' — '), link(warning.url))
    return listItem(paragraph(...head))
  })
}
