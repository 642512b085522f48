/**
 * Every option of the command line, once: flag, config key, default and help text. The CLI's
 * parser, `--help` and `citecheck.config.json` validation are all generated from this table, so
 * they cannot drift apart.
 */

import { defaultCheckOptions } from '../sources/options.ts'

/** Subcommands. */
export type Command = 'audit' | 'parse' | 'urls'

/** One option of the command line and of the config file. */
export interface OptionSpec {
  /** Flag name without dashes (`host-concurrency`). */
  flag: string
  /** Key in `citecheck.config.json` and in `Settings` (`hostConcurrency`). */
  key: keyof Settings
  /** Value kind: a flag (`boolean`), text, a whole number, a duration (`500ms`, `20s`), a list. */
  kind: 'boolean' | 'string' | 'integer' | 'duration' | 'list'
  /** Default shown in `--help`. */
  default: string
  /** Commands the option applies to. */
  commands: ReadonlyArray<Command>
  /** Placeholder in `--help` (`<n>`). */
  value?: string
  /** One line of help. */
  description: string
}

/** Levels for `--fail-on`. */
export const failOnLevels = ['dead', 'missing', 'unverified', 'new-dead', 'none'] as const

/** What `--fail-on` accepts. */
export type FailOn = (typeof failOnLevels)[number]

/** All settings after defaults, config file and flags are merged. Durations are milliseconds. */
export interface Settings {
  json: string | null
  out: string | null
  annotated: string | null
  failOn: FailOn
  baseline: string | null
  timestamps: boolean
  quiet: boolean
  password: string | null
  concurrency: number
  hostConcurrency: number
  hostInterval: number
  timeout: number
  retries: number
  maxRetryWait: number
  maxRedirects: number
  userAgent: string | null
  header: Array<string>
  allowPrivate: boolean
  remap: Array<string>
  exclude: Array<string>
  cache: string
  noCache: boolean
  maxCacheAge: number
  noEvidence: boolean
  archive: boolean
  doiApi: string
  archiveApi: string
}

const all: ReadonlyArray<Command> = ['audit', 'parse', 'urls']
const audit: ReadonlyArray<Command> = ['audit']

