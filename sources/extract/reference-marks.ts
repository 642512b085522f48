/**
 * Find the back-reference marks of one footnote text (URLs already cut out): `Ibid.`, `Id.`,
 * `ebd.` (the note before); `op. cit.`, `a.a.O.`, `a.g.e.`, `ouvrage cité` (a work named by its
 * author or title); `supra note 6`, `infra note 9`, `wie Anm. 4` (a numbered note); and short
 * titles defined by `[hereinafter …]`. Reading only: resolution is `back-references.ts`.
 */

/** How a mark says which note it points at. */
export type MarkKind = 'previous' | 'named' | 'numbered'

/** One back-reference mark in a note. */
export interface ReferenceMark {
  /** `previous`: the note before; `named`: the work named in `clause`; `numbered`: `notes`. */
  kind: MarkKind
  /** Note numbers written (`supra notes 5, 7` → 5, 7); empty unless `numbered`. */
  notes: Array<number>
  /** Text of the citation clause before the mark, signals removed (`Smith` in `See Smith, op. cit.`). */
  clause: string
  /** 0-based offset where its clause starts (the start of `clause` before signals). */
  clauseStart: number
  /** 0-based offset where the mark starts in the text. */
  start: number
  /** 0-based offset right after the mark. */
  end: number
}

/** Emphasis around an abbreviation (`*Id*.`, `_ibid._`, `*supra*`). */
const em = '[*_]{0,2}'

/** Abbreviations that point at the previous note. */
const previousForms = [
  'ib[ií]d(?:em)?(?:[*_]{0,2}\\.)?',
  '[ií]d[*_]{0,2}\\.',
  // `*Id *552a(b)`: Id in emphasis, without its full stop.
  '(?<=[*_])Id(?=\\s?[*_])',
  'Id(?=\\s+[\\d§])',
  'ebd[*_]{0,2}\\.',
  'ebenda',
  'a\\.\\s?g\\.\\s?y\\.',
]

/** Abbreviations that point at a work named before them. */
const namedForms = [
  '[oó]p\\.?\\s?cit\\.?',
  'loc\\.?\\s?cit\\.?',
  'art\\.\\s?cit\\.?',
  'ouvr(?:age|\\.)\\s+cit[ée]\\.?',
  'a\\.\\s?a\\.\\s?O\\.?',
  'a\\.\\s?g\\.\\s?[em]\\.?',
  'supra(?=[*_]{0,2}\\s*(?:[,;.]|$))',
]

/** A numbered cross-reference: `supra note 6`, `infra notes 5–7`, `wie Anm. 4`, `bkz. dipnot 3`. */
const numberedForm = [
  '(?:supra|infra)[*_]{0,2},?[\\s*_]+(?:(?:foot)?notes?|nn?\\.)',
  '(?:wie|siehe|vgl\\.)\\s+(?:oben\\s+|unten\\s+)?(?:Anm\\.|Fn\\.|Fu(?:ß|ss)note)',
  '(?:bkz\\.|bak[ıi]n[ıi]z)\\s+(?:dipnot|dn\\.)',
  '(?:voir|cf\\.)\\s+(?:(?:supra|infra),?\\s+)?(?:la\\s+)?(?:note|n\\.)',
  '(?:v[ée]ase|cfr\\.)\\s+(?:(?:supra|infra),?\\s+)?(?:la\\s+)?nota',
]
  .map((form) => `(?:${form})`)
  .join('|')

/** The numbers after a numbered form: `6`, `5, 7`, `9–11`, `4 und 5`. */
const noteNumbers = '[*_]{0,2}\\s*(\\d{1,4}(?:\\s*(?:,|and|&|et|und|y|-|–)\\s*\\d{1,4})*)'

/** Turkish `age.` (a.g.e. written short) only as a citation: `Yılmaz, age., s. 4`. */
const shortTurkish = '(?<=,\\s?)age\\.(?=\\s*(?:,|s\\.|$))'

