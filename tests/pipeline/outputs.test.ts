import { describe, expect, it } from 'vitest'
import { auditPapers } from '../../pipeline/audit.ts'
import { defaultCliSettings } from '../../pipeline/cli-options.ts'
import { checkStdoutOutputs, reportNames, summaryLine } from '../../pipeline/outputs.ts'
import { renderBar, wantsColor } from '../../pipeline/terminal.ts'

describe('reportNames', () => {
  it('names each paper by its base name, and joins directories in where names collide', () => {
    const names = reportNames(['a/paper.md', 'b/paper.md', 'notes.txt', 'index.md', 'x/notes.pdf'])
    expect([...names.values()]).toEqual(['a-paper', 'b-paper', 'notes', 'index-2', 'x-notes'])
    expect(new Set(names.values()).size).toBe(names.size)
  })
})

describe('checkStdoutOutputs', () => {
  it('allows one output to stdout and refuses two', () => {
    expect(() =>
      checkStdoutOutputs({ ...defaultCliSettings, out: '-', json: 'r.json' }),
    ).not.toThrow()
    expect(() => checkStdoutOutputs({ ...defaultCliSettings, out: '-', annotated: '-' })).toThrow(
      /`--out -` and `--annotated -`/,
    )
  })
})

describe('wantsColor', () => {
  const tty = { isTTY: true }
  it.each([
    ['a terminal', tty, {}, false, true],
    ['a pipe', { isTTY: false }, {}, false, false],
    ['--no-color', tty, { FORCE_COLOR: '1' }, true, false],
    ['NO_COLOR', tty, { NO_COLOR: '1' }, false, false],
    ['FORCE_COLOR on a pipe', { isTTY: false }, { FORCE_COLOR: '1' }, false, true],
    [
      'FORCE_COLOR over NO_COLOR, as Node does',
      { isTTY: false },
      { FORCE_COLOR: '1', NO_COLOR: '1' },
      false,
      true,
    ],
    ['FORCE_COLOR=0', tty, { FORCE_COLOR: '0' }, false, false],
    ['an empty NO_COLOR', tty, { NO_COLOR: '' }, false, true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, false, false],
  ])('decides %s', (_name, stream, env, noColor, expected) => {
    expect(wantsColor(stream, env, noColor)).toBe(expected)
  })
})

describe('renderBar', () => {
  it('fills in proportion and fits the terminal', () => {
    const progress = {
      done: 5,
      total: 10,
      live: 3,
      dead: 1,
      unverified: 1,
      excluded: 0,
      latest: { url: 'https://a.org/', status: 'live' as const, reason: 'ok' as const },
    }
    const bar = renderBar(progress, 1000, 100)
    expect(bar).toMatch(/^\[#+\.+\] 5\/10 links · 1 dead · 1 unverified · 5\.0\/s$/)
    const hashes = bar.match(/#/g)?.length ?? 0
    const dots = bar.match(/\.(?=[.\]])/g)?.length ?? 0
    expect(Math.abs(hashes - dots)).toBeLessThanOrEqual(1)
    expect(renderBar(progress, 1000, 30).length).toBeLessThan(30)
  })
})

describe('summaryLine', () => {
  it('counts claims citing print-only sources apart from missing sources, in the right number', async () => {
    const text =
      '# P\n\nA first claim.[^1] A second claim.[^2] A third claim.[^9]\n\n' +
      '[^1]: A. Author, *A Printed Book* (Press, 1999), 12.\n' +
      '[^2]: B. Author, *Another Book* (Press, 2001), 40.\n'
    const run = await auditPapers([{ path: 'p.md', bytes: new TextEncoder().encode(text) }], {
      evidence: false,
    })
    expect(summaryLine(run)).toMatch(
      /^citecheck: 3 claims, 2 footnotes, 0 links: .*; 1 claim with missing sources, 2 claims citing print-only sources$/,
    )
  })
})
