/**
 * Which texts a run produces and where they go. Pure: the CLI does the writing. One paper
 * named as a file: its report (`--out`, default `out/<paper>.md`), JSON result and annotated
 * paper, as files. Several papers (or a directory or glob): `--out` and `--annotated` are
 * directories holding one file per paper plus `index.md`, and the JSON holds every paper.
 */
import { basename, dirname, extname, join, relative, sep } from 'node:path'
import {
  type BaselineChanges,
  defaultDocsUrl,
  formatRepairSummary,
  renderAnnotated,
  renderHtml,
  renderIndex,
  renderJsonChunks,
  renderJunit,
  renderMarkdown,
  renderMarkdownChunks,
  renderRunJsonChunks,
  renderSarif,
  repairPaper,
} from '../reports/index.ts'
import type { CliSettings } from './cli-options.ts'
import { UsageError } from './errors.ts'
import type { AuditResult, AuditRun } from './types.ts'

/** One text to write: `target` is a path, or `-` for stdout. Rendered only when written. */
export interface Output {
  /** What it is, for messages (`report`, `json`, `index`, …). */
  label: string
  /** Path, or `-` for stdout. */
  target: string
  /** Render the text, whole or in chunks (the JSON comes in chunks, written as they come). */
  render: () => string | Iterable<string>
  /** Lines for stderr once it is written (what `--repair` changed). */
  notes?: () => Array<string>
}

/** What the outputs of a run need besides the run. */
export interface OutputContext {
  /** `true` when several papers (or a directory or glob) were named. */
  many: boolean
  /** Changes since the baseline, per paper path, when a baseline was given. */
  changes: ReadonlyMap<string, BaselineChanges>
  /** The text of each paper as read (for `--repair`), by path; PDFs have none. */
  texts: ReadonlyMap<string, string>
}

/** The settings outputs depend on. */
export type OutputSettings = Pick<
  CliSettings,
  | 'out'
  | 'noReport'
  | 'json'
  | 'annotated'
  | 'html'
  | 'repair'
  | 'sarif'
  | 'junit'
  | 'failOn'
  | 'timestamps'
  | 'docsUrl'
>

/** Default path of the Markdown report of one paper: `out/<paper name>.md`. */
export function defaultReportPath(paper: string): string {
  return join('out', `${basename(paper, extname(paper))}.md`)
}

/**
 * Refuse settings that send two outputs to stdout (`--out - --json -`).
 *
 * @throws {UsageError} naming the two flags.
 */
export function checkStdoutOutputs(settings: Readonly<OutputSettings>): void {
  const flags = (['out', 'json', 'annotated', 'html', 'repair', 'sarif', 'junit'] as const).filter(
    (key) => settings[key] === '-',
  )
  if (flags.length > 1) {
    const named = flags.map((flag) => `\`--${flag} -\``).join(' and ')
    throw new UsageError(`Unexpected ${named}, expected at most one output to stdout`)
  }
}

/** The paths a run will write, planned before any paper is audited. */
export interface PlannedTargets {
  /** Every output but the repaired papers: none of them may be a paper. */
  outputs: Array<string>
  /** The repaired papers (`--repair`), which may be the papers themselves. */
  repairs: Array<string>
}

/**
 * The file paths a run will write, for checking up front: each paper's outputs (with several
 * papers, the files in the `--out`, `--annotated`, `--html` and `--repair` directories, as
 * `planOutputs` names them) and the run's single files (JSON, SARIF, JUnit). `-` is left out.
 */
export function outputTargets(
  papers: ReadonlyArray<string>,
  settings: Readonly<OutputSettings>,
  many: boolean,
): PlannedTargets {
  const outputs = [settings.json, settings.sarif, settings.junit].filter(isPath)
  const repairs: Array<string> = []
  if (!many) {
    const [only] = papers
    if (only !== undefined && !settings.noReport) {
      outputs.push(settings.out ?? defaultReportPath(only))
    }
    outputs.push(...[settings.annotated, settings.html].filter(isPath))
    repairs.push(...[settings.repair].filter(isPath))
    return { outputs: outputs.filter((path) => path !== '-'), repairs }
  }
  const names = reportNames(papers)
  const directory = settings.out ?? 'out'
  if (!settings.noReport && directory !== '-') {
    outputs.push(join(directory, 'index.md'))
    for (const name of names.values()) outputs.push(join(directory, `${name}.md`))
  }
  for (const [path, name] of names) {
    if (settings.annotated) outputs.push(join(settings.annotated, `${name}.md`))
    if (settings.html) outputs.push(join(settings.html, `${name}.html`))
    if (settings.repair) repairs.push(join(settings.repair, `${name}${extname(path) || '.txt'}`))
  }
  return { outputs: outputs.filter((path) => path !== '-'), repairs }
}

