/**
 * Decoding of HTML character references, enough for titles and visible text: numeric
 * references, the markup and typography names, and Latin letters with diacritics.
 */

/** Named references that are not a base letter plus a diacritic. */
const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  deg: '°',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '',
  zwnj: '',
  shy: '',
}

/** Diacritic suffixes of HTML entity names and the combining mark each stands for. */
const diacritics: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
  caron: '\u030c',
  breve: '\u0306',
}

/** Resolve one entity name (without `&` and `;`), or `undefined` when unknown. */
function resolveName(name: string): string | undefined {
  const known = namedEntities[name]
  if (known !== undefined) return known
  const match = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring|caron|breve)$/.exec(name)
  if (match === null) return undefined
  const [, letter = '', mark = ''] = match
  return `${letter}${diacritics[mark] ?? ''}`.normalize('NFC')
}

/** Turn a code point into a string, or U+FFFD when it is not a valid scalar value. */
function fromCodePoint(value: number): string {
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return '\ufffd'
  if (value >= 0xd800 && value <= 0xdfff) return '\ufffd'
  return String.fromCodePoint(value)
}

/** Decode character references (`&amp;`, `&#233;`, `&#x2019;`, `&eacute;`); unknown ones stay. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?/g, (whole, ref) => {
    const reference = String(ref)
    if (reference.startsWith('#x') || reference.startsWith('#X')) {
      return fromCodePoint(Number.parseInt(reference.slice(2), 16))
    }
    if (reference.startsWith('#')) return fromCodePoint(Number.parseInt(reference.slice(1), 10))
    return resolveName(reference) ?? whole
  })
}
