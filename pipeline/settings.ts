/**
 * Turn argv and `citecheck.config.json` into typed `Settings`. Pure: the caller reads the config
 * file. Bad input throws `UsageError` naming the option or key.
 */
import { parseArgs } from 'node:util'
import { parseDuration } from '../sources/duration.ts'
import { UsageError } from './errors.ts'
import {
  type Command,
  defaultSettings,
  type FailOn,
  failOnLevels,
  type OptionSpec,
  optionSpecs,
  type Settings,
} from './options.ts'

/** What the command line asks for. */
export interface Invocation {
  /** Subcommand (default `audit`). */
  command: Command
  /** The paper, or `null` for the bundled one. */
  file: string | null
  /** Settings given as flags (override the config file). */
  flags: Partial<Settings>
  /** `--config <path>`, or `null` to look for `citecheck.config.json` in the working directory. */
  config: string | null
  /** `--help` was given. */
  help: boolean
  /** `--version` was given. */
  version: boolean
}

const commands: ReadonlyArray<Command> = ['audit', 'parse', 'urls']

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
  for (const spec of optionSpecs) {
    options[spec.flag] = {
      type: spec.kind === 'boolean' ? 'boolean' : 'string',
      ...(spec.kind === 'list' ? { multiple: true } : {}),
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
  if (positionals.length > 1) {
    throw new UsageError(
      `Unexpected extra arguments \`${positionals.slice(1).join(' ')}\`, expected one paper`,
    )
  }
  const values = parsed.values as Record<string, string | boolean | Array<string> | undefined>
  const flags: Record<string, unknown> = {}
  for (const spec of optionSpecs) {
    const value = values[spec.flag]
    if (value === undefined) continue
    if (!spec.commands.includes(command)) {
      throw new UsageError(`Unexpected option \`--${spec.flag}\` for \`citecheck ${command}\``)
    }
    flags[spec.key] = convert(spec, value, `--${spec.flag}`)
  }
  return {
    command,
    file: positionals[0] ?? null,
    flags: flags as Partial<Settings>,
    config: typeof values.config === 'string' ? values.config : null,
    help: values.help === true,
    version: values.version === true,
  }
}

/** Validate a parsed `citecheck.config.json`; unknown keys and wrong types are errors naming the key. */
export function parseConfig(data: unknown, path: string): Partial<Settings> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`Unexpected content in \`${path}\`, expected a JSON object of options`)
  }
  const byKey = new Map(optionSpecs.map((spec) => [spec.key as string, spec]))
  const settings: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const spec = byKey.get(key)
    if (!spec) {
      throw new UsageError(
        `Unexpected key \`${key}\` in \`${path}\`, expected one of: ${[...byKey.keys()].join(', ')}`,
      )
    }
    settings[key] = convert(spec, value, `\`${key}\` in \`${path}\``)
  }
  return settings as Partial<Settings>
}

/** Merge defaults, the config file and flags (flags win). */
export function mergeSettings(config: Partial<Settings>, flags: Partial<Settings>): Settings {
  return { ...defaultSettings, ...config, ...flags }
}

function convert(spec: OptionSpec, value: unknown, where: string): unknown {
  switch (spec.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw expected(where, 'true or false', value)
      return value
    case 'list':
      if (typeof value === 'string') return [value]
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        throw expected(where, 'a list of strings', value)
      }
      return value
    case 'integer': {
      const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
      if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) {
        throw expected(where, 'a whole number', value)
      }
      return number
    }
    case 'duration':
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value
      if (typeof value !== 'string')
        throw expected(where, 'a duration such as `500ms` or `20s`', value)
      try {
        return parseDuration(value)
      } catch {
        throw expected(where, 'a duration such as `500ms`, `20s` or `1d`', value)
      }
    case 'string':
      if (typeof value !== 'string' || value === '')
        throw expected(where, 'a non-empty string', value)
      if (spec.key === 'failOn' && !(failOnLevels as ReadonlyArray<string>).includes(value)) {
        throw expected(where, `one of ${failOnLevels.join(', ')}`, value)
      }
      return spec.key === 'failOn' ? (value as FailOn) : value
  }
}

function expected(where: string, what: string, value: unknown): UsageError {
  return new UsageError(
    `Unexpected value \`${JSON.stringify(value)}\` for ${where}, expected ${what}`,
  )
}
