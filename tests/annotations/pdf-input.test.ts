import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../annotations/pdf/index.ts'
import { InputError } from '../../pipeline/errors.ts'
import { makePdf } from '../helpers/make-pdf.ts'

/** Encrypted with qpdf (AES-128), user password `secret`. */
const encrypted = new Uint8Array(
  readFileSync(new URL('../fixtures/pdf/encrypted.pdf', import.meta.url)),
)

/** The `InputError` code `readPdf` rejects with, or `'resolved'`. */
async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'resolved'
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).code
  }
}

describe('readPdf on bad input', () => {
  it('refuses an encrypted PDF without a password', async () => {
    expect(await failureCode(readPdf(encrypted))).toBe('pdf-encrypted')
  })

  it('refuses an encrypted PDF with a wrong password', async () => {
    expect(await failureCode(readPdf(encrypted, { password: 'wrong' }))).toBe('pdf-encrypted')
  })

  it('reads an encrypted PDF with its password', async () => {
    const { text } = await readPdf(encrypted, { password: 'secret' })
    expect(text).toBe('Secret text with a marker¹.\n\n¹ A note.')
  })

  it('refuses a truncated PDF', async () => {
    const bytes = await makePdf([{ body: ['Some text that will be cut off.'] }])
    expect(await failureCode(readPdf(bytes.slice(0, 200)))).toBe('pdf-corrupt')
  })

  it('refuses bytes that are not a PDF at all', async () => {
    expect(await failureCode(readPdf(new TextEncoder().encode('hello')))).toBe('pdf-corrupt')
  })

  it('refuses an empty file as corrupt', async () => {
    expect(await failureCode(readPdf(new Uint8Array()))).toBe('pdf-corrupt')
  })

  it('refuses a PDF without a text layer and says there is no OCR', async () => {
    const bytes = await makePdf([{ rectangleOnly: true }, { rectangleOnly: true }])
    const error = await readPdf(bytes).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe('pdf-no-text')
    expect((error as InputError).message).toMatch(/OCR/)
  })

  it('does not consume the caller’s bytes', async () => {
    const bytes = await makePdf([{ body: ['Kept.'] }])
    await readPdf(bytes)
    expect(bytes.byteLength).toBeGreaterThan(0)
    expect((await readPdf(bytes)).text).toBe('Kept.')
  })

  it('rejects options of the wrong type with a TypeError', async () => {
    await expect(readPdf('x' as unknown as Uint8Array)).rejects.toThrow(
      new TypeError('Expected `bytes` to be a `Uint8Array`'),
    )
    await expect(readPdf(new Uint8Array(), { password: 1 as unknown as string })).rejects.toThrow(
      TypeError,
    )
  })
})
