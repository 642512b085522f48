/**
 * The data block of the review page: what the script needs per claim (status, where, text,
 * footnotes, warnings), the repaired citations, and the counts per filter. Embedded as JSON
 * that cannot close its script element (see `toScriptJson`).
 */

import type { AuditedClaim, ClaimSupport } from '../../pipeline/types.ts'
import { describeSupport } from '../support.ts'
import type { Warning } from '../warnings.ts'
import { describePlace } from '../words.ts'
import { findFootnote, type PageModel } from './model.ts'
import type { FilterCounts } from './toolbar.ts'

/** A warning as the script shows it. */
export interface WarningData {
  /** Stable id. */
  kind: Warning['kind']
  /** Short name. */
  title: string
  /** Words. */
  words: string
  /** Label of the footnote it concerns, or `null`. */
  footnote: string | null
  /** New address for a permanent redirect, or `null`. */
  target: string | null
}

/** A claim's support as the script shows it (words from `describeSupport`). */
export interface SupportData {
  /** Level. */
  level: ClaimSupport['level']
  /** Short label (`partly supported`). */
  title: string
  /** `score 0.41, page 3`, or why nothing was checked. */
  detail: string
  /** Words before the source's address (`passage from`). */
  from: string
  /** The page the passage is from, or `null`. */
  url: string | null
  /** The passage (`''` when none). */
  passage: string
  /** Ranges of the matched terms in `passage`. */
  highlights: Array<[number, number]>
  /** Warning on the claim's numbers the source does not contain, or `null`. */
  numbers: string | null
}

/** The support shown for a claim, or `null` when there is nothing worth showing. */
function toSupportData(support: ClaimSupport | undefined): SupportData | null {
  const words = support ? describeSupport(support) : null
  if (!support || !words) return null
  return {
    level: support.level,
    ...words,
    url: support.url,
    passage: support.passage,
    highlights: support.highlights,
  }
}

/** A claim as the script shows it. */
export interface ClaimData {
  /** Claim id (`c17`). */
  id: string
  /** Rolled-up status. */
  status: AuditedClaim['status']
  /** Section and place, for people (`Introduction · line 43`). */
  where: string
  /** The sentence. */
  text: string
  /** The footnotes it cites: label and position in the footnote cards (`null`: none such). */
  footnotes: Array<{ label: string; position: number | null }>
  /** Warnings at the claim. */
  warnings: Array<WarningData>
  /** Its support, or `null` (not checked for want of a live page, or the check did not run). */
  support: SupportData | null
}

/** Everything the script reads. */
export interface PageData {
  /** Claims in document order (their position is `data-claim`). */
  claims: Array<ClaimData>
  /** Repaired citations (position is `data-repair`). */
  repairs: Array<string>
  /** Claims per filter. */
  counts: FilterCounts
}

/** Label of a footnote id (its label when the paper defines it). */
function labelOf(model: PageModel, id: AuditedClaim['footnotes'][number]): string {
  const position = findFootnote(model, id)
  const footnote = position === null ? undefined : model.context.result.footnotes[position]
  return footnote?.label ?? String(id)
}

/** Build the data block. */
export function buildPageData(model: PageModel): PageData {
  const { claims } = model.context.result
  const data: Array<ClaimData> = claims.map((claim, index) => ({
    id: claim.id,
    status: claim.status,
    where:
      claim.section === null
        ? describePlace(claim.place)
        : `${claim.section} · ${describePlace(claim.place)}`,
    text: claim.text,
    footnotes: claim.footnotes.map((id) => ({
      label: labelOf(model, id),
      position: findFootnote(model, id),
    })),
    warnings: (model.claimWarnings[index] ?? []).map((warning) => ({
      kind: warning.kind,
      title: warning.title,
      words: warning.words,
      footnote: warning.footnote === null ? null : labelOf(model, warning.footnote),
      target: warning.target,
    })),
    support: toSupportData(claim.support),
  }))
  const count = (test: (claim: ClaimData) => boolean) => data.filter(test).length
  return {
    claims: data,
    repairs: model.repairs,
    counts: {
      all: data.length,
      dead: count((claim) => claim.status === 'dead'),
      missing: count((claim) => claim.status === 'missing'),
      unverified: count((claim) => claim.status === 'unverified'),
      warnings: count((claim) => claim.warnings.length > 0),
    },
  }
}
