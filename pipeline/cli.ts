/**
 * The command line: parse argv, call the library, write outputs, set the exit code. The only
 * module that writes to stdout or stderr, and the one place that catches everything.
 */
import { appendFile, readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import type { BaselineChanges } from '../reports/index.ts'
import { version } from '../sources/check/user-agent.ts'
import { checkOutputPaths } from './check-outputs.ts'
import { exitCodes, InputError, UsageError } from './errors.ts'
import { exitCodeFor } from './exit-code.ts'
import { renderHelp } from './help.ts'
import { createProgressLine } from './progress.ts'
import {
  mergeSettings,
  type PartialSettings,
  parseConfig,
  parseInvocation,
  toAuditOptions,
} from './settings.ts'
import type { AuditResult } from './types.ts'
import { type OutputFailure, writeOutputs } from './write-file.ts'

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
  const settings = mergeSettings(await readConfig(invocation.config), invocation.flags)
  const { cli } = settings
  const options = toAuditOptions(settings)
  // The library is loaded only once argv is known to be good, so `--help` and usage errors are quick.
  const { auditPaper, sourcePaper } = await import('./audit.ts')
  const { bundledPaper } = await import('./read-paper.ts')
  const { collectLinks } = await import('../sources/extract/index.ts')
  const { outputTargets, renderOutputs, summaryLine } = await import('./outputs.ts')
  const file = invocation.files[0] ?? relative(process.cwd(), bundledPaper)
  // Every output path is checked before the paper is read and the network is used.
  await checkOutputPaths(
    invocation.command === 'audit' ? outputTargets(file, cli) : [cli.json ?? '-'],
  )
  const log = (line: string) => {
    if (!cli.quiet) process.stderr.write(`${line}\n`)
  }

  if (invocation.command === 'parse') {
    const document = await sourcePaper(file, options)
    const json = `${JSON.stringify({ ...document, paragraphs: undefined }, null, 2)}\n`
    const code = await writeOutput(cli.json ?? '-', 'json', json)
    log(
      `citecheck: ${document.claims.length} claims, ${document.footnotes.length} footnotes, ${document.problems.length} problems in ${file}`,
    )
    return code
  }

  if (invocation.command === 'urls') {
    const document = await sourcePaper(file, options)
    const links = collectLinks(document.footnotes)
    const text = cli.json
      ? `${JSON.stringify(links, null, 2)}\n`
      : links.map((link) => `${link.url}\t${link.footnotes.join(',')}\n`).join('')
    return writeOutput(cli.json ?? '-', 'URL list', text)
  }

  if (cli.failOn === 'new-dead' && !cli.baseline) {
    throw new UsageError(
      'Unexpected `--fail-on new-dead` without `--baseline`, expected a previous JSON result to compare with',
    )
  }
  const baseline = cli.baseline ? await readJson(cli.baseline, 'baseline') : null

  const controller = new AbortController()
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(130)
    log(
      'citecheck: interrupted; finishing requests in flight, then writing an incomplete report (Ctrl-C again to quit now)',
    )
    controller.abort()
  }
  process.on('SIGINT', onInterrupt)
  const progress = createProgressLine(process.stderr, cli.quiet)
  let result: AuditResult
  try {
    result = await auditPaper(file, {
      ...options,
      signal: controller.signal,
      onProgress: progress.update,
    })
  } finally {
    progress.done()
    process.off('SIGINT', onInterrupt)
  }

  const { compareBaseline } = await import('../reports/index.ts')
  const changes = baseline === null ? null : compareBaseline(baseline, result)
  const outputs = renderOutputs(result, file, cli, changes)
  const failures = await writeOutputs(outputs, (text) => process.stdout.write(text))
  for (const output of outputs) {
    if (output.target === '-' || failures.some((failure) => failure.label === output.label))
      continue
    log(`citecheck: wrote ${output.label} to ${output.target}`)
  }
  reportWriteFailures(failures)
  await appendStepSummary(result, changes)
  log(summaryLine(result))
  if (!result.network.available) {
    process.stderr.write(
      'citecheck: the network looks unavailable (no source answered: DNS, connections or timeouts failed), so no source was verified and none is reported dead. Run again with network access.\n',
    )
  }
  if (result.incomplete)
    process.stderr.write('citecheck: the audit was interrupted; the report is incomplete.\n')
  if (controller.signal.aborted) return exitCodes.interrupted
  if (failures.length > 0) return exitCodes.unexpected
  return exitCodeFor(result, cli.failOn, changes)
}

/** With `GITHUB_STEP_SUMMARY` set (GitHub Actions), append the report's summary there. */
async function appendStepSummary(
  result: AuditResult,
  changes: BaselineChanges | null,
): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY
  if (!path) return
  const { renderMarkdown } = await import('../reports/index.ts')
  await appendFile(
    path,
    `${renderMarkdown(result, { ...(changes ? { changes } : {}), summaryOnly: true })}\n`,
  )
}

/** Read and parse a JSON file; `undefined` when `optional` and the file does not exist. */
async function readJson(
  path: string,
  code: 'config' | 'baseline',
  optional = false,
): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code
    if (optional && errno === 'ENOENT') return undefined
    throw new InputError(code, `Cannot read ${code} \`${path}\`: ${errno ?? error}`)
  }
  try {
    return JSON.parse(text)
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

/** Write one output; a failure is one line on stderr and exit code 1. */
async function writeOutput(target: string, label: string, text: string): Promise<number> {
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
