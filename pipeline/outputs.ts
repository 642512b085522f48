/** Which texts an audit produces and where they go. Pure: the CLI does the writing. */

import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import {
  type BaselineChanges,
  renderAnnotated,
  renderJsonChunks,
  renderMarkdown,
} from '../reports/index.ts'
import { packageRoot } from '../sources/check/package-root.ts'
import type { CliSettings } from './cli-options.ts'
import type { AuditResult } from './types.ts'

/** One text to write: `target` is a path, or `-` for stdout. */
export interface Output {
  /** What it is, for messages. */
  label: 'report' | 'json' | 'annotated'
  /** Path, or `-` for stdout. */
  target: string
  /** The text, whole or in chunks (the JSON result comes in chunks, to be written as they come). */
  text: string | Iterable<string>
}

/**
 * Render every output the settings ask for, each only when the iteration reaches it: write one
 * before taking the next, and only one output is held at a time.
 */
export function* renderOutputs(
  result: AuditResult,
  paper: string,
  settings: Readonly<Pick<CliSettings, 'out' | 'json' | 'annotated' | 'timestamps'>>,
  changes: BaselineChanges | null,
): Generator<Output, void, undefined> {
  const target = settings.out ?? defaultReportPath(paper)
  const docsUrl = docsUrlFrom(target === '-' ? process.cwd() : dirname(resolve(target)))
  yield {
    label: 'report',
    target,
    text: renderMarkdown(result, { docsUrl, ...(changes ? { changes } : {}) }),
  }
  if (settings.json) {
    yield {
      label: 'json',
      target: settings.json,
      text: renderJsonChunks(result, { timestamps: settings.timestamps }),
    }
  }
  if (settings.annotated) {
    yield { label: 'annotated', target: settings.annotated, text: renderAnnotated(result) }
  }
}

/** Default path of the Markdown report: `out/<paper name>.md` under the working directory. */
export function defaultReportPath(paper: string): string {
  return join('out', `${basename(paper, extname(paper))}.md`)
}

/** One line summing up the audit for stderr. */
export function summaryLine(result: AuditResult): string {
  const { claims, links } = result.summary
  return `citecheck: ${claims.total} claims, ${result.footnotes.length} footnotes, ${links.total} links: ${links.live} live, ${links.dead} dead, ${links.unverified} unverified, ${links.excluded} excluded; ${claims.missing} claims with missing sources`
}

/** citecheck's README, whose `## Errors` section documents every reason and problem id. */
const readme = join(packageRoot, 'README.md')

/** Link to the README relative to where the report is written, so the report's links work there. */
export function docsUrlFrom(directory: string): string {
  return relative(directory, readme).split('\\').join('/')
}
