/**
 * Just enough HTML reading for evidence: the title, `og:title`, the first `<h1>`, visible text
 * and element ids. Regular expressions over the (capped) body, no DOM: the page is only read.
 */

import { decodeEntities } from '../../annotations/html-entities.ts'
import type { Page } from '../check/types.ts'

/** Longest title kept as evidence, in characters. */
export const maxTitleLength = 200

/** Content types read as HTML. */
const htmlTypes = new Set(['text/html', 'application/xhtml+xml'])

/** Whether the page is HTML: by content type, or by its body when the type is missing. */
export function isHtmlPage(page: Pick<Page, 'contentType' | 'body'>): boolean {
  if (page.contentType !== null) return htmlTypes.has(page.contentType)
  return /<(?:!doctype html|html|head|body|title)\b/i.test(page.body.slice(0, 2048))
}

/**
 * Markup removed as a whole before text is read: comments, declarations (`<!doctype html>`),
 * processing instructions (`<?xml …?>`), scripts, styles, templates.
 */
function stripHidden(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[!?][^<>]*>/g, ' ')
    .replace(/<(script|style|template|noscript|svg)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
}

/** Tags that start a new block of text (replaced by a space; other tags by nothing). */
const blockTags =
  'address|article|aside|blockquote|br|caption|dd|div|dl|dt|fieldset|figcaption|figure|footer|' +
  'form|h[1-6]|header|hr|img|input|li|main|nav|ol|option|p|pre|section|select|table|tbody|td|' +
  'tfoot|th|thead|title|tr|ul|button|label|summary|details'

/** Pattern of one block-level tag, opening or closing. */
const blockTagPattern = new RegExp(`<\\/?(?:${blockTags})\\b[^<>]*>`, 'gi')

/** Turn an HTML fragment into text: tags removed, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const text = stripHidden(html)
    .replace(blockTagPattern, ' ')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
  return decodeEntities(text).replace(/\s+/gu, ' ').trim()
}

/**
 * Where the content of the first `<tag>…</tag>` element is, as `[start, end]` offsets, or
 * `null`. Linear in the length of the HTML, even when tags are left open.
 */
function findElement(html: string, tag: string): [number, number] | null {
  const open = new RegExp(`<${tag}\\b[^<>]*>`, 'gi')
  if (open.exec(html) === null) return null
  const start = open.lastIndex
  const close = new RegExp(`<\\/${tag}\\s*>`, 'gi')
  close.lastIndex = start
  const end = close.exec(html)
  return end === null ? null : [start, end.index]
}

/** Visible text of a page: the `<head>` and hidden markup dropped, then as `htmlToText`. */
export function visibleText(html: string): string {
  const head = findElement(html, 'head')
  const body = head === null ? html : `${html.slice(0, head[0])} ${html.slice(head[1])}`
  return htmlToText(body)
}

/**
 * Visible text of a page with its blocks (paragraphs, headings, list items, cells) on lines of
 * their own: as `visibleText`, but block tags become line breaks. No-break spaces are kept
 * (they group digits: `4 000`); other runs of spaces become one space.
 */
export function visibleBlocks(html: string): string {
  const head = findElement(html, 'head')
  const body = head === null ? html : `${html.slice(0, head[0])} ${html.slice(head[1])}`
  const text = stripHidden(body)
    .replace(blockTagPattern, '\n')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
  return decodeEntities(text)
    .replace(/[^\S\n\u00a0\u202f]+/gu, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim()
}

/** Shorten a title to `maxTitleLength` characters, with an ellipsis when cut. */
export function shortenTitle(text: string): string {
  if (text.length <= maxTitleLength) return text
  return `${text.slice(0, maxTitleLength - 1).trimEnd()}…`
}

/**
 * Text of the first `<tag>…</tag>` element of `visible` (HTML with its hidden markup stripped),
 * cleaned, or `null` when absent or empty.
 */
function firstElementText(visible: string, tag: 'title' | 'h1'): string | null {
  const range = findElement(visible, tag)
  if (range === null) return null
  const text = shortenTitle(htmlToText(visible.slice(range[0], range[1])))
  return text === '' ? null : text
}

/** Read the attributes of one start tag into a map (names lower-cased, values decoded). */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g
  for (const match of tag.replace(/^<[^\s>]+/, '').matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase()
    if (!attributes.has(name)) {
      attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''))
    }
  }
  return attributes
}

/** Content of `<meta property="og:title">` (or `name="og:title"`), cleaned, or `null`. */
function readOgTitle(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^<>]*>/gi)) {
    const attributes = readAttributes(tag)
    const key = (attributes.get('property') ?? attributes.get('name') ?? '').toLowerCase()
    if (key !== 'og:title') continue
    const text = shortenTitle((attributes.get('content') ?? '').replace(/\s+/gu, ' ').trim())
    if (text !== '') return text
  }
  return null
}

/** What a page says it is. */
export interface PageHeadings {
  /** Text of `<title>`, or `null`. */
  title: string | null
  /** Content of `og:title`, or `null`. */
  ogTitle: string | null
  /** Text of the first `<h1>`, or `null`. */
  h1: string | null
}

/** Text of the first `<title>` element, cleaned and shortened, or `null` when absent or empty. */
export function readTitle(html: string): string | null {
  return firstElementText(stripHidden(html), 'title')
}

/** Read the title, `og:title` and first `<h1>` of an HTML document. */
export function readHeadings(html: string): PageHeadings {
  const visible = stripHidden(html)
  return {
    title: firstElementText(visible, 'title'),
    ogTitle: readOgTitle(html),
    h1: firstElementText(visible, 'h1'),
  }
}
