/**
 * Check one URL: follow redirects by hand (recording the chain, flagging permanent ones,
 * re-checking address safety at every hop), and turn the outcome into a `LinkCheck`.
 * Never rejects.
 */

import type { CheckContext, Trace, UrlOutcome } from './context.ts'
import { checkHop } from './hop.ts'
import type { LinkCheck, Verdict } from './types.ts'

/** Check `checkedUrl` (the remapped form of `url`, an http(s) URL whose host name is `host`). */
export async function checkUrl(
  url: string,
  checkedUrl: string,
  host: string,
  context: CheckContext,
): Promise<UrlOutcome> {
  const started = performance.now()
  const trace: Trace = {
    redirects: [],
    attempts: 0,
    retries: 0,
    spent: 0,
    httpStatus: null,
    finalUrl: null,
    title: null,
    layer: null,
  }
  const verdict = await followRedirects(url, checkedUrl, host, context, trace)
  const check: LinkCheck = {
    url,
    checkedUrl,
    status: verdict.status,
    reason: verdict.reason,
    detail: verdict.detail,
    httpStatus: trace.httpStatus,
    finalUrl: trace.finalUrl,
    redirects: trace.redirects,
    title: trace.title,
    attempts: trace.attempts,
    durationMs: Math.round(performance.now() - started),
    cached: false,
    ...(trace.evidence ? { evidence: trace.evidence } : {}),
  }
  // A proxy that refused the tunnel answered: the network works.
  const responded = trace.httpStatus !== null || verdict.reason === 'proxy'
  return { check, responded, layer: trace.layer }
}

async function followRedirects(
  url: string,
  first: string,
  firstHost: string,
  context: CheckContext,
  trace: Trace,
): Promise<Verdict> {
  const { maxRedirects } = context.settings
  const visited = new Set([first])
  let current = first
  let host = firstHost
  let cookies = false
  for (;;) {
    const hop = await checkHop(url, first, current, host, context, trace)
    if (hop.kind === 'verdict') return hop.verdict
    const permanent = hop.status === 301 || hop.status === 308
    trace.redirects.push({ from: current, to: hop.to, status: hop.status, permanent })
    cookies ||= hop.setsCookie
    if (visited.has(hop.to) && cookies) {
      // A cookie check: a browser would send the cookie back and get the page. Not evidence.
      const detail = `Redirect loop back to \`${hop.to}\` while setting cookies, which citecheck does not keep`
      return { status: 'unverified', reason: 'http-error', detail }
    }
    if (visited.has(hop.to)) {
      return {
        status: 'dead',
        reason: 'redirect-loop',
        detail: `Redirect loop back to \`${hop.to}\``,
      }
    }
    if (trace.redirects.length > maxRedirects) {
      return {
        status: 'dead',
        reason: 'redirect-loop',
        detail: `More than ${maxRedirects} redirects`,
      }
    }
    const { protocol } = hop.target
    if (protocol !== 'http:' && protocol !== 'https:') {
      const detail = `Redirect to unsupported scheme \`${protocol}\``
      return { status: 'excluded', reason: 'unsupported-scheme', detail }
    }
    visited.add(hop.to)
    current = hop.to
    host = hop.target.hostname
  }
}
