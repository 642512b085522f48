/**
 * Normalisation of extracted glyph text: ligatures spelled out, odd spaces made plain,
 * invisible characters removed.
 */

/** Ligature code points and their spelled-out letters. */
const ligatures: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
}

const ligaturePattern = /[\uFB00-\uFB06]/g
const oddSpacePattern = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g
const invisiblePattern = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

/**
 * Normalise text extracted from a PDF: ligatures (`ﬁ` → `fi`), non-breaking and other odd
 * spaces become a plain space, soft hyphens and zero-width characters are dropped.
 */
export function normalizeGlyphs(text: string): string {
  return text
    .replace(ligaturePattern, (character) => ligatures[character] ?? character)
    .replace(oddSpacePattern, ' ')
    .replace(invisiblePattern, '')
}
