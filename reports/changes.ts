/**
 * The "Changes since last run" section, from `compareBaseline`.
 */

import type { ListItem, RootContent } from 'mdast'
import type { BaselineChanges, LinkChange } from './baseline.ts'
import { formatFootnotes } from './context.ts'
import { statusLabel } from './marks.ts'
import { heading, link, list, listItem, paragraph, strong, text } from './nodes.ts'

/** One item: link, footnotes, and the verdict change. */
function renderChange(change: LinkChange): ListItem {
  const before = change.previousStatus === null ? 'new' : statusLabel(change.previousStatus)
  const after = change.status === null ? 'removed' : statusLabel(change.status)
  return listItem(
    paragraph(
      link(change.url),
      text(` — ${formatFootnotes(change.footnotes)} — ${before} → ${after}`),
    ),
  )
}

/** A titled group of changes, or nothing when empty. */
function renderGroup(title: string, changes: Array<LinkChange>): Array<ListItem> {
  if (changes.length === 0) return []
  return [
    listItem(
      paragraph(strong(text(`${title} (${changes.length})`))),
      list(changes.map(renderChange)),
    ),
  ]
}

/** The whole section. */
export function renderChanges(changes: BaselineChanges): Array<RootContent> {
  const groups = [
    ...renderGroup('Newly dead', changes.newlyDead),
    ...renderGroup('Recovered', changes.recovered),
    ...renderGroup('New links', changes.added),
    ...renderGroup('Removed links', changes.removed),
  ]
  const body = groups.length === 0 ? paragraph(text('No change since the last run.')) : list(groups)
  return [heading(2, text('Changes since last run')), body]
}
