/**
 * What policy decides before any request: unparsable URLs, unsupported schemes, exclude
 * patterns (after remapping), private IP literals and local names, and fresh cached verdicts.
 */

import { readCachedVerdict } from './cache.ts'
import type { CheckOptions } from './options.ts'
import type { LinkReason } from './reasons.ts'
import { findExclusion, remapUrl } from './rewrite.ts'
import { isLocalName, isPrivateAddress } from './safety.ts'
import type { LinkCheck } from './types.ts'

/** Either a verdict reached without a request, or the URL to request. */
export type Preparation =
  | { kind: 'decided'; check: LinkCheck }
  | { kind: 'fetch'; checkedUrl: string; host: string }

/** Decide what to do with `url` before any request. `now` is the run's start (ms epoch). */
export function prepareLink(
  url: string,
  settings: Readonly<CheckOptions>,
  now: number,
): Preparation {
  const parsed = parse(url)
  if (!parsed)
    return excluded(url, url, 'invalid-url', `Unexpected \`${url}\`, expected an absolute URL`)
  const checkedUrl = settings.remap.length > 0 ? remapUrl(url, settings.remap) : url
  const target = checkedUrl === url ? parsed : parse(checkedUrl)
  if (!target) {
    return excluded(
      url,
      checkedUrl,
      'invalid-url',
      `Unexpected remapped \`${checkedUrl}\`, expected an absolute URL`,
    )
  }
  const { protocol } = target
  if (protocol !== 'http:' && protocol !== 'https:') {
    return excluded(
      url,
      checkedUrl,
      'unsupported-scheme',
      `Unexpected scheme \`${protocol}\`, expected \`http:\` or \`https:\``,
    )
  }
  const pattern = findExclusion([url, checkedUrl], settings.exclude)
  if (pattern)
    return excluded(
      url,
      checkedUrl,
      'excluded-pattern',
      `Excluded by pattern \`${pattern.source}\``,
    )
  // Private hosts are refused before the cache: a verdict cached by a run with `allowPrivate`
  // must not let a private address through. Names are resolved (and checked) when requested.
  const { hostname } = target
  if (!settings.allowPrivate && (isPrivateAddress(hostname) || isLocalName(hostname))) {
    const detail = isLocalName(hostname)
      ? `\`${hostname}\` is a local name`
      : `\`${hostname}\` is a private address`
    return excluded(url, checkedUrl, 'private-address', detail)
  }
  const cached = settings.cache
    ? readCachedVerdict(settings.cache, checkedUrl, now, settings.maxCacheAge)
    : null
  // An entry recorded by a run that allowed private addresses may be about a private host.
  const entry = cached && (settings.allowPrivate || cached.allowPrivate !== true) ? cached : null
  if (entry) {
    return {
      kind: 'decided',
      check: {
        url,
        checkedUrl,
        status: entry.status,
        reason: entry.reason,
        detail: entry.detail,
        httpStatus: entry.httpStatus,
        finalUrl: entry.finalUrl,
        redirects: entry.redirects,
        title: entry.title,
        attempts: 0,
        durationMs: 0,
        cached: true,
      },
    }
  }
  return { kind: 'fetch', checkedUrl, host: hostname }
}

/** A check that made no request and got `status` for `reason`. */
export function createUnrequestedCheck(
  url: string,
  checkedUrl: string,
  status: LinkCheck['status'],
  reason: LinkReason,
  detail: string,
): LinkCheck {
  return {
    url,
    checkedUrl,
    status,
    reason,
    detail,
    httpStatus: null,
    finalUrl: null,
    redirects: [],
    title: null,
    attempts: 0,
    durationMs: 0,
    cached: false,
  }
}

function excluded(
  url: string,
  checkedUrl: string,
  reason: LinkReason,
  detail: string,
): Preparation {
  return {
    kind: 'decided',
    check: createUnrequestedCheck(url, checkedUrl, 'excluded', reason, detail),
  }
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
