/**
 * citecheck's public library API: `auditPaper` for the whole audit, and each stage on its own.
 * The CLI (`pipeline/cli.ts`) is a thin shell over these.
 */
export { annotate, decodeText } from '../annotations/index.ts'
export { annotatePdf, readPdf } from '../annotations/pdf/index.ts'
export {
  compareBaseline,
  renderAnnotated,
  renderJson,
  renderJsonChunks,
  renderMarkdown,
} from '../reports/index.ts'
export {
  type CheckOptions,
  checkLinks,
  checkOptionTable,
  createCache,
  defaultCheckOptions,
  formatDuration,
  linkReasons,
  parseCache,
  parseDuration,
  serializeCache,
} from '../sources/check/index.ts'
export {
  checkDoiHandles,
  citedTitles,
  collectEvidence,
  createInspector,
  defaultEvidenceOptions,
  type EvidenceOptions,
  evidenceOptionTable,
  findArchivedCopies,
} from '../sources/evidence/index.ts'
export { collectLinks, extractSources, extractUrls } from '../sources/extract/index.ts'
export { assembleAudit, rollUpFootnote, worstStatus } from './assemble-audit.ts'
export { type AuditOptions, auditPaper, sourcePaper } from './audit.ts'
export { loadCache, saveCache } from './cache-file.ts'
export { exitCodes, InputError, UsageError } from './errors.ts'
export { bundledPaper, type PaperInput, readPaper } from './read-paper.ts'
export type * from './types.ts'
