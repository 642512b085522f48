import { Readable } from 'node:stream'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readBodyPrefix } from '../../../sources/check/read-body.ts'

const text = '<title>Body</title>'.repeat(100)

describe('readBodyPrefix', () => {
  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decodes %s', async (encoding, compress) => {
    const prefix = await readBodyPrefix(
      Readable.from([compress(Buffer.from(text))]),
      encoding,
      1 << 20,
    )
    expect(prefix.bytes.toString()).toBe(text)
    expect(prefix.truncated).toBe(false)
  })

  it('stops at the cap of decoded bytes and destroys the stream', async () => {
    const body = Readable.from([Buffer.from(text.slice(0, 1000)), Buffer.from(text.slice(1000))])
    const prefix = await readBodyPrefix(body, null, 50)
    expect(prefix.bytes.toString()).toBe(text.slice(0, 50))
    expect(prefix.truncated).toBe(true)
    expect(body.destroyed).toBe(true)
  })

  it('reads nothing of an unsupported encoding', async () => {
    const prefix = await readBodyPrefix(Readable.from([Buffer.from('zz')]), 'zstd-unknown', 1000)
    expect(prefix).toEqual({ bytes: Buffer.alloc(0), truncated: true })
  })

  it('rejects corrupt compression', async () => {
    await expect(
      readBodyPrefix(Readable.from([Buffer.from('not gzip at all')]), 'gzip', 1000),
    ).rejects.toThrow()
  })
})
