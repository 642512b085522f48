/**
 * The command line: parse argv, call the library, write outputs, set the exit code. The only
 * module that writes to stdout or stderr, and the one place that catches everything.
 */
import { appendFile, readFile } from 'node:fs/promises'
import type { BaselineChanges } from '../reports/index.ts'
import { version } from '../sources/check/user-agent.ts'
import { checkOutputPaths } from './check-outputs.ts'
import type { CliSettings } from './cli-options.ts'
import { exitCodes, InputError, UsageError } from './errors.ts'
import { renderHelp, renderUsage } from './help.ts'
import type { PaperInput } from './read-paper.ts'
import {
  mergeSettings,
  type PartialSettings,
  parseConfig,
  parseInvocation,
  type Settings,
} from './settings.ts'
import { createColors, type Verbosity, wantsColor } from './terminal.ts'
import type { AuditRun } from './types.ts'
import { type OutputFailure, type Text, writeOutputs } from './write-file.ts'

/** Run the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: ReadonlyArray<string>): Promise<number> {
  try {
    return await dispatch(argv)
  } catch (error) {
    return report(error)
  }
}

async function dispatch(argv: ReadonlyArray<string>): Promise<number> {
  const invocation = parseInvocation(argv)
  if (invocation.help) {
    process.stdout.write(renderHelp(invocation.command))
    return exitCodes.success
  }
  if (invocation.version) {
    process.stdout.write(`citecheck ${version}\n`)
    return exitCodes.success
  }
  if (invocation.files.length === 0) {
    // Nothing to audit: never fall back to a paper of our own (that would hit the real web).
    if (argv.length > 0) {
      const { command } = invocation
      throw new UsageError(
        `Unexpected \`citecheck ${command}\` without a paper, expected \`citecheck ${command} <paper>\``,
      )
    }
    process.stderr.write(renderUsage())
    return exitCodes.badInput
  }
  const settings = mergeSettings(await readConfig(invocation.config), invocation.flags)
  // The library is loaded only once argv is known to be good, so `--help` and usage errors are quick.
  const names = invocation.files
  if (invocation.command === 'audit') return audit(names, settings)
  const { sourcePaper } = await import('./audit.ts')
  const { toAuditOptions } = await import('./settings.ts')
  const { cli } = settings
  // `parse` and `urls` read one paper as named (a directory is an error, not a list of papers).
  await checkOutputPaths([cli.json ?? '-'])
  const [paper] = names[0] === '-' ? await findPapers(names, cli) : names
  const document = await sourcePaper(paper ?? '-', toAuditOptions(settings))
  logNoteWarnings(cli, document.document.path, document.problems)
  if (invocation.command === 'parse') {
    const json = `${JSON.stringify({ ...document, paragraphs: undefined }, null, 2)}\n`
    const code = await writeOutput(cli.json ?? '-', 'json', json)
    log(
      cli,
      `citecheck: ${document.claims.length} claims, ${document.footnotes.length} footnotes, ${document.problems.length} problems in ${document.document.path}`,
    )
    return code
  }
  const { collectLinks } = await import('../sources/extract/index.ts')
  const links = collectLinks(document.footnotes)
  const listing = cli.json
    ? `${JSON.stringify(links, null, 2)}\n`
    : links.map((link) => `${link.url}\t${link.footnotes.join(',')}\n`).join('')
  return writeOutput(cli.json ?? '-', 'URL list', listing)
}

/** `citecheck audit`: find the papers, audit them in one run, write the outputs, say what needs attention. */
async function audit(names: ReadonlyArray<string>, settings: Settings): Promise<number> {
  const { cli } = settings
  const { auditPapers } = await import('./audit.ts')
  const { toAuditOptions } = await import('./settings.ts')
  const { checkStdoutOutputs, outputTargets, planOutputs, summaryLine } = await import(
    './outputs.ts'
  )
  const { exitCodeForRun } = await import('./exit-code.ts')
  const reports = await import('../reports/index.ts')
  const terminal = await import('./terminal.ts')

  checkStdoutOutputs(cli)
  if (cli.failOn === 'new-dead' && !cli.baseline) {
    throw new UsageError(
      'Unexpected `--fail-on new-dead` without `--baseline`, expected a previous JSON result to compare with',
    )
  }
  const baseline = cli.baseline ? await readJson(cli.baseline, 'baseline') : null
  const { papers, expanded } = await findPaperInputs(names, cli)
  if (papers.length === 0) {
    throw new InputError('not-found', `No papers (.md, .txt, .pdf) found in ${names.join(', ')}`)
  }
  const many = expanded || papers.length > 1
  // Every output path is checked before any paper is audited and the network is used.
  const paths = papers.map((paper) => (typeof paper === 'string' ? paper : paper.path))
  const planned = outputTargets(paths, cli, many)
  await checkOutputPaths(planned.outputs, {
    papers: papers.filter((paper) => typeof paper === 'string'),
  })
  await checkOutputPaths(planned.repairs)
  const verbosity: Verbosity = cli.quiet ? 'quiet' : cli.verbose ? 'verbose' : 'normal'
  const colors = createColors(wantsColor(process.stderr, process.env, cli.noColor))
  const ci = Boolean(process.env.CI) && process.env.CI !== 'false'

  const controller = new AbortController()
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(130)
    log(
      cli,
      'citecheck: interrupted; finishing requests in flight, then writing an incomplete report (Ctrl-C again to quit now)',
    )
    controller.abort()
  }
  process.on('SIGINT', onInterrupt)
  const progress = terminal.createProgress({ stream: process.stderr, verbosity, ci, colors })
  let run: AuditRun
  try {
    run = await auditPapers(papers, {
      ...toAuditOptions(settings),
      signal: controller.signal,
      onProgress: progress.update,
    })
  } finally {
    progress.done()
    process.off('SIGINT', onInterrupt)
  }

  const failed = run.papers.flatMap((paper) => ('error' in paper ? [paper] : []))
  for (const paper of failed) process.stderr.write(`citecheck: ${paper.error.message}\n`)
  if (failed.length === run.papers.length) return exitCodes.badInput

  const changes = new Map<string, BaselineChanges>()
  if (baseline !== null) {
    for (const paper of run.papers) {
      if (!('result' in paper)) continue
      const previous = reports.selectBaseline(baseline, paper.path, !many)
      if (previous !== null)
        changes.set(paper.path, reports.compareBaseline(previous, paper.result))
    }
  }
  const texts = cli.repair ? await readTexts(run, papers) : new Map<string, string>()
  let unwritten = 0
  for (const output of planOutputs(run, cli, { many, changes, texts })) {
    const { label, target } = output
    const failures = await writeOutputs([{ label, target, text: output.render() }], (text) =>
      process.stdout.write(text),
    )
    reportWriteFailures(failures)
    unwritten += failures.length
    if (failures.length > 0) continue
    if (target !== '-' && !ci) log(cli, `citecheck: wrote ${label} to ${target}`)
    for (const line of output.notes?.() ?? []) log(cli, `citecheck: ${line}`)
  }
  await appendStepSummary(run, changes)
  if (process.env.GITHUB_ACTIONS === 'true') {
    // Workflow commands go to stdout, unless stdout carries an output.
    const stream = Object.values(cli).includes('-') ? process.stderr : process.stdout
    const newlyDead = [...changes.values()].flatMap((change) =>
      change.newlyDead.map((link) => link.url),
    )
    for (const line of reports.renderGithubAnnotations(run, { failOn: cli.failOn, newlyDead })) {
      stream.write(`${line}\n`)
    }
  }

  for (const paper of run.papers) {
    if ('result' in paper) logNoteWarnings(cli, paper.path, paper.result.problems)
  }
  // Offline, every link is `unverified (network)`: one closing line says so instead of a list
  // of them (`-v` still lists them).
  const offline = !run.network.available && verbosity !== 'verbose'
  const items = reports.listRunAttention(run).filter((item) => !(offline && item.id === 'network'))
  for (const line of terminal.formatAttentionList(items, verbosity, colors)) log(cli, line)
  const printOnly = cli.failOn === 'print-only' ? reports.countPrintOnly(run) : 0
  if (printOnly > 0) {
    log(
      cli,
      `citecheck: ${printOnly} print-only ${printOnly === 1 ? 'citation fails' : 'citations fail'} the audit (\`--fail-on print-only\`); the report lists them last`,
    )
  }
  log(cli, summaryLine(run))
  if (!run.network.available) {
    process.stderr.write(
      'citecheck: the network looks unavailable (no source answered: DNS, connections or timeouts failed), so no source was verified and none is reported dead. Run again with network access.\n',
    )
  }
  if (run.incomplete) {
    process.stderr.write('citecheck: the audit was interrupted; the report is incomplete.\n')
  }
  if (controller.signal.aborted) return exitCodes.interrupted
  const code = exitCodeForRun(run, cli.failOn, changes)
  return unwritten > 0 && code === exitCodes.success ? exitCodes.unexpected : code
}

