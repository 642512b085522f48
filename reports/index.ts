/**
 * Reports: render an `AuditResult` as Markdown, JSON or an annotated paper, compare it with an
 * earlier run, and render a run over several papers for CI (SARIF, JUnit, GitHub annotations).
 * Pure functions: data in, text out.
 */

export { renderAnnotated } from './annotated.ts'
export { type AttentionItem, type AttentionStatus, listAttention } from './attention.ts'
export { describeAttention } from './attention-text.ts'
export {
  type BaselineChanges,
  compareBaseline,
  knownSchemaVersions,
  type LinkChange,
} from './baseline.ts'
export {
  defaultAnnotationLimit,
  type GithubAnnotationOptions,
  renderGithubAnnotations,
} from './github.ts'
export { type JsonOptions, renderJson } from './json.ts'
export { type JunitOptions, renderJunit } from './junit.ts'
export { buildMarkdownTree, type MarkdownOptions, renderMarkdown } from './markdown.ts'
export { type AnyStatus, statusLabel, statusMark } from './marks.ts'
export {
  defaultDocsUrl,
  describeReason,
  docsUrlFromPackage,
  type PackageManifest,
} from './reasons.ts'
export { renderSarif, type SarifOptions } from './sarif.ts'
