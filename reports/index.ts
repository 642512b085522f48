/**
 * Reports: render an `AuditResult` as Markdown, JSON or an annotated paper, and compare it
 * with an earlier run. Pure functions: data in, text out.
 */

export { renderAnnotated } from './annotated.ts'
export {
  type BaselineChanges,
  compareBaseline,
  knownSchemaVersions,
  type LinkChange,
} from './baseline.ts'
export { type JsonOptions, renderJson, renderJsonChunks } from './json.ts'
export { buildMarkdownTree, type MarkdownOptions, renderMarkdown } from './markdown.ts'
export { type AnyStatus, statusLabel, statusMark } from './marks.ts'
export { defaultDocsUrl, describeReason } from './reasons.ts'
