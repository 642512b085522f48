import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectLinks, extractSources, extractUrls } from '../../sources/extract/index.ts'
import { buildDocument } from './extract/document.ts'

/** Pieces that stress the URL finder when glued together at random. */
const pieces = [
  'https://',
  'http//',
  'htps://',
  'See://',
  'www.',
  'doi:',
  '10.1000/',
  'mailto:',
  'ftp://',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  '*',
  '_',
  '\\',
  '&amp;',
  '&#',
  ';',
  '.',
  ',',
  ':',
  ' ',
  '- ',
  '/ ',
  '#:~:text=',
  '%',
  '%E',
  'ğ',
  'ı',
  'x.org',
  'a',
  '/',
  '?',
  '=',
  '&',
  'Ibid.',
  'op.cit.',
  'Id.',
  '"',
  '“',
  '”',
  'Smith',
  'Özkardeşahin',
  'et al.',
  'p.5',
  'March 2024',
  '[^1]',
  '\n',
  '[',
  '](',
  'doi.org/',
  '[::1]',
  '@',
  'xn--',
  '..',
]

/** Footnote-like junk: random pieces and random strings. */
const junk = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((parts) => parts.join('')),
)

/** Whether every supported source parses and is http(s). */
function allSupportedParse(sources: ReadonlyArray<{ url: string; supported: boolean }>): boolean {
  return sources.every((source) => {
    if (!source.supported) return true
    const url = new URL(source.url)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href === source.url
  })
}

describe('extraction on arbitrary text', () => {
  it('extractUrls never throws and every supported URL parses as http(s)', () => {
    fc.assert(
      fc.property(junk, (text) => {
        const sources = extractUrls(text)
        expect(allSupportedParse(sources)).toBe(true)
        expect(new Set(sources.map((source) => source.url)).size).toBe(sources.length)
      }),
      { numRuns: 600 },
    )
  })

  it('extractSources never throws, keeps every footnote, and resolves only to earlier ones', () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 8 }), (texts) => {
        const result = extractSources(buildDocument(texts))
        expect(result.footnotes).toHaveLength(texts.length)
        result.footnotes.forEach((footnote, index) => {
          expect(allSupportedParse(footnote.sources)).toBe(true)
          if (footnote.refersTo !== null) expect(footnote.refersTo).toBeLessThan(index + 1)
          if (footnote.kind !== 'back-reference')
            expect(footnote.sources.every((source) => source.from === footnote.id)).toBe(true)
        })
        expect(() => collectLinks(result.footnotes)).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })
})
