/** A 2xx page: read its title and hand it to the optional inspector (the evidence room). */
import { parseContentType } from './attempt.ts'
import type { CheckContext, Trace } from './context.ts'
import { extractTitle } from './html-title.ts'
import type { Verdict } from './types.ts'

/** The 2xx response as the hop saw it. */
export interface PageResponse {
  /** HTTP status. */
  status: number
  /** Lower-cased headers. */
  headers: Record<string, string>
  /** Body prefix, when read (with the raw bytes of a PDF, when kept). */
  page: { body: string; truncated: boolean; bytes?: Uint8Array } | null
}

/** A 2xx: read the title, hand the page to the inspector, and let it override the verdict. */
export async function concludePage(
  url: string,
  first: string,
  current: string,
  result: PageResponse,
  context: CheckContext,
  trace: Trace,
): Promise<Verdict> {
  const contentType = parseContentType(result.headers['content-type'])
  const body = result.page?.body ?? ''
  trace.title =
    contentType === 'text/html' || contentType === 'application/xhtml+xml'
      ? extractTitle(body)
      : null
  const redirected =
    trace.redirects.length > 0
      ? ` after ${trace.redirects.length} redirect${trace.redirects.length === 1 ? '' : 's'}`
      : ''
  const verdict: Verdict = {
    status: 'live',
    reason: 'ok',
    detail: `HTTP ${result.status}${redirected}`,
  }
  const { inspect } = context.settings
  if (!inspect) return verdict
  try {
    const inspection = await inspect({
      url,
      checkedUrl: first,
      finalUrl: current,
      status: result.status,
      headers: result.headers,
      contentType,
      body,
      // A body that could not be read (cut mid-way, or not text) is not a complete one.
      truncated: result.page?.truncated ?? true,
      redirects: trace.redirects,
      ...(result.page?.bytes ? { bytes: result.page.bytes } : {}),
    })
    trace.evidence = inspection.evidence
    return inspection.verdict ? { ...inspection.verdict } : verdict
  } catch {
    return verdict
  }
}
