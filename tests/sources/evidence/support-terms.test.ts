import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../sources/evidence/support/languages.ts'
import { readWords } from '../../../sources/evidence/support/terms.ts'

/** Terms of a text (stop words and plain numbers dropped). */
function terms(text: string, language: Parameters<typeof readWords>[1]): Array<string> {
  return readWords(text, language).flatMap((word) => (word.term === null ? [] : [word.term]))
}

describe('support terms', () => {
  it('folds case and accents, and stems', () => {
    expect(terms('Exports EXPORTED exporting', 'en')).toEqual(['export', 'export', 'export'])
    expect(terms('Déclaration declaration', 'fr')).toEqual(['declar', 'declar'])
    expect(terms('Straße STRASSE', 'de')).toEqual(['strass', 'strass'])
  })

  it('treats Turkish dotted and dotless i alike after folding', () => {
    const [upper] = terms('İSTANBUL', 'tr')
    const [lower] = terms('istanbul', 'tr')
    expect(upper).toBe(lower)
    expect(terms('Iğdır', 'tr')).toEqual(terms('IĞDIR', 'tr'))
    expect(terms("Türkiye'nin", 'tr')).toEqual(terms('Türkiye', 'tr'))
  })

  it('keeps German compounds whole and drops stop words', () => {
    expect(terms('die Rüstungsexporte und der Verteidigungshaushalt', 'de')).toEqual([
      'rustungsexport',
      'verteidigungshaushalt',
    ])
  })

  it('keeps names fused with digits as one term and leaves plain numbers out', () => {
    expect(terms('MiG-29 and S-300 in 2009, 4,000 troops', 'en')).toEqual([
      'mig29',
      's300',
      'troop',
    ])
  })

  it('drops French elided articles', () => {
    expect(terms("l'égalité d'origine", 'fr')).toEqual(terms('égalité origine', 'fr'))
  })

  it('segments spaced scripts like Intl.Segmenter does', () => {
    const text =
      "Azerbaijan's forces re-established in 1991; Çanakkale Boğazı, l'égalité, Bündnis- und Verteidigungsfähigkeit — ça va?"
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
    const expected = [...segmenter.segment(text)]
      .filter((segment) => segment.isWordLike)
      .map((segment) => [segment.segment, segment.index])
    const actual = readWords(text, 'en').map((word) => [
      text.slice(word.start, word.end),
      word.start,
    ])
    expect(actual).toEqual(expected)
  })

  it('uses a dictionary segmenter for scripts without spaces', () => {
    const words = readWords('東京都の人口は多い', 'en')
    expect(words.length).toBeGreaterThan(1)
  })

  it('guesses the language from stop words', () => {
    expect(detectLanguage('The armed forces of the country were formed in the spring.')).toBe('en')
    expect(
      detectLanguage(
        'Das Sondervermögen ist nicht rechtsfähig und wird von der Regierung verwaltet.',
      ),
    ).toBe('de')
    expect(
      detectLanguage('La France est une République indivisible et elle assure l’égalité de tous.'),
    ).toBe('fr')
    expect(
      detectLanguage('España se constituye en un Estado social y democrático de Derecho.'),
    ).toBe('es')
    expect(detectLanguage('Türkiye bu konuda çok daha fazla şey yaptı ve ama hiç değişmedi.')).toBe(
      'tr',
    )
    expect(detectLanguage('12345 67890', 'fr')).toBe('fr')
  })
})
