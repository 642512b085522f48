/**
 * The working list of the inline reader: a doubly linked list of phrasing nodes, with the
 * delimiter runs (`*`, `_`, `~`) still to be paired, and the pairing itself (CommonMark's
 * "process emphasis", with micromark's rules for GFM strikethrough).
 */

import type { PhrasingContent, Text } from 'mdast'

/** One node of the working list. */
export interface Item {
  /** The node; a text node's value may still change. */
  node: PhrasingContent
  /** Previous item. */
  previous: Item | null
  /** Next item. */
  next: Item | null
  /** `true` for delimiter and bracket text, which is never merged with its neighbours. */
  fixed: boolean
}

/** A run of `*`, `_` or `~` that may open or close emphasis, strong or strikethrough. */
export interface Delimiter {
  /** Its text item. */
  item: Item
  /** `*`, `_` or `~` as a code unit. */
  marker: number
  /** Characters left in the run. */
  length: number
  /** Whether it may open. */
  canOpen: boolean
  /** Whether it may close. */
  canClose: boolean
  /** Delimiter below it on the stack. */
  previous: Delimiter | null
  /** Delimiter above it on the stack. */
  next: Delimiter | null
}

/** The list and the delimiter stack. */
export interface InlineList {
  /** First item. */
  head: Item | null
  /** Last item. */
  tail: Item | null
  /** Top of the delimiter stack. */
  top: Delimiter | null
  /** The kind of run read first, whose pairs micromark resolves first at the top level. */
  first: Family | null
}

/** Runs micromark pairs in one pass: `~` (GFM strikethrough), or `*` and `_` (attention). */
export type Family = 'tilde' | 'attention'

/** Inside a span (a link, an emphasis, a strikethrough) micromark pairs tildes first. */
export const spanOrder: ReadonlyArray<Family> = ['tilde', 'attention']

/** Family of a marker. */
export function familyOf(marker: number): Family {
  return marker === 126 ? 'tilde' : 'attention'
}

/** Append a node; plain text joins a plain text item before it. */
export function append(list: InlineList, node: PhrasingContent, fixed = false): Item {
  const last = list.tail
  if (!fixed && node.type === 'text' && last !== null && !last.fixed && last.node.type === 'text') {
    last.node.value += node.value
    return last
  }
  const item: Item = { node, previous: last, next: null, fixed }
  if (last === null) list.head = item
  else last.next = item
  list.tail = item
  return item
}

/** Take the items strictly between `from` and `to` (or to the end) out of the list as nodes. */
export function detach(list: InlineList, from: Item, to: Item | null): Array<PhrasingContent> {
  const nodes: Array<PhrasingContent> = []
  let item = from.next
  while (item !== null && item !== to) {
    const node = item.node
    const last = nodes[nodes.length - 1]
    if (node.type === 'text' && last?.type === 'text') last.value += node.value
    else if (node.type !== 'text' || node.value.length > 0) nodes.push(node)
    item = item.next
  }
  from.next = to
  if (to === null) list.tail = from
  else to.previous = from
  return nodes
}

/** Insert a node right after `item`. */
export function insertAfter(list: InlineList, item: Item, node: PhrasingContent): Item {
  const inserted: Item = { node, previous: item, next: item.next, fixed: false }
  if (item.next === null) list.tail = inserted
  else item.next.previous = inserted
  item.next = inserted
  return inserted
}

/** Remove a delimiter from the stack (its text stays in the list). */
export function removeDelimiter(list: InlineList, delimiter: Delimiter): void {
  if (delimiter.previous !== null) delimiter.previous.next = delimiter.next
  if (delimiter.next !== null) delimiter.next.previous = delimiter.previous
  else list.top = delimiter.previous
}

/**
 * Whether `opener` and `closer` may pair: same marker, same size for GFM tildes, and the rule of
 * three on the sizes left, as micromark applies it (not on the original sizes).
 */
