/**
 * Assemble each claim's support from the support check's results, which are kept by URL and
 * claim key (`PageSupport`): per link the claim cites, its page's result or why there is none
 * (the link is dead, cached, not text, …); per claim the best of them (`pickBestSupport`).
 * Pure: data in, data out. It never changes a status.
 */
import { listClaimCitations, supportKey } from '../sources/evidence/cited-claims.ts'
import { notChecked, pickBestSupport, type Support } from '../sources/evidence/support/index.ts'
import type { PageSupport } from '../sources/evidence/support-check.ts'
import type {
  AuditedClaim,
  ClaimSupport,
  LinkCheck,
  SourcedDocument,
  SupportReason,
  SupportSummary,
} from './types.ts'

/** The support one link gives a claim, or why it gives none. */
function supportOfLink(
  check: LinkCheck | undefined,
  page: PageSupport | undefined,
  key: string,
): { support: Support; reason: SupportReason | null } {
  const skip = (reason: SupportReason) => ({ support: notChecked(), reason })
  if (check === undefined) return skip('unverified')
  if (check.status !== 'live') return skip(check.status)
  if (check.cached) return skip('cached')
  if (page === undefined) return skip('not-read')
  if (page.skip !== null) return skip(page.skip)
  const support = page.claims.get(key)
  if (support === undefined) return skip('not-read')
  return support.level === 'not-checked' ? skip('no-text') : { support, reason: null }
}

/**
 * The support of every claim of a document, by claim id, from the checks (by URL) and the
 * support check's results (by URL).
 */
export function assembleSupport(
  document: Readonly<Pick<SourcedDocument, 'claims' | 'footnotes'>>,
  checks: ReadonlyMap<string, LinkCheck>,
  supports: ReadonlyMap<string, PageSupport>,
): Map<string, ClaimSupport> {
  const perClaim = new Map<
    string,
    Array<{ url: string; support: Support; reason: SupportReason | null }>
  >()
  for (const { claim, url, locator } of listClaimCitations(document)) {
    const found = supportOfLink(checks.get(url), supports.get(url), supportKey(claim.text, locator))
    const list = perClaim.get(claim.id) ?? []
    list.push({ url, ...found })
    perClaim.set(claim.id, list)
  }
  const result = new Map<string, ClaimSupport>()
  for (const claim of document.claims) {
    const links = perClaim.get(claim.id) ?? []
    const best = pickBestSupport(links.map((item) => item.support))
    // `pickBestSupport` keeps the first of equals: the first link with the same level, score and passage.
    const bestLink = links.find(
      ({ support }) =>
        support.level === best.level &&
        support.score === best.score &&
        support.passage === best.passage,
    )
    const checked = best.level !== 'not-checked'
    const { highlights, page, ...rest } = best
    result.set(claim.id, {
      ...rest,
      url: checked ? (bestLink?.url ?? null) : null,
      reason: checked ? null : (links[0]?.reason ?? 'no-link'),
      highlights,
      ...(page === undefined ? {} : { page }),
      links: links.map(({ url, support, reason }) => ({
        url,
        level: support.level,
        score: support.score,
        reason,
      })),
    })
  }
  return result
}

/** Count claims by support level (claims without a support are left out). */
export function summarizeSupport(claims: ReadonlyArray<AuditedClaim>): SupportSummary {
  const supports = claims.flatMap((claim) => (claim.support ? [claim.support] : []))
  const count = (level: ClaimSupport['level']) =>
    supports.filter((item) => item.level === level).length
  return {
    supported: count('supported'),
    partial: count('partial'),
    notFound: count('not-found'),
    notChecked: count('not-checked'),
    cached: supports.filter((item) => item.level === 'not-checked' && item.reason === 'cached')
      .length,
    numbersMissing: supports.filter(
      (item) => item.level !== 'not-checked' && item.numbersMissing.length > 0,
    ).length,
  }
}
