/**
 * Contract between the HTTP checker (`sources/check-*.ts`) and the evidence stage
 * (`sources/evidence/`): after a link answers 2xx, the checker hands the page it read to an
 * optional inspector, which may attach evidence and override the verdict (a soft 404 is dead).
 */
import type { Evidence, LinkReason, LinkStatus, Redirect } from '../pipeline/types.ts'

/** A page as read by the checker: the final 2xx response of a link, body capped. */
export interface Page {
  /** URL as extracted from the paper (before remapping); key for per-link context. */
  url: string
  /** URL actually requested first (after remapping). */
  checkedUrl: string
  /** URL of the final response, after redirects. */
  finalUrl: string
  /** HTTP status of the final response (2xx). */
  status: number
  /** Response headers, names lower-cased, repeated headers joined with `, `. */
  headers: Record<string, string>
  /** `content-type` without parameters, lower-cased, or `null`. */
  contentType: string | null
  /** Decoded text of at most `maxBodyBytes` of the body (empty for non-text types). */
  body: string
  /** `true` when the body was cut at `maxBodyBytes`. */
  truncated: boolean
  /** Redirects followed to get here. */
  redirects: ReadonlyArray<Redirect>
}

/** What an inspector found on a page. */
export interface Inspection {
  /** Evidence to attach to the link (merged over the checker's own). */
  evidence: Partial<Evidence>
  /** Verdict override, e.g. `{status: 'dead', reason: 'soft-404', detail: '…'}`. */
  verdict?: { status: LinkStatus; reason: LinkReason; detail: string }
}

/** Looks at a page and returns evidence. Must not throw; the checker treats a throw as no evidence. */
export type PageInspector = (page: Page) => Inspection | Promise<Inspection>
