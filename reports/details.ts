/**
 * A link's `detail` (the checker's one-line account, kept as is in the JSON) in words for a
 * reader: nothing when it only repeats the HTTP status shown beside it, error codes such as
 * `CITECHECK_TIMEOUT` or `ECONNRESET` said in words, and no code formatting in prose.
 */

import type { LinkResult } from '../pipeline/types.ts'

/** Error codes in words (codes the checker names in "Request failed with `…`"). */
const codeWords: Record<string, string> = {
  CITECHECK_TIMEOUT: 'no answer within the time limit',
  CITECHECK_INTERRUPTED: 'the run was interrupted',
  CITECHECK_PRIVATE_ADDRESS: 'the host is on a private network',
  ENOTFOUND: 'no such domain',
  ENODATA: 'the domain has no address',
  EAI_AGAIN: 'the domain name could not be looked up',
  EAI_FAIL: 'the domain name could not be looked up',
  ESERVFAIL: 'the domain name could not be looked up',
  ECONNREFUSED_DNS: 'the domain name could not be looked up',
  ETIMEOUT: 'the domain name lookup timed out',
  ECONNREFUSED: 'the server refused the connection',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed early',
  ECONNABORTED: 'the connection was closed early',
  UND_ERR_SOCKET: 'the connection was closed early',
  UND_ERR_CLOSED: 'the connection was closed early',
  ENETUNREACH: 'the network could not reach the host',
  EHOSTUNREACH: 'the network could not reach the host',
  ENETDOWN: 'the network could not reach the host',
  EHOSTDOWN: 'the network could not reach the host',
  EADDRNOTAVAIL: 'the network could not reach the host',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer within the time limit',
  UND_ERR_BODY_TIMEOUT: 'the page did not finish loading within the time limit',
  ABORT_ERR: 'the request was aborted',
  UND_ERR_ABORTED: 'the request was aborted',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is for another host name',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate could not be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate could not be verified',
}

/** An error code in words; TLS codes not listed are a failed secure connection. */
function describeCode(code: string): string {
  const known = codeWords[code]
  if (known !== undefined) return known
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)|^EPROTO$/.test(code)) {
    return 'the secure connection failed'
  }
  // An unknown Node or undici code is kept (a reader can search it); an exception name is not.
  return /^[A-Z][A-Z0-9_]+$/.test(code) ? `the request failed (${code})` : 'the request failed'
}

/** Rewrites of the checker's sentences, first match wins; `$n` are the captured parts. */
const rewrites: Array<[RegExp, (...parts: Array<string>) => string]> = [
  [/^HTTP \d+( after \d+ redirects?)?$/, () => ''],
  [
    /^HTTP \d+ with `Retry-After` of (\d+) s, beyond the (\d+) s cap$/,
    (wait, cap) =>
      `the server asked to wait ${wait} s before trying again, beyond the ${cap} s cap`,
  ],
  [/^Request failed with `([^`]+)`(.*)$/, (code = '', rest = '') => describeCode(code) + rest],
  [
    /^Redirect loop back to `([^`]+)` while setting cookies, which citecheck does not keep$/,
    (url) => `the redirects loop back to ${url} while setting cookies (citecheck keeps none)`,
  ],
  [/^Redirect loop back to `([^`]+)`$/, (url) => `the redirects loop back to ${url}`],
  [
    /^Redirect to unsupported scheme `([^`]+)`$/,
    (scheme) => `redirected to a ${scheme} URL, which is not checked`,
  ],
  [/^Unexpected (.+), expected the cited page$/, (what) => `${what} instead of the cited page`],
]

/**
 * A link's detail in words, without what the report already shows beside it (the HTTP status,
 * the redirects); `null` when nothing is left.
 */
export function describeDetail(link: Pick<LinkResult, 'detail'>): string | null {
  const detail = link.detail.trim()
  for (const [pattern, rewrite] of rewrites) {
    const match = pattern.exec(detail)
    if (match === null) continue
    const words = rewrite(...match.slice(1).map((part) => part ?? '')).trim()
    return words.length === 0 ? null : words.charAt(0).toUpperCase() + words.slice(1)
  }
  const words = detail.replace(/`([^`]*)`/g, '$1')
  return words.length === 0 ? null : words
}
