/**
 * Look-ups of the evidence room (DOI handles, archive CDX): one GET through the checker's own
 * attempt (same dispatcher policy, capped reader and user agent), never rejecting, and a
 * dispatcher built for the look-ups when none is injected.
 */
import type { Dispatcher } from 'undici'
import { attemptRequest } from '../check/attempt.ts'
import { attemptTimeoutCode, collectErrorCodes } from '../check/classify.ts'
import { createDispatcher, createRequestHeaders } from '../check/http.ts'
import type { EvidenceOptions } from './options.ts'

/** What a look-up got back: a status and (capped) text, or a network error's code. */
export type LookupResponse =
  | { ok: true; status: number; text: string }
  | { ok: false; error: string }

/** A look-up client: `get` a URL reading at most `maxBytes`; `close` what it created. */
export interface LookupClient {
  /** GET `url`; never rejects. */
  get: (url: string, maxBytes: number) => Promise<LookupResponse>
  /** Release the dispatcher it created (a no-op for an injected one). */
  close: () => Promise<void>
}

/** Create a look-up client with the evidence options' network policy. */
export function createLookupClient(
  options: Readonly<
    Pick<EvidenceOptions, 'timeout' | 'userAgent' | 'allowPrivate' | 'lookup' | 'dispatcher'>
  >,
): LookupClient {
  const owned: Dispatcher | null = options.dispatcher
    ? null
    : createDispatcher({
        timeout: options.timeout,
        lookup: options.lookup,
        allowPrivate: options.allowPrivate,
      })
  const dispatcher = options.dispatcher ?? (owned as Dispatcher)
  const headers = createRequestHeaders(options.userAgent, { accept: 'application/json' })
  return {
    async get(url, maxBytes) {
      const result = await attemptRequest(url, {
        dispatcher,
        headers,
        timeout: options.timeout,
        maxBodyBytes: maxBytes,
        readAnyStatus: true,
      })
      if (result.kind === 'error') {
        const code = collectErrorCodes(result.error)[0]
        const error = code === attemptTimeoutCode ? 'timeout' : (code ?? describe(result.error))
        return { ok: false, error }
      }
      return { ok: true, status: result.status, text: result.page?.body ?? '' }
    },
    async close() {
      await owned?.close()
    },
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown error'
}
