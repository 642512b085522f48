/**
 * Stage contracts of the citecheck pipeline.
 *
 * Every stage is data in, data out:
 *
 * ```
 * paper bytes --annotate--> AnnotatedDocument --extractSources--> SourcedFootnote[]
 *   --collectLinks--> Link[] --checkLinks--> LinkCheck[] --assembleAudit--> AuditResult
 *   --renderMarkdown / renderJson / renderAnnotated--> text
 * ```
 *
 * Only `pipeline/run.ts` reads files and only `pipeline/cli.ts` writes to stdout or stderr.
 * All types here are plain JSON-serialisable data (no Maps, no class instances), so the
 * JSON report is a straight projection of them.
 */

/* ------------------------------------------------------------------------------------------ */
/* Provenance                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/**
 * Where something sits in the paper. For text and Markdown, `line` and `column` are 1-based
 * positions in the source file. For a PDF, `page` is the 1-based page number and `line` the
 * 1-based line on that page (`column` is then 1).
 */
export interface Place {
  /** 1-based line (in the file, or on the page for a PDF). */
  line: number
  /** 1-based column (1 for PDF places). */
  column: number
  /** 1-based page number; present only for PDF input. */
  page?: number
}

/* ------------------------------------------------------------------------------------------ */
/* Annotations (issue: annotate a paper)                                                      */
/* ------------------------------------------------------------------------------------------ */

/** Identifier of a footnote: its number for numbered notes, otherwise its (normalised) label. */
export type FootnoteId = number | string

/** Input formats the annotations stage understands. */
export type DocumentFormat = 'text' | 'markdown' | 'pdf'

/** Which footnote convention the paper uses. */
export type FootnoteConvention =
  /** PDF-converted text: Unicode superscript markers, definitions start with the superscript. */
  | 'superscript'
  /** Markdown footnotes: `[^label]` and `[^label]: text`. */
  | 'markdown'
  /** Word-processor endnotes: `[12]` in the body, a notes section after a rule. */
  | 'endnote'
  /** No footnotes were found. */
  | 'none'

/** What the paper is. */
export interface DocumentInfo {
  /** Path of the paper as given by the user. */
  path: string
  /** Title of the paper, when one could be recognised. */
  title: string | null
  /** Input format. */
  format: DocumentFormat
  /** Footnote convention detected. */
  convention: FootnoteConvention
  /** Publication date when the front matter gives one (`2025-04`, ISO prefix), else absent. */
  date?: string
}

/** A section heading of the body. */
export interface Section {
  /** Heading text, cleaned of Markdown emphasis and numbering punctuation kept as written. */
  title: string
  /** Where the heading is. */
  place: Place
}

/** A footnote (or endnote) of the paper, with its complete text. */
export interface Footnote {
  /** Number for numbered notes, label otherwise. */
  id: FootnoteId
  /** The marker as displayed (`'22'`, `'note-a'`). */
  label: string
  /** Full text of the note, continuations joined with a space, Markdown kept as written. */
  text: string
  /** Where the note's definition starts. */
  place: Place
  /** Ids of the claims that cite this note, in document order. */
  claims: Array<string>
}

/** A sentence of body text that carries at least one footnote marker. */
export interface Claim {
  /** Stable id: `c1`, `c2`, … in document order. */
  id: string
  /** Title of the section the claim is in, or `null` before the first section. */
  section: string | null
  /** The sentence, markers removed, whitespace collapsed. */
  text: string
  /** Footnotes the claim cites, in the order of their markers. */
  footnotes: Array<FootnoteId>
  /** 0-based index of the body paragraph the claim is in. */
  paragraph: number
  /** 0-based character offset of the sentence in its (joined) paragraph text. */
  offset: number
  /** Where the sentence starts. */
  place: Place
}

/** Severity of a problem. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * Stable ids of the problems any stage can report. Messages may change; ids do not.
 * Each is documented in README.md § Errors.
 */
export type ProblemKind =
  // annotations
  | 'no-footnotes'
  | 'empty-footnote'
  | 'unused-footnote'
  | 'missing-footnote'
  | 'duplicate-footnote'
  | 'footnote-out-of-order'
  // sources
  | 'unresolved-back-reference'
  | 'malformed-url'
  | 'repaired-url'
  | 'unsupported-url'
  | 'outlet-mismatch'
  | 'no-source'
  // checking
  | 'network-unavailable'
  | 'permanent-redirect'
  | 'title-mismatch'
  | 'fragment-missing'
  | 'cache-corrupt'

