import { describe, expect, it } from 'vitest'
import { flagSpecs, rowOf } from '../../pipeline/cli-options.ts'
import { UsageError } from '../../pipeline/errors.ts'
import { formatDefault, renderHelp } from '../../pipeline/help.ts'
import {
  mergeSettings,
  parseConfig,
  parseInvocation,
  toAuditOptions,
} from '../../pipeline/settings.ts'
import { defaultCheckOptions, formatDuration, parseDuration } from '../../sources/check/index.ts'

const none = { cli: {}, check: {}, evidence: {} }

describe('parseInvocation', () => {
  it('defaults to `audit`, naming no paper', () => {
    expect(parseInvocation([])).toMatchObject({ command: 'audit', files: [], flags: none })
  })

  it('reads a subcommand, a file and typed flags into the table each belongs to', () => {
    const invocation = parseInvocation([
      'audit',
      'paper.md',
      '--concurrency',
      '8',
      '--timeout',
      '1.5s',
      '--remap',
      'a b',
      '--remap',
      'c d',
      '--header',
      'X-Token: 1',
      '--allow-private',
      '--archive',
      '--fail-on',
      'missing',
      '--accept',
      '403,429',
      '--accept',
      '451',
    ])
    expect(invocation.command).toBe('audit')
    expect(invocation.files).toEqual(['paper.md'])
    expect(invocation.flags).toEqual({
      cli: { failOn: 'missing' },
      check: {
        concurrency: 8,
        timeout: 1500,
        remap: [
          { pattern: /a/, replacement: 'b' },
          { pattern: /c/, replacement: 'd' },
        ],
        headers: { 'x-token': '1' },
        allowPrivate: true,
        accept: [403, 429, 451],
      },
      evidence: { archive: true },
    })
  })

  it('treats a first positional that is not a command as the paper', () => {
    expect(parseInvocation(['paper.txt'])).toMatchObject({ command: 'audit', files: ['paper.txt'] })
  })

  it.each([
    [['--concurrency', 'many'], /--concurrency`, expected a positive integer/],
    [['--concurrency', '0'], /--concurrency`, expected a positive integer/],
    [['--timeout', 'soon'], /--timeout`, expected a duration/],
    [['--fail-on', 'often'], /--fail-on`, expected one of dead, missing/],
    [['--exclude', '('], /Unexpected pattern `\(` for `--exclude`/],
    [['--header', 'no colon'], /--header`, expected `Name: value`/],
    [['--doi-api', 'not a url'], /--doi-api`, expected an absolute URL/],
    [['--accept', '999'], /--accept`, expected an array of integers from 100 to 599/],
    [['--bogus'], /bogus/],
    [
      ['parse', 'a.txt', '--concurrency', '3'],
      /Unexpected option `--concurrency` for `citecheck parse`/,
    ],
    [['parse', 'a.txt', 'b.txt'], /Unexpected extra arguments `b.txt`/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseInvocation(argv)).toThrow(UsageError)
    expect(() => parseInvocation(argv)).toThrow(message)
  })
})

describe('parseConfig', () => {
  it('accepts the flags’ keys with JSON types, durations as numbers or text', () => {
    expect(
      parseConfig(
        { concurrency: 4, hostInterval: '1s', timeout: 500, exclude: ['x'], failOn: 'none' },
        'c.json',
      ),
    ).toEqual({
      cli: { failOn: 'none' },
      check: { concurrency: 4, hostInterval: 1000, timeout: 500, exclude: [/x/] },
      evidence: {},
    })
  })

  it('takes headers as a list or as an object', () => {
    expect(parseConfig({ headers: ['A: 1'] }, 'c.json').check).toEqual({ headers: { a: '1' } })
    expect(parseConfig({ headers: { B: '2' } }, 'c.json').check).toEqual({ headers: { B: '2' } })
  })

  it('names an unknown key', () => {
    expect(() => parseConfig({ concurency: 4 }, 'c.json')).toThrow(
      /Unexpected key `concurency` in `c.json`/,
    )
  })

  it('rejects a wrong type and a non-object', () => {
    expect(() => parseConfig({ allowPrivate: 'yes' }, 'c.json')).toThrow(/expected a boolean/)
    expect(() => parseConfig([1], 'c.json')).toThrow(/expected a JSON object/)
  })
})

describe('mergeSettings and toAuditOptions', () => {
  it('lets flags override the config, and leaves unset library options to the library', () => {
    const settings = mergeSettings(
      { cli: { quiet: true }, check: { concurrency: 4, retries: 0 }, evidence: {} },
      { cli: {}, check: { concurrency: 9 }, evidence: {} },
    )
    expect(settings.check).toEqual({ concurrency: 9, retries: 0 })
    expect(settings.cli.quiet).toBe(true)
    expect(settings.cli.cache).toBe('.citecheck-cache.json')
  })

  it('maps --no-cache and --no-evidence onto the library’s `null` and `false`', () => {
    const base = mergeSettings(none, none)
    expect(toAuditOptions(base)).toMatchObject({ cache: '.citecheck-cache.json', evidence: {} })
    const off = mergeSettings(none, parseInvocation(['--no-cache', '--no-evidence']).flags)
    expect(toAuditOptions(off)).toMatchObject({ cache: null, evidence: false })
  })

  it('maps --no-support onto the evidence option `support: false`', () => {
    const off = mergeSettings(none, parseInvocation(['--no-support', '--archive']).flags)
    expect(toAuditOptions(off).evidence).toEqual({ archive: true, support: false })
    const config = parseConfig({ noSupport: true }, 'citecheck.config.json')
    expect(toAuditOptions(mergeSettings(config, none)).evidence).toEqual({ support: false })
  })
})

describe('the flag table', () => {
  it('points every flag at a real, documented row, with one config key each', () => {
    const keys = flagSpecs.map((spec) => spec.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const spec of flagSpecs) expect(rowOf(spec).description, spec.flag).toBeTruthy()
  })

  it('shows every default in --help, and each shown default reads back as the default', () => {
    const help = renderHelp('audit')
    for (const spec of flagSpecs.filter((item) => item.commands.includes('audit'))) {
      const row = rowOf(spec)
      const shown = formatDefault(row)
      expect(help, spec.flag).toContain(`--${spec.flag}`)
      expect(help, spec.flag).toContain(`(default: ${shown})`)
      if (row.display !== undefined || shown === '(none)') continue
      // The text --help shows, given back as the flag, is the library's default value.
      const argv = row.kind === 'boolean' ? [] : [`--${spec.flag}`, shown]
      const read = parseInvocation(argv).flags[spec.table][spec.key]
      expect(read ?? row.default, spec.flag).toEqual(row.default)
    }
  })

  it('takes the checker’s defaults from the checker', () => {
    expect(renderHelp('audit')).toContain(
      `(default: ${formatDuration(defaultCheckOptions.timeout)})`,
    )
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [50, '50ms'],
    [1500, '1500ms'],
    [20_000, '20s'],
    [90_000, '90s'],
    [120_000, '2m'],
    [86_400_000, '1d'],
  ])('formats %d ms as %s, which parses back', (milliseconds, text) => {
    expect(formatDuration(milliseconds)).toBe(text)
    expect(parseDuration(text)).toBe(milliseconds)
  })
})