/**
 * The text of each audited text or Markdown paper, as read (BOM kept), for `--repair`; a PDF
 * has none and is left out with a note.
 */
async function readTexts(
  run: AuditRun,
  inputs: ReadonlyArray<PaperInput>,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  for (const input of inputs) {
    const path = typeof input === 'string' ? input : input.path
    const paper = run.papers.find((item) => item.path === path)
    if (paper === undefined || !('result' in paper)) continue
    if (paper.result.document.format === 'pdf') {
      process.stderr.write(
        `citecheck: ${path} is a PDF; --repair writes text and Markdown papers only\n`,
      )
      continue
    }
    const bytes = typeof input === 'string' ? await readFile(input) : input.bytes
    texts.set(path, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes))
  }
  return texts
}

/** The papers named, expanded (directories, globs, stdin). */
async function findPaperInputs(names: ReadonlyArray<string>, cli: Readonly<CliSettings>) {
  const { findPapers } = await import('./inputs.ts')
  const { readStreamAtMost } = await import('./read-paper.ts')
  return findPapers(names, {
    cwd: process.cwd(),
    excludePaths: cli.excludePath,
    stdinFormat: cli.stdinFormat,
    readStdin: () => readStreamAtMost(process.stdin, 'stdin', cli.maxInput),
  })
}

