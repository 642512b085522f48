import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectLinks, extractSources, extractUrls } from '../../../sources/extract/index.ts'
import { buildDocument } from './document.ts'

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

  it('extractSources never throws, keeps every footnote, and resolves only to other ones', () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 8 }), (texts) => {
        const result = extractSources(buildDocument(texts))
        expect(result.footnotes).toHaveLength(texts.length)
        result.footnotes.forEach((footnote, index) => {
          expect(allSupportedParse(footnote.sources)).toBe(true)
          if (footnote.refersTo !== null) {
            expect(footnote.refersTo).not.toBe(index + 1)
            expect(result.footnotes.some((other) => other.id === footnote.refersTo)).toBe(true)
          } else {
            expect(footnote.sources.every((source) => source.from === footnote.id)).toBe(true)
          }
        })
        expect(() => collectLinks(result.footnotes)).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })
})

describe('extraction on long junk lines (linear time, no ReDoS)', () => {
  // Each of these took seconds to minutes when a step was quadratic in the line length.
  it.each([
    ['closing parentheses after a URL', `https://a.org/x${')'.repeat(100_000)}`, 1],
    ['semicolons after a URL', `https://a.org/x${';'.repeat(100_000)}`, 1],
    ['opening brackets', '['.repeat(100_000), 0],
    ['a long www. chain', 'www.'.repeat(25_000), 1],
    ['a long dotted word', `${'a.'.repeat(50_000)}b`, 0],
    ['http:// repeated', 'http://'.repeat(15_000), 1],
    ['parentheses', '(('.repeat(50_000), 0],
  ])('%s', (_label, text, count) => {
    expect(extractUrls(text)).toHaveLength(count)
    expect(extractSources(buildDocument([text])).footnotes).toHaveLength(1)
  })

  it('back-references to huge junk names and titles resolve without a quadratic comparison', () => {
    const long = (letter: string) => `Ab${letter.repeat(60_000)}`
    const texts = [
      `John ${long('c')}, “${'x y '.repeat(15_000)}”, Outlet, 2020.`,
      `John ${long('d')}, “${'x z '.repeat(15_000)}”, op. cit.`,
      `John ${long('d')}, op. cit.`,
      'Ibid.',
    ]
    const refersTo = extractSources(buildDocument(texts)).footnotes.map((note) => note.refersTo)
    expect(refersTo).toEqual([null, null, null, 3])
  })

  it('many distinct URLs and angle-bracketed URLs in one footnote are each found once', () => {
    const bare = Array.from({ length: 20_000 }, (_, index) => `http://a.org/${index}`).join(' ')
    expect(extractUrls(bare)).toHaveLength(20_000)
    const angled = Array.from({ length: 10_000 }, (_, index) => `<http://b.org/${index}>`).join(' ')
    expect(extractUrls(angled)).toHaveLength(10_000)
  })

  it('trims the unbalanced closing brackets only, and keeps a trailing entity for decoding', () => {
    expect(extractUrls('(see https://a.org/x_(y)))')[0]?.url).toBe('https://a.org/x_(y)')
    expect(extractUrls('[https://a.org/x]]')[0]?.url).toBe('https://a.org/x')
    expect(extractUrls('https://a.org/?q=1&amp;')[0]?.url).toBe('https://a.org/?q=1&')
    // A scheme is read from at most 32 characters, yet a longer glued word is still repaired.
    const glued = `Thisisaverylongwordgluedtotheurl${'x'.repeat(20)}https://x.org/a`
    expect(extractUrls(glued).map((source) => source.url)).toEqual(['https://x.org/a'])
  })
})
