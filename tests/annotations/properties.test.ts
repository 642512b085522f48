import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'
import { splitSentences } from '../../annotations/sentences.ts'

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
})
