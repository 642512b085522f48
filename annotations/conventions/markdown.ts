import type { Nodes } from 'mdast'
import type { Block } from '../blocks.ts'
import type { BodyItem, Layout, NoteDraft } from '../layout.ts'
import { joinLines, pushBodyBlock } from '../layout.ts'
import { footnoteIdOf } from '../read-marker.ts'
import type { HeadingReader } from '../sections.ts'

/**
 * Lay out a Markdown paper with `[^label]: text` footnote definitions (wherever they sit);
 * every other paragraph or heading is body.
 */
export function layoutMarkdownFootnotes(
  blocks: ReadonlyArray<Block>,
  source: string,
  readHeading: HeadingReader,
): Layout {
  const items: Array<BodyItem> = []
  const notes: Array<NoteDraft> = []
  const definitions = collectDefinitions(blocks)
  for (const block of blocks) {
    if (block.node.type === 'footnoteDefinition') {
      const label = block.node.label ?? block.node.identifier
      notes.push({
        id: footnoteIdOf(label),
        label,
        text: readDefinitionText(block, source, definitions),
        offset: block.start,
      })
      continue
    }
    pushBodyBlock(block, source, readHeading, items)
  }
  return { items, notes }
}

/** Link reference definitions of the paper (`[23]: https://…`), by identifier. */
function collectDefinitions(blocks: ReadonlyArray<Block>): Map<string, string> {
  const definitions = new Map<string, string>()
  for (const block of blocks) {
    const node = block.node
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url)
    }
  }
  return definitions
}

/**
 * Text of a definition as written: from its first child to its last, lines joined. Reference
 * links (`[text][23]`) are written out as inline links (`[text](url)`), so the note carries its
 * URLs.
 */
function readDefinitionText(
  block: Block,
  source: string,
  definitions: ReadonlyMap<string, string>,
): string {
  if (block.node.type !== 'footnoteDefinition') return ''
  const first = block.node.children[0]?.position?.start.offset
  const last = block.node.children.at(-1)?.position?.end.offset
  if (first === undefined || last === undefined) return ''
  let text = ''
  let at = first
  for (const reference of findLinkReferences(block.node)) {
    const url = definitions.get(reference.identifier)
    const start = reference.position?.start.offset
    const end = reference.position?.end.offset
    if (url === undefined || start === undefined || end === undefined || start < at) continue
    const label = readReferenceLabel(reference, source)
    text += `${source.slice(at, start)}[${label}](${normalizeDestination(url)})`
    at = end
  }
  return dropPandocAttributes(joinLines(text + source.slice(at, last)))
}

/** One pandoc attribute: `.class`, `#id` or `key=value`. */
const attribute = String.raw`(?:[.#][\p{L}\p{N}_:-]+|[\p{L}_][\p{L}\p{N}_-]*=(?:"[^"]*"|[^\s}]+))`

/** Pandoc's attributes after a link, autolink or image (`](url){.uri}`), and empty links. */
const pandocAttributes = new RegExp(
  String.raw`(?<=[)>\]])\{${attribute}(?:\s+${attribute})*\}| ?\[\]\(\)(?:\{${attribute}(?:\s+${attribute})*\})?`,
  'gu',
)

/**
 * A note written in pandoc's Markdown (`[text](url){.uri}`, `<https://…>{#id}`) without its
 * attribute blocks, which no reader shows, and without empty links (`[]()`), which show nothing.
 */
function dropPandocAttributes(text: string): string {
  return text.includes('{') || text.includes('[]()')
    ? text.replace(pandocAttributes, '').trim()
    : text
}

/**
 * A link destination as a Markdown renderer writes it into `href`: characters a URL may not hold
 * as such (white space, `` ` ``, `<`, `"`, …) percent-encoded, the rest kept.
 */
function normalizeDestination(url: string): string {
  return url.replace(/[\s`<>"{}|\\^]/g, (character) => encodeURIComponent(character))
}

/** The link references under a node, in document order. */
function findLinkReferences(node: Nodes): Array<Extract<Nodes, { type: 'linkReference' }>> {
  if (node.type === 'linkReference') return [node]
  if (!('children' in node)) return []
  return node.children.flatMap((child) => findLinkReferences(child))
}

/** The source text of a reference link's label (`text` of `[text][23]`). */
function readReferenceLabel(
  reference: Extract<Nodes, { type: 'linkReference' }>,
  source: string,
): string {
  const first = reference.children[0]?.position?.start.offset
  const last = reference.children.at(-1)?.position?.end.offset
  if (first === undefined || last === undefined) return ''
  return source.slice(first, last)
}