/** The option table. */
export const optionSpecs: ReadonlyArray<OptionSpec> = [
  {
    flag: 'json',
    key: 'json',
    kind: 'string',
    default: '(none)',
    commands: all,
    value: '<path|->',
    description: 'write the JSON result to a file (`-`: stdout)',
  },
  {
    flag: 'out',
    key: 'out',
    kind: 'string',
    default: 'out/<paper>.md',
    commands: audit,
    value: '<path|->',
    description: 'write the Markdown report (`-`: stdout)',
  },
  {
    flag: 'annotated',
    key: 'annotated',
    kind: 'string',
    default: '(none)',
    commands: audit,
    value: '<path>',
    description: 'write the paper re-emitted with GFM footnotes and verdicts',
  },
  {
    flag: 'fail-on',
    key: 'failOn',
    kind: 'string',
    default: 'dead',
    commands: audit,
    value: '<level>',
    description: `exit 2 when a source at or above this level is found: ${failOnLevels.join(', ')}`,
  },
  {
    flag: 'baseline',
    key: 'baseline',
    kind: 'string',
    default: '(none)',
    commands: audit,
    value: '<result.json>',
    description: 'compare with an earlier JSON result; adds "Changes since last run"',
  },
  {
    flag: 'timestamps',
    key: 'timestamps',
    kind: 'boolean',
    default: 'false',
    commands: audit,
    description: 'include timestamps and durations in the JSON result',
  },
  {
    flag: 'quiet',
    key: 'quiet',
    kind: 'boolean',
    default: 'false',
    commands: all,
    description: 'no progress line and no summary on stderr',
  },
  {
    flag: 'password',
    key: 'password',
    kind: 'string',
    default: '(none)',
    commands: all,
    value: '<text>',
    description: 'password of an encrypted PDF',
  },
  {
    flag: 'concurrency',
    key: 'concurrency',
    kind: 'integer',
    default: '32',
    commands: audit,
    value: '<n>',
    description: 'requests in flight at once, over all hosts',
  },
  {
    flag: 'host-concurrency',
    key: 'hostConcurrency',
    kind: 'integer',
    default: '2',
    commands: audit,
    value: '<n>',
    description: 'requests in flight at once to one host',
  },
  {
    flag: 'host-interval',
    key: 'hostInterval',
    kind: 'duration',
    default: '50ms',
    commands: audit,
    value: '<duration>',
    description: 'minimum gap between two requests to one host',
  },
  {
    flag: 'timeout',
    key: 'timeout',
    kind: 'duration',
    default: '20s',
    commands: audit,
    value: '<duration>',
    description: 'timeout of one attempt (connect, headers and body)',
  },
  {
    flag: 'retries',
    key: 'retries',
    kind: 'integer',
    default: '2',
    commands: audit,
    value: '<n>',
    description: 'retries for resets, timeouts, 408, 429, 500, 502, 503, 504',
  },
  {
    flag: 'max-retry-wait',
    key: 'maxRetryWait',
    kind: 'duration',
    default: '60s',
    commands: audit,
    value: '<duration>',
    description: 'longest Retry-After obeyed; beyond it the link is unverified (rate-limited)',
  },
  {
    flag: 'max-redirects',
    key: 'maxRedirects',
    kind: 'integer',
    default: '10',
    commands: audit,
    value: '<n>',
    description: 'redirect hops followed before a link is dead (redirect-loop)',
  },
  {
    flag: 'user-agent',
    key: 'userAgent',
    kind: 'string',
    default: 'citecheck/<version>',
    commands: audit,
    value: '<text>',
    description: 'User-Agent header',
  },
  {
    flag: 'header',
    key: 'header',
    kind: 'list',
    default: '(none)',
    commands: audit,
    value: "'Name: value'",
    description: 'extra request header (repeatable)',
  },
  {
    flag: 'allow-private',
    key: 'allowPrivate',
    kind: 'boolean',
    default: 'false',
    commands: audit,
    description: 'allow loopback, private and link-local addresses',
  },
  {
    flag: 'remap',
    key: 'remap',
    kind: 'list',
    default: '(none)',
    commands: audit,
    value: "'<regex> <replacement>'",
    description: 'rewrite URLs before checking (repeatable)',
  },
  {
    flag: 'exclude',
    key: 'exclude',
    kind: 'list',
    default: '(none)',
    commands: audit,
    value: '<regex>',
    description: 'do not check URLs matching this pattern (repeatable)',
  },
  {
    flag: 'cache',
    key: 'cache',
    kind: 'string',
    default: '.citecheck-cache.json',
    commands: audit,
    value: '<path>',
    description: 'cache of definitive verdicts (live, dead)',
  },
  {
    flag: 'no-cache',
    key: 'noCache',
    kind: 'boolean',
    default: 'false',
    commands: audit,
    description: 'neither read nor write the cache',
  },
  {
    flag: 'max-cache-age',
    key: 'maxCacheAge',
    kind: 'duration',
    default: '1d',
    commands: audit,
    value: '<duration>',
    description: 'reuse cached verdicts younger than this',
  },
  {
    flag: 'no-evidence',
    key: 'noEvidence',
    kind: 'boolean',
    default: 'false',
    commands: audit,
    description: 'skip page evidence (soft 404s, titles, fragments, DOI handles)',
  },
  {
    flag: 'archive',
    key: 'archive',
    kind: 'boolean',
    default: 'false',
    commands: audit,
    description: 'look up Wayback Machine copies of dead and unverified links',
  },
  {
    flag: 'doi-api',
    key: 'doiApi',
    kind: 'string',
    default: 'https://doi.org/api/handles/',
    commands: audit,
    value: '<url>',
    description: 'DOI handle API base URL',
  },
  {
    flag: 'archive-api',
    key: 'archiveApi',
    kind: 'string',
    default: 'https://web.archive.org/cdx/search/cdx',
    commands: audit,
    value: '<url>',
    description: 'Wayback CDX API endpoint',
  },
]

/** Default settings (durations in milliseconds). */
export const defaultSettings: Readonly<Settings> = {
  json: null,
  out: null,
  annotated: null,
  failOn: 'dead',
  baseline: null,
  timestamps: false,
  quiet: false,
  password: null,
  // The checker's defaults are the CLI's: one place decides them.
  concurrency: defaultCheckOptions.concurrency,
  hostConcurrency: defaultCheckOptions.hostConcurrency,
  hostInterval: defaultCheckOptions.hostInterval,
  timeout: defaultCheckOptions.timeout,
  retries: defaultCheckOptions.retries,
  maxRetryWait: defaultCheckOptions.maxRetryWait,
  maxRedirects: defaultCheckOptions.maxRedirects,
  userAgent: null,
  header: [],
  allowPrivate: false,
  remap: [],
  exclude: [],
  cache: '.citecheck-cache.json',
  noCache: false,
  maxCacheAge: defaultCheckOptions.maxCacheAge,
  noEvidence: false,
  archive: false,
  doiApi: 'https://doi.org/api/handles/',
  archiveApi: 'https://web.archive.org/cdx/search/cdx',
}