/** Something worth telling the user about the paper, its sources or the run. Never thrown. */
export interface Problem {
  /** Stable id. */
  kind: ProblemKind
  /** How bad it is. */
  severity: Severity
  /** Human message, "Unexpected …, expected …" where it fits. */
  message: string
  /** Footnote concerned, if any. */
  footnote?: FootnoteId
  /** Claim concerned, if any. */
  claim?: string
  /** URL concerned, if any. */
  url?: string
  /** Where in the paper, if known. */
  place?: Place
}

/** A footnote marker inside a body paragraph. */
export interface Marker {
  /** Footnote the marker points to. */
  footnote: FootnoteId
  /** 0-based offset in the paragraph's `text` (markers removed) right after which the marker stood. */
  offset: number
}

/** A paragraph of body text (title page, contents and footnote blocks excluded). */
export interface Paragraph {
  /** 0-based index, as used by `Claim.paragraph`. */
  index: number
  /** Title of the section it is in, or `null`. */
  section: string | null
  /** Text with markers removed; pieces split by a page break are joined. */
  text: string
  /** Markers in order. */
  markers: Array<Marker>
  /** Where the paragraph starts. */
  place: Place
}

/** Output of the annotations stage: the paper as claims linked to footnotes. */
export interface AnnotatedDocument {
  /** What the paper is. */
  document: DocumentInfo
  /** Body sections in order. */
  sections: Array<Section>
  /** Body paragraphs in order (used to re-emit the annotated paper). */
  paragraphs: Array<Paragraph>
  /** All footnotes in order of definition (numbered ones sorted by number). */
  footnotes: Array<Footnote>
  /** All claims in document order. */
  claims: Array<Claim>
  /** Problems found while annotating. */
  problems: Array<Problem>
}

/* ------------------------------------------------------------------------------------------ */
/* Sources (issue: extract every footnote's sources)                                          */
/* ------------------------------------------------------------------------------------------ */

/** What kind of citation a footnote is. */
export type FootnoteKind = 'web' | 'doi' | 'print' | 'back-reference' | 'empty'

/** One cited source: a URL (possibly repaired) or a DOI turned into a doi.org URL. */
export interface Source {
  /** Absolute URL to check, WHATWG-serialised (`new URL(x).href`). */
  url: string
  /** `url` for a link, `doi` for a DOI (bare, `doi:` or inside a doi.org URL). */
  kind: 'url' | 'doi'
  /** The DOI, lower-cased prefix kept as written, when `kind` is `doi`. */
  doi?: string
  /** The text exactly as written in the footnote. */
  raw: string
  /** When the URL had to be repaired (`See://…`, `htps://`, `www.…`), the text before repair. */
  repairedFrom?: string
  /** `false` for schemes we never fetch (mailto:, ftp:, file:); such sources are `excluded`. */
  supported: boolean
  /** Footnote whose own text holds this source (differs from the owner for back-references). */
  from: FootnoteId
}

/** What the citation says, as far as it could be read. Fields are `null` when absent. */
export interface Citation {
  /** Authors as written, split on `,`/`and`/`&`, `et al.` dropped. */
  authors: Array<string>
  /** Title (quoted or italic). */
  title: string | null
  /** Outlet / publisher / journal. */
  outlet: string | null
  /** Date as written. */
  date: string | null
  /** Page or other locator (`p.5`, `pp. 10-12`). */
  locator: string | null
}

/** A footnote with what it cites. */
export interface SourcedFootnote extends Footnote {
  /** Kind of citation. */
  kind: FootnoteKind
  /** Effective sources: its own, or for a back-reference those of the note it points to. */
  sources: Array<Source>
  /** For a back-reference, the footnote it points to (resolved); `null` otherwise. */
  refersTo: FootnoteId | null
  /** What the citation says. */
  citation: Citation
}

/** Output of the sources stage. */
export interface SourcedDocument extends Omit<AnnotatedDocument, 'footnotes'> {
  /** Footnotes with their sources; same order as the annotated document. */
  footnotes: Array<SourcedFootnote>
}

/* ------------------------------------------------------------------------------------------ */
/* Checking (issue: check every cited URL)                                                    */
/* ------------------------------------------------------------------------------------------ */

/** Verdict on one link. */
export type LinkStatus = 'live' | 'dead' | 'unverified' | 'excluded'

/**
 * Why a link got its verdict. Stable ids, documented in README.md § Errors.
 *
 * - live: `ok`
 * - dead: `not-found` (404), `gone` (410), `client-error` (other definitive 4xx),
 *   `redirect-loop` (loop or too many hops), `domain-not-found` (NXDOMAIN while the network
 *   works), `soft-404`
 * - unverified: `access-restricted` (401/403/451), `rate-limited` (429 after retries or
 *   Retry-After beyond the cap), `server-error` (5xx after retries), `timeout`, `tls`,
 *   `connection-refused`, `connection-reset`, `network` (the network looks unavailable),
 *   `http-error` (anything else), `interrupted` (run stopped before the link was checked)
 * - excluded: `private-address`, `excluded-pattern`, `unsupported-scheme`, `invalid-url`
 */
