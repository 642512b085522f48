/**
 * Cleaning of untrusted text (footnotes, claims, page titles, server messages) before it goes
 * into a report. Markdown escaping itself is done by the serialiser (mdast-util-to-markdown);
 * this removes what escaping cannot: line breaks that would break tables and invisible
 * characters that could hide or reorder text.
 */

/**
 * Whether a code point is a control character (C0 other than whitespace, DEL, C1) or an
 * invisible formatting character (zero-width spaces, bidirectional overrides, BOM).
 */
function isInvisible(code: number): boolean {
  if (code <= 0x1f) return code !== 0x09 && code !== 0x0a && code !== 0x0d
  if (code >= 0x7f && code <= 0x9f) return true
  if (code >= 0x200b && code <= 0x200f) return true
  if (code >= 0x202a && code <= 0x202e) return true
  if (code >= 0x2060 && code <= 0x2069) return true
  return code === 0xfeff
}

/**
 * Clean a piece of untrusted text without trimming it: drop control and invisible formatting
 * characters and collapse every run of whitespace (line breaks included) into one space.
 */
export function cleanInline(value: string): string {
  let kept = ''
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0
    if (!isInvisible(code)) kept += character
  }
  return kept.replace(/\s+/g, ' ')
}

/** Clean untrusted text (see `cleanInline`) and trim it. */
export function cleanText(value: string): string {
  return cleanInline(value).trim()
}

/**
 * Return `url` as a link target when it is an absolute `http:` or `https:` URL, else `null`
 * (so `javascript:`, `data:` and other schemes are never made clickable).
 */
export function toSafeHref(url: string): string | null {
  if (!URL.canParse(url)) return null
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  return parsed.href
}
