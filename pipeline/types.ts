/**
 * The shared contracts of the citecheck pipeline: the one module every stage may import from
 * `pipeline/`. Each stage owns the types it produces; this module re-exports them and owns the
 * audit result, which the pipeline assembles and the reports render:
 *
 * ```
 * paper bytes --annotate--> AnnotatedDocument --extractSources--> SourcedDocument
 *   --collectLinks--> CollectedLink[] --checkLinks--> CheckRun --collectEvidence--> LinkCheck[]
 *   --assembleAudit--> AuditResult --renderMarkdown / renderJson / renderAnnotated--> text
 * ```
 *
 * All types here are plain JSON-serialisable data (no Maps, no class instances), so the JSON
 * report is a straight projection of them.
 */
import type {
  AnnotationProblemKind,
  Claim,
  DocumentInfo,
  FootnoteId,
  Paragraph,
  Problem,
  Section,
} from '../annotations/types.ts'
import type { CheckProblemKind, LinkCheck, LinkStatus } from '../sources/check/types.ts'
import type { SupportLevel } from '../sources/evidence/support/index.ts'
import type { PageSkipReason } from '../sources/evidence/support-check.ts'
import type { EvidenceProblemKind } from '../sources/evidence/types.ts'
import type { SourcedFootnote, SourceProblemKind } from '../sources/extract/types.ts'

export type * from '../annotations/types.ts'
export type * from '../sources/check/types.ts'
export type * from '../sources/evidence/types.ts'
export type * from '../sources/extract/types.ts'

/** Stable id of any problem of any stage; documented in README.md § Errors. */
export type ProblemKind =
  | AnnotationProblemKind
  | SourceProblemKind
  | CheckProblemKind
  | EvidenceProblemKind

/** A problem of any stage, as the audit result holds it. */
export type AuditProblem = Problem<ProblemKind>

/** Rolled-up status of a footnote or a claim. Order of severity: dead > missing > unverified > live. */
export type SourceStatus = 'live' | 'dead' | 'missing' | 'unverified'

/** A link with the footnotes that cite it. */
export interface LinkResult extends LinkCheck {
  /** Footnotes citing this URL (directly or through a back-reference), ascending. */
  footnotes: Array<FootnoteId>
}

/**
 * Why a source is missing, from the most broken to a legitimate citation with nothing to check
 * (the order the report lists them in): a marker without a footnote, an empty footnote, a
 * back-reference that could not be resolved, and `no-source` — a print-only citation (or a
 * back-reference to one). Each id is documented in README.md § Errors.
 */
export const missingCauses = [
  'missing-footnote',
  'empty-footnote',
  'unresolved-back-reference',
  'no-source',
] as const

/** Why a source is missing (see `missingCauses`). */
export type MissingCause = (typeof missingCauses)[number]

/** A footnote in the audit, with its rolled-up status. */
export interface AuditedFootnote extends SourcedFootnote {
  /** `live` if any link is live, `dead` if all are dead, `missing` if it has none, else `unverified`. */
  status: SourceStatus
  /**
   * Why it has no link when `status` is `missing` (`empty-footnote`, `unresolved-back-reference`
   * or `no-source`, a print-only citation; a back-reference takes its target's cause); `null`
   * otherwise.
   */
  missingCause: MissingCause | null
}

/**
 * Why a claim's support (or one link's) was not checked: the page's own reason
 * (`PageSkipReason`: not text, no text, a PDF too large, encrypted, corrupt or unreadable), or
 * `no-link` (no footnote with a link), `dead`, `unverified`, `excluded` (no live page),
 * `cached` (a cached verdict: no page was read), `not-read` (live, but the page was not handed
 * over: an accepted status, or a body that could not be read).
 */
export type SupportReason =
  | PageSkipReason
  | 'no-link'
  | 'dead'
  | 'unverified'
  | 'excluded'
  | 'cached'
  | 'not-read'

/** How one link a claim cites supports it. */
export interface LinkSupport {
  /** The link, as extracted. */
  url: string
  /** Level on this link's page. */
  level: SupportLevel
  /** Coverage of its best passage, in [0, 1]. */
  score: number
  /** Why it was not checked, or `null` when it was. */
  reason: SupportReason | null
}

