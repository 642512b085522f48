/**
 * Split a page's text into sentences, as `[start, end]` offsets: at line breaks (blocks), and
 * after `.`, `!`, `?` or `…` followed by a space and a capital, digit or quote, except after
 * common abbreviations, initials and day numbers (`am 31. Dezember`). A sentence longer than
 * `maxSentenceLength` is cut at a space (or anywhere, in text without spaces). Linear time.
 */

/** Longest sentence kept whole, in characters. */
export const maxSentenceLength = 500

/** Words after which a period does not end a sentence. */
const abbreviations = new Set(
  (
    'mr mrs ms dr prof gen lt maj col capt sgt st no nos vol pp p fig ca cf vs etc approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp est ' +
    'nr abs art bzw vgl ggf usw bgbl s z sog ziff ' +
    'mme mlle cie av ' +
    'sr sra dña núm pág'
  ).split(' '),
)

/** Whether the period at `index` ends an abbreviation, an initial or a day number. */
function isAbbreviation(text: string, index: number): boolean {
  let start = index
  while (start > 0 && /[\p{L}\d]/u.test(text[start - 1] as string)) start--
  const word = text.slice(start, index)
  if (word === '') return false
  if (/^\d{1,2}$/.test(word)) return true
  if (/^\p{Lu}$/u.test(word)) return true
  return abbreviations.has(word.toLowerCase())
}

/** Cut a long span at spaces into pieces of at most `maxSentenceLength`. */
function cutLong(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let from = start
  while (end - from > maxSentenceLength) {
    const limit = from + maxSentenceLength
    let cut = text.lastIndexOf(' ', limit)
    if (cut <= from + maxSentenceLength / 2) cut = limit
    out.push([from, cut])
    from = cut
    while (from < end && text[from] === ' ') from++
  }
  if (end > from) out.push([from, end])
}

/** Push a trimmed span, cut when too long. */
function pushSpan(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let from = start
  let to = end
  while (from < to && /\s/u.test(text[from] as string)) from++
  while (to > from && /\s/u.test(text[to - 1] as string)) to--
  if (to > from) cutLong(text, from, to, out)
}

/** Sentence spans of a text. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string
    if (character === '\n') {
      pushSpan(text, start, index, spans)
      start = index + 1
      continue
    }
    if (character !== '.' && character !== '!' && character !== '?' && character !== '…') continue
    let next = index + 1
    while (next < text.length && /["'”’»)\]]/u.test(text[next] as string)) next++
    if (next >= text.length || text[next] !== ' ') continue
    const following = text[next + 1] ?? ''
    if (!/[\p{Lu}\d"“«'([]/u.test(following)) continue
    if (character === '.' && isAbbreviation(text, index)) continue
    pushSpan(text, start, next, spans)
    start = next + 1
  }
  pushSpan(text, start, text.length, spans)
  return spans
}
