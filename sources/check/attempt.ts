/**
 * One HTTP attempt: a GET through the run's dispatcher under a per-attempt deadline, returning
 * the status, headers and (for a 2xx text page) a capped, decoded body prefix. Never rejects:
 * failures are returned as values. Every body is consumed or destroyed.
 */
import { TextDecoder } from 'node:util'
import type { Dispatcher } from 'undici'
import { attemptTimeoutCode } from './classify.ts'
import { readBodyPrefix } from './read-body.ts'

/** What an attempt needs. */
export interface AttemptOptions {
  /** Dispatcher of the run. */
  dispatcher: Dispatcher
  /** Request headers. */
  headers: Record<string, string>
  /** Deadline of the whole attempt (connect, headers and capped body) in milliseconds. */
  timeout: number
  /** Most body bytes read. */
  maxBodyBytes: number
  /** Most bytes of a 2xx PDF body kept raw (`AttemptPage.bytes`); 0 or absent: PDFs are not read. */
  maxPdfBytes?: number
  /** Aborted when the run was interrupted and the grace is over: attempts end at once. */
  cut?: AbortSignal
  /** Controllers of the attempts in flight; the run aborts them when it cuts. */
  inflight?: Set<AbortController>
  /** Read the (text) body of any status, not only of a 2xx (API look-ups answer 404 with JSON). */
  readAnyStatus?: boolean
}

/** Body of a text response (a 2xx, or any status with `readAnyStatus`), or of a 2xx PDF. */
export interface AttemptPage {
  /** Decoded text prefix (empty for a PDF). */
  body: string
  /** `true` when cut at the cap. */
  truncated: boolean
  /** Raw bytes of a PDF body (content encoding undone), only with `maxPdfBytes`. */
  bytes?: Uint8Array
}

/** Outcome of one attempt. */
export type AttemptResult =
  | {
      /** A response arrived. */
      kind: 'response'
      /** HTTP status. */
      status: number
      /** Headers, names lower-cased, repeats joined with `, `. */
      headers: Record<string, string>
      /** Body prefix, for text responses whose body could be read (2xx unless `readAnyStatus`). */
      page: AttemptPage | null
    }
  | {
      /** The request failed before a response. */
      kind: 'error'
      /** What it failed with. */
      error: unknown
    }

/** `true` for content types whose body is worth reading as text. */
export function isTextType(contentType: string | null): boolean {
  if (contentType === null) return false
  return /^text\/|^application\/(xhtml\+xml|xml|json)$|\+(xml|json)$/.test(contentType)
}

/** Media types of PDF bodies. */
const pdfTypes = new Set([
  'application/pdf',
  'application/x-pdf',
  'application/acrobat',
  'applications/vnd.pdf',
])

/** Media types that say nothing of the content: the body may be a PDF (it starts with `%PDF-`). */
const unknownTypes = new Set([
  'application/octet-stream',
  'binary/octet-stream',
  'application/download',
  'application/force-download',
  'application/x-download',
])

/** `true` for content types whose body may be a PDF: a PDF type, a generic binary type or none. */
export function isPdfCandidate(contentType: string | null): boolean {
  return contentType === null || pdfTypes.has(contentType) || unknownTypes.has(contentType)
}

/** `true` when bytes start like a PDF (`%PDF-`, after at most 1 KiB of junk, as readers allow). */
export function startsLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024))
    .toString('latin1')
    .includes('%PDF-')
}

/** The media type of a `content-type` header, lower-cased, without parameters. */
export function parseContentType(header: string | undefined): string | null {
  const type = header?.split(';')[0]?.trim().toLowerCase()
  return type ? type : null
}

/** Make an error with a `code`, as our own aborts use. */
export function createCodedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code })
}

/**
 * Perform one GET of `url` within `timeout` in all (connect, headers and capped body). The
 * attempt's controller sits in `inflight` while it runs, so the run can cut it.
 */