function isPath(value: string | null | undefined): value is string {
  return typeof value === 'string' && value !== ''
}

/** Every output the settings ask for. */
export function planOutputs(
  run: AuditRun,
  settings: Readonly<OutputSettings>,
  context: Readonly<OutputContext>,
): Array<Output> {
  const docsUrl = settings.docsUrl ?? defaultDocsUrl
  const audited = run.papers.flatMap((paper) => ('result' in paper ? [paper] : []))
  const markdownOptions = (path: string) => {
    const changes = context.changes.get(path)
    return { docsUrl, ...(changes ? { changes } : {}) }
  }
  // Written a block at a time: a long report is never held whole.
  const markdown = (path: string, result: AuditResult) => () =>
    renderMarkdownChunks(result, markdownOptions(path))
  const outputs: Array<Output> = []
  const { failOn } = settings
  const newlyDead = [...context.changes.values()].flatMap((change) =>
    change.newlyDead.map((link) => link.url),
  )
  if (settings.sarif) {
    const sarif = () => renderSarif(run, { docsUrl, failOn, newlyDead })
    outputs.push({ label: 'SARIF', target: settings.sarif, render: sarif })
  }
  if (settings.junit) {
    const junit = () => renderJunit(run, { failOn, newlyDead })
    outputs.push({ label: 'JUnit', target: settings.junit, render: junit })
  }
  if (!context.many) {
    const [only] = audited
    if (only === undefined) return []
    const report = settings.out ?? defaultReportPath(only.path)
    if (!settings.noReport) {
      outputs.push({ label: 'report', target: report, render: markdown(only.path, only.result) })
    }
    if (settings.json) {
      const json = () => renderJsonChunks(only.result, { timestamps: settings.timestamps })
      outputs.push({ label: 'json', target: settings.json, render: json })
    }
    if (settings.annotated) {
      const annotated = () => renderAnnotated(only.result)
      outputs.push({ label: 'annotated', target: settings.annotated, render: annotated })
    }
    if (settings.html) {
      const html = () => renderHtml(only.result, { docsUrl })
      outputs.push({ label: 'review page', target: settings.html, render: html })
    }
    const repaired = settings.repair
      ? repairOutput(only.path, only.result, settings.repair, context)
      : null
    if (repaired) outputs.push(repaired)
    return outputs
  }
  const names = reportNames(audited.map((paper) => paper.path))
  const directory = settings.out ?? 'out'
  if (settings.noReport) {
    // No Markdown reports: the other outputs below.
  } else if (directory === '-') {
    const all = () =>
      [
        renderIndex(run),
        ...audited.map((paper) => renderMarkdown(paper.result, markdownOptions(paper.path))),
      ].join('\n---\n\n')
    outputs.push({ label: 'reports', target: '-', render: all })
  } else {
    const links = new Map(audited.map((paper) => [paper.path, `${names.get(paper.path)}.md`]))
    for (const paper of audited) {
      const target = join(directory, `${names.get(paper.path)}.md`)
      outputs.push({
        label: `report of ${paper.path}`,
        target,
        render: markdown(paper.path, paper.result),
      })
    }
    outputs.push({
      label: 'index',
      target: join(directory, 'index.md'),
      render: () => renderIndex(run, { reports: links }),
    })
  }
  if (settings.json) {
    const json = () => renderRunJsonChunks(run, { timestamps: settings.timestamps })
    outputs.push({ label: 'json', target: settings.json, render: json })
  }
  for (const paper of audited) {
    const name = names.get(paper.path) ?? 'paper'
    if (settings.annotated) {
      const target = join(settings.annotated, `${name}.md`)
      const annotated = () => renderAnnotated(paper.result)
      outputs.push({ label: `annotated ${paper.path}`, target, render: annotated })
    }
    if (settings.html) {
      const target = join(settings.html, `${name}.html`)
      const html = () => renderHtml(paper.result, { docsUrl })
      outputs.push({ label: `review page of ${paper.path}`, target, render: html })
    }
    if (settings.repair) {
      const target = join(settings.repair, `${name}${extname(paper.path) || '.txt'}`)
      const repaired = repairOutput(paper.path, paper.result, target, context)
      if (repaired) outputs.push(repaired)
    }
  }
  return outputs
}

