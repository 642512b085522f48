import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotate, decodeText } from '../../annotations/index.ts'
import type { Claim, FootnoteId } from '../../pipeline/types.ts'

const path = 'papers/security-provider.txt'
const text = readFileSync(new URL('../../papers/security-provider.txt', import.meta.url), 'utf8')
const document = annotate(text, { path })

/** The claim citing footnote `id`. */
function claimCiting(id: FootnoteId): Claim {
  const claim = document.claims.find((candidate) => candidate.footnotes.includes(id))
  if (!claim) throw new Error(`no claim cites ${id}`)
  return claim
}

describe('bundled paper (golden)', () => {
  it('recognises the document', () => {
    expect(document.document).toEqual({
      path,
      title:
        "In pursuit of independence: Türkiye's transition from a security consumer to a security provider",
      format: 'text',
      convention: 'superscript',
      date: '2025-04',
    })
  })

  it('reads all 124 footnotes, numbered 1..124 in order', () => {
    expect(document.footnotes.map((footnote) => footnote.id)).toEqual(
      Array.from({ length: 124 }, (_, index) => index + 1),
    )
  })

  it('joins the continuation of footnote 22 (its URL comes after body paragraphs)', () => {
    const footnote = document.footnotes.find((candidate) => candidate.id === 22)
    expect(footnote?.text).toMatch(/^Jon Lake, "Turkey and Qatar form joint squadron"/)
    expect(footnote?.text).toContain(
      'See: <https://aerospaceglobalnews.com/news/turkey-and-qatar-form-joint-squadron/',
    )
    expect(footnote?.place).toEqual({ line: 151, column: 1 })
  })

  it('keeps body prose out of every footnote', () => {
    const bodyStarts = document.paragraphs.map((paragraph) => paragraph.text.slice(0, 40))
    for (const footnote of document.footnotes) {
      for (const start of bodyStarts) expect(footnote.text).not.toContain(start)
      expect(footnote.text.length).toBeLessThan(600)
    }
  })

  it('reports footnote 44 empty and nothing else', () => {
    expect(document.footnotes.find((footnote) => footnote.id === 44)?.text).toBe('')
    expect(document.problems.map((problem) => [problem.kind, problem.footnote])).toEqual([
      ['empty-footnote', 44],
    ])
  })

  it('uses every marker 1..124 exactly once', () => {
    const cited = document.claims.flatMap((claim) => claim.footnotes)
    expect([...cited].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 124 }, (_, index) => index + 1),
    )
    for (const footnote of document.footnotes) expect(footnote.claims).toHaveLength(1)
  })

  it('names the sections as the table of contents does', () => {
    expect(document.sections.map((section) => section.title)).toEqual([
      'Introduction',
      'State of transition from security consumer to security provider',
      '1) The Middle East:',
      '2) Black Sea, the Balkans and the South Caucasus',
      'The Black Sea and European Security',
      'The Balkans',
      'South Caucasus and Central Asia',
      '3) Africa',
      '4) South and Southeast Asia',
      'Conclusion',
    ])
    expect(document.sections[0]?.place).toEqual({ line: 39, column: 1 })
  })

  it('takes no claim from the title page or the contents', () => {
    expect(document.claims.every((claim) => claim.place.line >= 43)).toBe(true)
    expect(document.paragraphs.every((paragraph) => paragraph.section !== null)).toBe(true)
  })

  it('links claims to the sentences that carry the markers', () => {
    const first = claimCiting(1)
    expect(first.id).toBe('c1')
    expect(first.section).toBe('Introduction')
    expect(first.text).toMatch(/^As a result of this crisis, emerging middle powers/)
    expect(first.text).toMatch(/increase their weight and influence\.$/)
    expect(first.place).toEqual({ line: 43, column: 1 })

    const last = claimCiting(124)
    expect(last.section).toBe('Conclusion')
    expect(last.text).toMatch(/^They emphasize the importance/)
    expect(last.text).toMatch(/where it has a comparative advantage\.$/)

    expect(claimCiting(16).text).toBe('Countries provide security under different categories.')
    expect(claimCiting(20).footnotes).toEqual([20, 21])
    expect(claimCiting(47).footnotes).toEqual([47, 48, 49, 50])
    expect(claimCiting(37).text).toMatch(/including energy, trade, tourism, and logistics\.$/)
    expect(claimCiting(71).text).toBe(
      'In the words of EU President Ursula von der Leyen, "the time of illusions is now over. Europe must step up and take charge of its own defense".',
    )
    expect(claimCiting(104).text).toContain('increased from $5.4 billion to $37 billion in 2023.')
    expect(claimCiting(30).text).toContain('9,6 % and 2.7% of global arms imports')
    expect(claimCiting(58).section).toBe('The Black Sea and European Security')
  })

  it('joins body paragraphs split by a footnote block', () => {
    const joined = document.paragraphs.find((paragraph) =>
      paragraph.text.includes('where it has a comparative advantage.'),
    )
    expect(joined?.markers).toEqual([
      { footnote: 123, offset: expect.any(Number) },
      { footnote: 124, offset: expect.any(Number) },
    ])
    const attitudes = document.paragraphs.find((paragraph) =>
      paragraph.text.includes('anti- Türkiye attitudes in Congress'),
    )
    expect(attitudes).toBeDefined()
  })

  it('places markers right after the word they follow', () => {
    const claim = claimCiting(1)
    const paragraph = document.paragraphs[claim.paragraph]
    const marker = paragraph?.markers.find((candidate) => candidate.footnote === 1)
    expect(paragraph?.text.slice(0, marker?.offset).endsWith('weight and influence')).toBe(true)
    expect(paragraph?.text.slice(claim.offset).startsWith(claim.text)).toBe(true)
  })

  it('gives the same result for the paper saved with a BOM and CRLF line endings', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`)
    expect(annotate(decodeText(bytes, path), { path })).toEqual(document)
  })
})
