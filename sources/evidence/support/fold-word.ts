/**
 * Fold one word for matching: lower-case, diacritics removed, the letters Unicode does not
 * decompose mapped to ASCII (`ı` → `i`, `ß` → `ss`), as `foldText` does for whole strings.
 */

/** Letters that decomposition does not reduce to ASCII. */
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

/** Fold a word (no whitespace handling: a word has none). */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıøđłßæœþð]/g, (letter) => extraFolds[letter] ?? letter)
}
