/**
 * One hop of a URL check: address safety, then attempts with retries (exponential backoff with
 * jitter, `Retry-After` up to the cap, a 429 slowing the whole host), until a verdict or a
 * redirect. Retries and time come out of the link's budget (`retries`, `linkTimeout`), shared by
 * all its hops.
 */
import { attemptRequest } from './attempt.ts'
import { classifyError, classifyStatus } from './classify.ts'
import type { CheckContext, Trace } from './context.ts'
import { formatDuration } from './duration.ts'
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
  const safety = settings.allowPrivate
    ? null
    : await checkHostSafety(host, {
        allowPrivate: settings.allowPrivate,
        lookup: settings.lookup,
        preResolve: context.preResolve,
      })
  if (safety?.kind === 'private') return verdict('excluded', 'private-address', safety.detail)
  if (safety?.kind === 'unresolved') {
    // Behind a proxy a name is checked before the proxy sees it; one that does not resolve here
    // is not handed over unchecked, and gets the verdict its DNS failure gives.
    const error = classifyError(safety.error)
    trace.layer = error.layer
    const detail = `${error.detail} resolving \`${host}\` before handing it to the proxy (names are checked first; \`allowPrivate\` skips the check)`
    return verdict(error.status, error.reason, detail)
  }
  for (;;) {
    if (context.stopping.aborted) return interrupted()
    const left = settings.linkTimeout - trace.spent
    if (left <= 0) return pastDeadline(settings.linkTimeout, 'no attempt left')
    const timeout = Math.min(settings.timeout, left)
    trace.attempts++
    const result = await context.limiter.schedule(host, async () => {
      const started = performance.now()
      try {
        return await attemptRequest(current, {
          dispatcher: context.dispatcher,
          headers: context.headers,
          timeout,
          maxBodyBytes: settings.maxBodyBytes,
          maxPdfBytes: settings.maxPdfBytes,
          cut: context.cut,
          inflight: context.inflight,
        })
      } finally {
        trace.spent += performance.now() - started
      }
    })
    if (result === undefined) return interrupted()
    const canRetry = trace.retries < settings.retries
    let wait = computeBackoff(trace.retries + 1, settings.random, settings.maxRetryWait)
    let cause: string
    if (result.kind === 'error') {
      const error = classifyError(result.error)
      trace.layer = error.layer
      if (error.reason === 'timeout' && timeout < settings.timeout) {
        return pastDeadline(settings.linkTimeout, `the last attempt was cut at ${timeout} ms`)
      }
      if (!error.retry || !canRetry) return verdict(error.status, error.reason, error.detail)
      cause = error.detail
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
      // Redirect hops alone are not retries: a 301 then a 404 is `HTTP 404`, not "after 2 attempts".
      const suffix = trace.retries > 0 ? ` after ${trace.attempts} attempts` : ''
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
      cause = `HTTP ${result.status}${suffix}`
    }
    if (trace.spent + wait >= settings.linkTimeout) {
      return pastDeadline(settings.linkTimeout, `${cause}, and the next retry would come later`)
    }
    trace.retries++
    trace.spent += wait
    await sleepUnlessAborted(settings.sleep, wait, context.stopping)
  }
}

/** The verdict of a link out of time: `unverified (timeout)`, naming the link deadline. */
function pastDeadline(linkTimeout: number, why: string): HopOutcome {
  return verdict(
    'unverified',
    'timeout',
    `No verdict within the link deadline of ${formatDuration(linkTimeout)} (\`linkTimeout\`) over all redirects and retries: ${why}`,
  )
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
