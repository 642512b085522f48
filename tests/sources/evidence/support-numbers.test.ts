import { describe, expect, it } from 'vitest'
import type { SupportLanguage } from '../../../sources/evidence/support/languages.ts'
import { checkNumbers, collectNumbers } from '../../../sources/evidence/support/number-check.ts'
import { extractNumbers } from '../../../sources/evidence/support/numbers.ts'

/** Normalised forms of a text's numbers. */
function canonical(text: string, language: SupportLanguage = 'en'): Array<string> {
  return extractNumbers(text, language).map((fact) => fact.canonical)
}

/** Missing numbers of a claim against a source text. */
function missing(claim: string, source: string, language: SupportLanguage = 'en'): Array<string> {
  const numbers = collectNumbers([source], language)
  return checkNumbers(extractNumbers(claim, language), numbers).missing
}

describe('support numbers: extraction', () => {
  it.each<[string, SupportLanguage, Array<string>]>([
    ['arms exports increased by 106 percent', 'en', ['106%']],
    ['106 per cent', 'en', ['106%']],
    ['106 %', 'fr', ['106%']],
    ['%106 arttı', 'tr', ['106%']],
    ['yüzde 106 arttı', 'tr', ['106%']],
    ['um 106 Prozent', 'de', ['106%']],
    ['9,6 %', 'de', ['9.6%']],
    ['9.6 %', 'en', ['9.6%']],
    ['9,6 pour cent', 'fr', ['9.6%']],
    ['37 billion', 'en', ['37 billion']],
    ['37bn', 'en', ['37 billion']],
    ['$37 billion', 'en', ['37 billion']],
    ['37 milyar dolar', 'tr', ['37 billion']],
    ['37 Milliarden Euro', 'de', ['37 billion']],
    ['37 Mrd. Euro', 'de', ['37 billion']],
    ['37 milliards d’euros', 'fr', ['37 billion']],
    ['37 mil millones', 'es', ['37 billion']],
    ['2 Billionen Euro', 'de', ['2 trillion']],
    ['US$200m', 'en', ['200 million']],
    ['4,000 soldiers', 'en', ['4000']],
    ['4.000 Soldaten', 'de', ['4000']],
    ['4 000 soldats', 'fr', ['4000']],
    ['4\u00a0000 soldats', 'fr', ['4000']],
    ['4 bin asker', 'tr', ['4000']],
    ['1.5 million', 'en', ['1.5 million']],
    ['1,500,000', 'en', ['1.5 million']],
    ['1,5 Millionen', 'de', ['1.5 million']],
    ['in 2023', 'en', ['2023']],
    ['the 1990s', 'en', ['1990']],
    ['10–15% of it', 'en', ['10%', '15%']],
    ['81,91 Mrd. Euro', 'de', ['81.91 billion']],
  ])('%s (%s) → %j', (text, language, expected) => {
    expect(canonical(text, language)).toEqual(expected)
  })

  it.each([
    'the 59th place',
    'S-300 and MiG-29 and Il-76',
    '§ 128a ZPO',
    'see [12] and [3]',
    'half of them, three quarters, sechs Monate',
    "the class of '23",
  ])('does not take %j as a numeric fact', (text) => {
    expect(canonical(text)).toEqual([])
  })

  it('reads a claim once per normalised number', () => {
    expect(canonical('1.5 million or 1,500,000 people')).toEqual(['1.5 million'])
  })
})

describe('support numbers: the check', () => {
  it('finds a number in any spelling of the source', () => {
    expect(missing('1.5 million people', 'some 1,500,000 people')).toEqual([])
    expect(missing('37 billion dollars', 'a budget of $37bn')).toEqual([])
    expect(missing('106 percent', 'rose by 106%')).toEqual([])
    expect(missing('9,6 %', 'stieg um 9.6 Prozent', 'de')).toEqual([])
    expect(missing('4.000 Soldaten', 'with 4,000 soldiers', 'de')).toEqual([])
  })

  it('lets a claim round what the source says', () => {
    expect(missing('about 2.3 million', 'population 2,314,307')).toEqual([])
    expect(missing('9.6%', 'a rate of 9.57%')).toEqual([])
    expect(missing('37 billion', '37.2 billion')).toEqual([])
  })

  it('reports a changed number as missing', () => {
    expect(missing('116 percent', 'rose by 106%')).toEqual(['116%'])
    expect(missing('2.3 million', 'population 2,414,307')).toEqual(['2.3 million'])
    expect(missing('around 80,000 deaths', 'around 60,000 deaths')).toEqual(['80000'])
    expect(missing('in 1851', 'in 1841')).toEqual(['1851'])
  })

  it('does not take a reference mark or a name for the number', () => {
    expect(missing('76 deaths', 'Il-76 aircraft [76]')).toEqual(['76'])
  })

  it('reads the source in every convention (an English claim, a German source)', () => {
    expect(missing('1,473 tanks', 'es waren 1.473 Panzer', 'en')).toEqual([])
  })
})
