/**
 * Every reason a link can get its verdict for, once: its status and a few words for humans.
 * `LinkReason`, the status each reason belongs to, the report's wording and the README check
 * all derive from this table. Ids are stable and documented in README.md § Errors.
 */

/** Verdict on one link. */
export type LinkStatus = 'live' | 'dead' | 'unverified' | 'excluded'

/** What one reason means. */
export interface ReasonInfo {
  /** The verdict this reason always comes with. */
  status: LinkStatus
  /** A few words for reports (`not-found` → `not found`). */
  words: string
}

/** The reasons, by id, in the order the README documents them. */
export const linkReasons = {
  ok: { status: 'live', words: 'live' },
  accepted: { status: 'live', words: 'accepted status' },
  'not-found': { status: 'dead', words: 'not found' },
  gone: { status: 'dead', words: 'gone' },
  'client-error': { status: 'dead', words: 'refused by the server' },
  'redirect-loop': { status: 'dead', words: 'redirect loop' },
  'domain-not-found': { status: 'dead', words: 'domain does not exist' },
  'soft-404': { status: 'dead', words: 'error page served as success' },
  'access-restricted': { status: 'unverified', words: 'access restricted' },
  'rate-limited': { status: 'unverified', words: 'rate limited' },
  'server-error': { status: 'unverified', words: 'server error' },
  timeout: { status: 'unverified', words: 'timed out' },
  tls: { status: 'unverified', words: 'TLS failure' },
  'connection-refused': { status: 'unverified', words: 'connection refused' },
  'connection-reset': { status: 'unverified', words: 'connection reset' },
  proxy: { status: 'unverified', words: 'refused by the proxy' },
  network: { status: 'unverified', words: 'network unavailable' },
  'http-error': { status: 'unverified', words: 'unexpected HTTP answer' },
  interrupted: { status: 'unverified', words: 'not checked, run interrupted' },
  'private-address': { status: 'excluded', words: 'private address, not checked' },
  'excluded-pattern': { status: 'excluded', words: 'excluded by pattern' },
  'unsupported-scheme': { status: 'excluded', words: 'scheme not checked' },
  'invalid-url': { status: 'excluded', words: 'invalid URL' },
} as const satisfies Record<string, ReasonInfo>

/** Why a link got its verdict: a key of {@link linkReasons}. */
export type LinkReason = keyof typeof linkReasons

/** The reasons that come with `status`. */
export type ReasonOf<Status extends LinkStatus> = {
  [Reason in LinkReason]: (typeof linkReasons)[Reason]['status'] extends Status ? Reason : never
}[LinkReason]

/** Every reason id, in table order. */
export const linkReasonIds = Object.keys(linkReasons) as Array<LinkReason>

/** The status a reason belongs to. */
export function statusOfReason(reason: LinkReason): LinkStatus {
  return linkReasons[reason].status
}
