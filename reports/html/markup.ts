/**
 * A tiny HTML builder that escapes by default: a plain string child is always text, only an
 * `Html` value (built here) is markup. Untrusted text (paper, footnotes, page titles, server
 * messages) can therefore only become text, never tags or attributes.
 */

/** A piece of markup built by this module (never from untrusted text). */
export interface Html {
  /** The markup. */
  readonly html: string
}

/** A child of an element: markup, text (escaped), nothing, or a list of those. */
export type Child = Html | string | null | undefined | false | ReadonlyArray<Child>

/** Attribute values: a string (escaped), a number, `true` (bare attribute), or omitted. */
export type Attributes = Record<string, string | number | boolean | null | undefined>

/** Elements without a closing tag. */
const voidElements = new Set(['br', 'hr', 'img', 'input', 'link', 'meta', 'wbr'])

/**
 * Whether a code point is a control character (other than tab and line breaks) or an
 * invisible formatting character (zero-width, bidirectional overrides and isolates, BOM) that
 * could hide or reorder text.
 */
function isInvisible(code: number): boolean {
  if (code <= 0x1f) return code !== 0x09 && code !== 0x0a && code !== 0x0d
  if (code >= 0x7f && code <= 0x9f) return true
  if (code >= 0x200b && code <= 0x200f) return true
  if (code >= 0x202a && code <= 0x202e) return true
  if (code >= 0x2060 && code <= 0x2069) return true
  return code === 0xfeff
}

/** Drop control and invisible formatting characters; keep everything else as written. */
export function dropInvisible(value: string): string {
  let kept = ''
  for (const character of value) {
    if (!isInvisible(character.codePointAt(0) ?? 0)) kept += character
  }
  return kept
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escape text for an HTML text node or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return dropInvisible(value).replace(/[&<>"']/g, (character) => entities[character] ?? '')
}

/** Markup we wrote ourselves. */
export function raw(html: string): Html {
  return { html }
}

/** Render a child: markup as is, text escaped, lists in order. */
export function render(child: Child): string {
  if (child === null || child === undefined || child === false) return ''
  if (typeof child === 'string') return escapeHtml(child)
  if (Array.isArray(child)) return (child as ReadonlyArray<Child>).map(render).join('')
  return (child as Html).html
}

/** Render attributes (names are ours; values escaped). */
function renderAttributes(attributes: Attributes): string {
  let out = ''
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`
  }
  return out
}

/** An element with attributes and children. */
export function h(tag: string, attributes: Attributes = {}, ...children: Array<Child>): Html {
  const open = `<${tag}${renderAttributes(attributes)}>`
  if (voidElements.has(tag)) return raw(open)
  return raw(`${open}${render(children)}</${tag}>`)
}

/** Several children as one piece of markup. */
export function fragment(...children: Array<Child>): Html {
  return raw(render(children))
}

/**
 * A value as JSON that is safe inside `<script type="application/json">`: `<`, `>`, `&`,
 * U+2028 and U+2029 are written as `\u` escapes, so no text can close the script element,
 * open a comment or break a JavaScript string. `JSON.parse` reads it back unchanged.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  )
}

/** The `href` of an http(s) URL, or `null` for any other scheme (never made clickable). */
export function toHref(url: string): string | null {
  if (!URL.canParse(url)) return null
  const parsed = new URL(url)
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
}

/** A link to an http(s) URL showing `label` (the URL itself by default); plain text otherwise. */
export function externalLink(url: string, label: Child = url): Html {
  const href = toHref(url)
  if (href === null) return h('span', { class: 'url' }, label)
  return h('a', { href, class: 'url', rel: 'noopener noreferrer', target: '_blank' }, label)
}
