/**
 * Fragment check: whether the part of the page a URL's fragment points at exists — the quoted
 * text of `#:~:text=` directives, or the element of a plain `#id`.
 */
import type { Page } from '../check/types.ts'
import { foldText } from './fold.ts'
import { isHtmlPage, readAttributes, visibleText } from './html.ts'
import { parseUrl } from './soft-404-redirect.ts'
import { findTextDirective, splitFragment } from './text-fragment.ts'

/** Fragments that are client-side routes or the implicit top of the page, not element ids. */
function isCheckableId(id: string): boolean {
  return id !== '' && id.toLowerCase() !== 'top' && !id.startsWith('/') && !id.startsWith('!')
}

/** Whether an element with this `id` (or `name`) exists in the HTML. */
export function hasElementId(html: string, id: string): boolean {
  for (const [tag] of html.matchAll(/<[a-zA-Z][^\s/<>]*\s[^<>]*>/g)) {
    if (!/(?:^|\s)(?:id|name)\s*=/i.test(tag)) continue
    const attributes = readAttributes(tag)
    if (attributes.get('id') === id || attributes.get('name') === id) return true
  }
  return false
}

/** The fragment (without `#`) a page was asked for: the final URL's own, else the requested one's. */
export function pageFragment(page: Pick<Page, 'url' | 'checkedUrl' | 'finalUrl'>): string {
  for (const url of [page.finalUrl, page.checkedUrl, page.url]) {
    const hash = parseUrl(url)?.hash ?? ''
    if (hash.length > 1) return hash.slice(1)
  }
  return ''
}

/**
 * Check the fragment of a page's URL against its body: `true` when every text directive is
 * found in the visible text (or, for a plain fragment, the element exists), `false` when not,
 * `null` when there is nothing to check (no fragment, not HTML) or when the text was not found
 * in a truncated body (it may be in the part not read).
 */
export function checkFragment(
  page: Pick<Page, 'url' | 'checkedUrl' | 'finalUrl' | 'contentType' | 'body' | 'truncated'>,
): boolean | null {
  const fragment = pageFragment(page)
  if (fragment === '' || !isHtmlPage(page)) return null
  const { id, directives } = splitFragment(fragment)
  let found: boolean | null = null
  if (directives.length > 0) {
    const text = foldText(visibleText(page.body))
    found = directives.every((directive) => findTextDirective(text, directive))
  } else if (isCheckableId(id)) {
    found = hasElementId(page.body, id)
  }
  return found === false && page.truncated ? null : found
}
