import { describe, expect, it } from 'vitest'
import { decodeText } from '../../annotations/index.ts'
import { InputError } from '../../pipeline/errors.ts'

const encode = (text: string) => new TextEncoder().encode(text)

/** Run `decodeText` and return the `InputError` it throws. */
function decodeError(bytes: Uint8Array, path = 'paper.txt'): InputError {
  try {
    decodeText(bytes, path)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('decodeText did not throw')
}

describe('decodeText', () => {
  it('decodes UTF-8 text as is', () => {
    expect(decodeText(encode('Türkiye¹ and m²\n'), 'a.txt')).toBe('Türkiye¹ and m²\n')
  })

  it('strips a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Title\n')])
    expect(decodeText(bytes, 'a.txt')).toBe('Title\n')
  })

  it('normalises CRLF and CR line endings to LF', () => {
    expect(decodeText(encode('a\r\nb\rc\n'), 'a.txt')).toBe('a\nb\nc\n')
  })

  it('rejects zero bytes as `empty`, naming the path', () => {
    const error = decodeError(new Uint8Array(), 'papers/empty.txt')
    expect(error.code).toBe('empty')
    expect(error.message).toContain('papers/empty.txt')
    expect(error.message).not.toContain('\n')
  })

  it('rejects a file of whitespace only as `empty`', () => {
    expect(decodeError(encode(' \n\r\n\t ')).code).toBe('empty')
    expect(decodeError(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])).code).toBe('empty')
  })

  it('rejects NUL bytes as `binary`', () => {
    const error = decodeError(new Uint8Array([0x25, 0x50, 0x00, 0x01]), 'x.bin')
    expect(error.code).toBe('binary')
    expect(error.message).toMatch(/^Unexpected binary file `x\.bin`.*expected UTF-8 text/)
  })

  it('rejects invalid UTF-8 as `binary` and says what to do', () => {
    const error = decodeError(new Uint8Array([0x61, 0xc3, 0x28, 0x62]), 'latin1.txt')
    expect(error.code).toBe('binary')
    expect(error.message).toContain('latin1.txt')
    expect(error.message).toContain('re-save the file as UTF-8')
  })

  it.each([
    ['little endian', 'utf16le', [0xff, 0xfe]],
    ['big endian', 'utf16be', [0xfe, 0xff]],
  ] as const)('decodes UTF-16 %s after its byte order mark', (_label, encoding, bom) => {
    const text = 'Türkiye’s claim.¹\r\n\r\n¹ Author, “Title”, https://example.org/a\r\n'
    const body = Buffer.from(text, 'utf16le')
    if (encoding === 'utf16be') body.swap16()
    const bytes = new Uint8Array([...bom, ...body])
    expect(decodeText(bytes, 'a.txt')).toBe(
      'Türkiye’s claim.¹\n\n¹ Author, “Title”, https://example.org/a\n',
    )
  })

  it('refuses UTF-16 holding NUL characters, and UTF-32', () => {
    const nul = new Uint8Array([0xff, 0xfe, 0x61, 0, 0, 0, 0x62, 0])
    expect(decodeError(nul).code).toBe('binary')
    const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])
    expect(decodeError(utf32).code).toBe('binary')
  })

  it('refuses UTF-16 with an unpaired surrogate', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x00, 0xd8, 0x62, 0])
    expect(decodeError(bytes).message).toContain('invalid UTF-16LE')
  })
})
