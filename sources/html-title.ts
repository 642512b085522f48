/** Read a page's `<title>` from the (capped) start of its HTML. */

/** Longest title kept, in characters. */
export const maxTitleLength = 200

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
}

/** Decode HTML character references (numeric and the common named ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return namedEntities[name.toLowerCase()] ?? whole
  })
}

/** Clean a title: decode entities, strip control characters, collapse whitespace, cap length. */
export function cleanTitle(raw: string): string {
  const text = decodeEntities(raw)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > maxTitleLength ? `${text.slice(0, maxTitleLength - 1).trimEnd()}…` : text
}

/** The cleaned `<title>` of an HTML document prefix, or `null` when there is none or it is empty. */
export function extractTitle(html: string): string | null {
  const match = /<title\b[^>]*>([\s\S]*?)(?:<\/title\s*>|$)/i.exec(html)
  if (!match?.[1]) return null
  const title = cleanTitle(match[1].replace(/<[^>]*>/g, ''))
  return title === '' ? null : title
}
