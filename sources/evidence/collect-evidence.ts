/**
 * The evidence passes that run after checking: DOI handles, archived copies and confirmed-dead
 * history, and the warnings evidence leads to. The page inspector (`createInspector`) runs
 * during checking; this completes the evidence of every link.
 */
import type { LinkCache } from '../check/cache.ts'
import { createDispatcher } from '../check/http.ts'
import type { CheckRun, LinkCheck } from '../check/types.ts'
import type { CollectedLink } from '../extract/types.ts'
import { findArchivedCopies } from './archive.ts'
import { checkDoiHandles } from './doi.ts'
import { isConfirmedDead } from './history.ts'
import { emptyEvidence } from './inspector.ts'
import { type EvidenceOptions, normalizeEvidenceOptions } from './options.ts'
import type { Evidence, EvidenceProblem, LinkContext } from './types.ts'
import { findEvidenceProblems } from './warnings.ts'

/** What the evidence passes know of the paper and the run besides the links. */
export interface EvidenceContext {
  /** The verdict cache of the run (its history confirms dead links), or `null`. */
  cache: LinkCache | null
  /** Titles the citing footnotes quote, per URL (from `citedTitles`). */
  titles: ReadonlyMap<string, LinkContext>
  /** The paper's date (`2025-04`), to choose archived snapshots near it. */
  date?: string
}

/**
 * Complete the evidence of every check: DOI existence for DOI links, archived copies of dead
 * and unverified links (with `archive`), confirmed-dead history; then the `title-mismatch` and
 * `fragment-missing` warnings of live pages. Makes no request when the network looked
 * unavailable or the run was interrupted. Never rejects for a link.
 *
 * @throws {TypeError} (as a rejection) for invalid options.
 */
export async function collectEvidence(
  links: ReadonlyArray<CollectedLink>,
  run: Readonly<CheckRun>,
  context: Readonly<EvidenceContext>,
  options: Readonly<Partial<EvidenceOptions>> = {},
): Promise<{ checks: Array<LinkCheck>; problems: Array<EvidenceProblem> }> {
  const settings = normalizeEvidenceOptions(options)
  const online = run.network.available && !run.incomplete
  const dispatcher =
    online && !settings.dispatcher
      ? createDispatcher({
          timeout: settings.timeout,
          lookup: settings.lookup,
          allowPrivate: settings.allowPrivate,
        })
      : null
  const shared = { ...settings, ...(dispatcher ? { dispatcher } : {}) }
  try {
    const dois = links.flatMap((link) => (link.doi === undefined ? [] : [link.doi]))
    const handles = online && dois.length > 0 ? await checkDoiHandles(dois, shared) : new Map()
    const failing = run.checks.filter(
      (check) => check.status === 'dead' || check.status === 'unverified',
    )
    const archived =
      online && settings.archive && failing.length > 0
        ? await findArchivedCopies(
            failing.map((check) => check.url),
            shared,
            context.date,
          )
        : new Map()

    const doiByUrl = new Map(links.map((link) => [link.url, link.doi]))
    const checks = run.checks.map((check) => {
      const evidence: Evidence = { ...emptyEvidence(check.title), ...check.evidence }
      const doi = doiByUrl.get(check.url)
      if (doi !== undefined) evidence.doi = { doi, exists: handles.get(doi)?.exists ?? null }
      const copy = archived.get(check.url)
      if (copy) evidence.archive = { url: copy.url, timestamp: copy.timestamp }
      const history = context.cache?.entries[check.checkedUrl]?.history
      if (check.status === 'dead' && history) evidence.confirmedDead = isConfirmedDead(history)
      return { ...check, evidence }
    })
    // Title and fragment warnings concern live pages only: a dead page's title says nothing.
    const problems = checks
      .filter((check) => check.status === 'live')
      .flatMap((check) => findEvidenceProblems(check, context.titles.get(check.url)?.titles ?? []))
    return { checks, problems }
  } finally {
    await dispatcher?.close()
  }
}
