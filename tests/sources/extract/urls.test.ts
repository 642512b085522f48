import { describe, expect, it } from 'vitest'
import { extractUrls } from '../../../sources/extract/index.ts'
import { readUrls } from '../../../sources/extract/read-url.ts'

/** URLs found in one footnote text, in order. */
function urlsOf(text: string): Array<string> {
  return extractUrls(text).map((source) => source.url)
}

describe('extractUrls: finding and trimming', () => {
  it.each([
    ['angle brackets', 'See: <https://x.org/a/b>', ['https://x.org/a/b']],
    ['bare', 'See: https://x.org/a/b', ['https://x.org/a/b']],
    ['Markdown link', 'See [the report](https://x.org/r?a=1).', ['https://x.org/r?a=1']],
    ['Markdown link with URL text', '[https://x.org/r](https://x.org/r)', ['https://x.org/r']],
    [
      'Markdown link whose text is another URL: both',
      'In *Proc.* [https://x.org/paper.pdf](https://perma.cc/N9N7-BB6R).',
      ['https://perma.cc/N9N7-BB6R', 'https://x.org/paper.pdf'],
    ],
    [
      'link text that is a URL in emphasis',
      '[*https://x.org/a*](https://perma.cc/A)',
      ['https://perma.cc/A', 'https://x.org/a'],
    ],
    ['trailing full stop', 'Read https://x.org/a.', ['https://x.org/a']],
    [
      'trailing comma, semicolon, colon',
      'https://x.org/a, https://y.org/b; https://z.org/c:',
      ['https://x.org/a', 'https://y.org/b', 'https://z.org/c'],
    ],
    [
      'dot inside angle brackets',
      '<https://x.org/a#:~:text=end.>',
      ['https://x.org/a#:~:text=end'],
    ],
    ['stray >', 'See https://x.org/a> now', ['https://x.org/a']],
    ['unbalanced )', '(see https://x.org/a)', ['https://x.org/a']],
    [
      'balanced () kept',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      ['https://en.wikipedia.org/wiki/Foo_(bar)'],
    ],
    [
      'balanced () kept, outer ) trimmed',
      '(https://en.wikipedia.org/wiki/Foo_(bar))',
      ['https://en.wikipedia.org/wiki/Foo_(bar)'],
    ],
    ['query and fragment kept', 'https://x.org/p?b=2&a=1#Sec', ['https://x.org/p?b=2&a=1#Sec']],
    [
      'text fragment kept',
      'https://x.org/p#:~:text=The%20trade,in%20Ankara',
      ['https://x.org/p#:~:text=The%20trade,in%20Ankara'],
    ],
    [
      'each URL once per footnote',
      'https://x.org/a and again <https://x.org/a>',
      ['https://x.org/a'],
    ],
    ['two URLs', '<https://x.org/a> and <https://y.org/b>', ['https://x.org/a', 'https://y.org/b']],
    ['no URL in prose', 'Smith, "A title", Journal, 2020, p.5.', []],
  ])('%s', (_, text, expected) => {
    expect(urlsOf(text)).toEqual(expected)
  })
})

describe('extractUrls: wrapped lines and page breaks', () => {
  it.each([
    ['broken after a hyphen', 'See: https://x.org/a-b- c', ['https://x.org/a-b-c']],
    [
      'broken after an equals sign',
      'https://x.org/p?id= 42&x=1 then prose',
      ['https://x.org/p?id=42&x=1'],
    ],
    [
      'broken after a slash before a path',
      'https://x.org/news/ 2024/page.html',
      ['https://x.org/news/2024/page.html'],
    ],
    [
      'broken inside a word, next piece has a slash',
      'https://x.org/ne ws/page.html',
      ['https://x.org/news/page.html'],
    ],
    ['slash then a plain word is prose', 'https://x.org/ accessed May 2024', ['https://x.org/']],
    ['wrapped at a newline', 'https://x.org/a-\nb then prose', ['https://x.org/a-b']],
    ['comma then a path-like word is prose', 'https://x.org/a, and/or more', ['https://x.org/a']],
    ['full stop then prose', 'https://x.org/a. Accessed in 2024', ['https://x.org/a']],
    [
      'a stray space after the scheme keeps the scheme',
      'Sept. 17, 2008, http:// www.x.com/news/a.jhtml',
      ['http://www.x.com/news/a.jhtml'],
    ],
    [
      'a query broken after its ?',
      'http://www.x.com/showArticle.jhtml? articleID=210602225.',
      ['http://www.x.com/showArticle.jhtml?articleID=210602225'],
    ],
    ['a bare scheme before prose is no URL', 'see http:// and more', []],
    [
      'inside angle brackets any whitespace is a wrap',
      '<https://x.org/very- long/pa th>',
      ['https://x.org/very-long/path'],
    ],
  ])('%s', (_, text, expected) => {
    expect(urlsOf(text)).toEqual(expected)
  })

  it('keeps the text as written in `raw`', () => {
    expect(extractUrls('See: https://x.org/a-b- c.')).toMatchObject([
      { raw: 'https://x.org/a-b- c' },
    ])
  })
})