export async function attemptRequest(
  url: string,
  options: Readonly<AttemptOptions>,
): Promise<AttemptResult> {
  const controller = new AbortController()
  const timer = setTimeout(() => {
    controller.abort(
      createCodedError(attemptTimeoutCode, `No response within ${options.timeout} ms`),
    )
  }, options.timeout)
  options.inflight?.add(controller)
  try {
    if (options.cut?.aborted) controller.abort(options.cut.reason)
    // The dispatcher's own `request` (undici's top-level `request` only picks the dispatcher).
    const target = new URL(url)
    const response = await options.dispatcher.request({
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: 'GET',
      headers: options.headers,
      signal: controller.signal,
      headersTimeout: options.timeout,
      bodyTimeout: options.timeout,
    })
    const headers = flattenHeaders(response.headers)
    const contentType = parseContentType(headers['content-type'])
    const success = response.statusCode >= 200 && response.statusCode < 300
    if (success && (options.maxPdfBytes ?? 0) > 0 && isPdfCandidate(contentType)) {
      const page = await readPdfBody(response.body, headers, options.maxPdfBytes ?? 0, contentType)
      return { kind: 'response', status: response.statusCode, headers, page }
    }
    if (!(success || options.readAnyStatus === true) || !isTextType(contentType)) {
      await response.body.dump({ limit: 128 * 1024 }).catch(() => response.body.destroy())
      return { kind: 'response', status: response.statusCode, headers, page: null }
    }
    let page: AttemptPage | null = null
    try {
      const encoding = headers['content-encoding'] ?? null
      const prefix = await readBodyPrefix(response.body, encoding, options.maxBodyBytes)
      page = {
        body: decodeText(prefix.bytes, headers['content-type']),
        truncated: prefix.truncated,
      }
    } catch {
      // Headers said 2xx; a body that fails to arrive in time leaves the page unread.
    }
    return { kind: 'response', status: response.statusCode, headers, page }
  } catch (error) {
    return { kind: 'error', error: controller.signal.aborted ? controller.signal.reason : error }
  } finally {
    clearTimeout(timer)
    options.inflight?.delete(controller)
  }
}

/**
 * Read a PDF body (or a body of unknown type that may be one) up to `cap` bytes: `null` when
 * it is longer than the cap by its `content-length` (not downloaded), is not a PDF, or fails
 * to arrive; a failure here never changes the verdict, since the headers said 2xx.
 */
async function readPdfBody(
  body: Dispatcher.ResponseData['body'],
  headers: Readonly<Record<string, string>>,
  cap: number,
  contentType: string | null,
): Promise<AttemptPage | null> {
  const length = Number(headers['content-length'])
  if (Number.isFinite(length) && length > cap && headers['content-encoding'] === undefined) {
    body.once('error', () => {}) // destroying an unread body aborts it: nothing to report
    body.destroy()
    return null
  }
  try {
    const prefix = await readBodyPrefix(body, headers['content-encoding'] ?? null, cap)
    const declared = contentType !== null && pdfTypes.has(contentType)
    if (!declared && !startsLikePdf(prefix.bytes)) return null
    return { body: '', truncated: prefix.truncated, bytes: prefix.bytes }
  } catch {
    return null
  }
}

function flattenHeaders(
  headers: Record<string, string | Array<string> | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const name in headers) {
    const value = headers[name]
    if (value !== undefined)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

/** Decoders by charset label (creating one is costly); `null` for labels TextDecoder rejects. */
const decoders = new Map<string, TextDecoder | null>()

function getDecoder(label: string): TextDecoder | null {
  const key = label.toLowerCase()
  let decoder = decoders.get(key)
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key)
    } catch {
      decoder = null
    }
    decoders.set(key, decoder)
  }
  return decoder
}

/** Decode body bytes with the charset of `content-type` or a `<meta charset>`, else UTF-8. */
function decodeText(bytes: Buffer, contentType: string | undefined): string {
  const declared =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1]
  const decoder = (declared ? getDecoder(declared) : null) ?? (getDecoder('utf-8') as TextDecoder)
  return decoder.decode(bytes)
}
