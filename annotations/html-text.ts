/** Entities common in exported HTML, and their characters. */
const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/**
 * Text of an HTML fragment as a reader sees it: block ends and `<br>` become line breaks,
 * tags are dropped and common entities decoded. Only what is after a `<hr>` is kept when
 * `afterRule` is set.
 */
export function readHtmlText(html: string, afterRule = false): string {
  const rule = afterRule ? /<hr\b[^>]*>/i.exec(html) : null
  const fragment = rule ? html.slice(rule.index + rule[0].length) : html
  return fragment
    .replace(/<\/(?:p|div|li|h\d)>|<br\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => decodeEntity(whole, name))
}

/** Character of one entity, or the entity unchanged when unknown. */
function decodeEntity(whole: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) {
    return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
  }
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
  return entities[name.toLowerCase()] ?? whole
}
