/**
 * The command line's options: its own table (outputs, exit policy, cache file), and one row per
 * flag naming the table and key it sets. A flag's kind, default, validation and help text come
 * from its table row, so the library decides each default once and `--help`, the config file
 * and the README cannot drift from it.
 */

import {
  booleanOption,
  choiceOption,
  defaultsOf,
  integerOption,
  type OptionRow,
  type OptionValues,
  sizeOption,
  stringOption,
  stringsOption,
} from '../sources/check/option-table.ts'
import { type CheckOptions, checkOptionTable } from '../sources/check/options.ts'
import { type EvidenceOptions, evidenceOptionTable } from '../sources/evidence/options.ts'
import { defaultMaxInput, defaultMaxPages } from './read-limits.ts'

/** Formats stdin can be read as; `auto` sniffs a PDF, else reads text (Markdown when it looks so). */
export const stdinFormats = ['auto', 'text', 'markdown', 'pdf'] as const

/** A format of stdin. */
export type StdinFormat = (typeof stdinFormats)[number]

/** Subcommands. */
export type Command = 'audit' | 'parse' | 'urls'

/** Every subcommand. */
export const commands: ReadonlyArray<Command> = ['audit', 'parse', 'urls']

/**
 * Levels for `--fail-on`, from the most to the least severe (`print-only`: also fail on print
 * citations, which have no link to check; `missing` and `unverified` do not).
 */
export const failOnLevels = [
  'dead',
  'missing',
  'unverified',
  'print-only',
  'new-dead',
  'none',
] as const

/** What `--fail-on` accepts. */
export type FailOn = (typeof failOnLevels)[number]

/** The command line's own options (what to write, when to fail, where the cache lives). */
export const cliOptionTable = {
  /** Write the JSON result to this file (`-`: stdout). */
  json: stringOption<string | null>(null, {
    description: 'write the JSON result to a file (`-`: stdout)',
  }),
  /** Write the Markdown report to this file (`-`: stdout); default `out/<paper>.md`. */
  out: stringOption<string | null>(null, {
    description: 'write the Markdown report (`-`: stdout)',
    display: 'out/<paper>.md',
  }),
  /** Write no Markdown report (the other outputs and the terminal list stay). */
  noReport: booleanOption(false, {
    description: 'write no Markdown report (for hooks: the terminal list says what failed)',
  }),
  /** Write the paper re-emitted with GFM footnotes and verdicts to this file. */
  annotated: stringOption<string | null>(null, {
    description: 'write the paper re-emitted with GFM footnotes and verdicts',
  }),
  /** Exit 2 when a source at or above this level is found. */
  failOn: choiceOption('dead', failOnLevels, {
    description: `exit 2 when a source at or above this level is found: ${failOnLevels.join(', ')}`,
  }),
  /** Write the self-contained HTML review page to this file. */
  html: stringOption<string | null>(null, {
    description: 'write the self-contained HTML review page',
  }),
  /** Write the paper back with dead links' archived copies added to their citations. */
  repair: stringOption<string | null>(null, {
    description:
      "write the paper back with each dead link's archived copy added to its citation (implies --archive; text and Markdown papers)",
  }),
  /** Write a SARIF 2.1.0 log (code scanning) to this file. */
  sarif: stringOption<string | null>(null, {
    description: 'write a SARIF 2.1.0 log: one result per dead, missing or unverified source',
  }),
  /** Write a JUnit XML report to this file. */
  junit: stringOption<string | null>(null, {
    description: 'write JUnit XML: one test case per claim, failing per --fail-on',
  }),
  /** An earlier JSON result to compare with. */
  baseline: stringOption<string | null>(null, {
    description: 'compare with an earlier JSON result; adds "Changes since last run"',
  }),
  /** Keep timestamps and durations in the JSON result. */
  timestamps: booleanOption(false, {
    description: 'include timestamps and durations in the JSON result',
  }),
  /** Say nothing on stderr but errors. */
  quiet: booleanOption(false, { description: 'say nothing on stderr but errors' }),
  /** Show every link as it is checked and every item needing attention. */
  verbose: booleanOption(false, {
    description: 'show every link as it is checked and every item needing attention',
  }),
  /** No colours (also `NO_COLOR`; `FORCE_COLOR` forces them). */
  noColor: booleanOption(false, {
    description: 'no colours on stderr (also NO_COLOR; FORCE_COLOR forces them)',
  }),
  /** What stdin (`-`) holds. */
  stdinFormat: choiceOption('auto', stdinFormats, {
    description: `what \`-\` (stdin) holds: ${stdinFormats.join(', ')}`,
  }),
  /** Paths to leave out of directories and globs (gitignore patterns, as `.citecheckignore`). */
  excludePath: stringsOption({
    description:
      'leave paths matching this gitignore pattern out of directories and globs (repeatable)',
  }),
  /** Base URL of the documentation the reports link reason ids to. */
  docsUrl: stringOption<string | null>(null, {
    description: 'where reports link reason ids to',
    display: 'the README on the repository',
  }),
  /** Password of an encrypted PDF. */
  password: stringOption<string | null>(null, { description: 'password of an encrypted PDF' }),
  /** Papers larger than this are refused before they are read. */
  maxInput: sizeOption(defaultMaxInput, 1, {
    description: 'refuse a paper file larger than this, before reading it',
  }),
  /** PDFs with more pages than this are refused before their text is read. */
  maxPages: integerOption(defaultMaxPages, 1, {
    description: 'refuse a PDF with more pages than this',
  }),
  /** The verdict cache file. */
  cache: stringOption('.citecheck-cache.json', {
    description: 'cache of definitive verdicts (live, dead)',
  }),
  /** Neither read nor write the cache. */
  noCache: booleanOption(false, { description: 'neither read nor write the cache' }),
  /** No evidence at all. */
  noEvidence: booleanOption(false, {
    description: 'skip page evidence (soft 404s, titles, fragments, DOI handles, support)',
  }),
  /** No support check (the evidence `support: false`). */
  noSupport: booleanOption(false, {
    description: 'skip the support check (the passage supporting each claim, its numbers)',
  }),
}