describe('extractUrls: escapes, entities, non-ASCII', () => {
  it.each([
    ['Markdown escape', 'https://x.org/a\\_b\\_c', 'https://x.org/a_b_c'],
    ['HTML entity &amp;', 'https://x.org/p?a=1&amp;b=2', 'https://x.org/p?a=1&b=2'],
    ['an escaped stray >', 'https://x.org/a&gt;', 'https://x.org/a'],
    ['numeric entities', 'https://x.org/p?a=1&#38;b=2&#x26;c=3', 'https://x.org/p?a=1&b=2&c=3'],
    ['non-ASCII path', 'https://x.org/arabuluculuğuyla', 'https://x.org/arabuluculu%C4%9Fuyla'],
    ['non-ASCII host', 'https://bücher.de/a', 'https://xn--bcher-kva.de/a'],
  ])('%s', (_, text, expected) => {
    expect(urlsOf(text)).toEqual([expected])
  })
})

describe('extractUrls: repairs', () => {
  it.each([
    ['word glued to ://', 'p. 13. See://x.org/a', 'https://x.org/a', 'See://x.org/a'],
    ['htps', 'htps://x.org/a', 'https://x.org/a', 'htps://x.org/a'],
    ['htp', 'htp://x.org/a', 'http://x.org/a', 'htp://x.org/a'],
    ['missing colon', 'http//x.org/a', 'http://x.org/a', 'http//x.org/a'],
    ['one slash', 'https:/x.org/a', 'https://x.org/a', 'https:/x.org/a'],
    ['www without scheme', 'See www.x.org/a.', 'https://www.x.org/a', 'www.x.org/a'],
  ])('%s', (_, text, url, repairedFrom) => {
    const read = readUrls(text)
    expect(read.sources).toMatchObject([{ url, repairedFrom, kind: 'url', supported: true }])
    expect(read.problems).toMatchObject([{ kind: 'repaired-url', severity: 'info', url }])
  })

  it('leaves well-formed URLs unrepaired', () => {
    const read = readUrls('https://x.org/a')
    expect(read.sources[0]).not.toHaveProperty('repairedFrom')
    expect(read.problems).toEqual([])
  })
})

describe('extractUrls: DOIs', () => {
  it.each([
    ['bare', 'In *Book*, 2020,10.4324/9781003269175-7, p.128.', '10.4324/9781003269175-7'],
    ['doi: prefixed', 'Journal, 2021. doi:10.1000/xyz123.', '10.1000/xyz123'],
    ['doi: with a space', 'Journal. doi: 10.1000/xyz123', '10.1000/xyz123'],
    [
      'doi.org URL',
      'See: <https://doi.org/10.1080/01436597.2021.1985449>',
      '10.1080/01436597.2021.1985449',
    ],
    ['dx.doi.org URL', 'http://dx.doi.org/10.1000/ABC', '10.1000/ABC'],
    [
      'repaired doi.org URL',
      'See://doi.org/10.1080/14683849.2023.2182686',
      '10.1080/14683849.2023.2182686',
    ],
  ])('%s', (_, text, doi) => {
    expect(extractUrls(text)).toMatchObject([
      { kind: 'doi', doi, url: `https://doi.org/${doi}`, supported: true },
    ])
  })

  it('escapes `#` and `?` of a bare DOI in its URL', () => {
    expect(extractUrls('doi:10.1000/a#b?c')).toMatchObject([
      { doi: '10.1000/a#b?c', url: 'https://doi.org/10.1000/a%23b%3Fc' },
    ])
  })

  it('does not read a DOI-like path of another host as a DOI', () => {
    expect(extractUrls('<https://www.swp-berlin.org/10.18449/2024C06/>')).toMatchObject([
      { kind: 'url', url: 'https://www.swp-berlin.org/10.18449/2024C06/' },
    ])
  })
})

describe('extractUrls: unsupported and malformed', () => {
  it.each([
    ['mailto:', 'Write to mailto:editor@x.org.', 'mailto:editor@x.org'],
    ['ftp:', 'ftp://files.x.org/a.pdf', 'ftp://files.x.org/a.pdf'],
    ['file:', 'file:///home/a.pdf', 'file:///home/a.pdf'],
  ])('keeps %s marked unsupported', (_, text, url) => {
    const read = readUrls(text)
    expect(read.sources).toMatchObject([{ url, supported: false }])
    expect(read.problems).toMatchObject([{ kind: 'unsupported-url', url }])
  })

  it.each([
    ['a broken host', 'See https://[oops/a'],
    ['a scheme with nothing after it', 'See: http:// for details'],
  ])('reports %s as malformed with no source', (_, text) => {
    const read = readUrls(text)
    expect(read.sources).toEqual([])
    expect(read.problems).toMatchObject([{ kind: 'malformed-url', severity: 'warning' }])
  })
})
