/**
 * One hop of a URL check: address safety, then attempts with retries (exponential backoff with
 * jitter, `Retry-After` up to the cap, a 429 slowing the whole host), until a verdict or a
 * redirect.
 */
import { attemptRequest } from './attempt.ts'
import { classifyError, classifyStatus } from './classify.ts'
import type { CheckContext, Trace } from './context.ts'
import { concludePage } from './read-page.ts'
import { computeBackoff, parseRetryAfter, shouldRetryStatus, sleepUnlessAborted } from './retry.ts'
import { checkHostSafety } from './safety.ts'
import type { Verdict } from './types.ts'

/** How a hop ended. */
export type HopOutcome =
  | { kind: 'verdict'; verdict: Verdict }
  | {
      kind: 'redirect'
      to: string
      target: URL
      status: number
      /** `true` when the redirect set a cookie (which citecheck does not keep). */
      setsCookie: boolean
    }

/** Statuses followed as redirects (with a `Location`). */
const redirectStatuses = new Set([301, 302, 303, 307, 308])

/**
 * Check one hop: `current` (whose host name is `host`) on the way from `first`, the remapped
 * form of `url`.
 */
export async function checkHop(
  url: string,
  first: string,
  current: string,
  host: string,
  context: CheckContext,
  trace: Trace,
): Promise<HopOutcome> {
  const { settings } = context
  const refused = settings.allowPrivate
    ? null
    : await checkHostSafety(host, {
        allowPrivate: settings.allowPrivate,
        lookup: settings.lookup,
        preResolve: context.preResolve,
      })
  if (refused !== null) {
    return verdict(
      'excluded',
      'private-address',
      `\`${host}\` resolves to private address \`${refused}\``,
    )
  }
  for (let retry = 0; ; retry++) {
    if (context.stopping.aborted) return interrupted()
    trace.attempts++
    const result = await context.limiter.schedule(host, () =>
      attemptRequest(current, {
        dispatcher: context.dispatcher,
        headers: context.headers,
        timeout: settings.timeout,
        maxBodyBytes: settings.maxBodyBytes,
        maxPdfBytes: settings.maxPdfBytes,
        cut: context.cut,
        inflight: context.inflight,
      }),
    )
    if (result === undefined) return interrupted()
    const canRetry = retry < settings.retries
    let wait = computeBackoff(retry + 1, settings.random, settings.maxRetryWait)
    if (result.kind === 'error') {
      const error = classifyError(result.error)
      trace.layer = error.layer
      if (!error.retry || !canRetry) return verdict(error.status, error.reason, error.detail)
    } else {
      trace.layer = null
      trace.httpStatus = result.status
      trace.finalUrl = current
      const location = result.headers.location
      if (redirectStatuses.has(result.status) && location) {
        const target = resolveLocation(location, current)
        if (target === null) {
          return verdict(
            'unverified',
            'http-error',
            `Unexpected \`Location: ${location}\`, expected a URL`,
          )
        }
        const setsCookie = result.headers['set-cookie'] !== undefined
        return { kind: 'redirect', to: target.href, target, status: result.status, setsCookie }
      }
      if (settings.accept.includes(result.status) && (result.status < 200 || result.status > 299)) {
        return verdict('live', 'accepted', `HTTP ${result.status}, an accepted status (\`accept\`)`)
      }
      const { status, reason } = classifyStatus(result.status)
      if (status === 'live') {
        return {
          kind: 'verdict',
          verdict: await concludePage(url, first, current, result, context, trace),
        }
      }
      const suffix = retry > 0 ? ` after ${retry + 1} attempts` : ''
      if (!shouldRetryStatus(result.status) || !canRetry) {
        return verdict(status, reason, `HTTP ${result.status}${suffix}`)
      }
      const retryAfter = parseRetryAfter(result.headers['retry-after'], Date.now())
      if (retryAfter !== null && retryAfter > settings.maxRetryWait) {
        const seconds = Math.ceil(retryAfter / 1000)
        const cap = Math.round(settings.maxRetryWait / 1000)
        const detail = `HTTP ${result.status} with \`Retry-After\` of ${seconds} s, beyond the ${cap} s cap`
        return verdict('unverified', 'rate-limited', detail)
      }
      wait = retryAfter ?? wait
      if (result.status === 429) context.limiter.backOff(host, wait)
    }
    await sleepUnlessAborted(settings.sleep, wait, context.stopping)
  }
}

function verdict(status: Verdict['status'], reason: Verdict['reason'], detail: string): HopOutcome {
  return { kind: 'verdict', verdict: { status, reason, detail } }
}

function interrupted(): HopOutcome {
  return verdict(
    'unverified',
    'interrupted',
    'The run was interrupted before this link was checked',
  )
}

function resolveLocation(location: string, base: string): URL | null {
  try {
    return new URL(location, base)
  } catch {
    return null
  }
}
