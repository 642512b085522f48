/**
 * The data block of the review page: what the script needs per claim (status, where, text,
 * footnotes, warnings), the repaired citations, and the counts per filter. Embedded as JSON
 * that cannot close its script element (see `toScriptJson`).
 */

import type { AuditedClaim } from '../../pipeline/types.ts'
import { findFootnote, type PageModel } from './model.ts'
import type { FilterCounts } from './toolbar.ts'
import type { Warning } from './warnings.ts'
import { describePlace } from './words.ts'

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
