/**
 * Check a list of URLs: each distinct URL once, under a global limit and per-host limits, with
 * offline detection (offline is not dead), cache reuse and update, progress and interruption.
 */
import { setMaxListeners } from 'node:events'
import pLimit, { type LimitFunction } from 'p-limit'
import { createCodedError } from './attempt.ts'
import { checkUrl } from './check-url.ts'
import { classifyError, interruptedCode } from './classify.ts'
import { concludeRun } from './conclude-run.ts'
import type { CheckContext, UrlOutcome } from './context.ts'
import { createHostLimiter } from './host-limiter.ts'
import { createDispatcher, createRequestHeaders, usesProxy } from './http.ts'
import { memoizeLookup } from './memo-lookup.ts'
import type { CheckOptions } from './options.ts'
import { normalizeCheckOptions } from './options.ts'
import { createUnrequestedCheck, prepareLink } from './prepare-link.ts'
import type { CheckProgress, CheckRun, LinkCheck } from './types.ts'

/**
 * Check every distinct URL of `urls`. Never rejects for a bad link (failures are verdicts).
 * Updates `options.cache` in place; saving it is the caller's job.
 *
 * @throws {TypeError} (as a rejection) for invalid options.
 */
export async function checkLinks(
  urls: ReadonlyArray<string>,
  options: Readonly<Partial<CheckOptions>> = {},
): Promise<CheckRun> {
  const normalized = normalizeCheckOptions(options)
  const settings = { ...normalized, lookup: memoizeLookup(normalized.lookup) }
  if (!Array.isArray(urls) || !urls.every((url) => typeof url === 'string')) {
    throw new TypeError('Expected `urls` to be an array of strings')
  }
  const distinct = [...new Set(urls)]
  const stopping = new AbortController()
  const cut = new AbortController()
  setMaxListeners(0, stopping.signal)
  const dispatcher =
    settings.dispatcher ??
    createDispatcher({
      timeout: settings.timeout,
      lookup: settings.lookup,
      allowPrivate: settings.allowPrivate,
    })
  const limiter = createHostLimiter(settings)
  const context: CheckContext = {
    settings,
    dispatcher,
    limiter,
    stopping: stopping.signal,
    cut: cut.signal,
    inflight: new Set(),
    preResolve: settings.dispatcher !== undefined || usesProxy(),
    headers: createRequestHeaders(settings.userAgent, settings.headers),
  }
  let graceTimer: NodeJS.Timeout | undefined
  const stop = () => {
    stopping.abort()
    limiter.stop()
    graceTimer = setTimeout(() => {
      const reason = createCodedError(interruptedCode, 'The run was interrupted')
      cut.abort(reason)
      for (const controller of context.inflight) controller.abort(reason)
    }, settings.abortGrace)
  }
  if (settings.signal?.aborted) stop()
  else settings.signal?.addEventListener('abort', stop, { once: true })
  const report = createTally(distinct.length, settings.onProgress)
  const started = Date.now()
  const admit = createAdmission(settings.hostConcurrency + 2)
  try {
    const outcomes = await Promise.all(
      distinct.map(async (url): Promise<UrlOutcome | LinkCheck> => {
        const outcome = await checkOne(url, context, started, admit)
        report('check' in outcome ? outcome.check : outcome)
        return outcome
      }),
    )
    return concludeRun(outcomes, settings.cache, settings.allowPrivate)
  } finally {
    clearTimeout(graceTimer)
    settings.signal?.removeEventListener('abort', stop)
    limiter.stop()
    if (settings.dispatcher === undefined) await dispatcher.destroy()
  }
}

/**
 * Admission per first host: at most `hostConcurrency + 2` URLs of one host are in progress at
 * once (the rest wait as plain closures, not suspended checks), which bounds memory on large
 * runs without ever blocking other hosts.
 */
function createAdmission(size: number): (host: string) => LimitFunction {
  const limits = new Map<string, LimitFunction>()
  return (host) => {
    let limit = limits.get(host)
    if (!limit) {
      limit = pLimit(size)
      limits.set(host, limit)
    }
    return limit
  }
}

async function checkOne(
  url: string,
  context: CheckContext,
  now: number,
  admit: (host: string) => LimitFunction,
) {
  const preparation = prepareLink(url, context.settings, now)
  if (preparation.kind === 'decided') return preparation.check
  const { checkedUrl, host } = preparation
  return admit(host)(() => checkAdmitted(url, checkedUrl, host, context))
}

async function checkAdmitted(
  url: string,
  checkedUrl: string,
  host: string,
  context: CheckContext,
): Promise<UrlOutcome | LinkCheck> {
  if (context.stopping.aborted) {
    const detail = 'The run was interrupted before this link was checked'
    return createUnrequestedCheck(url, checkedUrl, 'unverified', 'interrupted', detail)
  }
  try {
    return await checkUrl(url, checkedUrl, host, context)
  } catch (error) {
    // Not expected (checkUrl returns failures as values); keep the run alive regardless.
    const { status, reason, detail } = classifyError(error)
    return createUnrequestedCheck(url, checkedUrl, status, reason, detail)
  }
}

/** Count verdicts for `onProgress` (a not-yet-confirmed `domain-not-found` counts as unverified). */
function createTally(total: number, onProgress: ((progress: CheckProgress) => void) | undefined) {
  const progress: Omit<CheckProgress, 'latest'> = {
    done: 0,
    total,
    live: 0,
    dead: 0,
    unverified: 0,
    excluded: 0,
  }
  return (check: LinkCheck) => {
    progress.done++
    const status = check.reason === 'domain-not-found' ? 'unverified' : check.status
    progress[status]++
    try {
      onProgress?.({ ...progress, latest: { url: check.url, status, reason: check.reason } })
    } catch {
      // A progress callback must not break the run.
    }
  }
}
