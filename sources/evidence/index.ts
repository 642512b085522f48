/**
 * Evidence beyond the status code: soft 404s, what the page is, text fragments, DOI handles,
 * archived copies and confirmed-dead history. Documented in the project README, § Evidence.
 */
export {
  type ArchivedCopy,
  type ArchiveOptions,
  defaultArchiveConcurrency,
  defaultCdxEndpoint,
  findArchivedCopies,
  toWaybackTimestamp,
} from './archive.ts'
export {
  checkDoiHandles,
  type DoiHandle,
  type DoiOptions,
  defaultDoiBaseUrl,
  defaultDoiConcurrency,
} from './doi.ts'
export { checkFragment } from './fragment.ts'
export {
  confirmDeadChecks,
  confirmDeadSpan,
  isConfirmedDead,
  type VerdictRecord,
} from './history.ts'
export { readHeadings } from './html.ts'
export { createInspector, inspectPage, type LinkContext } from './inspector.ts'
export { defaultLookupTimeout, type LookupOptions } from './lookup-options.ts'
export { findEvidenceProblems } from './problems.ts'
export { detectSoft404, type Soft404, type Soft404Rule, soft404Rules } from './soft-404.ts'
export { parseTextDirective, splitFragment, type TextDirective } from './text-fragment.ts'
export { matchTitle, titleMismatchThreshold } from './title-match.ts'
