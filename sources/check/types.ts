/**
 * Contracts of the check room of the sources stage: the verdict on each distinct URL, the
 * page the checker hands to an inspector (the evidence room), progress and the run's result.
 */
import type { Problem } from '../../annotations/types.ts'
import type { Evidence } from '../evidence/types.ts'
import type { LinkReason, LinkStatus } from './reasons.ts'

export type { LinkReason, LinkStatus } from './reasons.ts'

/** Stable ids of the problems a check run reports. */
export const checkProblemKinds = [
  'network-unavailable',
  'permanent-redirect',
  'cache-corrupt',
  'cache-unusable',
] as const

/** A problem id of a check run. */
export type CheckProblemKind = (typeof checkProblemKinds)[number]

/** A problem a check run reports. */
export type CheckProblem = Problem<CheckProblemKind>

/** One hop of a redirect chain. */
export interface Redirect {
  /** URL that answered with a redirect. */
  from: string
  /** Absolute URL it pointed to. */
  to: string
  /** HTTP status of the redirect (301, 302, 303, 307, 308). */
  status: number
  /** `true` for 301 and 308: the citation should be updated. */
  permanent: boolean
}

/** Result of checking one distinct URL. */
export interface LinkCheck {
  /** URL as extracted (before remapping). */
  url: string
  /** URL actually requested (after `--remap`). */
  checkedUrl: string
  /** Verdict. */
  status: LinkStatus
  /** Stable reason id. */
  reason: LinkReason
  /** One human sentence on what happened (error code, Retry-After, …). */
  detail: string
  /** Last HTTP status received, or `null` when none was. */
  httpStatus: number | null
  /** URL of the last response, or `null` when none was received. */
  finalUrl: string | null
  /** Redirects followed, in order. */
  redirects: Array<Redirect>
  /** Page `<title>` when the body was read. */
  title: string | null
  /** Requests made for this URL: one per redirect hop, plus retries. */
  attempts: number
  /** Wall time spent on this URL in milliseconds (omitted from reports unless asked). */
  durationMs: number
  /** `true` when the verdict came from the cache and no request was made. */
  cached: boolean
  /** Further evidence, when the evidence stage ran. */
  evidence?: Evidence
}

/* The inspector hook: after a link answers 2xx, the checker hands the page it read to an
 * optional inspector (the evidence room), which may attach evidence and override the verdict
 * (a soft 404 is dead). */

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
  /** `true` when the body was cut at `maxBodyBytes` (or `bytes` at `maxPdfBytes`), or not read. */
  truncated: boolean
  /**
   * Raw bytes of a PDF body (a PDF content type, or a generic binary one starting with
   * `%PDF-`), at most `maxPdfBytes`; only when the run sets `maxPdfBytes` (the support check
   * does), and absent when the PDF is longer than that by its `content-length`.
   */
  bytes?: Uint8Array
  /** Redirects followed to get here. */
  redirects: ReadonlyArray<Redirect>
}

/** A verdict with its sentence. */
export interface Verdict {
  /** Status. */
  status: LinkStatus
  /** Reason (one that belongs to `status`). */
  reason: LinkReason
  /** Human sentence. */
  detail: string
}

/** What an inspector found on a page. */
export interface Inspection {
  /** Evidence to attach to the link. */
  evidence: Evidence
  /** Verdict override, e.g. `{status: 'dead', reason: 'soft-404', detail: '…'}`. */
  verdict?: Verdict
}

/** Looks at a page and returns evidence. Must not throw; the checker treats a throw as no evidence. */
export type PageInspector = (page: Page) => Inspection | Promise<Inspection>

/** Counts reported while a run progresses. */
export interface CheckProgress {
  /** Links with a verdict so far (excluded and cached ones included). */
  done: number
  /** Distinct links in the run. */
  total: number
  /** Links found live so far. */
  live: number
  /** Links found dead so far. */
  dead: number
  /** Links left unverified so far. */
  unverified: number
  /** Links excluded by policy so far. */
  excluded: number
  /** The link just decided (a not-yet-confirmed `domain-not-found` shows as unverified). */
  latest: { url: string; status: LinkStatus; reason: LinkReason }
}

/** Result of a run. */
export interface CheckRun {
  /** One check per distinct input URL, in order of first appearance. */
  checks: Array<LinkCheck>
  /** `available: false` when no request got any HTTP response and some failed at DNS/connect level. */
  network: { available: boolean }
  /** `true` when the run was interrupted before every link was checked. */
  incomplete: boolean
  /** `network-unavailable` and `permanent-redirect` problems. */
  problems: Array<CheckProblem>
}
