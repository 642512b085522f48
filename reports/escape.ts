/**
 * Cleaning of untrusted text (footnotes, claims, page titles, server messages) before it goes
 * into a report. Markdown escaping itself is done by the serialiser (`markdown-escape.ts`);
 * this removes what escaping cannot: line breaks that would break tables and invisible
 * characters that could hide or reorder text.
 */

/**
 * Control characters (C0 other than tab, line feed and carriage return, DEL, C1) and invisible
 * formatting characters (zero-width spaces, bidirectional overrides and isolates, BOM).
 */
const invisible =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g

/**
 * Clean a piece of untrusted text without trimming it: drop control and invisible formatting
 * characters and collapse every run of whitespace (line breaks included) into one space.
 */
export function cleanInline(value: string): string {
  // Most text is clean already: one scan to tell, no copy.
  if (!needsCleaning.test(value) && !value.includes('  ')) return value
  return value.replace(invisible, '').replace(/\s+/g, ' ')
}

/** Whitespace other than a space (`\s` less ` `), or an invisible character. */
const needsCleaning =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed.
  /[\u0000-\u001F\u007F-\u009F\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u2069\u3000\uFEFF]/

/**
 * Drop control and invisible formatting characters and turn line breaks and tabs into spaces,
 * keeping other whitespace (no-break spaces) as it is: for characters decoded from references.
 */
export function cleanDecoded(value: string): string {
  return value.replace(invisible, '').replace(/[\t\n\r\f\v]/g, ' ')
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
  const known = safeHrefs.get(url)
  if (known !== undefined) return known
  const parsed = URL.canParse(url) ? new URL(url) : null
  const href =
    parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:')
      ? parsed.href
      : null
  // A report names each URL several times; parse it once (the memo is bounded).
  if (safeHrefs.size >= 10_000) safeHrefs.clear()
  safeHrefs.set(url, href)
  return href
}

/** URLs already turned into link targets (or `null`). */
const safeHrefs = new Map<string, string | null>()
