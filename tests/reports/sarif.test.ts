/**
 * SARIF: valid against the official 2.1.0 schema, and pointing at the right lines of a real
 * paper (lines found by searching the paper's text, not by asking citecheck).
 */

import type { Log, Result } from 'sarif'
import { describe, expect, it } from 'vitest'
import type { AuditResult, AuditRun } from '../../pipeline/types.ts'
import { describeReason } from '../../reports/reasons.ts'
import { renderSarif } from '../../reports/sarif.ts'
import { toArtifactLocation } from '../../reports/sarif-location.ts'
import { validateSarif } from '../helpers/sarif-schema.ts'
import { buildHostileAudit } from './fixtures/hostile.ts'
import { buildMixedAudit } from './fixtures/mixed.ts'
import { buildThreePaperRun, floodsPaper, lineContaining, lineStarting } from './fixtures/papers.ts'
import { buildIncompleteAudit, buildOfflineAudit } from './fixtures/runs.ts'

const docsUrl = 'https://docs.test/citecheck/README.md'

/** A run over one audit. */
function runOf(result: AuditResult, path = result.document.path): AuditRun {
  return { papers: [{ path, result }], network: result.network, incomplete: result.incomplete }
}

/** Render and parse. */
function sarifOf(run: AuditRun, options: Parameters<typeof renderSarif>[1] = { docsUrl }): Log {
  return JSON.parse(renderSarif(run, options)) as Log
}

