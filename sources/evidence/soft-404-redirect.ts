/**
 * The redirect soft-404 rules: a deep link whose redirects end at the site's root
 * (`redirect-to-root`) or at a generic listing page (`redirect-to-listing`).
 */

/** Path segments that are a language or locale (`en`, `tr`, `en-us`, `pt_BR`). */
const languageSegment = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i

/** Last segments that name an index document rather than content (`index.html`, `default.aspx`). */
const indexSegment = /^(?:index|default|home)(?:\.[a-z]+)?$/i

/** Query parameters that do not change which page is shown (tracking, language). */
const neutralParameter = /^(?:utm_\w+|ref|referrer|source|from|lang|hl|locale|fbclid|gclid)$/i

/** Sections that list articles rather than being one (last or only content segment). */
export const listingSegments: ReadonlySet<string> = new Set([
  'news',
  'blog',
  'blogs',
  'articles',
  'article',
  'posts',
  'stories',
  'latest',
  'archive',
  'archives',
  'search',
  'press',
  'press-releases',
  'media',
  'media-center',
  'publications',
  'insights',
  'analysis',
  'opinion',
  'topics',
  'sections',
  'categories',
  'tags',
  'home',
  'index',
  '404',
  'not-found',
  'error',
])

/** First segments under which any path is a listing (`/category/world`, `/tag/nato`). */
const listingPrefixes: ReadonlySet<string> = new Set([
  'category',
  'categories',
  'tag',
  'tags',
  'topic',
  'topics',
  'section',
  'search',
  'author',
])

/** Query parameters that make a page a search or listing (`?s=`, `?q=`, `?query=`). */
const searchParameter = /^(?:s|q|query|search|keyword|keywords|k)$/i

/** Path segments of a URL that carry content: language codes and index documents removed. */
export function contentSegments(url: URL): Array<string> {
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  return segments.filter(
    (segment, index) =>
      !(index === 0 && languageSegment.test(segment)) &&
      !(index === segments.length - 1 && indexSegment.test(segment)),
  )
}

/** Parse a URL, or `null`. */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text)
  } catch {
    return null
  }
}

/** Whether the query string only holds parameters that do not select content. */
function hasNeutralQuery(url: URL): boolean {
  return [...url.searchParams.keys()].every((name) => neutralParameter.test(name))
}

/** Whether a URL is a site root or a language root (`/`, `/en/`, `/tr/index.html`). */
export function isRootUrl(url: URL): boolean {
  return contentSegments(url).length === 0 && hasNeutralQuery(url)
}

/** Whether a URL is a generic listing: `/news`, `/blog/`, `/category/x`, `/?s=x`, `/search`. */
export function isListingUrl(url: URL): boolean {
  if ([...url.searchParams.keys()].some((name) => searchParameter.test(name))) return true
  const segments = contentSegments(url).map((segment) => segment.toLowerCase())
  const [first] = segments
  if (first !== undefined && listingPrefixes.has(first)) return true
  const last = segments.at(-1)
  return segments.length <= 2 && last !== undefined && listingSegments.has(last)
}

/**
 * Whether `original` is a deep article link compared with where it ended: it has at least one
 * content segment, and either more of them than `final` or a last segment that reads like an
 * article (a slug with a hyphen, a number, or a file name), and is not a listing itself.
 */
export function isDeepLink(original: URL, final?: URL): boolean {
  const segments = contentSegments(original)
  const last = segments.at(-1)
  if (last === undefined || isListingUrl(original)) return false
  if (final === undefined) return true
  if (segments.length > contentSegments(final).length) return true
  return /[-_.\d]/.test(last)
}

/** A redirect rule that fired, with a human sentence. */
export interface RedirectFinding {
  /** `redirect-to-root` or `redirect-to-listing`. */
  rule: 'redirect-to-root' | 'redirect-to-listing'
  /** What happened, for the link's `detail`. */
  detail: string
}

/**
 * Apply the redirect rules to a link that was redirected from `requested` to `final`.
 * Returns `null` when there was no redirect or neither rule fires.
 */
export function findRedirectSoft404(requested: string, final: string): RedirectFinding | null {
  const from = parseUrl(requested)
  const to = parseUrl(final)
  if (from === null || to === null || from.href === to.href) return null
  if (isRootUrl(to) && isDeepLink(from)) {
    return {
      rule: 'redirect-to-root',
      detail: `Unexpected redirect of a deep link to the site root ${to.href}, expected the cited page`,
    }
  }
  if (isListingUrl(to) && isDeepLink(from, to)) {
    return {
      rule: 'redirect-to-listing',
      detail: `Unexpected redirect of a deep link to the listing page ${to.href}, expected the cited page`,
    }
  }
  return null
}
