/**
 * Reports: render an `AuditResult` as Markdown, JSON, an annotated paper or an HTML review
 * page, write the paper back with archived copies (`repairPaper`), and compare it with an
 * earlier run. Pure functions: data in, text out.
 */

export { renderAnnotated } from './annotated.ts'
export {
  type AttentionItem,
  type AttentionLevel,
  countPrintOnly,
  listAttention,
} from './attention.ts'
export {
  type BaselineChanges,
  compareBaseline,
  knownSchemaVersions,
  type LinkChange,
  selectBaseline,
} from './baseline.ts'
export { type HtmlOptions, renderHtml } from './html/index.ts'
export { type IndexOptions, renderIndex } from './index-report.ts'
export { type JsonOptions, renderJson, renderRunJson } from './json.ts'

export { buildMarkdownTree, type MarkdownOptions, renderMarkdown } from './markdown.ts'
export { type AnyStatus, statusLabel, statusMark } from './marks.ts'
export { defaultDocsUrl, describeReason } from './reasons.ts'
export {
  type RepairChange,
  type RepairOptions,
  type RepairResult,
  type RepairSkip,
  repairPaper,
} from './repair.ts'
export { formatRepairSummary } from './repair-summary.ts'
