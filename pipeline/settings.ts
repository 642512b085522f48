/**
 * Turn argv and `citecheck.config.json` into typed settings, and settings into the library's
 * `AuditOptions`. Pure: the caller reads the config file. Every value is read by its table
 * row's kind and validated by its row; bad input throws `UsageError` naming the flag or key.
 */
import { parseArgs } from 'node:util'
import { parseDuration } from '../sources/check/duration.ts'
import type { OptionRow } from '../sources/check/option-table.ts'
import type { RemapRule } from '../sources/check/rewrite.ts'
import type { AuditOptions } from './audit.ts'
import {
  type CliSettings,
  type Command,
  commands,
  defaultCliSettings,
  type FlagSpec,
  flagSpecs,
  rowOf,
} from './cli-options.ts'
import { UsageError } from './errors.ts'
import { parseSize } from './size.ts'

/** Settings of one run: the CLI's own, and the library options set by flags or the config file. */
export interface Settings {
  /** The command line's own settings, defaults filled in. */
  cli: CliSettings
  /** Checker options that were set (the library fills in the rest). */
  check: Record<string, unknown>
  /** Evidence options that were set. */
  evidence: Record<string, unknown>
}

/** Settings set so far (by the config file or by flags). */
export type PartialSettings = {
  [Table in keyof Settings]: Record<string, unknown>
}

/** What the command line asks for. */
export interface Invocation {
  /** Subcommand (default `audit`). */
  command: Command
  /** The papers named (none: the bundled one). */
  files: Array<string>
  /** Settings given as flags (override the config file). */
  flags: PartialSettings
  /** `--config <path>`, or `null` to look for `citecheck.config.json` in the working directory. */
  config: string | null
  /** `--help` was given. */
  help: boolean
  /** `--version` was given. */
  version: boolean
}

/** Kinds given as a repeatable flag (a list in the config file). */
const listKinds = new Set(['integers', 'strings', 'headers', 'patterns', 'remaps'])

/** Parse argv (without `node` and the script). */
export function parseInvocation(argv: ReadonlyArray<string>): Invocation {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    config: { type: 'string' },
  }
  for (const spec of flagSpecs) {
    const { kind } = rowOf(spec)
    options[spec.flag] = {
      type: kind === 'boolean' ? 'boolean' : 'string',
      ...(listKinds.has(kind) ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; see \`citecheck --help\``)
  }
  const positionals = [...parsed.positionals]
  const first = positionals[0]
  const command =
    first && (commands as ReadonlyArray<string>).includes(first) ? (first as Command) : 'audit'
  if (first === command) positionals.shift()
  if (command !== 'audit' && positionals.length > 1) {
    throw new UsageError(
      `Unexpected extra arguments \`${positionals.slice(1).join(' ')}\`, expected one paper`,
    )
  }
  const values = parsed.values as Record<string, string | boolean | Array<string> | undefined>
  const flags = emptySettings()
  for (const spec of flagSpecs) {
    const value = values[spec.flag]
    if (value === undefined) continue
    if (!spec.commands.includes(command)) {
      throw new UsageError(`Unexpected option \`--${spec.flag}\` for \`citecheck ${command}\``)
    }
    flags[spec.table][spec.key] = convert(spec, value, `\`--${spec.flag}\``)
  }
  return {
    command,
    files: positionals,
    flags,
    config: typeof values.config === 'string' ? values.config : null,
    help: values.help === true,
    version: values.version === true,
  }
}

/** Validate a parsed `citecheck.config.json`: keys are the flags' keys; unknown keys are errors. */
export function parseConfig(data: unknown, path: string): PartialSettings {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`Unexpected content in \`${path}\`, expected a JSON object of options`)
  }
  const byKey = new Map<string, FlagSpec>(flagSpecs.map((spec) => [spec.key, spec]))
  const settings = emptySettings()
  for (const [key, value] of Object.entries(data)) {
    const spec = byKey.get(key)
    if (!spec) {
      throw new UsageError(
        `Unexpected key \`${key}\` in \`${path}\`, expected one of: ${[...byKey.keys()].join(', ')}`,
      )
    }
    settings[spec.table][spec.key] = convert(spec, value, `\`${key}\` in \`${path}\``)
  }
  return settings
}

