/**
 * citecheck's public library API. The CLI (`pipeline/cli.ts`) is a thin shell over these.
 */
export { annotate, decodeText } from '../annotations/index.ts'
export { annotatePdf, readPdf } from '../annotations/pdf/index.ts'
export {
  compareBaseline,
  renderAnnotated,
  renderJson,
  renderMarkdown,
} from '../reports/index.ts'
export { collectLinks, extractSources, extractUrls } from '../sources/extract/index.ts'
export {
  checkLinks,
  defaultCheckOptions,
  loadCache,
  parseDuration,
  saveCache,
} from '../sources/index.ts'
export { assembleAudit, rollUpFootnote, worstStatus } from './assemble.ts'
export { exitCodes, InputError, InternalError, UsageError } from './errors.ts'
export { exitCodeFor } from './exit-code.ts'
export {
  defaultSettings,
  type FailOn,
  failOnLevels,
  optionSpecs,
  type Settings,
} from './options.ts'
export { bundledPaper, readPaper } from './read-paper.ts'
export { type AuditOptions, auditPaper, sourcePaper } from './run.ts'
export { mergeSettings, parseConfig } from './settings.ts'
export type * from './types.ts'
