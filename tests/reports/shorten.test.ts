import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { cleanText, toSafeHref } from '../../reports/escape.ts'
import { toPhrasing, toPlainText } from '../../reports/inline-markdown.ts'
import { shorten, shortenUrl } from '../../reports/shorten.ts'
import { displayWidth } from '../../reports/width.ts'

describe('shorten', () => {
  it('keeps short text and cuts long text at a word boundary with an ellipsis', () => {
    expect(shorten('short text', 20)).toBe('short text')
    expect(shorten('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…')
    expect(Array.from(shorten('x'.repeat(500), 50))).toHaveLength(50)
  })

  it('never splits a surrogate pair', () => {
    const out = shorten('😀'.repeat(30), 10)
    expect(out).toBe(`${'😀'.repeat(9)}…`)
  })

  it('drops trailing punctuation before the ellipsis', () => {
    expect(shorten('alpha, beta, gamma, delta, epsilon', 14)).toBe('alpha, beta…')
  })

  it('shows URLs without scheme and www', () => {
    expect(shortenUrl('https://www.example.org/a/b/')).toBe('example.org/a/b')
    expect(shortenUrl(`https://example.org/${'segment/'.repeat(20)}`, 30)).toMatch(
      /^example\.org\/segment.*…$/,
    )
  })
})

describe('cleanText', () => {
  it('collapses line breaks and drops control and bidi characters', () => {
    expect(cleanText(' a\r\n b\tc\u0007\u001b\u202Ed\u200B ')).toBe('a b cd')
  })
})

describe('toSafeHref', () => {
  it('accepts only absolute http and https URLs', () => {
    expect(toSafeHref('https://example.org/x y')).toBe('https://example.org/x%20y')
    expect(toSafeHref('javascript:alert(1)')).toBeNull()
    expect(toSafeHref('data:text/html,x')).toBeNull()
    expect(toSafeHref('/relative')).toBeNull()
  })
})

describe('displayWidth', () => {
  it('counts emoji and wide characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('✅ live')).toBe(7)
    expect(displayWidth('⚠️ missing')).toBe(10)
    expect(displayWidth('日本')).toBe(4)
    expect(displayWidth('é')).toBe(1)
  })
})

describe('toPhrasing', () => {
  it('keeps emphasis and http links, turns HTML, images and other schemes into text', () => {
    const markdown = (value: string) =>
      toPhrasing(value).map((node) => `${node.type}:${nodeToString(node)}`)
    expect(markdown('see *World Order* now')).toEqual([
      'text:see ',
      'emphasis:World Order',
      'text: now',
    ])
    expect(markdown('<b>x</b> ![alt](https://e.test/i.png) [y](javascript:z)')).toEqual([
      'text:<b>x</b> alt y',
    ])
    expect(toPhrasing('[ok](https://e.test/)')[0]).toMatchObject({
      type: 'link',
      url: 'https://e.test/',
    })
  })

  it('keeps surrounding spaces and leaves block syntax as text', () => {
    expect(toPhrasing(' a ').map((node) => nodeToString(node))).toEqual([' a '])
    expect(toPhrasing(' *a* ').map((node) => nodeToString(node))).toEqual([' ', 'a', ' '])
    expect(toPhrasing('# not a heading')).toEqual([{ type: 'text', value: '# not a heading' }])
    expect(toPlainText('*Id.*, p.180.')).toBe('Id., p.180.')
  })
})
