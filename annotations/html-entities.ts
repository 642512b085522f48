/**
 * The one decoder of HTML character references, for exported papers, pasted URLs, page titles
 * and visible text: numeric references, the markup and typography names, and Latin letters with
 * diacritics.
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

/** Turn a code point into a string, or `null` when it is not a Unicode scalar value. */
function fromCodePoint(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return null
  if (value >= 0xd800 && value <= 0xdfff) return null
  return String.fromCodePoint(value)
}

/** Options of {@link decodeEntities}. */
export interface DecodeOptions {
  /**
   * Decode only references closed by `;` (default `false`: as browsers read page text). Set it
   * for URLs and pasted text, so `?a=1&copy=2` stays as written.
   */
  requireSemicolon?: boolean
}

const lenient = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?/g
const strict = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g

/**
 * Decode character references (`&amp;`, `&#233;`, `&#x2019;`, `&eacute;`). Unknown names stay as
 * written; a number that is not a Unicode scalar value becomes U+FFFD in page text (as browsers
 * show it) and stays as written with `requireSemicolon` (a URL or pasted text keeps its bytes).
 */
export function decodeEntities(text: string, options: Readonly<DecodeOptions> = {}): string {
  if (!text.includes('&')) return text
  const strictly = options.requireSemicolon === true
  return text.replace(strictly ? strict : lenient, (whole, ref) => {
    const reference = String(ref)
    if (reference.startsWith('#')) {
      const hex = reference[1] === 'x' || reference[1] === 'X'
      const character = fromCodePoint(Number.parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10))
      return character ?? (strictly ? whole : '\ufffd')
    }
    return resolveName(reference) ?? resolveName(reference.toLowerCase()) ?? whole
  })
}