/** The command line's own settings. */
export type CliSettings = OptionValues<typeof cliOptionTable>

/** Defaults of the command line's own settings. */
export const defaultCliSettings: Readonly<CliSettings> = defaultsOf(cliOptionTable)

/** The tables a flag can set, by name. */
export const optionTables = {
  cli: cliOptionTable,
  check: checkOptionTable,
  evidence: evidenceOptionTable,
} as const

/** One flag: the table row it sets, the commands it applies to, and its `--help` placeholder. */
export type FlagSpec = {
  /** Flag name without dashes (`host-concurrency`); its config key is `key`. */
  flag: string
  /** Commands the flag applies to. */
  commands: ReadonlyArray<Command>
  /** Placeholder in `--help` (`<n>`); none for a boolean. */
  value?: string
  /** One-letter alias (`v` for `-v`). */
  short?: string
} & (
  | { table: 'cli'; key: keyof CliSettings }
  | { table: 'check'; key: keyof CheckOptions }
  | { table: 'evidence'; key: keyof EvidenceOptions }
)

const all = commands
const audit: ReadonlyArray<Command> = ['audit']

/** Every flag, in `--help` order. */
export const flagSpecs: ReadonlyArray<FlagSpec> = [
  { flag: 'json', table: 'cli', key: 'json', commands: all, value: '<path|->' },
  { flag: 'out', table: 'cli', key: 'out', commands: audit, value: '<path|->' },
  { flag: 'no-report', table: 'cli', key: 'noReport', commands: audit },
  { flag: 'annotated', table: 'cli', key: 'annotated', commands: audit, value: '<path>' },
  { flag: 'html', table: 'cli', key: 'html', commands: audit, value: '<path>' },
  { flag: 'repair', table: 'cli', key: 'repair', commands: audit, value: '<path>' },
  { flag: 'sarif', table: 'cli', key: 'sarif', commands: audit, value: '<path>' },
  { flag: 'junit', table: 'cli', key: 'junit', commands: audit, value: '<path>' },
  { flag: 'fail-on', table: 'cli', key: 'failOn', commands: audit, value: '<level>' },
  { flag: 'baseline', table: 'cli', key: 'baseline', commands: audit, value: '<result.json>' },
  { flag: 'timestamps', table: 'cli', key: 'timestamps', commands: audit },
  { flag: 'quiet', table: 'cli', key: 'quiet', commands: all, short: 'q' },
  { flag: 'verbose', table: 'cli', key: 'verbose', commands: audit, short: 'v' },
  { flag: 'no-color', table: 'cli', key: 'noColor', commands: all },
  { flag: 'stdin-format', table: 'cli', key: 'stdinFormat', commands: all, value: '<format>' },
  { flag: 'exclude-path', table: 'cli', key: 'excludePath', commands: all, value: '<pattern>' },
  { flag: 'docs-url', table: 'cli', key: 'docsUrl', commands: audit, value: '<url>' },
  { flag: 'password', table: 'cli', key: 'password', commands: all, value: '<text>' },
  { flag: 'max-input', table: 'cli', key: 'maxInput', commands: all, value: '<size>' },
  { flag: 'max-pages', table: 'cli', key: 'maxPages', commands: all, value: '<n>' },
  { flag: 'concurrency', table: 'check', key: 'concurrency', commands: audit, value: '<n>' },
  {
    flag: 'host-concurrency',
    table: 'check',
    key: 'hostConcurrency',
    commands: audit,
    value: '<n>',
  },
  {
    flag: 'host-interval',
    table: 'check',
    key: 'hostInterval',
    commands: audit,
    value: '<duration>',
  },
  { flag: 'timeout', table: 'check', key: 'timeout', commands: audit, value: '<duration>' },
  {
    flag: 'link-timeout',
    table: 'check',
    key: 'linkTimeout',
    commands: audit,
    value: '<duration>',
  },
  { flag: 'retries', table: 'check', key: 'retries', commands: audit, value: '<n>' },
  {
    flag: 'max-retry-wait',
    table: 'check',
    key: 'maxRetryWait',
    commands: audit,
    value: '<duration>',
  },
  { flag: 'accept', table: 'check', key: 'accept', commands: audit, value: '<codes>' },
  { flag: 'max-redirects', table: 'check', key: 'maxRedirects', commands: audit, value: '<n>' },
  { flag: 'user-agent', table: 'check', key: 'userAgent', commands: audit, value: '<text>' },
  { flag: 'header', table: 'check', key: 'headers', commands: audit, value: "'Name: value'" },
  { flag: 'allow-private', table: 'check', key: 'allowPrivate', commands: audit },
  {
    flag: 'remap',
    table: 'check',
    key: 'remap',
    commands: audit,
    value: "'<regex> <replacement>'",
  },
  { flag: 'exclude', table: 'check', key: 'exclude', commands: audit, value: '<regex>' },
  { flag: 'cache', table: 'cli', key: 'cache', commands: audit, value: '<path>' },
  { flag: 'no-cache', table: 'cli', key: 'noCache', commands: audit },
  {
    flag: 'max-cache-age',
    table: 'check',
    key: 'maxCacheAge',
    commands: audit,
    value: '<duration>',
  },
  { flag: 'no-evidence', table: 'cli', key: 'noEvidence', commands: audit },
  { flag: 'no-support', table: 'cli', key: 'noSupport', commands: audit },
  { flag: 'archive', table: 'evidence', key: 'archive', commands: audit },
  { flag: 'doi-api', table: 'evidence', key: 'doiApi', commands: audit, value: '<url>' },
  { flag: 'archive-api', table: 'evidence', key: 'archiveApi', commands: audit, value: '<url>' },
]

/** The table row a flag sets. */
export function rowOf(spec: FlagSpec): OptionRow<unknown> {
  const table: Record<string, OptionRow<unknown>> = optionTables[spec.table]
  const row = table[spec.key]
  if (row === undefined) throw new Error(`No row \`${spec.key}\` in the ${spec.table} table`)
  return row
}
