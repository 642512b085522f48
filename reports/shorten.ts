/**
 * Shortening of long text for display: claims, citations, page titles and URLs.
 */

import { cleanText } from './escape.ts'

/** Default length of a shortened claim, in characters. */
export const defaultClaimLength = 160

/** Default length of a shortened page title or citation title, in characters. */
export const defaultTitleLength = 80

/** Default length of a displayed URL, in characters. */
export const defaultUrlLength = 60

/**
 * Clean `value` and shorten it to at most `max` characters (code points), cutting at a word
 * boundary when one is near and ending with `…`.
 */
export function shorten(value: string, max: number): string {
  const cleaned = cleanText(value)
  // UTF-16 length bounds the number of code points: short text needs no counting.
  if (cleaned.length <= max) return cleaned
  const length = Math.max(1, max - 1)
  const end = codePointOffset(cleaned, length)
  if (codePointOffset(cleaned, max) >= cleaned.length) return cleaned
  const cut = cleaned.slice(0, end)
  const space = cut.lastIndexOf(' ')
  const atBoundary = cleaned.charAt(end) === ' '
  const kept = atBoundary || space < cut.length * 0.6 ? cut : cut.slice(0, space)
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`
}

/** Index in `value` after its first `count` code points (or its length). */
function codePointOffset(value: string, count: number): number {
  let index = 0
  for (let seen = 0; seen < count && index < value.length; seen += 1) {
    const code = value.charCodeAt(index)
    const next = value.charCodeAt(index + 1)
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    index += pair ? 2 : 1
  }
  return index
}

/**
 * Display form of a URL: without `https://` and `www.`, shortened to `max` characters.
 * The link target is always the full URL; this is only the visible text.
 */
export function shortenUrl(url: string, max: number = defaultUrlLength): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')
  return shorten(bare, max)
}