/** Results of one paper. */
function resultsFor(log: Log, uri: string): Array<Result> {
  return (log.runs[0]?.results ?? []).filter(
    (result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri === uri,
  )
}

/** The one result with this rule id. */
function only(results: Array<Result>, ruleId: string): Result {
  const found = results.filter((result) => result.ruleId === ruleId)
  expect(found, ruleId).toHaveLength(1)
  return found[0] as Result
}

/** Start lines of a result's related locations. */
function relatedLines(result: Result): Array<number | undefined> {
  return (result.relatedLocations ?? []).map((item) => item.physicalLocation?.region?.startLine)
}

describe('renderSarif', async () => {
  const three = await buildThreePaperRun()

  it('validates against the SARIF 2.1.0 schema', () => {
    const runs: Array<[string, AuditRun]> = [
      ['three papers', three],
      ['mixed', runOf(buildMixedAudit())],
      ['hostile', runOf(buildHostileAudit())],
      ['offline', runOf(buildOfflineAudit())],
      ['incomplete', runOf(buildIncompleteAudit())],
      ['stdin', runOf(buildMixedAudit(), '-')],
      ['spaces and absolute', runOf(buildMixedAudit(), '/home/a user/my paper #1.md')],
      ['no papers', { papers: [], network: { available: true }, incomplete: false }],
    ]
    for (const [name, run] of runs) {
      expect(validateSarif(sarifOf(run)), name).toEqual([])
      expect(
        validateSarif(sarifOf(run, { docsUrl: 'README.md' })),
        `${name}, relative docs`,
      ).toEqual([])
    }
  })

  it('has a validator that rejects what the schema forbids', () => {
    const log = sarifOf(three)
    const result = log.runs[0]?.results?.[0] as Result
    expect(validateSarif({ ...log, version: '2.0.0' })).not.toEqual([])
    expect(
      validateSarif({ ...log, runs: [{ ...log.runs[0], results: [{ ...result, message: {} }] }] }),
    ).not.toEqual([])
    expect(
      validateSarif({
        ...log,
        runs: [{ ...log.runs[0], results: [{ ...result, level: 'fatal' }] }],
      }),
    ).not.toEqual([])
  })

  it('points at the footnote definitions and the claims relying on them', () => {
    const results = resultsFor(sarifOf(three), 'papers/floods.md')
    expect(results.map((result) => result.ruleId)).toEqual([
      'not-found',
      'missing-footnote',
      'no-source',
      'timeout',
    ])
    const dead = only(results, 'not-found')
    expect(dead.locations?.[0]?.physicalLocation?.region?.startLine).toBe(
      lineStarting(floodsPaper, '[^1]:'),
    )
    expect(dead.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId).toBe('%SRCROOT%')
    expect(relatedLines(dead)).toEqual([
      lineContaining(floodsPaper, 'The river rose'),
      lineContaining(floodsPaper, 'Officials later repeated'),
    ])
    expect(dead.message.text).toContain('https://ministry.example/flood-report')
    expect(dead.message.text).toContain('Footnote 1')
    expect(dead.message.text).toContain('not found (HTTP 404)')
    expect(dead.message.text).toMatch(/back-references? in footnotes? 2/)

    const unverified = only(results, 'timeout')
    expect(unverified.locations?.[0]?.physicalLocation?.region?.startLine).toBe(
      lineStarting(floodsPaper, '[^3]:'),
    )
    expect(relatedLines(unverified)).toEqual([lineContaining(floodsPaper, 'A second survey')])

    const print = only(results, 'no-source')
    expect(print.locations?.[0]?.physicalLocation?.region?.startLine).toBe(
      lineStarting(floodsPaper, '[^4]:'),
    )
    expect(relatedLines(print)).toEqual([lineContaining(floodsPaper, 'The archive holds')])

    const marker = only(results, 'missing-footnote')
    const nobody = lineContaining(floodsPaper, 'Nobody recorded')
    expect(marker.locations?.[0]?.physicalLocation?.region?.startLine).toBe(nobody)
    expect(relatedLines(marker)).toEqual([nobody])
    expect(marker.message.text).toContain('Marker 9')
  })

  it('never reports a live source', () => {
    const text = renderSarif(three, { docsUrl })
    expect(text).not.toContain('census.example')
  })

  it('names the page and line of PDF places instead of a region', () => {
    const results = resultsFor(sarifOf(three), 'papers/sample.pdf')
    expect(results.length).toBeGreaterThan(0)
    for (const result of results) {
      expect(result.locations?.[0]?.physicalLocation?.region).toBeUndefined()
      const page = result.properties?.page as number
      const line = result.properties?.line as number
      expect(page).toBeGreaterThanOrEqual(1)
      expect(result.message.text).toContain(`page ${page}, line ${line}`)
      for (const related of result.relatedLocations ?? []) {
        expect(related.physicalLocation?.region).toBeUndefined()
      }
    }
  })

  it('reports an unreadable paper as a tool notification, not a result', () => {
    const log = sarifOf(three)
    const invocation = log.runs[0]?.invocations?.[0]
    expect(invocation?.executionSuccessful).toBe(false)
    const notification = invocation?.toolExecutionNotifications?.[0]
    expect(notification?.level).toBe('error')
    expect(notification?.properties?.code).toBe('not-found')
    expect(notification?.message.text).toContain('papers/does-not-exist.md')
    expect(resultsFor(log, 'papers/does-not-exist.md')).toEqual([])
  })

  it('lists one rule per id used, with its words and documentation', () => {
    const run = sarifOf(three).runs[0]
    const rules = run?.tool.driver.rules ?? []
    const used = new Set((run?.results ?? []).map((result) => result.ruleId))
    expect(new Set(rules.map((rule) => rule.id))).toEqual(used)
    expect(rules).toHaveLength(used.size)
    for (const result of run?.results ?? []) {
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId)
    }
    const notFound = rules.find((rule) => rule.id === 'not-found')
    expect(notFound?.helpUri).toBe(`${docsUrl}#not-found`)
    expect(notFound?.shortDescription?.text).toContain(describeReason('not-found'))
    expect(rules.find((rule) => rule.id === 'no-source')?.helpUri).toBe(`${docsUrl}#no-source`)
  })

  it('makes dead sources errors and the rest warnings, or errors at the --fail-on level', () => {
    const levels = (failOn?: 'dead' | 'missing' | 'unverified' | 'print-only' | 'none') =>
      Object.fromEntries(
        resultsFor(
          sarifOf(three, { docsUrl, ...(failOn ? { failOn } : {}) }),
          'papers/floods.md',
        ).map((result) => [result.ruleId, result.level]),
      )
    const warnings = {
      'not-found': 'error',
      'missing-footnote': 'warning',
      'no-source': 'warning',
      timeout: 'warning',
    }
    expect(levels()).toEqual(warnings)
    expect(levels('none')).toEqual(warnings)
    // A print-only citation (`no-source`) is an error only at `print-only`.
    expect(levels('missing')).toEqual({ ...warnings, 'missing-footnote': 'error' })
    expect(levels('unverified')).toEqual({
      'not-found': 'error',
      'missing-footnote': 'error',
      'no-source': 'warning',
      timeout: 'error',
    })
    expect(levels('print-only')).toEqual({
      'not-found': 'error',
      'missing-footnote': 'error',
      'no-source': 'error',
      timeout: 'error',
    })
  })

  it('writes the same log twice', () => {
    expect(renderSarif(three, { docsUrl })).toBe(renderSarif(structuredClone(three), { docsUrl }))
  })

  it('keeps hostile text inert', () => {
    const log = sarifOf(runOf(buildHostileAudit()))
    for (const result of log.runs[0]?.results ?? []) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
      expect(result.message.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/)
      expect(result.message.text).not.toContain('\n')
    }
  })

  it('refuses bad options', () => {
    expect(() => renderSarif(three, { docsUrl: 3 as unknown as string })).toThrow(TypeError)
    expect(() => renderSarif(three, { failOn: 'sometimes' as 'dead' })).toThrow(/Expected `failOn`/)
  })
})

describe('toArtifactLocation', () => {
  it.each([
    ['papers/a.md', { uri: 'papers/a.md', uriBaseId: '%SRCROOT%' }],
    ['./papers/a.md', { uri: 'papers/a.md', uriBaseId: '%SRCROOT%' }],
    ['papers\\b c.md', { uri: 'papers/b%20c.md', uriBaseId: '%SRCROOT%' }],
    ['../up/#1?.md', { uri: '../up/%231%3F.md', uriBaseId: '%SRCROOT%' }],
    ['/home/a user/p.md', { uri: 'file:///home/a%20user/p.md' }],
    ['C:\\Users\\p.md', { uri: 'file:///C:/Users/p.md' }],
  ])('turns %s into a URI reference', (path, expected) => {
    expect(toArtifactLocation(path)).toEqual(expected)
  })

  it('has no file for stdin', () => {
    expect(toArtifactLocation('-')).toBeNull()
  })
})
