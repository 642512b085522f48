/**
 * DOIs: recognise a bare (`10.4324/…`), `doi:`-prefixed or doi.org-URL DOI and turn it into the
 * `https://doi.org/<doi>` URL that gets checked.
 */

/** Hosts of the DOI resolver. */
const resolverHosts: ReadonlySet<string> = new Set(['doi.org', 'dx.doi.org', 'www.doi.org'])

/** A DOI: `10.`, a registrant code, `/`, a non-empty suffix. */
const doiPattern = /^10\.\d{4,9}\/\S+$/

/** Read the DOI of a bare or `doi:` text (`doi:10.1/x`, `10.1/x`), or `null`. */
export function readBareDoi(text: string): string | null {
  const doi = text.replace(/^doi:\s*/i, '')
  return doiPattern.test(doi) ? doi : null
}

/** Read the DOI of a doi.org URL, or `null` for any other URL. */
export function readDoiUrl(url: URL): string | null {
  if (!resolverHosts.has(url.hostname)) return null
  let path = url.pathname.slice(1)
  try {
    path = decodeURIComponent(path)
  } catch {
    // A malformed escape: keep the path as written.
  }
  return doiPattern.test(path) ? path : null
}

/** The URL to check for a DOI (`#` and `?` escaped: they belong to the DOI, not the URL). */
export function doiUrl(doi: string): string {
  return new URL(`https://doi.org/${doi.replace(/[#?]/g, encodeURIComponent)}`).href
}
