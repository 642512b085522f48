/**
 * Text folding shared by the evidence rules: one canonical, comparable form of a string
 * (diacritics, case, typographic punctuation and whitespace folded).
 */

/** Letters that Unicode decomposition does not reduce to ASCII but readers treat as such. */
const extraFolds: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
}

/** Text made of printable ASCII and ordinary whitespace only (anything else takes the full fold). */
const asciiOnly = /^[ -~\t\n\r]*$/

/**
 * Fold one word for matching: lower-case, diacritics removed, the letters Unicode does not
 * decompose mapped to ASCII (`ı` → `i`, `ß` → `ss`). No punctuation or whitespace handling.
 */
export function foldWord(word: string): string {
  // ASCII has no decompositions, marks or extra folds: lower-casing is the whole fold.
  if (asciiOnly.test(word)) return word.toLowerCase()
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıøđłßæœþð]/g, (letter) => extraFolds[letter] ?? letter)
}

/**
 * Fold text for comparison: lower-case, diacritics removed (`ğ` → `g`, `ı` → `i`), curly quotes
 * and dashes made plain, every run of whitespace (including no-break spaces) one space, trimmed.
 */
export function foldText(text: string): string {
  return foldWord(text)
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Split folded text into word tokens: letters and digits only, apostrophes and the English
 * possessive (`turkey's` → `turkey`) dropped.
 */
export function tokenize(text: string): Array<string> {
  return foldText(text)
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '')
}
