/**
 * Warnings written into the Markdown views: one line per warning (flag, name, words, the id
 * linked to its documentation, the new address of a moved page), a count for a claim's line,
 * and the "Mismatches" part of Needs attention.
 */

import type { ListItem, PhrasingContent } from 'mdast'
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
 * warning names every footnote citing the link.
 */
export function renderMismatches(context: ReportContext): Array<ListItem> {
  const seen = new Set<string>()
  const items: Array<ListItem> = []
  for (const footnote of context.result.footnotes) {
    for (const warning of warningsOfFootnote(context, footnote)) {
      if (!mismatchKinds.includes(warning.kind)) continue
      const key = `${warning.kind} ${warning.url === null ? `footnote ${footnote.id}` : warning.url}`
      if (seen.has(key)) continue
      seen.add(key)
      const citing = warning.url === null ? undefined : context.links.get(warning.url)?.footnotes
      const head = renderWarning(warning, context.docsUrl)
      head.splice(2, 0, text(` — ${formatFootnotes(citing ?? [footnote.id])}`))
      if (warning.url !== null) head.push(text(' — '), link(warning.url))
      items.push(listItem(paragraph(...head)))
    }
  }
  return items
}
