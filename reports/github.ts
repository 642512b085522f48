/**
 * GitHub Actions workflow commands that annotate the paper where the problem is:
 * `::error file=…,line=…,title=…::…` for dead sources (and anything failing under `--fail-on`),
 * `::warning …` for the other missing and unverified ones, `::error` for unreadable papers.
 * Capped, so a big paper does not flood the log (GitHub itself shows at most 10 errors and 10
 * warnings per step): past the cap, one `::notice::` says how many more there are.
 */

import type { FailOn } from '../pipeline/cli-options.ts'
import type { AuditRun } from '../pipeline/types.ts'
import { listAttention, missingCauseOf } from './attention.ts'
import { describeAttention, describeUnreadable, titleAttention } from './attention-text.ts'
import { createFailPolicy, isFailing } from './fail-on.ts'

/** Options of `renderGithubAnnotations`. */
export interface GithubAnnotationOptions {
  /** Most annotations to print; past it, one notice counts the rest (default 50). */
  max?: number
  /** Items at or above this level are errors, like every dead source (default `dead`). */
  failOn?: FailOn
  /** With `failOn: 'new-dead'`: URLs newly dead since the baseline. */
  newlyDead?: Iterable<string>
}

/** Default cap on the annotations printed. */
export const defaultAnnotationLimit = 50

/** Escape the message of a workflow command (`%`, CR, LF), as `@actions/core` does. */
export function escapeCommandData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a property of a workflow command: as data, plus `:` and `,`. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/** One workflow command: `::level file=…,line=…,title=…::message`. */
function command(
  level: 'error' | 'warning' | 'notice',
  properties: Array<[string, string | number | undefined]>,
  message: string,
): string {
  const set = properties
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeCommandProperty(String(value))}`)
    .join(',')
  return `::${level}${set.length > 0 ? ` ${set}` : ''}::${escapeCommandData(message)}`
}

/** The file property of a paper: its path as given, with slashes; none for stdin. */
function toFile(path: string): string | undefined {
  return path === '-' ? undefined : path.split('\\').join('/')
}

/** Check `max` once. */
function normalizeMax(max: unknown): number {
  if (max === undefined) return defaultAnnotationLimit
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) {
    throw new TypeError(`Expected \`max\` to be a non-negative integer, not ${String(max)}`)
  }
  return max
}

/**
 * Workflow commands annotating every dead, missing and unverified source of a run, unreadable
 * papers first, then each paper's items in the order of `listAttention`. One string per line;
 * print them only when `GITHUB_ACTIONS` is `true`.
 */
export function renderGithubAnnotations(
  run: AuditRun,
  options: Readonly<GithubAnnotationOptions> = {},
): Array<string> {
  const max = normalizeMax(options.max)
  const policy = createFailPolicy(options.failOn, options.newlyDead)
  const lines: Array<string> = []
  for (const paper of run.papers) {
    if ('result' in paper) continue
    const message = `${describeUnreadable(paper.path, paper.error)} (${paper.error.code})`
    lines.push(
      command(
        'error',
        [
          ['file', toFile(paper.path)],
          ['title', 'citecheck: paper not read'],
        ],
        message,
      ),
    )
  }
  for (const paper of run.papers) {
    if (!('result' in paper)) continue
    for (const item of listAttention(paper.result)) {
      const failing = isFailing(policy, item.status, item.link?.url ?? null, missingCauseOf(item))
      const level = failing || item.status === 'dead' ? 'error' : 'warning'
      const line = item.place.page === undefined ? item.place.line : undefined
      lines.push(
        command(
          level,
          [
            ['file', toFile(paper.path)],
            ['line', line],
            ['title', `citecheck: ${titleAttention(item)}`],
          ],
          describeAttention(item),
        ),
      )
    }
  }
  if (lines.length <= max) return lines
  const more = lines.length - max
  return [
    ...lines.slice(0, max),
    command(
      'notice',
      [],
      `…and ${more} more source${more === 1 ? '' : 's'} needing attention; see the citecheck report.`,
    ),
  ]
}
