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
  const characters = Array.from(cleanText(value))
  if (characters.length <= max) return characters.join('')
  const length = Math.max(1, max - 1)
  const cut = characters.slice(0, length).join('')
  const space = cut.lastIndexOf(' ')
  const atBoundary = characters[length] === ' '
  const kept = atBoundary || space < cut.length * 0.6 ? cut : cut.slice(0, space)
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`
}

/**
 * Display form of a URL: without `https://` and `www.`, shortened to `max` characters.
 * The link target is always the full URL; this is only the visible text.
 */
export function shortenUrl(url: string, max: number = defaultUrlLength): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')
  return shorten(bare, max)
}