/**
 * Does a claim's source say what the claim says? The best of its links (highest level, then
 * score). A hint for a reviewer, never a verdict on truth. Documented in README § Support.
 */
export interface ClaimSupport {
  /** `supported`, `partial`, `not-found` or `not-checked`. */
  level: SupportLevel
  /** Coverage of the best passage: the share of the claim's weighted terms it holds, in [0, 1]. */
  score: number
  /** The link whose page holds `passage`, or `null` when not checked. */
  url: string | null
  /** Why it was not checked (that of its first link), or `null` when it was. */
  reason: SupportReason | null
  /** The best passage, at most 300 characters (`''` when none). */
  passage: string
  /** `[start, end)` ranges of the claim's matched terms in `passage`. */
  highlights: Array<[number, number]>
  /** PDF page of the passage, when the source is a PDF. */
  page?: number
  /** The claim's numbers some checked source contains (normalised: `106%`, `37 billion`). */
  numbersFound: Array<string>
  /** The claim's numbers no checked source contains, in any spelling. */
  numbersMissing: Array<string>
  /** The best source's text was cut at a cap: a "missing" number may be in the unread part. */
  truncated: boolean
  /** Each link the claim cites (through its footnotes), in their order. */
  links: Array<LinkSupport>
}

/** A claim in the audit, with its rolled-up status. */
export interface AuditedClaim extends Claim {
  /** Worst status of its footnotes (`missing` when a cited footnote does not exist). */
  status: SourceStatus
  /** Support of the claim by its sources; absent when the support check did not run. */
  support?: ClaimSupport
  /**
   * When `status` is `missing`, the worst cause among its footnotes (`missing-footnote` for a
   * marker without a footnote), in the order of `missingCauses`; `null` otherwise.
   */
  missingCause: MissingCause | null
}

/** Claims by support level, when the support check ran. */
export interface SupportSummary {
  /** Claims with a supporting passage. */
  supported: number
  /** Claims with a partly matching passage. */
  partial: number
  /** Claims whose checked sources hold no matching passage. */
  notFound: number
  /** Claims with no source checked (no live page, or no text). */
  notChecked: number
  /** Of those, claims not checked because their live verdicts came from the cache (no page read). */
  cached: number
  /** Claims (checked) with at least one number no checked source contains. */
  numbersMissing: number
}

/** Counts for the summary table. */
export interface AuditSummary {
  /** Claims by rolled-up status. */
  claims: Record<SourceStatus, number> & { total: number }
  /** Footnotes by rolled-up status. */
  footnotes: Record<SourceStatus, number> & { total: number }
  /** Distinct links by verdict. */
  links: Record<LinkStatus, number> & { total: number }
  /** Share of claims whose sources are all live, in [0, 1] (0 when there are no claims). */
  claimsAllLive: number
  /** Claims by support level; absent when the support check did not run. */
  support?: SupportSummary
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
  /** Distinct links, sorted by URL (the order `collectLinks` gives; never re-sorted). */
  links: Array<LinkResult>
  /** Every problem of every stage, in document order. */
  problems: Array<AuditProblem>
  summary: AuditSummary
  /** ISO timestamps, only with `--timestamps`. */
  timestamps?: { started: string; finished: string }
}

/** One paper of a run over several papers: its audit, or why it could not be read. */
export type PaperAudit =
  | {
      /** The paper's path as given (`-` for stdin). */
      path: string
      /** Its audit. */
      result: AuditResult
    }
  | {
      /** The paper's path as given. */
      path: string
      /** Why it could not be read: an input error's stable code and its one-line message. */
      error: { code: string; message: string }
    }

/**
 * A run over several papers: every distinct URL of every paper checked once, with one
 * politeness budget per host and one cache; each paper assembled from the shared verdicts.
 */
export interface AuditRun {
  /** Each paper named, in the order given (directories and globs expanded, sorted). */
  papers: Array<PaperAudit>
  /** `false` when the network looked unavailable. */
  network: { available: boolean }
  /** `true` when the run was interrupted before every link was checked. */
  incomplete: boolean
}
