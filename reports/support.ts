/**
 * The support check in the reports: under each claim, the passage of its source that best
 * supports it (matched terms in bold), the level in words and the claim's numbers the source
 * does not contain; in the summary, one sentence of counts. Words are shared with the review
 * page (`describeSupport`). A hint for a reviewer, never a verdict on truth.
 */

import type { BlockContent, PhrasingContent, RootContent } from 'mdast'
import type {
  AuditSummary,
  ClaimSupport,
  SupportReason,
  SupportSummary,
} from '../pipeline/types.ts'
import { cleanInline } from './escape.ts'
import { link, paragraph, strong, text } from './nodes.ts'

/** Why a live link's page was not checked, in words (reasons of links without a live page are not shown). */
const skipWords: Partial<Record<SupportReason, string>> = {
  cached: 'the verdict came from the cache, so no page was read (`--no-cache` reads it)',
  'not-read': 'the page was not read (an accepted status, or a body that did not arrive)',
  'not-text': 'the page is neither HTML, plain text nor a PDF',
  'no-text': 'the page has no text to compare with',
  'pdf-too-large': 'the PDF is larger than the 5 MiB read for evidence',
  'pdf-encrypted': 'the PDF is encrypted',
  'pdf-corrupt': 'the PDF could not be read (corrupt or cut short)',
  'pdf-failed': 'the PDF could not be read',
}

/** What a claim's support says, in words. */
export interface SupportWords {
  /** Short label: `supported`, `partly supported`, `no supporting passage`, `not checked`. */
  title: string
  /** `score 0.82` (`score 0.82, page 3` for a PDF), or why nothing was checked. */
  detail: string
  /** Words before the source's address: `passage from` or `the closest passage, from`. */
  from: string
  /** Warning on the numbers, or `null` when every number was found. */
  numbers: string | null
}

/** Labels of the levels. */
const titles: Record<ClaimSupport['level'], string> = {
  supported: 'supported',
  partial: 'partly supported',
  'not-found': 'no supporting passage',
  'not-checked': 'not checked',
}

/**
 * Words for a claim's support, or `null` when there is nothing worth saying: not checked
 * because no cited link is live (the claim's status already says so).
 */
export function describeSupport(support: ClaimSupport): SupportWords | null {
  const title = titles[support.level]
  if (support.level === 'not-checked') {
    const reason = support.reason === null ? undefined : skipWords[support.reason]
    return reason === undefined ? null : { title, detail: reason, from: '', numbers: null }
  }
  const page = support.page === undefined ? '' : `, page ${support.page}`
  const missing = support.numbersMissing
  const numbers =
    missing.length === 0
      ? null
      : `Numbers of the claim the source does not contain: ${missing.join(', ')}${
          support.truncated ? ' (only the first part of the source was read; look further)' : ''
        }`
  return {
    title,
    detail: `score ${support.score.toFixed(2)}${page}`,
    from: support.level === 'not-found' ? 'the closest passage, from' : 'passage from',
    numbers,
  }
}

/** The passage with its highlighted ranges in bold; pieces cleaned as untrusted text. */
export function markPassage(
  support: Pick<ClaimSupport, 'passage' | 'highlights'>,
): Array<PhrasingContent> {
  const out: Array<PhrasingContent> = []
  let at = 0
  // `cleanInline` (not `untrusted`, which trims) keeps the spaces between the pieces.
  const piece = (from: number, to: number) => text(cleanInline(support.passage.slice(from, to)))
  for (const [start, end] of support.highlights) {
    if (start < at || end <= start || end > support.passage.length) continue
    if (start > at) out.push(piece(at, start))
    out.push(strong(piece(start, end)))
    at = end
  }
  if (at < support.passage.length) out.push(piece(at, support.passage.length))
  return out
}

/**
 * The blocks shown under a claim: `Support: **partly supported** (score 0.41) — passage from
 * <link>:`, the passage quoted with the matched terms in bold, and the numbers warning.
 */
export function renderClaimSupport(support: ClaimSupport | undefined): Array<BlockContent> {
  if (support === undefined) return []
  const words = describeSupport(support)
  // A cached verdict is said once, in the summary, rather than under every claim.
  if (words === null || support.reason === 'cached') return []
  const head: Array<PhrasingContent> = [text('Support: '), strong(text(words.title))]
  if (support.level === 'not-checked' || support.url === null) {
    head.push(text(` — ${words.detail}.`))
    return [paragraph(...head)]
  }
  const blocks: Array<BlockContent> = []
  if (support.passage === '') {
    head.push(text(' — no passage of '), link(support.url, true), text(' shares its terms.'))
    blocks.push(paragraph(...head))
  } else {
    head.push(text(` (${words.detail}) — ${words.from} `), link(support.url, true), text(':'))
    blocks.push(paragraph(...head), {
      type: 'blockquote',
      children: [paragraph(text('“'), ...markPassage(support), text('”'))],
    })
  }
  if (words.numbers !== null) blocks.push(paragraph(text(`⚠️ ${words.numbers}.`)))
  return blocks
}

/** `1 claim` or `3 claims`. */
function claims(count: number): string {
  return `${count} ${count === 1 ? 'claim' : 'claims'}`
}

/** The summary sentence of the support check, e.g. "43 claims with a supporting passage, …". */
export function describeSupportSummary(summary: SupportSummary): string {
  const parts = [
    `${claims(summary.supported)} with a supporting passage`,
    `${summary.partial} partly supported`,
    `${summary.notFound} with no supporting passage found`,
  ]
  const numbers = `${claims(summary.numbersMissing)} with numbers the source does not contain`
  const cached =
    summary.cached === 0
      ? ''
      : `; ${summary.cached} of them because their verdicts came from the cache (\`--no-cache\` reads the pages)`
  return `${parts.join(', ')}; ${numbers}; ${summary.notChecked} not checked (no live page read${cached}).`
}

/** The support sentence of the summary, or nothing when the check did not run. */
export function renderSupportSummary(summary: AuditSummary): Array<RootContent> {
  if (summary.support === undefined) return []
  return [
    paragraph(
      strong(text('Support:')),
      text(` ${describeSupportSummary(summary.support)} A hint for a reviewer, not a verdict.`),
    ),
  ]
}
