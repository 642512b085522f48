/** Which texts an audit produces and where they go. Pure: the CLI does the writing. */

import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type BaselineChanges,
  renderAnnotated,
  renderJson,
  renderMarkdown,
} from '../reports/index.ts'
import type { CliSettings } from './cli-options.ts'
import type { AuditResult } from './types.ts'

/** One text to write: `target` is a path, or `-` for stdout. */
export interface Output {
  /** What it is, for messages. */
  label: 'report' | 'json' | 'annotated'
  /** Path, or `-` for stdout. */
  target: string
  /** The text. */
  text: string
}

/** Render every output the settings ask for. */
export function renderOutputs(
  result: AuditResult,
  paper: string,
  settings: Readonly<Pick<CliSettings, 'out' | 'json' | 'annotated' | 'timestamps'>>,
  changes: BaselineChanges | null,
): Array<Output> {
  const target = settings.out ?? defaultReportPath(paper)
  const docsUrl = docsUrlFrom(target === '-' ? process.cwd() : dirname(resolve(target)))
  const outputs: Array<Output> = [
    {
      label: 'report',
      target,
      text: renderMarkdown(result, { docsUrl, ...(changes ? { changes } : {}) }),
    },
  ]
  if (settings.json) {
    outputs.push({
      label: 'json',
      target: settings.json,
      text: renderJson(result, { timestamps: settings.timestamps }),
    })
  }
  if (settings.annotated) {
    outputs.push({ label: 'annotated', target: settings.annotated, text: renderAnnotated(result) })
  }
  return outputs
}

/** Where the outputs the settings ask for go, in writing order (report, JSON, annotated). */
export function outputTargets(
  paper: string,
  settings: Readonly<Pick<CliSettings, 'out' | 'json' | 'annotated'>>,
): Array<string> {
  const targets = [settings.out ?? defaultReportPath(paper)]
  if (settings.json) targets.push(settings.json)
  if (settings.annotated) targets.push(settings.annotated)
  return targets
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
const readme = fileURLToPath(new URL('../README.md', import.meta.url))

/** Link to the README relative to where the report is written, so the report's links work there. */
export function docsUrlFrom(directory: string): string {
  return relative(directory, readme).split('\\').join('/')
}