export type LinkReason =
  | 'ok'
  | 'not-found'
  | 'gone'
  | 'client-error'
  | 'redirect-loop'
  | 'domain-not-found'
  | 'soft-404'
  | 'access-restricted'
  | 'rate-limited'
  | 'server-error'
  | 'timeout'
  | 'tls'
  | 'connection-refused'
  | 'connection-reset'
  | 'network'
  | 'http-error'
  | 'interrupted'
  | 'private-address'
  | 'excluded-pattern'
  | 'unsupported-scheme'
  | 'invalid-url'

/** One hop of a redirect chain. */
export interface Redirect {
  /** URL that answered with a redirect. */
  from: string
  /** Absolute URL it pointed to. */
  to: string
  /** HTTP status of the redirect (301, 302, 303, 307, 308). */
  status: number
  /** `true` for 301 and 308: the citation should be updated. */
  permanent: boolean
}

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

/** Result of checking one distinct URL. */
export interface LinkCheck {
  /** URL as extracted (before remapping). */
  url: string
  /** URL actually requested (after `--remap`). */
  checkedUrl: string
  /** Verdict. */
  status: LinkStatus
  /** Stable reason id. */
  reason: LinkReason
  /** One human sentence on what happened (error code, Retry-After, …). */
  detail: string
  /** Last HTTP status received, or `null` when none was. */
  httpStatus: number | null
  /** URL of the last response, or `null` when none was received. */
  finalUrl: string | null
  /** Redirects followed, in order. */
  redirects: Array<Redirect>
  /** Page `<title>` when the body was read. */
  title: string | null
  /** Requests made for this URL (1 + retries + redirect hops are not counted as attempts). */
  attempts: number
  /** Wall time spent on this URL in milliseconds (omitted from reports unless asked). */
  durationMs: number
  /** `true` when the verdict came from the cache and no request was made. */
  cached: boolean
  /** Further evidence, when the evidence stage ran. */
  evidence?: Evidence
}

/* ------------------------------------------------------------------------------------------ */
/* Audit result (input of the reports stage)                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Rolled-up status of a footnote or a claim. Order of severity: dead > missing > unverified > live. */
export type SourceStatus = 'live' | 'dead' | 'missing' | 'unverified'

/** A link with the footnotes that cite it. */
export interface LinkResult extends LinkCheck {
  /** Footnotes citing this URL (directly or through a back-reference), ascending. */
  footnotes: Array<FootnoteId>
}

/** A footnote in the audit, with its rolled-up status. */
export interface AuditedFootnote extends SourcedFootnote {
  /** `live` if any link is live, `dead` if all are dead, `missing` if it has none, else `unverified`. */
  status: SourceStatus
}

/** A claim in the audit, with its rolled-up status. */
export interface AuditedClaim extends Claim {
  /** Worst status of its footnotes (`missing` when a cited footnote does not exist). */
  status: SourceStatus
}

/** Counts for the summary table. */
export interface AuditSummary {
  claims: Record<SourceStatus, number> & { total: number }
  footnotes: Record<SourceStatus, number> & { total: number }
  links: Record<LinkStatus, number> & { total: number }
  /** Share of claims whose sources are all live, in [0, 1] (0 when there are no claims). */
  claimsAllLive: number
}

/** Everything the reports stage needs. */
export interface AuditResult {
  /** Version of this JSON shape; bump on breaking changes. */
  schemaVersion: 1
  /** Tool name and version. */
  tool: { name: 'citecheck'; version: string }
  /** What the paper is. */
  document: DocumentInfo
  /** Options that change verdicts (concurrency, timeout, retries, remaps, excludes, …). */
  options: Record<string, unknown>
  /** `false` when the network looked unavailable: verdicts are then `unverified (network)`. */
  network: { available: boolean }
  /** `true` when the run was interrupted before every link was checked. */
  incomplete: boolean
  sections: Array<Section>
  /** Body paragraphs (not written to the JSON report; used for the annotated paper). */
  paragraphs: Array<Paragraph>
  claims: Array<AuditedClaim>
  footnotes: Array<AuditedFootnote>
  /** Distinct links, sorted by URL. */
  links: Array<LinkResult>
  /** Every problem of every stage, in document order. */
  problems: Array<Problem>
  summary: AuditSummary
  /** ISO timestamps, only with `--timestamps`. */
  timestamps?: { started: string; finished: string }
}
