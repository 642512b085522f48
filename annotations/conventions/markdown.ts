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
  for (const block of blocks) {
    if (block.node.type === 'footnoteDefinition') {
      const label = block.node.label ?? block.node.identifier
      notes.push({
        id: footnoteIdOf(label),
        label,
        text: readDefinitionText(block, source),
        offset: block.start,
      })
      continue
    }
    pushBodyBlock(block, source, readHeading, items)
  }
  return { items, notes }
}

/** Text of a definition as written: from its first child to its last, lines joined. */
function readDefinitionText(block: Block, source: string): string {
  if (block.node.type !== 'footnoteDefinition') return ''
  const first = block.node.children[0]?.position?.start.offset
  const last = block.node.children.at(-1)?.position?.end.offset
  if (first === undefined || last === undefined) return ''
  return joinLines(source.slice(first, last))
}