/** Merge defaults, the config file and flags (flags win). */
export function mergeSettings(config: PartialSettings, flags: PartialSettings): Settings {
  return {
    cli: { ...defaultCliSettings, ...config.cli, ...flags.cli } as CliSettings,
    check: { ...config.check, ...flags.check },
    evidence: { ...config.evidence, ...flags.evidence },
  }
}

/** The library options of a run with these settings. */
export function toAuditOptions(settings: Readonly<Settings>): AuditOptions {
  const { cli } = settings
  return {
    check: settings.check,
    // `--repair` needs the archived copies `--archive` finds.
    evidence: cli.noEvidence
      ? false
      : {
          ...settings.evidence,
          ...(cli.repair ? { archive: true } : {}),
          ...(cli.noSupport ? { support: false } : {}),
        },
    cache: cli.noCache ? null : cli.cache,
    password: cli.password,
    timestamps: cli.timestamps,
    maxInput: cli.maxInput,
    maxPages: cli.maxPages,
  }
}

function emptySettings(): PartialSettings {
  return { cli: {}, check: {}, evidence: {} }
}

/** Read a flag's text (or a config value) as its row's kind, then validate it by the row. */
function convert(spec: FlagSpec, value: unknown, where: string): unknown {
  const row = rowOf(spec)
  const converted = read(row, value, where)
  const expected = row.check(converted)
  if (expected !== null) throw unexpected(where, expected, value)
  return converted
}

function read(row: OptionRow<unknown>, value: unknown, where: string): unknown {
  const list = typeof value === 'string' ? [value] : value
  switch (row.kind) {
    case 'integer':
      return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
    case 'duration':
      if (typeof value !== 'string') return value
      try {
        return parseDuration(value)
      } catch {
        throw unexpected(where, 'a duration such as `500ms`, `20s` or `1d`', value)
      }
    case 'size':
      if (typeof value !== 'string') return value
      try {
        return parseSize(value)
      } catch {
        throw unexpected(where, 'a size such as `512KiB`, `64MiB` or `1GB`', value)
      }
    case 'string':
    case 'url':
    case 'choice':
      if (typeof value !== 'string' || value === '')
        throw unexpected(where, 'a non-empty string', value)
      return value
    case 'integers':
      if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return value
      return strings(list, where, 'a list of whole numbers')
        .flatMap((text) => text.split(','))
        .map((text) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text))
    case 'strings':
      return strings(list, where, 'a list of strings')
    case 'headers':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value
      return readHeaders(strings(list, where, "a list of 'Name: value'"), where)
    case 'patterns':
      return strings(list, where, 'a list of regular expressions').map((text) =>
        compile(text, where),
      )
    case 'remaps':
      return strings(list, where, "a list of '<regex> <replacement>'").map((text) =>
        readRemap(text, where),
      )
    default:
      return value
  }
}

function strings(value: unknown, where: string, what: string): Array<string> {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw unexpected(where, what, value)
  }
  return value
}

/** Parse `'Name: value'` headers. */
function readHeaders(lines: ReadonlyArray<string>, where: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const index = line.indexOf(':')
    const name = line.slice(0, index).trim()
    if (index < 1 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw unexpected(where, '`Name: value`', line)
    }
    headers[name.toLowerCase()] = line.slice(index + 1).trim()
  }
  return headers
}

/** Parse `'<regex> <replacement>'`. */
function readRemap(text: string, where: string): RemapRule {
  const match = /^(\S+)\s+(\S.*)$/.exec(text.trim())
  if (!match?.[1] || !match[2]) throw unexpected(where, '`<regex> <replacement>`', text)
  return { pattern: compile(match[1], where), replacement: match[2].trim() }
}

function compile(pattern: string, where: string): RegExp {
  try {
    return new RegExp(pattern)
  } catch (error) {
    throw new UsageError(
      `Unexpected pattern \`${pattern}\` for ${where}: ${(error as Error).message}`,
    )
  }
}

function unexpected(where: string, what: string, value: unknown): UsageError {
  return new UsageError(
    `Unexpected value \`${JSON.stringify(value)}\` for ${where}, expected ${what}`,
  )
}
