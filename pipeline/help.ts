/** `--help`, generated from the flag table, so it lists every option with its real default. */
import { formatDuration } from '../sources/check/duration.ts'
import type { OptionRow } from '../sources/check/option-table.ts'
import type { RemapRule } from '../sources/check/rewrite.ts'
import { type Command, commands, flagSpecs, rowOf } from './cli-options.ts'
import { formatSize } from './size.ts'

const usage: Record<Command, string> = {
  audit:
    'citecheck [audit] <paper|dir|glob|->... [options]   audit papers (directories: their .md, .txt, .pdf)',
  parse:
    'citecheck parse <paper> [--json <path|->]   print claims, footnotes and their sources as JSON',
  urls: 'citecheck urls <paper> [--json]   print each distinct URL once with the footnotes citing it',
}

/** A row's default as `--help` and the README show it (`20s`, `(none)`). */
export function formatDefault(row: OptionRow<unknown>): string {
  if (row.display !== undefined) return row.display
  const value = row.default
  if (value === null || value === undefined || value === '') return '(none)'
  if (row.kind === 'duration') return formatDuration(value as number)
  if (row.kind === 'size') return formatSize(value as number)
  if (row.kind === 'headers')
    return Object.keys(value).length === 0 ? '(none)' : JSON.stringify(value)
  if (row.kind === 'integers' || row.kind === 'strings') {
    return (value as Array<number | string>).join(',') || '(none)'
  }
  if (row.kind === 'patterns' || row.kind === 'remaps') {
    const list = value as Array<RegExp | RemapRule>
    return list.length === 0 ? '(none)' : String(list.length)
  }
  return String(value)
}

/** The usage lines alone, as `citecheck` without arguments prints them. */
export function renderUsage(): string {
  return `${usageLines().join('\n')}\n\nEvery option: citecheck --help\n`
}

/** Render the help text for a command. */
export function renderHelp(command: Command): string {
  const lines = [...usageLines(), '', `Options${command === 'audit' ? '' : ` for \`${command}\``}:`]
  const specs = flagSpecs.filter((spec) => spec.commands.includes(command))
  const left = specs.map(
    (spec) =>
      `${spec.short ? `-${spec.short}, ` : ''}--${spec.flag}${spec.value ? ` ${spec.value}` : ''}`,
  )
  const width = Math.max(...left.map((text) => text.length), 20)
  specs.forEach((spec, index) => {
    const row = rowOf(spec)
    lines.push(
      `  ${left[index]?.padEnd(width)}  ${row.description} (default: ${formatDefault(row)})`,
    )
  })
  lines.push(
    `  ${'--config <path>'.padEnd(width)}  options file (default: ./citecheck.config.json if present)`,
    `  ${'-h, --help'.padEnd(width)}  show this help`,
    `  ${'-V, --version'.padEnd(width)}  show the version`,
    '',
    'Exit codes: 0 fine · 1 unexpected failure, network unavailable or an output not written · 2 the audit found failures (--fail-on) · 3 bad input or usage · 130 interrupted',
    'Paper formats: plain text, Markdown (.md), PDF. Durations take units: 500ms, 20s, 5m, 1h, 1d; sizes: 512KiB, 64MiB, 1GB.',
    '',
  )
  return lines.join('\n')
}

/** The tool's one-line description and the usage of each command. */
function usageLines(): Array<string> {
  return [
    'citecheck — audit the sources of a footnoted paper',
    '',
    'Usage:',
    ...Object.values(usage).map((line) => `  ${line}`),
  ]
}

/** Escape a table cell: pipes would end the cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|')
}

/**
 * The README's table of options, generated from the flag table like `--help` (the README test
 * checks that the README holds exactly this; `npm run docs` writes it).
 */
export function renderOptionsTable(): string {
  const lines = ['| flag | config key | default | what it does |', '| --- | --- | --- | --- |']
  for (const spec of flagSpecs) {
    const row = rowOf(spec)
    const flag = `\`--${spec.flag}${spec.value ? ` ${cell(spec.value)}` : ''}\``
    const only = spec.commands.length === commands.length ? ' (all commands)' : ''
    lines.push(
      `| ${flag} | \`${spec.key}\` | \`${cell(formatDefault(row))}\` | ${cell(row.description ?? '')}${only} |`,
    )
  }
  return `${lines.join('\n')}\n`
}
