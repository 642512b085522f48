/** `--help`, generated from the option table so it always lists every option with its default. */
import { type Command, optionSpecs } from './options.ts'

const usage: Record<Command, string> = {
  audit: 'citecheck [audit] [paper] [options]   audit the paper (default: the bundled paper)',
  parse:
    'citecheck parse <paper> [--json <path|->]   print claims, footnotes and their sources as JSON',
  urls: 'citecheck urls <paper> [--json]   print each distinct URL once with the footnotes citing it',
}

/** Render the help text for a command. */
export function renderHelp(command: Command): string {
  const lines = [
    'citecheck — audit the sources of a footnoted paper',
    '',
    'Usage:',
    ...Object.values(usage).map((line) => `  ${line}`),
    '',
    `Options${command === 'audit' ? '' : ` for \`${command}\``}:`,
  ]
  const specs = optionSpecs.filter((spec) => spec.commands.includes(command))
  const left = specs.map((spec) => `--${spec.flag}${spec.value ? ` ${spec.value}` : ''}`)
  const width = Math.max(...left.map((text) => text.length), 20)
  specs.forEach((spec, index) => {
    lines.push(`  ${left[index]?.padEnd(width)}  ${spec.description} (default: ${spec.default})`)
  })
  lines.push(
    `  ${'--config <path>'.padEnd(width)}  options file (default: ./citecheck.config.json if present)`,
    `  ${'-h, --help'.padEnd(width)}  show this help`,
    `  ${'-V, --version'.padEnd(width)}  show the version`,
    '',
    'Exit codes: 0 fine · 1 unexpected failure or network unavailable · 2 the audit found failures (--fail-on) · 3 bad input or usage',
    'Paper formats: plain text, Markdown (.md), PDF. Durations take units: 500ms, 20s, 5m, 1h, 1d.',
    '',
  )
  return lines.join('\n')
}
