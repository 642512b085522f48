/**
 * Soft-404 detection: a page that answered 2xx but is not the cited page. Three general rules,
 * each with a stable name (see the project README, § Evidence):
 *
 * - `error-title`: the title or first `<h1>` is dominated by "not found" / "removed" / "error"
 *   (English, Turkish, French, German, Italian, Spanish, Portuguese, Dutch);
 * - `redirect-to-root`: a deep link was redirected to the site's root or a language root;
 * - `redirect-to-listing`: a deep article link was redirected to a generic listing page.
 */
import type { Page } from '../check/types.ts'
import type { PageHeadings } from './html.ts'
import { findRedirectSoft404 } from './soft-404-redirect.ts'
import { findErrorPhrase } from './soft-404-title.ts'

/** Stable names of the soft-404 rules. */
export type Soft404Rule = 'error-title' | 'redirect-to-root' | 'redirect-to-listing'

/** All soft-404 rules, in the order they are tried. */
export const soft404Rules: ReadonlyArray<Soft404Rule> = [
  'error-title',
  'redirect-to-root',
  'redirect-to-listing',
]

/** A soft-404 rule that fired. */
export interface Soft404 {
  /** Which rule fired. */
  rule: Soft404Rule
  /** One human sentence, "Unexpected …, expected …". */
  detail: string
}

/** Apply the `error-title` rule to the page's title and first heading. */
function checkErrorTitle(headings: Pick<PageHeadings, 'title' | 'h1'>): Soft404 | null {
  for (const [where, text] of [
    ['title', headings.title],
    ['main heading', headings.h1],
  ] as const) {
    if (text === null) continue
    const phrase = findErrorPhrase(text)
    if (phrase !== null) {
      return {
        rule: 'error-title',
        detail: `Unexpected error page (${where} "${text}"), expected the cited page`,
      }
    }
  }
  return null
}

/**
 * Detect a soft 404 on a 2xx page, given its headings (read with `readHeadings`).
 * Returns the first rule that fires, or `null`.
 */
export function detectSoft404(
  page: Pick<Page, 'checkedUrl' | 'finalUrl' | 'redirects'>,
  headings: Pick<PageHeadings, 'title' | 'h1'>,
): Soft404 | null {
  const byTitle = checkErrorTitle(headings)
  if (byTitle !== null) return byTitle
  if (page.redirects.length === 0) return null
  const requested = page.redirects[0]?.from ?? page.checkedUrl
  return findRedirectSoft404(requested, page.finalUrl)
}
