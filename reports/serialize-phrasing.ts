/**
 * Phrasing content (text, emphasis, strong, strikethrough, code, links, references) written as
 * Markdown in one pass: each text is escaped once for where it stands, and
 * emphasis markers are chosen (`emphasis-markers.ts`) so they open and close where they should.
 */

import type { PhrasingContent } from 'mdast'
import { type Piece, placeAttention } from './emphasis-markers.ts'
import { hasControlOrSpace } from './markdown-characters.ts'
import { escapeDestination, escapeText, formatInlineCode } from './markdown-escape.ts'

/** Where phrasing content sits. */
export interface PhrasingContext {
  /** Inside a GFM table cell. */
  table: boolean
  /** Inside link text. */
  label: boolean
  /** Inside an ATX heading. */
  heading: boolean
}

/** The text a link shows when it is written as `<url>`, or `null`. */
function autolinkText(node: Extract<PhrasingContent, { type: 'link' }>): string | null {
  const [only] = node.children
  if (node.children.length !== 1 || only?.type !== 'text' || node.title) return null
  const raw = only.value
  if (raw !== node.url && `mailto:${raw}` !== node.url) return null
  if (!/^[a-z][+\-.a-z]+:/i.test(node.url) || /[<>]/.test(node.url)) return null
  if (hasControlOrSpace(node.url)) return null
  return raw
}

/** Sequences an attention node may use, in order of preference. */
function sequencesOf(node: PhrasingContent): Array<string> {
  if (node.type === 'strong') return ['**', '__']
  if (node.type === 'emphasis') return ['_', '*']
  return ['~~', '~']
}

/** First and last characters a node other than text writes (the preferred marker of attention). */
function edges(node: PhrasingContent): [string, string] {
  switch (node.type) {
    case 'strong':
      return ['*', '*']
    case 'emphasis':
      return ['_', '_']
    case 'delete':
      return ['~', '~']
    case 'inlineCode':
      return ['`', '`']
    case 'link':
      return autolinkText(node) === null ? ['[', ')'] : ['<', '>']
    case 'html':
      return [node.value.charAt(0), node.value.charAt(node.value.length - 1)]
    case 'break':
      return ['\\', '\n']
    default:
      return ['[', ']']
  }
}

/** Write one node that is neither text nor attention. */
function writeNode(node: PhrasingContent, context: PhrasingContext): string {
  switch (node.type) {
    case 'inlineCode':
      return formatInlineCode(node.value, context.table)
    case 'link': {
      if (autolinkText(node) !== null) {
        return `<${context.table ? node.url.replace(/\|/g, '%7C') : node.url}>`
      }
      const text = writePhrasing(node.children, '[', ']', { ...context, label: true })
      return `[${text}](${escapeDestination(node.url, ')', context.table)})`
    }
    case 'linkReference': {
      const text = writePhrasing(node.children, '[', ']', { ...context, label: true })
      return `[${text}][${escapeLabel(node.label ?? node.identifier)}]`
    }
    case 'footnoteReference':
      return `[^${escapeLabel(node.label ?? node.identifier)}]`
    case 'html':
      return node.value
    case 'break':
      return '\\\n'
    default:
      throw new TypeError(`Unexpected \`${node.type}\` in a report, expected report phrasing`)
  }
}

/** A reference or footnote label with `[`, `]` and `\` escaped. */
export function escapeLabel(value: string): string {
  return value.replace(/[[\]\\]/g, '\\$&')
}

/** The first character a text node writes when nothing is known around it. */
function peekText(value: string): string {
  return escapeText(value.slice(0, 3), { before: '', after: value.charAt(3) }).charAt(0)
}

/**
 * Phrasing children as pieces: text and other nodes written, attention left to place. Each
 * text node is escaped on its own, knowing the characters written around it.
 */
function toPieces(
  children: ReadonlyArray<PhrasingContent>,
  before: string,
  after: string,
  context: PhrasingContext,
): Array<Piece> {
  const nodes = children.filter((node) => node.type !== 'text' || node.value.length > 0)
  const pieces: Array<Piece> = []
  let previous = before.slice(-1)
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
      const sequences = sequencesOf(node)
      const sequence = sequences[0] as string
      pieces.push({ children: toPieces(node.children, sequence, sequence, context), sequences })
      previous = sequence.charAt(0)
      continue
    }
    const written =
      node.type === 'text'
        ? escapeText(node.value, {
            before: previous,
            after: nextCharacter(nodes[index + 1], after),
            table: context.table,
            label: context.label,
            heading: context.heading && index === nodes.length - 1,
          })
        : writeNode(node, context)
    pieces.push(written)
    previous = written.slice(-1)
  }
  return pieces
}

/** The first character the node after a text writes (`after` when there is none). */
function nextCharacter(node: PhrasingContent | undefined, after: string): string {
  if (node === undefined) return after.charAt(0)
  return node.type === 'text' ? peekText(node.value) : edges(node)[0]
}

/**
 * Write phrasing children between the characters `before` and `after` (the last character
 * written before them and the first written after them).
 */
export function writePhrasing(
  children: ReadonlyArray<PhrasingContent>,
  before: string,
  after: string,
  context: PhrasingContext,
): string {
  const pieces = toPieces(children, before, after, context)
  if (pieces.every((piece) => typeof piece === 'string')) return pieces.join('')
  return placeAttention(pieces, before, after)
}
