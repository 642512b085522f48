/**
 * The Markdown report: overview, summary, changes, needs attention, claims, footnotes, and the
 * options collapsed at the end.
 */

import type { Root } from 'mdast'
import type { AuditResult } from '../pipeline/types.ts'
import type { BaselineChanges } from './baseline.ts'
import { renderChanges } from './changes.ts'
import { renderClaimBlocks } from './claims.ts'
import { createContext } from './context.ts'
import { renderFootnoteBlocks } from './footnotes-table.ts'
import { renderNeedsAttentionBlocks } from './needs-attention.ts'
import { renderOptions, renderOverview } from './overview.ts'
import { defaultDocsUrl } from './reasons.ts'
import { collectBlocks, type ReportBlock, serializeBlocks } from './serialize-blocks.ts'
import { renderSummary } from './summary.ts'

/** Options of `renderMarkdown`. */
export interface MarkdownOptions {
  /** Changes since an earlier run (from `compareBaseline`); adds "Changes since last run". */
  changes?: BaselineChanges
  /** Where the full report is published (such as a CI artifact); linked under the title. */
  reportUrl?: string
  /** Only the top (overview, summary, changes, needs attention), as for a CI step summary. */
  summaryOnly?: boolean
  /** Base URL of the documentation of reason and problem ids; default `README.md`. */
  docsUrl?: string
}

/** Check options once; a bad one is a bug in the caller. */
function normalizeOptions(
  options: Readonly<MarkdownOptions>,
): Required<Pick<MarkdownOptions, 'docsUrl'>> {
  if (options.reportUrl !== undefined && typeof options.reportUrl !== 'string') {
    throw new TypeError(`Expected \`reportUrl\` to be a string, not ${typeof options.reportUrl}`)
  }
  if (options.docsUrl !== undefined && typeof options.docsUrl !== 'string') {
    throw new TypeError(`Expected \`docsUrl\` to be a string, not ${typeof options.docsUrl}`)
  }
  if (
    options.changes !== undefined &&
    (typeof options.changes !== 'object' || options.changes === null)
  ) {
    throw new TypeError('Expected `changes` to be the result of `compareBaseline`')
  }
  if (options.summaryOnly !== undefined && typeof options.summaryOnly !== 'boolean') {
    throw new TypeError(
      `Expected \`summaryOnly\` to be a boolean, not ${typeof options.summaryOnly}`,
    )
  }
  return { docsUrl: options.docsUrl ?? defaultDocsUrl }
}

/** Build the report as an mdast tree. */
export function buildMarkdownTree(
  result: AuditResult,
  options: Readonly<MarkdownOptions> = {},
): Root {
  return { type: 'root', children: collectBlocks(buildMarkdownBlocks(result, options)) }
}

/** The report's blocks in order, the long sections (claims, footnotes) made as they are taken. */
function* buildMarkdownBlocks(
  result: AuditResult,
  options: Readonly<MarkdownOptions>,
): Generator<ReportBlock, void, undefined> {
  const { docsUrl } = normalizeOptions(options)
  const context = createContext(result, docsUrl)
  yield* renderOverview(result, options.reportUrl)
  yield* renderSummary(result.summary)
  if (options.changes !== undefined) yield* renderChanges(options.changes)
  yield* renderNeedsAttentionBlocks(context)
  if (options.summaryOnly !== true) {
    yield* renderClaimBlocks(context)
    yield* renderFootnoteBlocks(context)
  }
  yield* renderOptions(result)
}

/**
 * Render an audit as a GitHub-flavoured Markdown report, deterministic (no timestamps or
 * durations) and safe (untrusted text is cleaned and escaped).
 */
export function renderMarkdown(
  result: AuditResult,
  options: Readonly<MarkdownOptions> = {},
): string {
  return [...renderMarkdownChunks(result, options)].join('')
}

/**
 * The text of `renderMarkdown` in chunks, for writing to a file or a stream without holding the
 * whole report, as a tree or as text, at once: a block (or a claim, or a few hundred lines of
 * the footnotes table) at a time. The chunks joined are exactly `renderMarkdown`'s text.
 */
export function renderMarkdownChunks(
  result: AuditResult,
  options: Readonly<MarkdownOptions> = {},
): Generator<string, void, undefined> {
  // Options are checked now, not at the first chunk.
  normalizeOptions(options)
  return serializeBlocks(buildMarkdownBlocks(result, options))
}
