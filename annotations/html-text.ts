/** Entities common in exported HTML and pasted URLs, and their characters. */
const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/**
 * Decode the entities that show up in exported HTML and pasted URLs (`&amp;`, `&#38;`,
 * `&#x26;`). The `;` is required, so `?a=1&copy=2` stays as written; an out-of-range number
 * stays as written too.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X'
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return namedEntities[body.toLowerCase()] ?? whole
  })
}

/**
 * Text of an HTML fragment as a reader sees it: block ends and `<br>` become line breaks,
 * tags are dropped and common entities decoded. Only what is after a `<hr>` is kept when
 * `afterRule` is set.
 */
export function readHtmlText(html: string, afterRule = false): string {
  const rule = afterRule ? /<hr\b[^>]*>/i.exec(html) : null
  const fragment = rule ? html.slice(rule.index + rule[0].length) : html
  return decodeEntities(
    fragment.replace(/<\/(?:p|div|li|h\d)>|<br\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, ''),
  )
}
