/**
 * Locate URL-like pieces in one footnote text: `<…>` autolinks, Markdown link targets and bare
 * URLs / DOIs, with bare URLs wrapped across lines rejoined and trailing punctuation trimmed.
 * Cleaning, repair and parsing happen later (`read-url.ts`).
 */

/** A URL-like piece of a footnote, as written. */
export interface UrlSpan {
  /** The URL text as written: delimiters excluded, trailing punctuation trimmed. */
  raw: string
  /** 0-based offset where the whole match (delimiters included) starts. */
  start: number
  /** 0-based offset right after the whole match (delimiters and trimmed punctuation included). */
  end: number
}

/**
 * Where a URL or DOI may start in running text. A scheme is at most 32 characters, so that a
 * long dotted word is not rescanned from every position (quadratic); a longer word glued to
 * `://` is matched on its last 32 characters (and repaired like any other glued word).
 */
const urlStart =
  /\b[a-z][a-z0-9+.-]{0,31}:\/\/|[a-z][a-z0-9+.-]{31}:\/\/|\bhttps?(?::\/|\/\/)|\bwww\.|\bmailto:|\bdoi:\s*(?=10\.)|\b10\.\d{4,9}\//i

/** `urlStart` anchored at the beginning of a text. */
const urlStartAnchored = new RegExp(`^(?:${urlStart.source})`, 'i')

