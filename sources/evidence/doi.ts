/**
 * DOI existence through the DOI handle API (`https://doi.org/api/handles/<doi>`), independent
 * of the publisher's landing page (which often sits behind a bot wall).
 */
import pLimit from 'p-limit'
import { createLookupClient, type LookupResponse } from './lookup.ts'
import { type EvidenceOptions, normalizeEvidenceOptions } from './options.ts'

/** Most bytes of a handle API answer read. */
const maxHandleBytes = 64 * 1024

/** Whether a DOI exists: `true` (responseCode 1), `false` (100), `null` (could not tell). */
export interface DoiHandle {
  /** `true` when registered, `false` when the handle API says not found, `null` otherwise. */
  exists: boolean | null
  /** One human sentence on the answer. */
  detail: string
}

/** Build the handle API URL of a DOI: path segments percent-encoded, slashes kept. */
export function buildHandleUrl(baseUrl: string, doi: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  return base + doi.split('/').map(encodeURIComponent).join('/')
}

/** Read `responseCode` from a handle API body, or `null` when it is not such JSON. */
function readResponseCode(text: string): number | null {
  try {
    const data: unknown = JSON.parse(text)
    if (typeof data !== 'object' || data === null) return null
    const code = (data as { responseCode?: unknown }).responseCode
    return typeof code === 'number' ? code : null
  } catch {
    return null
  }
}

/** Interpret one handle API response. */
export function interpretHandleResponse(response: LookupResponse): DoiHandle {
  if (!response.ok) {
    return {
      exists: null,
      detail: `Unexpected ${response.error} from the DOI handle API, expected an answer`,
    }
  }
  const code = readResponseCode(response.text)
  if (code === 1 && response.status === 200) {
    return { exists: true, detail: 'DOI is registered (handle responseCode 1)' }
  }
  if (code === 100 && (response.status === 404 || response.status === 200)) {
    return { exists: false, detail: 'DOI is not registered (handle responseCode 100)' }
  }
  const answer =
    code === null ? `HTTP ${response.status}` : `HTTP ${response.status}, responseCode ${code}`
  return {
    exists: null,
    detail: `Unexpected handle API answer (${answer}), expected responseCode 1 or 100`,
  }
}

/**
 * Ask the DOI handle API (`doiApi`) whether each DOI exists, `doiConcurrency` at a time. Keys
 * of the result are the DOIs as given (duplicates asked once). Never rejects for a bad DOI or a
 * network failure (`exists: null`); throws a TypeError only for bad options.
 */
export async function checkDoiHandles(
  dois: ReadonlyArray<string>,
  options: Readonly<Partial<EvidenceOptions>> = {},
): Promise<Map<string, DoiHandle>> {
  const settings = normalizeEvidenceOptions(options)
  const client = createLookupClient(settings)
  const limit = pLimit(settings.doiConcurrency)
  const results = new Map<string, DoiHandle>()
  try {
    await Promise.all(
      [...new Set(dois)].map((doi) =>
        limit(async () => {
          const response = await client.get(buildHandleUrl(settings.doiApi, doi), maxHandleBytes)
          results.set(doi, interpretHandleResponse(response))
        }),
      ),
    )
  } finally {
    await client.close()
  }
  return new Map(dois.map((doi) => [doi, results.get(doi) ?? { exists: null, detail: '' }]))
}
