/**
 * Serialisation of an mdast tree to GitHub-flavoured Markdown.
 */

import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { displayWidth } from './width.ts'

/** Serialise a tree to GFM (tables, footnotes) with stable, readable settings. */
export function serializeMarkdown(tree: Root): string {
  return unified()
    .use(remarkGfm, { stringLength: displayWidth })
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '_',
      strong: '*',
      fences: true,
      listItemIndent: 'one',
      rule: '-',
      tightDefinitions: true,
    })
    .stringify(tree)
}
