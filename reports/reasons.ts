/**
 * Human wording of the stable reason and problem ids, and links to their documentation.
 */

import type { LinkReason, ProblemKind } from '../pipeline/types.ts'

/** Where the ids are documented by default: the README's `## Errors` section. */
export const defaultDocsUrl = 'README.md'

const reasonWords: Record<LinkReason, string> = {
  ok: 'live',
  'not-found': 'not found',
  gone: 'gone',
  'client-error': 'refused by the server',
  'redirect-loop': 'redirect loop',
  'domain-not-found': 'domain does not exist',
  'soft-404': 'error page served as success',
  'access-restricted': 'access restricted',
  'rate-limited': 'rate limited',
  'server-error': 'server error',
  timeout: 'timed out',
  tls: 'TLS failure',
  'connection-refused': 'connection refused',
  'connection-reset': 'connection reset',
  network: 'network unavailable',
  'http-error': 'unexpected HTTP answer',
  interrupted: 'not checked, run interrupted',
  'private-address': 'private address, not checked',
  'excluded-pattern': 'excluded by pattern',
  'unsupported-scheme': 'scheme not checked',
  'invalid-url': 'invalid URL',
}

/** Few words saying what a link reason means (`not-found` → `not found`). */
export function describeReason(reason: LinkReason): string {
  return reasonWords[reason]
}

/** URL of the documentation of a reason or problem id (`README.md#not-found`). */
export function toDocsUrl(id: LinkReason | ProblemKind, docsUrl: string): string {
  return `${docsUrl}#${id}`
}
