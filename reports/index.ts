/**
 * Reports: render an `AuditResult` as Markdown, JSON, an annotated paper or an HTML review
 * page, write the paper back with archived copies (`repairPaper`), compare it with an earlier
 * run, and render a run over several papers (index, JSON, SARIF, JUnit, GitHub annotations).
 * Pure functions: data in, text out.
 */

export { renderAnnotated } from './annotated.ts'
export {
  type AttentionItem,
  type AttentionStatus,
  countPrintOnly,
  isPrintOnly,
  listAttention,
  listRunAttention,
  type RunAttentionItem,
} from './attention.ts'
export { describeAttention } from './attention-text.ts'
export {
  type BaselineChanges,
  compareBaseline,
  knownSchemaVersions,
  type LinkChange,
  selectBaseline,
} from './baseline.ts'
export {
  defaultAnnotationLimit,
  type GithubAnnotationOptions,
  renderGithubAnnotations,
} from './github.ts'
export { type HtmlOptions, renderHtml } from './html/index.ts'
export { type IndexOptions, renderIndex } from './index-report.ts'
export {
  type JsonOptions,
  renderJson,
  renderJsonChunks,
  renderRunJson,
  renderRunJsonChunks,
} from './json.ts'
export { type JunitOptions, renderJunit } from './junit.ts'
export {
  buildMarkdownTree,
  type MarkdownOptions,
  renderMarkdown,
  renderMarkdownChunks,
} from './markdown.ts'
export { type AnyStatus, statusLabel, statusMark } from './marks.ts'
export {
  defaultDocsUrl,
  describeReason,
  docsUrlFromPackage,
  type PackageManifest,
} from './reasons.ts'
export {
  type RepairChange,
  type RepairOptions,
  type RepairResult,
  type RepairSkip,
  repairPaper,
} from './repair.ts'
export { formatRepairSummary } from './repair-summary.ts'
export { renderSarif, type SarifOptions } from './sarif.ts'
