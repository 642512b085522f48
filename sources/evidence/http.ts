/**
 * The one small HTTP helper of the evidence stage (DOI handles, archive lookups): a GET with a
 * timeout through an injected dispatcher, reading at most a few bytes of the body, never
 * rejecting.
 */
import { type Dispatcher, request } from 'undici'

/** What a lookup got back: a status and (capped) text, or a network error. */
export type LookupResponse =
  | { ok: true; status: number; text: string }
  | { ok: false; error: string }

/** Settings of one lookup. */
export interface LookupSettings {
  /** Dispatcher to send the request through. */
  dispatcher: Dispatcher
  /** Milliseconds before the request is aborted. */
  timeout: number
  /** Most bytes of the body read; the rest is discarded. */
  maxBytes: number
}

/** User agent sent to the DOI and archive services. */
export const lookupUserAgent = 'citecheck (+https://github.com/citecheck/citecheck)'

/** Stable error name of a failed request: undici's `code`, else the error's name. */
function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code
    return typeof code === 'string' ? code : error.name
  }
  return 'unknown error'
}

/** GET a URL and read at most `maxBytes` of its body as UTF-8; never rejects. */
export async function fetchCapped(url: string, settings: LookupSettings): Promise<LookupResponse> {
  const signal = AbortSignal.timeout(settings.timeout)
  try {
    const response = await request(url, {
      method: 'GET',
      dispatcher: settings.dispatcher,
      signal,
      headers: { 'user-agent': lookupUserAgent, accept: 'application/json' },
    })
    const chunks: Array<Buffer> = []
    let size = 0
    for await (const chunk of response.body) {
      const buffer = Buffer.from(chunk as Uint8Array)
      chunks.push(buffer.subarray(0, settings.maxBytes - size))
      size += buffer.length
      if (size >= settings.maxBytes) break
    }
    response.body.destroy()
    const text = Buffer.concat(chunks).toString('utf8')
    return { ok: true, status: response.statusCode, text }
  } catch (error) {
    return { ok: false, error: signal.aborted ? 'timeout' : describeError(error) }
  }
}
