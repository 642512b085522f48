/**
 * Human wording of the stable reason and problem ids, and links to their documentation.
 */

import type { LinkReason, ProblemKind } from '../pipeline/types.ts'
import { linkReasons } from '../sources/check/reasons.ts'

/** Where the ids are documented by default: the README's `## Errors` section. */
export const defaultDocsUrl = 'README.md'

/** Few words saying what a link reason means (`not-found` → `not found`). */
export function describeReason(reason: LinkReason): string {
  return linkReasons[reason].words
}

/** URL of the documentation of a reason or problem id (`README.md#not-found`). */
export function toDocsUrl(id: LinkReason | ProblemKind, docsUrl: string): string {
  return `${docsUrl}#${id}`
}