/** Characters that end a bare URL. */
const bareStop = /[\s<>"“”«»]/

/** A token that can only be the continuation of a wrapped URL. */
const continuationToken = /^[\w%~+\-./?#=&:;,@!$'()*[\]]+$/

/** Characters a wrapped URL line can end with but a sentence cannot. */
const danglingEnd = /[-_=&?%#~+]$/

/** Trailing characters that belong to the sentence, not to the URL. */
const trailingPunctuation = /[.,;:!?'"*’”]$/

/** Whether `text` looks like the start of a URL or DOI. */
function startsLikeUrl(text: string): boolean {
  return urlStartAnchored.test(text)
}

/** Count occurrences of `character` in `text`. */
function countOf(text: string, character: string): number {
  let count = 0
  for (
    let index = text.indexOf(character);
    index !== -1;
    index = text.indexOf(character, index + 1)
  )
    count++
  return count
}

/** An HTML entity (`&gt;`, `&#62;`) at the end of a text; tested on a short tail only. */
const trailingEntity = /&(?:#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});$/i

/**
 * Trim sentence punctuation, stray `>` and unbalanced closing brackets from the end of a URL.
 * Linear: brackets are counted once, not at every trimmed character.
 */
export function trimTrailing(raw: string): string {
  let end = raw.length
  const closes: Record<string, number> = { ')': countOf(raw, ')'), ']': countOf(raw, ']') }
  const opens: Record<string, number> = { ')': countOf(raw, '('), ']': countOf(raw, '[') }
  while (end > 0) {
    const last = raw[end - 1] ?? ''
    if (last === ';' && trailingEntity.test(raw.slice(Math.max(0, end - 40), end))) break
    if (trailingPunctuation.test(last) || last === '>' || last === '<') end--
    else if ((last === ')' || last === ']') && (opens[last] ?? 0) < (closes[last] ?? 0)) {
      closes[last] = (closes[last] ?? 0) - 1
      end--
    } else break
  }
  return raw.slice(0, end)
}

/** A scheme with nothing after it (`http:// www.x.org` was written with a stray space). */
const bareScheme = /^[a-z][a-z0-9+.-]*:\/\/$/i

/** A host name: `www.x.org`, `example.edu/…`. */
const hostStart = /^[\w-]+(?:\.[\w-]+)+(?:[/:?#]|$)/

/** Whether `next` continues a bare URL whose first piece is `piece` (split by a wrap). */
function continuesUrl(piece: string, next: string): boolean {
  if (bareScheme.test(piece)) return hostStart.test(next)
  if (!continuationToken.test(next) || !/^[\w%]/.test(next) || startsLikeUrl(next)) return false
  // `…showArticle.jhtml? articleID=21` : a query broken after its `?`.
  if (piece.endsWith('?') && /^[\w.%-]+=/.test(next)) return true
  if (trailingPunctuation.test(piece) || piece.endsWith(')')) return false
  if (danglingEnd.test(piece)) return true
  // Otherwise only a token that is plainly a piece of path or query continues the URL.
  return piece.endsWith('/') ? /[-_/.?=&%#\d]/.test(next) : /[/?=&%]/.test(next)
}

/** Read a bare URL whose start (`prefix`, e.g. `https://`) is at `start`, rejoining wrapped pieces. */
function readBare(text: string, start: number, prefix: string): { raw: string; end: number } {
  let end = start + prefix.length
  while (end < text.length && !bareStop.test(text[end] ?? '')) end++
  for (;;) {
    const gap = /^(?:[ \t]*\r?\n[ \t]*|[ \t]+)/.exec(text.slice(end))
    if (gap === null) break
    const nextStart = end + gap[0].length
    let nextEnd = nextStart
    while (nextEnd < text.length && !bareStop.test(text[nextEnd] ?? '')) nextEnd++
    if (!continuesUrl(text.slice(start, end), text.slice(nextStart, nextEnd))) break
    end = nextEnd
  }
  return { raw: trimTrailing(text.slice(start, end)), end }
}

/**
 * Whether `[start, end)` overlaps one of `taken`, which is sorted by `start` and free of
 * overlaps (so its ends are sorted too): a binary search, not a scan.
 */
function overlaps(taken: ReadonlyArray<UrlSpan>, start: number, end: number): boolean {
  let low = 0
  let high = taken.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((taken[middle]?.end ?? 0) <= start) low = middle + 1
    else high = middle
  }
  const first = taken[low]
  return first !== undefined && first.start < end
}

/** Find `<…>` autolinks whose content looks like a URL. */
function findAngled(text: string): Array<UrlSpan> {
  const spans: Array<UrlSpan> = []
  for (const match of text.matchAll(/<([^<>]+)>/g)) {
    const content = (match[1] ?? '').trim()
    if (!startsLikeUrl(content)) continue
    spans.push({
      raw: trimTrailing(content),
      start: match.index,
      end: match.index + match[0].length,
    })
  }
  return spans
}

/**
 * Find Markdown link targets `[text](url)`, and as `texts` the link texts that are URLs
 * themselves (`[https://x.org/a.pdf](https://perma.cc/X)` cites both).
 */
function findMarkdownLinks(text: string, texts: Array<UrlSpan>): Array<UrlSpan> {
  const spans: Array<UrlSpan> = []
  const link = /\[([^[\]]*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+"[^"]*")?\s*\)/g
  for (const match of text.matchAll(link)) {
    const target = match[2] ?? ''
    if (!startsLikeUrl(target)) continue
    spans.push({ raw: target, start: match.index, end: match.index + match[0].length })
    const label = (match[1] ?? '').replace(/^[\s*_<]+|[\s*_>]+$/g, '')
    if (startsLikeUrl(label) && !/\s/.test(label)) {
      const start = match.index + 1
      texts.push({ raw: trimTrailing(label), start, end: start + (match[1] ?? '').length })
    }
  }
  return spans
}

/** Find every URL-like piece of `text`, in order of position. */
export function findUrlSpans(text: string): Array<UrlSpan> {
  const angled = findAngled(text)
  const texts: Array<UrlSpan> = []
  const delimited = [
    ...angled,
    ...findMarkdownLinks(text, texts).filter((span) => !overlaps(angled, span.start, span.end)),
  ].sort((a, b) => a.start - b.start)
  const spans = [...delimited, ...texts]
  let lastEnd = 0
  for (const match of text.matchAll(new RegExp(urlStart.source, 'gi'))) {
    if (match.index < lastEnd || overlaps(delimited, match.index, match.index + 1)) continue
    const { raw, end } = readBare(text, match.index, match[0])
    lastEnd = end
    if (raw === '' || overlaps(delimited, match.index, end)) continue
    spans.push({ raw, start: match.index, end })
  }
  return spans.sort((a, b) => a.start - b.start)
}
