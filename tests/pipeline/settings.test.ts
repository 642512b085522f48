import { describe, expect, it } from 'vitest'
import { formatDuration } from '../../pipeline/check-options.ts'
import { UsageError } from '../../pipeline/errors.ts'
import { renderHelp } from '../../pipeline/help.ts'
import { defaultSettings, optionSpecs } from '../../pipeline/options.ts'
import { mergeSettings, parseConfig, parseInvocation } from '../../pipeline/settings.ts'
import { parseDuration } from '../../sources/duration.ts'

describe('parseInvocation', () => {
  it('defaults to `audit` of the bundled paper', () => {
    expect(parseInvocation([])).toMatchObject({ command: 'audit', file: null, flags: {} })
  })

  it('reads a subcommand, a file and typed flags', () => {
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
      '--allow-private',
    ])
    expect(invocation.command).toBe('audit')
    expect(invocation.file).toBe('paper.md')
    expect(invocation.flags).toEqual({
      concurrency: 8,
      timeout: 1500,
      remap: ['a b', 'c d'],
      allowPrivate: true,
    })
  })

  it('treats a first positional that is not a command as the paper', () => {
    expect(parseInvocation(['paper.txt'])).toMatchObject({ command: 'audit', file: 'paper.txt' })
  })

  it.each([
    [['--concurrency', 'many'], /--concurrency, expected a whole number/],
    [['--timeout', 'soon'], /--timeout, expected a duration/],
    [['--fail-on', 'often'], /--fail-on, expected one of dead, missing/],
    [['--bogus'], /bogus/],
    [
      ['parse', 'a.txt', '--concurrency', '3'],
      /Unexpected option `--concurrency` for `citecheck parse`/,
    ],
    [['a.txt', 'b.txt'], /Unexpected extra arguments `b.txt`/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseInvocation(argv)).toThrow(UsageError)
    expect(() => parseInvocation(argv)).toThrow(message)
  })
})

describe('parseConfig', () => {
  it('accepts known keys with JSON types and durations as numbers or text', () => {
    expect(
      parseConfig({ concurrency: 4, hostInterval: '1s', timeout: 500, exclude: ['x'] }, 'c.json'),
    ).toEqual({ concurrency: 4, hostInterval: 1000, timeout: 500, exclude: ['x'] })
  })

  it('names an unknown key', () => {
    expect(() => parseConfig({ concurency: 4 }, 'c.json')).toThrow(
      /Unexpected key `concurency` in `c.json`/,
    )
  })

  it('rejects a wrong type and a non-object', () => {
    expect(() => parseConfig({ allowPrivate: 'yes' }, 'c.json')).toThrow(/expected true or false/)
    expect(() => parseConfig([1], 'c.json')).toThrow(/expected a JSON object/)
  })

  it('lets flags override the config, and the config override defaults', () => {
    const settings = mergeSettings({ concurrency: 4, retries: 0 }, { concurrency: 9 })
    expect(settings.concurrency).toBe(9)
    expect(settings.retries).toBe(0)
    expect(settings.timeout).toBe(defaultSettings.timeout)
  })
})

describe('renderHelp', () => {
  it('lists every audit option with its default', () => {
    const help = renderHelp('audit')
    for (const spec of optionSpecs.filter((spec) => spec.commands.includes('audit'))) {
      expect(help).toContain(`--${spec.flag}`)
      expect(help).toContain(`(default: ${spec.default})`)
    }
  })

  it('has a config key for every setting', () => {
    const keys = new Set(optionSpecs.map((spec) => spec.key))
    expect([...keys].sort()).toEqual(Object.keys(defaultSettings).sort())
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

describe('defaults', () => {
  it('shows in --help the defaults the settings really have', () => {
    for (const spec of optionSpecs) {
      const value = defaultSettings[spec.key]
      if (spec.kind === 'integer') expect(spec.default, spec.flag).toBe(String(value))
      if (spec.kind === 'duration') expect(parseDuration(spec.default), spec.flag).toBe(value)
    }
  })
})
