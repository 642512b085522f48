/**
 * The pages a footnote's locator names: `p. 180`, `pp. 12-14`, `S. 4` (German), `s. 45`
 * (Turkish), `pág. 7`, `page 3`. Ranges are capped at 50 pages.
 */

/** Widest page range a locator may name. */
const maxRange = 50

/** A page locator. */
const locatorPattern =
  /(?:^|[^\p{L}])(?:pp?|ss?|pág|págs|pag|page|pages|seite|seiten|sayfa|sf)\.?\s*(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?/iu

/** Pages named by a locator, or an empty set. */
export function readLocatorPages(locator: string | null | undefined): Set<number> {
  const pages = new Set<number>()
  if (!locator) return pages
  const match = locatorPattern.exec(locator)
  if (!match) return pages
  const first = Number(match[1])
  const last = match[2] === undefined ? first : Number(match[2])
  if (last < first || last - first > maxRange) pages.add(first)
  else for (let page = first; page <= last; page++) pages.add(page)
  return pages
}
