import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import { splitSentences } from '../../annotations/sentences.ts'
import { trimTrailing } from '../../annotations/trailing.ts'

/** Words, punctuation, markers and Markdown bits papers are made of. */
const token = fc.constantFrom(
  'The',
  'U.S.',
  'op.cit.',
  'said',
  '"quoted.',
  'it."',
  '(see',
  'p.',
  '5.4',
  '$5.4',
  'billion.',
  'Next',
  'word¹',
  'word²³',
  'm²',
  '[^a]',
  '[1]',
  '*em*',
  '<https://example.org>',
  '\n',
  '\n\n',
  '\n\n¹ A note.\n\n',
  '\n\n[^a]: Note.\n\n',
  '\n\n---\n\n[1] Entry.\n\n',
  '1)',
  '#',
)

/** A random paper: tokens joined with spaces. */
const paper = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(' '))

describe('properties', () => {
  it('splits any text into ordered, non-overlapping sentences within bounds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), paper, (random, built) => {
        for (const text of [random.replace(/\s+/g, ' '), built.replace(/\s+/g, ' ')]) {
          let previous = 0
          for (const span of splitSentences(text)) {
            expect(span.start).toBeGreaterThanOrEqual(previous)
            expect(span.end).toBeGreaterThan(span.start)
            expect(span.end).toBeLessThanOrEqual(text.length)
            previous = span.end
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('annotates any paper without throwing, with consistent links', () => {
    fc.assert(
      fc.property(paper, (text) => {
        const document = annotate(text, { path: 'random.txt' })
        const claimIds = new Set(document.claims.map((claim) => claim.id))
        for (const footnote of document.footnotes) {
          for (const id of footnote.claims) expect(claimIds.has(id)).toBe(true)
        }
        for (const claim of document.claims) {
          const paragraph = document.paragraphs[claim.paragraph]
          expect(paragraph?.text.slice(claim.offset).startsWith(claim.text)).toBe(true)
          expect(claim.footnotes.length).toBeGreaterThan(0)
        }
        for (const paragraph of document.paragraphs) {
          for (const marker of paragraph.markers) {
            expect(marker.offset).toBeLessThanOrEqual(paragraph.text.length)
          }
        }
      }),
      { numRuns: 150 },
    )
  })

  it('annotates random unicode, markers and brackets without throwing', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('¹', '²³', '⁴⁵⁶', '[^x]', '[^x]: ', '[1]', '\n\n---\n\n', '\n\n', '¹ '),
      fc.constantFrom('# ', '1) ', 'Contents\n', '---\n', '[', ']', '(', ')', '*', '"', '\r\n'),
      fc.constantFrom('<a href="#_ftn1">', '</a>', '\u0000', '\uFEFF', '\u2028', 'April 2025'),
    )
    const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(text, fc.constantFrom('a.txt', 'a.md'), (paper, path) => {
        const document = annotate(paper, { path })
        expect(document.claims.every((claim) => claim.footnotes.length > 0)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  // Each of these took minutes when a `(…)+$` regex or a rescan ran once per character. The
  // test measures the CPU time at n and 4n in one process (best of three): linear work gives
  // a ratio near 4, quadratic work 16; the bound, 10, is generous for a shared machine. Both
  // sizes are past the longest piece the Markdown parser reads at once (64 KiB), so both are
  // read the same way: a smaller text may take a faster path (plain paragraphs) than a larger
  // one cut into pieces mid-line, and the ratio would then compare paths, not growth.
  it.each([
    ['a run of periods', (n: number) => `${'.'.repeat(n)}¹\n\n¹ A note.`],
    [
      'a run of spaces before a page break',
      (n: number) => `Text${' '.repeat(n)}x¹\n\n¹ A note.\n\nmore text`,
    ],
    [
      'a long parenthesised sentence',
      (n: number) => `${'(word. Bee) '.repeat(n / 20)}end¹.\n\n¹ A note.`,
    ],
    [
      'a long dotted contents line',
      (n: number) => `Contents\nIntro 3\nEnd 4\na${'.'.repeat(n)}x\n`,
    ],
    ['many superscript claims', (n: number) => manyClaims(n / 100)],
    [
      'digits glued to a name the paper writes elsewhere',
      (n: number) =>
        `The C++11 standard.\nC++${'1'.repeat(n)} and C++11${' 1'.repeat(n / 20)}\n1 A note.\n`,
    ],
  ])(
    'grows linearly on %s',
    (_, paper) => {
      const small = cpuTime(() => annotate(paper(240_000), { path: 'hostile.txt' }))
      const large = cpuTime(() => annotate(paper(960_000), { path: 'hostile.txt' }))
      expect(large / small).toBeLessThan(10)
    },
    60_000,
  )

  it('trims trailing runs like the regex it replaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(trimTrailing(text, /[ .]/)).toBe(text.replace(/[ .]+$/, ''))
        expect(trimTrailing(text, /\P{L}/u)).toBe(text.replace(/\P{L}+$/u, ''))
      }),
    )
  })
})

/** A paper of `count` claims with superscript markers and their footnotes. */
function manyClaims(count: number): string {
  const superscript = (value: number): string =>
    Array.from(String(value), (digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('')
  const body = Array.from(
    { length: count },
    (_, index) => `Claim ${index}${superscript(index + 1)}.`,
  )
  const notes = Array.from(
    { length: count },
    (_, index) => `${superscript(index + 1)} Note ${index}.`,
  )
  return `${body.join(' ')}\n\n${notes.join('\n\n')}\n`
}

/** CPU time of `work` in microseconds: the best of three runs (after a warm-up run). */
function cpuTime(work: () => unknown): number {
  work()
  let best = Number.POSITIVE_INFINITY
  for (let batch = 0; batch < 3; batch++) {
    // Repeat a quick run until it has used 20 ms: a run of a millisecond or two measures the
    // machine's noise (and other threads of this process) more than the work.
    const start = process.cpuUsage()
    let runs = 0
    let used = 0
    do {
      work()
      runs++
      const spent = process.cpuUsage(start)
      used = spent.user + spent.system
    } while (used < 20_000)
    best = Math.min(best, used / runs)
  }
  return Math.max(best, 1)
}
