/**
 * Reports: render an `AuditResult` as Markdown, JSON or an annotated paper, and compare it
 * with an earlier run. Pure functions: data in, text out.
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
export { type IndexOptions, renderIndex } from './index-report.ts'
export { type JsonOptions, renderJson, renderRunJson } from './json.ts'
export { buildMarkdownTree, type MarkdownOptions, renderMarkdown } from './markdown.ts'
export { type AnyStatus, statusLabel, statusMark } from './marks.ts'
export { defaultDocsUrl, describeReason } from './reasons.ts'
