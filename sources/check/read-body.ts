/** Read at most a capped prefix of a response body, decoding gzip, deflate and brotli. */
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'

/** A capped body prefix. */
export interface BodyPrefix {
  /** Decoded bytes, at most the cap. */
  bytes: Buffer
  /** `true` when the body went on beyond the cap (the rest was not downloaded). */
  truncated: boolean
}

type Decoder = zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress

/** A decompressor for a `content-encoding`, `null` for identity, `undefined` when unsupported. */
function createDecoder(encoding: string): Decoder | null | undefined {
  const name = encoding.trim().toLowerCase()
  if (name === '' || name === 'identity') return null
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }
  if (name === 'gzip' || name === 'x-gzip') return zlib.createGunzip(flush)
  if (name === 'deflate') return zlib.createInflate(flush)
  if (name === 'br') return zlib.createBrotliDecompress()
  return undefined
}

/**
 * Read up to `cap` decoded bytes of `body`, then destroy it so the rest is never downloaded.
 * An unsupported encoding reads nothing. Rejects with the stream's error (timeouts, resets,
 * aborts, corrupt compression); the body is destroyed in every case.
 */
export function readBodyPrefix(
  body: Readable,
  encoding: string | null,
  cap: number,
): Promise<BodyPrefix> {
  const decoder = createDecoder(encoding ?? '')
  if (decoder === undefined) {
    body.destroy()
    return Promise.resolve({ bytes: Buffer.alloc(0), truncated: true })
  }
  return new Promise((resolve, reject) => {
    const source: Readable = decoder ? body.pipe(decoder) : body
    const chunks: Array<Buffer> = []
    let size = 0
    let settled = false
    const finish = (truncated: boolean, error?: unknown) => {
      if (settled) return
      settled = true
      decoder?.destroy()
      body.destroy()
      if (error) reject(error)
      else resolve({ bytes: Buffer.concat(chunks, size), truncated })
    }
    source.on('data', (chunk: Buffer) => {
      if (settled) return
      if (size + chunk.length >= cap) {
        // At the cap, whether more would come is unknown (a decoder may hold a bomb's worth
        // of output while the compressed body has long ended): say truncated, never complete.
        chunks.push(chunk.subarray(0, cap - size))
        size = cap
        return finish(true)
      }
      chunks.push(chunk)
      size += chunk.length
    })
    source.once('end', () => finish(false))
    source.once('error', (error) => finish(false, error))
    if (decoder) body.once('error', (error) => finish(false, error))
  })
}
