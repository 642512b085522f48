/**
 * The support check's hand-written text scanners against the regular expressions they stand
 * for, on many random texts mixing scripts, marks, surrogate pairs (and lone halves), digits,
 * hyphens, apostrophes and spaces: the same words at the same offsets, the same classes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { foldWord } from '../../../sources/evidence/fold.ts'
import {
  classesOf,
  letter,
  unspaced,
  upperCase,
  wordCharacter,
} from '../../../sources/evidence/support/characters.ts'
import {
  detectLanguage,
  isStopWord,
  type SupportLanguage,
  supportLanguages,
} from '../../../sources/evidence/support/languages.ts'
import { readTerms, readWords } from '../../../sources/evidence/support/terms.ts'
import { hasUnspacedScript, scanWords } from '../../../sources/evidence/support/word-scanner.ts'
import { seededRandom } from '../../helpers/seeded-random.ts'

/** Pieces random texts are made of. */
const pieces = [
  'a',
  'Z',
  'word',
  'Ottoman',
  'é',
  'e\u0301',
  'İ',
  'ı',
  'ß',
  'Ä',
  'ñ',
  'Ω',
  'я',
  'ب',
  'ʼ',
  '5',
  '0',
  '1,500',
  '4 000',
  '_',
  '-',
  '‐',
  '–',
  "'",
  '’',
  '‘',
  ' ',
  '\u00a0',
  '\n',
  '\t',
  '.',
  ',',
  '(',
  '"',
  '𝐀',
  '𝟘',
  '😀',
  '中文',
  'ก',
  'ラ',
  '\ud800',
  '\udc00',
  'MiG',
  'S-300',
  "l'homme",
  "don't",
  'x²',
  '½',
  '١٢',
  'ǅ',
  '\u0300',
  '%',
  '$',
  '§',
  'the',
  'The',
  'THE',
  'und',
  'DER',
  'les',
  'él',
  'için',
  'İÇİN',
  've',
  'bir',
  'et',
  'de',
  'la',
  "aujourd'hui",
  'Über',
]

/** `count` random texts of up to 30 pieces. */
function randomTexts(count: number, seed: number): Array<string> {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => {
    let text = ''
    const length = Math.floor(random() * 30)
    for (let index = 0; index < length; index++) {
      text += pieces[Math.floor(random() * pieces.length)]
    }
    return text
  })
}

/** The words the regular expressions find: `[word, offset]`. */
function wordsByPattern(text: string): Array<[string, number]> {
  const fused = text.replace(/(?<=\p{L})[-‐](?=\d)/gu, '_')
  return [...fused.matchAll(/[\p{L}\p{M}\p{N}_]+(?:['’ʼ][\p{L}\p{M}\p{N}_]+)*/gu)].map((match) => [
    match[0],
    match.index,
  ])
}

/** The words the scanner finds in `text[start, end)`: `[word, offset]`. */
function wordsByScanner(text: string, start?: number, end?: number): Array<[string, number]> {
  const words: Array<[string, number]> = []
  scanWords(text, (word, offset) => words.push([word, offset]), start, end)
  return words
}

const texts = randomTexts(3000, 11)

/** The language guess by regular expression: split, fold, count, the clear leader or `en`. */
function detectLanguageByPattern(text: string): SupportLanguage {
  const counts = supportLanguages.map(() => 0)
  for (const word of text.slice(0, 20_000).split(/[^\p{L}']+/u)) {
    if (word === '') continue
    const folded = foldWord(word)
    for (const [position, language] of supportLanguages.entries()) {
      if (isStopWord(folded, language)) counts[position] = (counts[position] as number) + 1
    }
  }
  const sorted = [...counts].sort((a, b) => b - a)
  const best = sorted[0] as number
  return best > 0 && best > (sorted[1] as number)
    ? (supportLanguages[counts.indexOf(best)] as SupportLanguage)
    : 'en'
}

/** The labelled set's texts, and pieces of them cut at random. */
function sampleTexts(): Array<string> {
  const folder = new URL('../../../bench/support/texts/', import.meta.url)
  const whole = readdirSync(folder).map((name) => readFileSync(new URL(name, folder), 'utf8'))
  const random = seededRandom(3)
  const cut = whole.flatMap((text) =>
    Array.from({ length: 40 }, () => {
      const start = Math.floor(random() * text.length)
      return text.slice(start, start + Math.floor(random() * 400))
    }),
  )
  return [...whole, ...cut, whole.join('\n').repeat(3)]
}

describe('support scanners', () => {
  it('give each character the classes of the regular expressions', () => {
    const points = [
      ...Array.from({ length: 0x10000 }, (_, code) => code),
      0x1d400,
      0x1d7d8,
      0x1f600,
      0x20000,
      0x10ffff,
    ]
    for (const point of points) {
      const character = String.fromCodePoint(point)
      const expected =
        (/^\p{L}$/u.test(character) ? letter : 0) |
        (/^[\p{L}\p{M}\p{N}_]$/u.test(character) ? wordCharacter : 0) |
        (/^\p{Lu}$/u.test(character) ? upperCase : 0) |
        (/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u.test(
          character,
        )
          ? unspaced
          : 0)
      if (classesOf(point) !== expected)
        expect([point, classesOf(point)]).toEqual([point, expected])
    }
  })

  it('find the words of the regular expression, at the same offsets', () => {
    for (const text of texts) expect(wordsByScanner(text)).toEqual(wordsByPattern(text))
  })

  it('read a range of a text as that range alone', () => {
    const random = seededRandom(5)
    for (const text of texts) {
      const start = Math.floor(random() * (text.length + 1))
      const end = start + Math.floor(random() * (text.length - start + 1))
      const expected = wordsByPattern(text.slice(start, end)).map(
        ([word, offset]): [string, number] => [word, offset + start],
      )
      expect(wordsByScanner(text, start, end)).toEqual(expected)
      expect(readTerms(text, 'en', start, end)).toEqual(readTerms(text.slice(start, end), 'en'))
    }
  })

  it('tell texts holding a script written without spaces', () => {
    const pattern =
      /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u
    for (const text of [...texts, '𠀀', 'a𠀀b', '\ud840']) {
      expect(hasUnspacedScript(text)).toBe(pattern.test(text))
    }
  })

  it('guess the language the regular expressions guess', () => {
    for (const text of [...texts, ...sampleTexts()]) {
      expect(detectLanguage(text)).toBe(detectLanguageByPattern(text))
    }
  })

  it('mark capitalised words as the regular expression does', () => {
    for (const text of texts) {
      for (const word of readWords(text, 'en')) {
        expect(word.capitalised).toBe(/^\p{Lu}/u.test(text.slice(word.start, word.end)))
      }
    }
  })
})
