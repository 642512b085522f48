/**
 * Small builders of mdast nodes. Untrusted text only enters a tree through `untrusted`,
 * `code` and `link`, which clean it; the serialiser then escapes it.
 */

import type {
  BlockContent,
  Heading,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast'
import type { LinkReason, MissingCause, ProblemKind } from '../pipeline/types.ts'
import { cleanText, toSafeHref } from './escape.ts'
import { toDocsUrl } from './reasons.ts'
import { shorten, shortenUrl } from './shorten.ts'

/** Text we wrote ourselves (kept as is; the serialiser still escapes it). */
export function text(value: string): Text {
  return { type: 'text', value }
}

/** Untrusted text, cleaned and, when `max` is given, shortened. */
export function untrusted(value: string, max?: number): Text {
  return { type: 'text', value: max === undefined ? cleanText(value) : shorten(value, max) }
}

/** Untrusted text as inline code, cleaned and shortened to `max` characters. */
export function code(value: string, max = 120): InlineCode {
  return { type: 'inlineCode', value: shorten(value, max) }
}

/** Strong emphasis around some phrasing content. */
export function strong(...children: Array<PhrasingContent>): Strong {
  return { type: 'strong', children }
}

/**
 * A link to an untrusted URL: clickable only for `http:`/`https:` (shown in full, or shortened
 * when `short`), else shown as inline code.
 */
export function link(url: string, short = false): Link | InlineCode {
  const href = toSafeHref(url)
  if (href === null) return code(url)
  const label = short ? shortenUrl(href) : href
  return { type: 'link', url: href, children: [text(label)] }
}

/** A reason or problem id as inline code linking to its documentation. */
export function docLink(id: LinkReason | ProblemKind | MissingCause, docsUrl: string): Link {
  return {
    type: 'link',
    url: toDocsUrl(id, docsUrl),
    children: [{ type: 'inlineCode', value: id }],
  }
}

/** A paragraph. */
export function paragraph(...children: Array<PhrasingContent>): Paragraph {
  return { type: 'paragraph', children }
}

/** A heading of the given depth. */
export function heading(depth: 1 | 2 | 3 | 4, ...children: Array<PhrasingContent>): Heading {
  return { type: 'heading', depth, children }
}

/** A tight bulleted list. */
export function list(items: Array<ListItem>): List {
  return { type: 'list', ordered: false, spread: false, children: items }
}

/** A list item made of blocks. */
export function listItem(...children: Array<BlockContent>): ListItem {
  return { type: 'listItem', spread: false, children }
}

/** Phrasing pieces separated by `separator` (empty pieces dropped). */
export function join(
  pieces: Array<Array<PhrasingContent>>,
  separator: string,
): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = []
  for (const piece of pieces.filter((item) => item.length > 0)) {
    if (out.length > 0) out.push(text(separator))
    out.push(...piece)
  }
  return out
}

/** A GFM table from a header row and body rows of phrasing cells. */
export function table(
  header: Array<string>,
  rows: Array<Array<Array<PhrasingContent>>>,
  align: Table['align'] = [],
): Table {
  return {
    type: 'table',
    align,
    children: [tableRow(header.map((title) => [text(title)])), ...rows.map(tableRow)],
  }
}

/** A table row of phrasing cells. */
export function tableRow(cells: Array<Array<PhrasingContent>>): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  }
}
