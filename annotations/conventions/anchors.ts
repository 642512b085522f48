/**
 * Notes linked by HTML anchors, as documentation sites write them: a body link with a number as
 * its text points at an anchor (`<sup>[1](#footnote1)</sup>`), and the paragraph holding that
 * anchor (`<a name="footnote1"></a><sup>1</sup> The note.`) is the note, wherever it stands.
 * Recognised by that link, not by the anchor's name.
 */
import type { Link, Nodes, Parent } from 'mdast'
import type { Block } from '../blocks.ts'
import type { NoteDraft } from '../layout.ts'
import { joinLines } from '../layout.ts'
import { footnoteIdOf } from '../read-marker.ts'

/** Notes found through anchors, and the blocks that hold them. */
export interface AnchoredNotes {
  /** The notes, in document order. */
  notes: Array<NoteDraft>
  /** Blocks that are notes (to leave out of the body). */
  blocks: Set<Block>
}

/** An anchor in HTML: `<a name="x">`, `<a id="x">`, `<span id="x">`. */
const anchorPattern = /<(?:a|span|sup)\b[^>]*\b(?:name|id)\s*=\s*["']?([^"'\s>]+)/gi

/** What leads a note: tags, its number, and `:` / `.` / `)` after it. */
const noteLead = /^(?:\s*<[^>]+>)*\s*(\d{1,4})\s*(?:<\/[^>]+>\s*)*[:.)]?\s*/

/**
 * Find the notes linked by anchors. Links to them in the body become footnote references in
 * the tree (`[^1]`), so that every convention reads them as markers.
 */
export function findAnchoredNotes(blocks: ReadonlyArray<Block>): AnchoredNotes {
  const links = new Map<string, Array<{ link: Link; parent: Parent }>>()
  for (const block of blocks) collectNumberLinks(block.node, links)
  const found: AnchoredNotes = { notes: [], blocks: new Set() }
  if (links.size === 0) return found
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.node.type !== 'html') continue
    const anchor = findTargetAnchor(block.source, links)
    const lead = anchor === undefined ? null : noteLead.exec(block.source)
    if (anchor === undefined || !lead?.[1]) continue
    const label = lead[1]
    found.blocks.add(block)
    found.notes.push({
      id: footnoteIdOf(label),
      label,
      text: joinLines(block.source.slice(lead[0].length)),
      offset: block.start,
    })
    for (const { link, parent } of links.get(anchor) ?? []) toReference(link, parent, label)
  }
  found.notes.sort((a, b) => a.offset - b.offset)
  return found
}

/** The first anchor of `source` that a number link points at. */
function findTargetAnchor(source: string, links: ReadonlyMap<string, unknown>): string | undefined {
  for (const match of source.matchAll(anchorPattern)) {
    if (match[1] && links.has(match[1])) return match[1]
  }
  return undefined
}

/** Collect the links `[12](#name)` under `node`, by anchor name. */
function collectNumberLinks(
  node: Nodes,
  links: Map<string, Array<{ link: Link; parent: Parent }>>,
): void {
  if (!('children' in node)) return
  for (const child of node.children) {
    if (child.type === 'link' && child.url.startsWith('#') && isNumberText(child)) {
      const name = decodeURIComponent(child.url.slice(1))
      links.set(name, [...(links.get(name) ?? []), { link: child, parent: node }])
    } else collectNumberLinks(child, links)
  }
}

/** Whether a link's text is a note number (`1`, `12`). */
function isNumberText(link: Link): boolean {
  const [only, ...rest] = link.children
  return rest.length === 0 && only?.type === 'text' && /^\s*\d{1,4}\s*$/.test(only.value)
}

/** Replace a link to a note by a footnote reference to it, in place. */
function toReference(link: Link, parent: Parent, label: string): void {
  const index = parent.children.indexOf(link)
  if (index === -1) return
  const reference: Nodes = { type: 'footnoteReference', identifier: label, label }
  if (link.position) reference.position = link.position
  parent.children.splice(index, 1, reference as Parent['children'][number])
}
