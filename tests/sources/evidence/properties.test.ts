import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTextDirective } from '../../../sources/evidence/text-fragment.ts'
import { matchTitle } from '../../../sources/evidence/title-match.ts'

/** Percent-encode a directive part as the WICG spec asks (`-`, `,` and `&` included). */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D')
}

describe('properties', () => {
  it('parseTextDirective decodes whatever a well-formed directive encodes', () => {
    const part = fc.string({ minLength: 1, maxLength: 20 })
    fc.assert(
      fc.property(
        part,
        fc.option(part),
        fc.option(part),
        fc.option(part),
        (start, prefix, end, suffix) => {
          const value = [
            prefix === null ? null : `${encodePart(prefix)}-`,
            encodePart(start),
            end === null ? null : encodePart(end),
            suffix === null ? null : `-${encodePart(suffix)}`,
          ]
            .filter((piece) => piece !== null)
            .join(',')
          expect(parseTextDirective(value)).toEqual({ prefix, start, end, suffix })
        },
      ),
    )
  })

  it('matchTitle stays in [0, 1] and a title with words matches itself fully', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (left, right) => {
        const score = matchTitle(left, right)
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
        if (/[\p{L}\p{N}]/u.test(left)) expect(matchTitle(left, left)).toBe(1)
      }),
    )
  })
})
