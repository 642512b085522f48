/**
 * Golden test on the bundled paper (papers/security-provider.txt): annotate it, extract its
 * sources, and check what a careful reader of the paper finds.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../../annotations/index.ts'
import type { SourcedFootnote } from '../../../pipeline/types.ts'
import { collectLinks, extractSources } from '../../../sources/extract/index.ts'

const path = 'papers/security-provider.txt'
const result = extractSources(
  annotate(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'), { path }),
)

/** The footnote numbered `id`. */
function footnote(id: number): SourcedFootnote {
  const found = result.footnotes.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(`Expected footnote ${id}`)
  return found
}

/** Own sources of a footnote (those its own text holds). */
function ownSources(note: SourcedFootnote) {
  return note.sources.filter((source) => source.from === note.id)
}

/** Back-references of the paper and the earlier footnote each points to, read by hand. */
const backReferences: Record<number, number> = {
  15: 14, // *Id.*, p.180 → Altunışık
  19: 17, // Bakir, op.cit., p.5
  30: 23, // Wezeman and al., op.cit., March 2024 → the most recent Wezeman (2022 and 2023)
  39: 8, // Rich Outzen, op.cit. → the only Outzen before it
  77: 76, // Ibid. → Tom Waldyn
  91: 62, // Kasapoğlu, "Turkish Drone Strategy…", op.cit. → by title, not his latest (68)
  97: 93, // Richard Outzen, op.cit. → his latest (93), not 59
  99: 98, // Sönmez, Batu, op.cit.
  101: 93, // Richard Outzen, op.cit.
  108: 106, // Özkardeşahin, op.cit.
  110: 107, // Tanrıverdi Yaşar, op.cit.
  114: 107,
  116: 106, // misspelt "Özkraşahin"
  119: 117, // Nuh Yılmaz, ibid. → not the previous footnote (118)
  120: 118, // Ferhat Durmaz, ibid.
  123: 9, // Çağlar Kurç et al. → the note where Kurç is first author
  124: 123, // *Ibid.* → previous footnote
}

describe('bundled paper: URLs', () => {
  it('finds every URL of every footnote exactly once', () => {
    for (const note of result.footnotes) {
      const written = note.text.match(/:\/\/|(?<![/\w])10\.\d{4,9}\//g)?.length ?? 0
      const own = ownSources(note)
      expect(own.length, `footnote ${note.id}`).toBe(written)
      expect(new Set(own.map((source) => source.url)).size).toBe(own.length)
    }
  })

  it('emits no URL ending in `>` or `.`, and only http(s) URLs that parse', () => {
    const sources = result.footnotes.flatMap((note) => note.sources)
    expect(sources.length).toBeGreaterThan(90)
    for (const source of sources) {
      expect(source.url).not.toMatch(/[>.]$/)
      expect(new URL(source.url).protocol).toMatch(/^https?:$/)
      expect(source.supported).toBe(true)
    }
  })

  it('makes footnote 17’s and 31’s DOIs checkable', () => {
    expect(footnote(17)).toMatchObject({
      kind: 'doi',
      sources: [
        {
          url: 'https://doi.org/10.1080/14683849.2023.2182686',
          kind: 'doi',
          doi: '10.1080/14683849.2023.2182686',
          repairedFrom: 'See://doi.org/10.1080/14683849.2023.2182686',
        },
      ],
    })
    expect(footnote(31)).toMatchObject({
      kind: 'doi',
      sources: [
        {
          url: 'https://doi.org/10.4324/9781003269175-7',
          kind: 'doi',
          doi: '10.4324/9781003269175-7',
        },
      ],
    })
  })

  it('attaches the URL split from footnote 22 by a page break to footnote 22', () => {
    const url =
      'https://aerospaceglobalnews.com/news/turkey-and-qatar-form-joint-squadron/#:~:text=The%20establishment%20of%20the%20Qatari,training%20opportunities%20and%20enhancing%20security'
    expect(footnote(22)).toMatchObject({ kind: 'web', sources: [{ url, from: 22 }] })
    expect(collectLinks(result.footnotes).find((link) => link.url === url)?.footnotes).toEqual([22])
  })

  it('keeps text fragments and encodes non-ASCII paths', () => {
    expect(footnote(104).sources[0]?.url).toMatch(
      /#:~:text=The%20trade%20volume%20between%20T%C3%BCrkiye,in%20the%20Turkish%20capital%20Ankara$/,
    )
    expect(footnote(115).sources[0]?.url).toContain(
      '/turkiyenin-arabuluculu%C4%9Fuyla-somali-ile-etiyopyan%C4%B1n-',
    )
  })
})

describe('bundled paper: back-references', () => {
  it('resolves every op.cit., Ibid. and Id. to the right earlier footnote', () => {
    const found = Object.fromEntries(
      result.footnotes
        .filter((note) => note.kind === 'back-reference')
        .map((note) => [note.id, note.refersTo]),
    )
    expect(found).toEqual(backReferences)
  })

  it('inherits the sources of the note pointed to and keeps its own locator', () => {
    expect(footnote(19)).toMatchObject({
      sources: [{ url: 'https://doi.org/10.1080/14683849.2023.2182686', from: 17 }],
      citation: { locator: 'p.5' },
    })
    expect(footnote(15).citation.locator).toBe('p.180')
  })
})

describe('bundled paper: outlets, kinds, problems', () => {
  it('reports the two outlet mismatches and nothing else of this stage', () => {
    const mine = result.problems.filter((problem) =>
      [
        'unresolved-back-reference',
        'malformed-url',
        'unsupported-url',
        'outlet-mismatch',
        'repaired-url',
      ].includes(problem.kind),
    )
    expect(mine.map(({ kind, footnote: id, url }) => ({ kind, id, url }))).toEqual([
      { kind: 'repaired-url', id: 17, url: 'https://doi.org/10.1080/14683849.2023.2182686' },
      {
        kind: 'outlet-mismatch',
        id: 21,
        url: 'https://www.linkedin.com/pulse/why-turkey-qatar-deepening-military-ties-middle-east-eye-81lhc',
      },
      {
        kind: 'outlet-mismatch',
        id: 26,
        url: 'https://www.cnn.com/2019/09/19/how-saudi-arabia-failed-to-protect-itself-from-drones-missile-attacks.html',
      },
    ])
  })

  it('counts footnotes by kind', () => {
    const counts: Record<string, number> = {}
    for (const note of result.footnotes) counts[note.kind] = (counts[note.kind] ?? 0) + 1
    expect(counts).toEqual({ web: 88, doi: 4, print: 14, 'back-reference': 17, empty: 1 })
    expect(result.footnotes.filter((note) => note.kind === 'print').map((note) => note.id)).toEqual(
      [6, 9, 11, 12, 14, 16, 23, 38, 82, 84, 93, 102, 117, 122],
    )
  })

  it('lists 91 distinct links, the one URL cited twice with both footnotes', () => {
    const links = collectLinks(result.footnotes)
    expect(links).toHaveLength(91)
    expect(
      links.filter(
        (link) => link.footnotes.filter((id) => footnote(Number(id)).refersTo === null).length > 1,
      ),
    ).toMatchObject([
      {
        url: 'https://www.atlanticcouncil.org/blogs/turkeysource/the-ukraine-turkey-defense-partnership-with-the-potential-to-transform-black-sea-and-euro-atlantic-security/',
        footnotes: [64, 81],
      },
    ])
  })
})