/** The repaired paper (its text as read, with archived copies added), or `null` for a PDF. */
function repairOutput(
  path: string,
  result: AuditResult,
  target: string,
  context: Readonly<OutputContext>,
): Output | null {
  const text = context.texts.get(path)
  if (text === undefined) return null
  let repair: ReturnType<typeof repairPaper> | undefined
  const run = () => {
    repair ??= repairPaper(text, result)
    return repair
  }
  return {
    label: `repaired ${path}`,
    target,
    render: () => run().text,
    notes: () => formatRepairSummary(run(), path),
  }
}

/**
 * A file name (without extension) for each paper's outputs: its base name, or, where two papers
 * share one, their directories joined in (`a-paper`, `b-paper`), then a number. `index` is
 * kept for the index report.
 */
export function reportNames(paths: ReadonlyArray<string>): Map<string, string> {
  const base = (path: string) => basename(path, extname(path)) || 'paper'
  const counts = new Map<string, number>()
  for (const path of paths) counts.set(base(path), (counts.get(base(path)) ?? 0) + 1)
  const names = new Map<string, string>()
  const taken = new Set<string>(['index'])
  for (const path of paths) {
    let name = base(path)
    if ((counts.get(name) ?? 0) > 1 || taken.has(name)) {
      const parts = dirname(relative('.', path))
        .split(sep)
        .filter((part) => part !== '.' && part !== '..')
      name = [...parts, name].join('-').replace(/[^\p{L}\p{N}._-]+/gu, '-') || name
    }
    let unique = name
    for (let number = 2; taken.has(unique); number++) unique = `${name}-${number}`
    taken.add(unique)
    names.set(path, unique)
  }
  return names
}

/** One line summing up a run for stderr. */
export function summaryLine(run: AuditRun): string {
  const results = run.papers.flatMap((paper) => ('result' in paper ? [paper.result] : []))
  const total = (pick: (result: AuditResult) => number) =>
    results.reduce((sum, result) => sum + pick(result), 0)
  const failed = run.papers.length - results.length
  const papers =
    run.papers.length === 1
      ? ''
      : `${run.papers.length} papers${failed > 0 ? ` (${failed} not read)` : ''}, `
  const claims = total((result) => result.summary.claims.total)
  const footnotes = total((result) => result.footnotes.length)
  const links = new Set(results.flatMap((result) => result.links.map((link) => link.url)))
  const count = (status: string) =>
    new Set(
      results.flatMap((result) =>
        result.links.filter((link) => link.status === status).map((link) => link.url),
      ),
    ).size
  // A print-only citation has nothing to check: counted apart from the truly missing sources.
  const claimsMissing = (printOnly: boolean) =>
    total(
      (result) =>
        result.claims.filter(
          (claim) =>
            claim.status === 'missing' && (claim.missingCause === 'no-source') === printOnly,
        ).length,
    )
  const missing = claimsMissing(false)
  const printOnly = claimsMissing(true)
  const cited = printOnly === 0 ? '' : `, ${plural(printOnly, 'claim')} citing print-only sources`
  return `citecheck: ${papers}${plural(claims, 'claim')}, ${plural(footnotes, 'footnote')}, ${plural(links.size, 'link')}: ${count('live')} live, ${count('dead')} dead, ${count('unverified')} unverified, ${count('excluded')} excluded; ${plural(missing, 'claim')} with missing sources${cited}`
}

/** `1 claim`, `2 claims`. */
function plural(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`
}