/** Every mark; group 1: previous form, 2: named form, 3: numbers of a numbered one. */
const markPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])${em}(?:(${previousForms.join('|')})|(${namedForms.join('|')}|${shortTurkish})|(?:${numberedForm})${noteNumbers})${em}(?![\\p{L}\\p{N}])`,
  'giu',
)

/** A short title defined for later notes: `[hereinafter Course Manual]`, `(im Folgenden: X)`. */
const hereinafterPattern =
  /[[(]\s*(?:hereinafter|im folgenden:?|nachfolgend|ci-apr[eè]s|en adelante,?|bundan sonra)\s+[*_"“]*([^\])"”*_]{2,60}?)[*_"”]*\s*[\])]/giu

/**
 * Signals before a citation that name nobody (`See`, `See also`, `Cf.`, `Vgl.`, `Voir aussi`);
 * the longer of two that start alike comes first, or `See generally` would stop after `See`.
 */
const signals =
  /^(?:(?:see generally|see also|see, e\.g\.,|but see|see|cf\.|compare|accord|contra|e\.g\.,?|voir aussi|voir|vgl\.|siehe|ver|véase|bkz\.|cfr\.|also|aussi|auch|también|ayrıca)[*_]{0,2},?\s+)+/i

/** Traits of a citation written before a mark in the same note: a year, a URL gap, a page. */
const citationTrait = /\d|https?:\/\//

/** Read the back-reference marks of a note, in order of position. */
export function findReferenceMarks(text: string): Array<ReferenceMark> {
  const marks: Array<ReferenceMark> = []
  for (const match of text.matchAll(markPattern)) {
    const start = match.index
    const end = start + match[0].length
    const clauseStart = findClauseStart(text, start)
    const clause = readClause(text.slice(clauseStart, start))
    // `ID.` in capitals is an identifier (`user ID.`), not `Id.`
    if (match[1] && /^ID[*_]*\.$/.test(match[1])) continue
    // Without its full stop, only `Id` as written (`Id 552a(b)`), not a lower-case `id 5`.
    if (match[1] && /^[ií]d$/.test(match[1])) continue
    const kind: MarkKind = match[3] ? 'numbered' : match[2] ? 'named' : 'previous'
    const notes = match[3] ? readNumbers(match[3]) : []
    marks.push({ kind, notes, clause, clauseStart, start, end })
  }
  return marks.filter((mark, index) => {
    if (mark.kind !== 'previous' || mark.clause !== '') return true
    // `Id.` after the note's own first citation points inside the note, not at another one.
    return index === 0 && !citationTrait.test(text.slice(0, mark.start))
  })
}

/** `text` with its marks replaced by spaces (to read the rest of the citation). */
export function removeReferenceMarks(text: string, marks: ReadonlyArray<ReferenceMark>): string {
  let result = ''
  let at = 0
  for (const mark of marks) {
    result += `${text.slice(at, mark.start)} `
    at = mark.end
  }
  return result + text.slice(at)
}

/** Short titles a note defines for later notes (`[hereinafter Course Manual]`). */
export function findShortTitles(text: string): Array<string> {
  return [...text.matchAll(hereinafterPattern)].map((match) => (match[1] ?? '').trim())
}

/**
 * Whether `text` cites the work a note gave the short title `title`: a clause (the note's start,
 * or after `;` or a sentence end) that starts with it, signals skipped.
 */
export function citesShortTitle(text: string, title: string): boolean {
  const folded = title.toLowerCase()
  return text.split(/;\s+|(?<=[\p{Ll}\d)]\.)\s+(?=\p{Lu})/u).some((clause) => {
    const rest = clause
      .replace(/^[\s*_]+/, '')
      .replace(signals, '')
      .toLowerCase()
    return rest.startsWith(folded) && /^[\s*_,]|^$|^ at /i.test(rest.slice(folded.length))
  })
}

/** Where the clause holding the mark at `at` starts: after the last `;` or sentence end. */
function findClauseStart(text: string, at: number): number {
  // One character past the mark, for the break's look-ahead.
  const before = text.slice(0, at + 1)
  let from = text.lastIndexOf(';', at - 1) + 1
  for (const end of before.matchAll(sentenceBreak)) {
    const stop = end.index + end[0].length
    if (stop > from && stop <= at) from = stop
  }
  return from
}

/** Where the clause holding a mark ends: at the next `;` or sentence end, or the end. */
export function findClauseEnd(text: string, from: number): number {
  const semicolon = text.indexOf(';', from)
  // Searched in the whole text, so the break's look-behind sees the full stop just before
  // `from` (`Ebd. Der …`: the clause of `Ebd.` ends at its own full stop).
  const sentence = new RegExp(sentenceBreak.source, 'gu')
  sentence.lastIndex = from
  const found = sentence.exec(text)
  const ends = [semicolon, found ? found.index : -1].filter((end) => end !== -1)
  return ends.length > 0 ? Math.min(...ends) : text.length
}

/** A sentence end between two citations: `… 2008. Next`, `… at 9. See`. */
const sentenceBreak = /(?<=[\p{Ll}\d)\]»”"\s]\.)\s+(?=[\p{Lu}*_«"“])/gu

/** The citation clause before a mark, signals and emphasis removed. */
function readClause(before: string): string {
  return before
    .replace(/^[\s*_]+/, '')
    .replace(signals, '')
    .replace(/[\s,*_]+$/, '')
    .trim()
}

/** `5, 7 and 9–11` → 5, 7, 9, 10, 11 (a range of at most 20 notes). */
function readNumbers(text: string): Array<number> {
  const numbers: Array<number> = []
  for (const part of text.split(/\s*(?:,|and|&|et|und|y)\s*/)) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part)
    if (range) {
      const from = Number(range[1])
      const to = Number(range[2])
      for (let number = from; number <= to && number - from < 20; number++) numbers.push(number)
    } else if (/^\d+$/.test(part)) numbers.push(Number(part))
  }
  return numbers
}
