/**
 * The languages the support check knows: their stop words (`@orama/stopwords`) and Snowball
 * stemmers (`@orama/stemmers`), and a cheap language guess by stop-word overlap. Text in any
 * other language is still matched, folded and unstemmed, with the English stop words.
 */

import { stemmer as stemEnglish } from '@orama/stemmers/english'
import { stemmer as stemFrench } from '@orama/stemmers/french'
import { stemmer as stemGerman } from '@orama/stemmers/german'
import { stemmer as stemSpanish } from '@orama/stemmers/spanish'
import { stemmer as stemTurkish } from '@orama/stemmers/turkish'
import { stopwords as englishStopWords } from '@orama/stopwords/english'
import { stopwords as frenchStopWords } from '@orama/stopwords/french'
import { stopwords as germanStopWords } from '@orama/stopwords/german'
import { stopwords as spanishStopWords } from '@orama/stopwords/spanish'
import { stopwords as turkishStopWords } from '@orama/stopwords/turkish'
import { foldWord } from '../fold.ts'
import { classesOf, letter } from './characters.ts'

/** Languages with stop words and a stemmer. */
export type SupportLanguage = 'en' | 'de' | 'fr' | 'es' | 'tr'

/** Every supported language, in the order ties are broken. */
export const supportLanguages: ReadonlyArray<SupportLanguage> = ['en', 'de', 'fr', 'es', 'tr']

/** Snowball stemmer of each language (input lower-cased in that language, accents kept). */
const stemmers: Record<SupportLanguage, (word: string) => string> = {
  en: stemEnglish,
  de: stemGerman,
  fr: stemFrench,
  es: stemSpanish,
  tr: stemTurkish,
}

/** Folded stop words of each language. */
const stopWords: Record<SupportLanguage, ReadonlySet<string>> = {
  en: new Set(englishStopWords.map(foldWord)),
  de: new Set(germanStopWords.map(foldWord)),
  fr: new Set(frenchStopWords.map(foldWord)),
  es: new Set(spanishStopWords.map(foldWord)),
  tr: new Set(turkishStopWords.map(foldWord)),
}

/** Positions in `supportLanguages` of the languages each folded stop word belongs to. */
const stopWordLanguages = new Map<string, Array<number>>()
for (const [position, language] of supportLanguages.entries()) {
  for (const word of stopWords[language]) {
    const positions = stopWordLanguages.get(word) ?? []
    positions.push(position)
    stopWordLanguages.set(word, positions)
  }
}

/** Whether a folded word is a stop word of `language`. */
export function isStopWord(folded: string, language: SupportLanguage): boolean {
  return stopWords[language].has(folded)
}

/** Stem a word already lower-cased in `language`. */
export function stemWord(lower: string, language: SupportLanguage): string {
  return stemmers[language](lower)
}

/** Lower-case a word as `language` does (Turkish `I` → `ı`, `İ` → `i`). */
export function lowerWord(word: string, language: SupportLanguage): string {
  return language === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase()
}

/** Characters of the sample a language guess reads. */
const sampleLength = 20_000

/** Longest folded stop word: a longer run of ASCII letters (its own fold) is none. */
const maxStopWordLength = Math.max(...[...stopWordLanguages.keys()].map((word) => word.length))

/** Count the stop words of each language in a word (letters and apostrophes). */
function countStopWord(word: string, counts: Array<number>): void {
  const positions = stopWordLanguages.get(word)
  if (positions === undefined) return
  for (const position of positions) counts[position] = (counts[position] as number) + 1
}

/**
 * Count the stop words of each language among the words of `text`: its runs of letters and
 * apostrophes (`[\p{L}']+`), folded. One pass; a run of plain ASCII is lower-cased only when it
 * is short enough to be a stop word.
 */
function countStopWords(text: string, counts: Array<number>): void {
  let index = 0
  while (index < text.length) {
    const first = index
    let ascii = true
    let upper = false
    for (;;) {
      const code = text.charCodeAt(index)
      if ((code >= 0x61 && code <= 0x7a) || code === 0x27) index++
      else if (code >= 0x41 && code <= 0x5a) {
        upper = true
        index++
      } else if (code < 0x80 || Number.isNaN(code)) break
      else {
        const point = text.codePointAt(index) as number
        if ((classesOf(point) & letter) === 0) break
        ascii = false
        index += point > 0xffff ? 2 : 1
      }
    }
    if (index === first) {
      index++
      continue
    }
    if (ascii && index - first > maxStopWordLength) continue
    const word = text.slice(first, index)
    countStopWord(ascii ? (upper ? word.toLowerCase() : word) : foldWord(word), counts)
  }
}

/**
 * Guess the language of a text from how many of its words are stop words of each language
 * (first 20,000 characters). Returns `fallback` when no language has a clear lead.
 */
export function detectLanguage(text: string, fallback: SupportLanguage = 'en'): SupportLanguage {
  const counts = new Array<number>(supportLanguages.length).fill(0)
  countStopWords(text.length > sampleLength ? text.slice(0, sampleLength) : text, counts)
  let best = fallback
  let bestCount = 0
  let second = 0
  for (const [position, language] of supportLanguages.entries()) {
    const count = counts[position] as number
    if (count > bestCount) {
      second = bestCount
      best = language
      bestCount = count
    } else if (count > second) second = count
  }
  return bestCount > 0 && bestCount > second ? best : fallback
}