function canPair(opener: Delimiter, closer: Delimiter): boolean {
  if (opener.marker !== closer.marker || !opener.canOpen) return false
  if (closer.marker === 126) return opener.length === closer.length
  const either = opener.canClose || closer.canOpen
  return !(either && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0)
}

/** Wrap the items between `opener` and `closer` in emphasis, strong or strikethrough. */
function wrap(list: InlineList, opener: Delimiter, closer: Delimiter): void {
  const used =
    closer.marker === 126 ? closer.length : opener.length > 1 && closer.length > 1 ? 2 : 1
  opener.length -= used
  closer.length -= used
  const openText = opener.item.node as Text
  const closeText = closer.item.node as Text
  openText.value = openText.value.slice(0, opener.length)
  closeText.value = closeText.value.slice(0, closer.length)
  processEmphasis(list, opener, closer, spanOrder)
  const children = detach(list, opener.item, closer.item)
  const type = closer.marker === 126 ? 'delete' : used === 2 ? 'strong' : 'emphasis'
  insertAfter(list, opener.item, { type, children } as PhrasingContent)
  let between = closer.previous
  while (between !== null && between !== opener) {
    const below = between.previous
    removeDelimiter(list, between)
    between = below
  }
}

/** Key of the lowest opener worth looking at for a closer (CommonMark's `openers_bottom`). */
function bottomKey(closer: Delimiter): string {
  const kind = closer.marker === 126 ? closer.length : `${closer.canOpen}${closer.length % 3}`
  return `${closer.marker}:${kind}`
}

/** The lowest delimiter above `bottom` and below `limit`, or `null`. */
function firstAbove(list: InlineList, bottom: Delimiter | null, limit: Delimiter | null) {
  let current = limit === null ? list.top : limit.previous
  if (current === null || current === bottom) return null
  while (current.previous !== null && current.previous !== bottom) current = current.previous
  return current
}

/** Pair one family's delimiters between `bottom` and `limit` (exclusive); drop its others. */
function pairFamily(
  list: InlineList,
  bottom: Delimiter | null,
  limit: Delimiter | null,
  family: Family,
): void {
  const lowest = new Map<string, Delimiter | null>()
  let closer = firstAbove(list, bottom, limit)
  while (closer !== null && closer !== limit) {
    if (!closer.canClose || familyOf(closer.marker) !== family) {
      closer = closer.next
      continue
    }
    const key = bottomKey(closer)
    const floor = lowest.has(key) ? lowest.get(key) : bottom
    let opener = closer.previous
    while (opener !== null && opener !== bottom && opener !== floor && !canPair(opener, closer)) {
      opener = opener.previous
    }
    if (opener === null || opener === bottom || opener === floor) {
      lowest.set(key, closer.previous)
      const next: Delimiter | null = closer.next
      if (!closer.canOpen) removeDelimiter(list, closer)
      closer = next
      continue
    }
    wrap(list, opener, closer)
    // Sizes changed: openers passed over before may pair now.
    lowest.clear()
    if (opener.length === 0) removeDelimiter(list, opener)
    if (closer.length === 0) {
      const next: Delimiter | null = closer.next
      removeDelimiter(list, closer)
      closer = next
    }
  }
  for (let left = firstAbove(list, bottom, limit); left !== null && left !== limit; ) {
    const next: Delimiter | null = left.next
    if (familyOf(left.marker) === family) removeDelimiter(list, left)
    left = next
  }
}

/**
 * Pair the delimiters between `bottom` and `limit` (exclusive; `null` for either end) into
 * emphasis, strong and strikethrough, one family after the other in `order`, as micromark's
 * resolvers do; the delimiters left become plain text.
 */
export function processEmphasis(
  list: InlineList,
  bottom: Delimiter | null,
  limit: Delimiter | null,
  order: ReadonlyArray<Family>,
): void {
  for (const family of order) pairFamily(list, bottom, limit, family)
}
