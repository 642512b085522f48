/**
 * Contracts of the evidence room of the sources stage: what a link's page says beyond its
 * status code, and the warnings that leads to.
 */
import type { Problem } from '../../annotations/types.ts'

/** Stable ids of the warnings evidence leads to. */
export const evidenceProblemKinds = ['title-mismatch', 'fragment-missing'] as const

/** A problem id of the evidence room. */
export type EvidenceProblemKind = (typeof evidenceProblemKinds)[number]

/** A warning the evidence room reports. */
export type EvidenceProblem = Problem<EvidenceProblemKind>

/** Evidence read from the page beyond its status code (filled by the evidence stage). */
export interface Evidence {
  /** Page `<title>` (or `og:title`), cleaned and shortened. */
  title: string | null
  /** Which soft-404 rule fired, if any. */
  soft404Rule: string | null
  /** Similarity of the page title to the cited title in [0, 1], or `null` if not compared. */
  titleMatch: number | null
  /** Whether a `#:~:text=` or `#id` fragment was found; `null` if the URL has none. */
  fragmentFound: boolean | null
  /** DOI existence per the handle API, when the source is a DOI. */
  doi: { doi: string; exists: boolean | null } | null
  /** Closest archived copy, when asked for and found. */
  archive: { url: string; timestamp: string } | null
  /**
   * For a dead link with a verdict history: `true` when dead on at least 3 checks at least 3 days
   * apart (confirmed), `false` when newly dead; `null` when not dead or unknown.
   */
  confirmedDead: boolean | null
}

/** A claim citing a link, as the support check needs it. */
export interface CitingClaim {
  /** Key of the claim's sentence and locator (`supportKey`), under which its support is kept. */
  key: string
  /** The sentence as words to match (Markdown syntax and URLs removed). */
  text: string
  /** Page locator of the citing footnote (`p. 180`), or `null`. */
  locator: string | null
}

/** What the paper says about one link: the titles its citing footnotes quote, the claims citing it. */
export interface LinkContext {
  /** Titles quoted by the footnotes citing the link (may be empty). */
  titles: ReadonlyArray<string>
  /** Claims citing the link, for the support check (absent or empty: no support check). */
  claims?: ReadonlyArray<CitingClaim>
}