/** Stdin as the one paper of `parse` and `urls`. */
async function findPapers(names: ReadonlyArray<string>, cli: Readonly<CliSettings>) {
  return (await findPaperInputs(names.slice(0, 1), cli)).papers
}

/** With `GITHUB_STEP_SUMMARY` set (GitHub Actions), append the report's summary there. */
async function appendStepSummary(
  run: AuditRun,
  changes: ReadonlyMap<string, BaselineChanges>,
): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY
  if (!path) return
  const { renderIndex, renderMarkdown } = await import('../reports/index.ts')
  const audited = run.papers.flatMap((paper) => ('result' in paper ? [paper] : []))
  const summaries = audited.map((paper) => {
    const change = changes.get(paper.path)
    return renderMarkdown(paper.result, {
      ...(change ? { changes: change } : {}),
      summaryOnly: true,
    })
  })
  const parts = run.papers.length > 1 ? [renderIndex(run), ...summaries] : summaries
  await appendFile(path, `${parts.join('\n')}\n`)
}

/** Read and parse a JSON file; `undefined` when `optional` and the file does not exist. */
async function readJson(
  path: string,
  code: 'config' | 'baseline',
  optional = false,
): Promise<unknown> {
  let content: string
  try {
    content = await readFile(path, 'utf8')
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code
    if (optional && errno === 'ENOENT') return undefined
    throw new InputError(code, `Cannot read ${code} \`${path}\`: ${errno ?? error}`)
  }
  try {
    return JSON.parse(content)
  } catch (error) {
    throw new InputError(
      code,
      `Cannot parse ${code} \`${path}\` as JSON: ${(error as Error).message}`,
    )
  }
}

async function readConfig(path: string | null): Promise<PartialSettings> {
  const file = path ?? 'citecheck.config.json'
  // Without `--config`, a missing `citecheck.config.json` just means no config.
  const data = await readJson(file, 'config', path === null)
  return data === undefined ? { cli: {}, check: {}, evidence: {} } : parseConfig(data, file)
}

/** Problems that say a paper's notes could not be read at all: worth a line on stderr. */
const noteWarningKinds: ReadonlySet<string> = new Set(['no-footnotes', 'unlinked-notes'])

/** Say on stderr when a paper has no footnotes, or notes that no marker could be linked to. */
function logNoteWarnings(
  cli: Readonly<CliSettings>,
  path: string,
  problems: ReadonlyArray<{ kind: string; message: string }>,
): void {
  for (const problem of problems) {
    if (noteWarningKinds.has(problem.kind)) log(cli, `citecheck: ${path}: ${problem.message}`)
  }
}

/** Write a line to stderr unless `--quiet`. */
function log(cli: Readonly<CliSettings>, line: string): void {
  if (!cli.quiet) process.stderr.write(`${line}\n`)
}

/** Write one output (`-`: stdout); a failure is one line on stderr and exit code 1. */
async function writeOutput(target: string, label: string, text: Text): Promise<number> {
  const failures = await writeOutputs([{ label, target, text }], (out) => process.stdout.write(out))
  reportWriteFailures(failures)
  return failures.length > 0 ? exitCodes.unexpected : exitCodes.success
}

function reportWriteFailures(failures: ReadonlyArray<OutputFailure>): void {
  for (const { label, target, reason } of failures) {
    process.stderr.write(`citecheck: cannot write the ${label} to \`${target}\`: ${reason}\n`)
  }
}

function report(error: unknown): number {
  if (error instanceof UsageError || error instanceof InputError) {
    process.stderr.write(`citecheck: ${error.message}\n`)
    return exitCodes.badInput
  }
  // Settings are validated when read, so anything else (an option TypeError included) is a bug.
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(
    `citecheck: internal error; this is a bug, please report it with the command you ran:\n${stack}\n`,
  )
  return exitCodes.unexpected
}
