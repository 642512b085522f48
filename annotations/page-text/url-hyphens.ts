/**
 * Hyphens `pdftotext` took out of URLs: a word hyphenated at a line end is written whole, its
 * line joined with the next (`…/pandas-` ⏎ `docs/stable/…` → one over-long line with
 * `…/pandasdocs/stable/…`). Such a URL gets its hyphen back when the document writes the same
 * site's path segment with it elsewhere (`https://pandas.pydata.org/pandas-docs/…`).
 */

/** A URL in running text. */
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>"]+/gi

/** The site of a URL (`pandas.pydata.org`) and its path segments. */
function splitUrl(url: string): { site: string; segments: Array<string> } {
  const [site = '', ...segments] = url.replace(/^[a-z]+:\/\//i, '').split('/')
  return { site: site.toLowerCase(), segments }
}

/** The key of a segment: its site and its letters without hyphens. */
function keyOf(site: string, segment: string): string {
  return `${site}/${segment.replaceAll('-', '')}`
}

/** Every hyphenated path segment of the URLs in `texts`, by `keyOf`. */
export function collectUrlSegments(texts: Iterable<string>): Map<string, string> {
  const segments = new Map<string, string>()
  for (const text of texts) {
    for (const [url] of text.matchAll(urlPattern)) {
      const { site, segments: parts } = splitUrl(url)
      for (const part of parts) if (part.includes('-')) segments.set(keyOf(site, part), part)
    }
  }
  return segments
}

/**
 * Two words next to each other in `text`, written together in lower case, with the length of
 * the first (`Commits Dramatically` → `commitsdramatically` → 7).
 */
function collectWordPairs(text: string): Map<string, number> {
  const words = text
    .replace(urlPattern, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '').toLowerCase())
  const pairs = new Map<string, number>()
  for (let index = 1; index < words.length; index++) {
    const first = words[index - 1] ?? ''
    const second = words[index] ?? ''
    if (/^[\p{L}\d]{2,}$/u.test(first) && /^[\p{L}\d]{2,}$/u.test(second)) {
      pairs.set(first + second, first.length)
    }
  }
  return pairs
}

/**
 * `text` (a line longer than the text's lines usually are: two joined at a hyphen) with each URL
 * path segment that lacks exactly one hyphen of a segment in `segments` written with it, and
 * each word of a hyphenated slug that joins two words next to each other in `context` (the whole
 * note; a title: `How Atomic Git Commits Dramatically …`, `…/how-atomic-git-commitsdramatically-…`)
 * split again.
 */
export function restoreUrlHyphens(
  text: string,
  segments: ReadonlyMap<string, string>,
  context = text,
): string {
  const pairs = collectWordPairs(context)
  return text.replace(urlPattern, (url) => {
    const { site } = splitUrl(url)
    const hyphens = (part: string) => part.length - part.replaceAll('-', '').length
    const prefix = /^(?:[a-z]+:\/\/)?[^/]*/i.exec(url)?.[0] ?? ''
    const parts = url.slice(prefix.length).split('/')
    const fixed = parts.map((part) => {
      const known = part === '' ? undefined : segments.get(keyOf(site, part))
      if (known && hyphens(known) === hyphens(part) + 1) return known
      if (!part.includes('-')) return part
      return part
        .split('-')
        .map((word) => {
          const split = pairs.get(word.toLowerCase())
          return split === undefined ? word : `${word.slice(0, split)}-${word.slice(split)}`
        })
        .join('-')
    })
    return prefix + fixed.join('/')
  })
}
