/**
 * The index report of a run over several papers: one row per paper (claims, and how many are
 * dead, missing or unverified) linking to its report, and the papers that could not be read.
 */
import type { Link, PhrasingContent } from 'mdast'
import type { AuditRun } from '../pipeline/types.ts'
import { statusLabel } from './marks.ts'
import {
  code,
  heading,
  list,
  listItem,
  paragraph,
  strong,
  table,
  text,
  untrusted,
} from './nodes.ts'
import { serializeMarkdown } from './serialize.ts'

/** Options of `renderIndex`. */
export interface IndexOptions {
  /** Where each paper's report is, relative to the index (by the paper's path); absent: no link. */
  reports?: ReadonlyMap<string, string>
}

/** Render the index report of a run. */
export function renderIndex(run: AuditRun, options: Readonly<IndexOptions> = {}): string {
  const audited = run.papers.flatMap((paper) => ('result' in paper ? [paper] : []))
  const failed = run.papers.flatMap((paper) => ('error' in paper ? [paper] : []))
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const rows = audited.map(({ path, result }) => {
    const { claims } = result.summary
    const report = options.reports?.get(path)
    const name: PhrasingContent =
      report === undefined ? untrusted(path, 120) : reportLink(report, path)
    return [
      [name],
      [untrusted(result.document.title ?? '', 80)],
      [text(String(claims.total))],
      [text(String(claims.dead))],
      [text(String(claims.missing))],
      [text(String(claims.unverified))],
    ]
  })
  const tree = {
    type: 'root' as const,
    children: [
      heading(1, text(`Citation audit of ${plural(run.papers.length, 'paper')}`)),
      ...(run.network.available
        ? []
        : [
            paragraph(
              strong(text('The network looked unavailable:')),
              text(' no source could be verified, and none is reported dead.'),
            ),
          ]),
      ...(run.incomplete
        ? [
            paragraph(
              strong(text('The run was interrupted:')),
              text(' the reports are incomplete.'),
            ),
          ]
        : []),
      table(
        [
          'paper',
          'title',
          'claims',
          statusLabel('dead'),
          statusLabel('missing'),
          statusLabel('unverified'),
        ],
        rows,
        ['left', 'left', 'right', 'right', 'right', 'right'],
      ),
      ...(failed.length === 0
        ? []
        : [
            heading(2, text(`Not read (${failed.length})`)),
            list(
              failed.map((paper) =>
                listItem(
                  paragraph(
                    untrusted(paper.path, 120),
                    text(' — '),
                    code(paper.error.code),
                    text(': '),
                    untrusted(paper.error.message, 240),
                  ),
                ),
              ),
            ),
          ]),
    ],
  }
  return serializeMarkdown(tree)
}

/** A link to a report written by citecheck (a relative path, percent-encoded). */
function reportLink(report: string, path: string): Link {
  return { type: 'link', url: encodeURI(report), children: [untrusted(path, 120)] }
}
