/**
 * The evidence room: what a link's page says beyond its status code — soft 404s, titles, text
 * fragments (the page inspector the checker calls), DOI handles, archived copies and
 * confirmed-dead history (`collectEvidence`, after checking). Documented in README § Evidence.
 */
export {
  type ArchivedCopy,
  buildCdxUrl,
  chooseSnapshot,
  findArchivedCopies,
  toWaybackTimestamp,
} from './archive.ts'
export {
  type ClaimCitation,
  citingClaims,
  listClaimCitations,
  supportKey,
} from './cited-claims.ts'
export { collectEvidence, type EvidenceContext } from './collect-evidence.ts'
export { buildHandleUrl, checkDoiHandles, type DoiHandle } from './doi.ts'
export { checkFragment } from './fragment.ts'
export {
  confirmDeadChecks,
  confirmDeadSpan,
  isConfirmedDead,
  type VerdictRecord,
} from './history.ts'
export { readHeadings } from './html.ts'
export {
  citedTitles,
  createInspector,
  emptyEvidence,
  type InspectorOptions,
  inspectPage,
} from './inspector.ts'
export {
  defaultEvidenceOptions,
  type EvidenceOptions,
  evidenceOptionTable,
  normalizeEvidenceOptions,
  sharedNetworkOptions,
} from './options.ts'
export { detectSoft404, type Soft404, type Soft404Rule, soft404Rules } from './soft-404.ts'
export {
  createPageScorer,
  createSupportCheck,
  type PageScorer,
  type PageScorerOptions,
  type PageSkipReason,
  type PageSupport,
  pageSkipReasons,
  type SupportCheckOptions,
  type SupportPage,
  type SupportStore,
} from './support-check.ts'
export { type SupportThread, startSupportThread } from './support-thread.ts'
export { parseTextDirective, splitFragment, type TextDirective } from './text-fragment.ts'
export { matchTitle, titleMismatchThreshold } from './title-match.ts'
export type * from './types.ts'
export { evidenceProblemKinds } from './types.ts'
export { findEvidenceProblems } from './warnings.ts'
