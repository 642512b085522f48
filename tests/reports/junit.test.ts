/**
 * JUnit XML: well-formed, read back by an XML parser, one test case per claim with counts that
 * match the audit, failures following `--fail-on`, hostile text kept as text.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { AuditResult, AuditRun, SourceStatus } from '../../pipeline/types.ts'
import { renderJunit } from '../../reports/junit.ts'
import { escapeXmlAttribute, escapeXmlText } from '../../reports/xml.ts'
import { buildHostileAudit, hostileStrings } from './fixtures/hostile.ts'
import { buildThreePaperRun, floodsPaper, lineContaining } from './fixtures/papers.ts'

/** A parsed element: attributes as strings, children by name. */
type Element = Record<string, string> & {
  testsuite?: Array<Element>
  testcase?: Array<Element>
  failure?: Array<Element>
  skipped?: Array<Element>
  error?: Array<Element>
  properties?: Array<Element>
  property?: Array<Element>
  '#text'?: string
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  htmlEntities: true,
  parseAttributeValue: false,
  isArray: (name) =>
    ['testsuite', 'testcase', 'failure', 'skipped', 'error', 'properties', 'property'].includes(
      name,
    ),
})

/** Characters XML 1.0 forbids (the renderer must never write them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/u

/** Render, check well-formedness, parse. */
function parseJunit(xml: string): Element {
  expect(XMLValidator.validate(xml)).toBe(true)
  expect(xml).not.toMatch(forbidden)
  return (parser.parse(xml) as { testsuites: Element }).testsuites
}

/** Audits of the papers that were read. */
function resultsOf(run: AuditRun): Array<AuditResult> {
  return run.papers.flatMap((paper) => ('result' in paper ? [paper.result] : []))
}

/** Claims with one of these statuses over the whole run. */
function countClaims(run: AuditRun, statuses: Array<SourceStatus>, printOnly = true): number {
  return resultsOf(run)
    .flatMap((result) => result.claims)
    .filter((claim) => statuses.includes(claim.status))
    .filter((claim) => printOnly || claim.missingCause !== 'no-source').length
}

describe('renderJunit', async () => {
  const three = await buildThreePaperRun()

  it('has one suite per paper and one case per claim, counts matching the audit', () => {
    const suites = parseJunit(renderJunit(three))
    const claims = resultsOf(three).flatMap((result) => result.claims).length
    expect(suites.testsuite?.map((suite) => suite.name)).toEqual(
      three.papers.map((paper) => paper.path),
    )
    expect(Number(suites.tests)).toBe(claims + 1)
    expect(Number(suites.failures)).toBe(countClaims(three, ['dead']))
    expect(Number(suites.skipped)).toBe(countClaims(three, ['missing', 'unverified']))
    expect(Number(suites.errors)).toBe(1)
    expect(countClaims(three, ['dead'])).toBeGreaterThan(0)
    for (const suite of suites.testsuite ?? []) {
      const cases = suite.testcase ?? []
      expect(Number(suite.tests)).toBe(cases.length)
      expect(Number(suite.failures)).toBe(cases.filter((item) => item.failure).length)
      expect(Number(suite.skipped)).toBe(cases.filter((item) => item.skipped).length)
      expect(Number(suite.errors)).toBe(cases.filter((item) => item.error).length)
    }
  })

  it('names each claim and puts it on its line', () => {
    const [floods] = parseJunit(renderJunit(three)).testsuite ?? []
    const cases = floods?.testcase ?? []
    expect(cases.map((item) => item.name?.split(':')[0])).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'c6',
    ])
    for (const item of cases) {
      expect(item.classname).toBe('papers/floods.md')
      expect(item.file).toBe('papers/floods.md')
      const text = item.name?.replace(/^c\d+: /, '') ?? ''
      expect(Number(item.line)).toBe(lineContaining(floodsPaper, text))
    }
    const c1 = cases[0]
    expect(c1?.failure?.[0]?.type).toBe('dead')
    expect(c1?.failure?.[0]?.['#text']).toContain('https://ministry.example/flood-report')
    expect(cases[4]?.failure).toBeUndefined()
    expect(cases[4]?.skipped).toBeUndefined()
  })

  it('gives PDF claims their page and line as properties, not a file line', () => {
    const pdf = parseJunit(renderJunit(three)).testsuite?.[1]
    for (const item of pdf?.testcase ?? []) {
      expect(item.line).toBeUndefined()
      const names = item.properties?.[0]?.property?.map((property) => property.name)
      expect(names).toEqual(['page', 'line'])
    }
  })

  it('reports an unreadable paper as an error with its code', () => {
    const suite = parseJunit(renderJunit(three)).testsuite?.[2]
    expect(suite?.testcase?.[0]?.error?.[0]?.type).toBe('not-found')
  })

  it('fails at the --fail-on level and skips what does not fail', () => {
    const counts = (options: Parameters<typeof renderJunit>[1]) => {
      const suites = parseJunit(renderJunit(three, options))
      return [Number(suites.failures), Number(suites.skipped)]
    }
    const notLive = countClaims(three, ['dead', 'missing', 'unverified'])
    // Print-only claims (a print citation, nothing to check) fail only at `print-only`.
    const printOnly = notLive - countClaims(three, ['dead', 'missing', 'unverified'], false)
    expect(printOnly).toBeGreaterThan(0)
    expect(counts({ failOn: 'missing' })).toEqual([
      countClaims(three, ['dead', 'missing'], false),
      countClaims(three, ['unverified']) + printOnly,
    ])
    expect(counts({ failOn: 'unverified' })).toEqual([notLive - printOnly, printOnly])
    expect(counts({ failOn: 'print-only' })).toEqual([notLive, 0])
    expect(counts({ failOn: 'none' })).toEqual([0, notLive])
    expect(counts({ failOn: 'new-dead' })).toEqual([0, notLive])
    const newlyDead = ['https://ministry.example/flood-report']
    expect(counts({ failOn: 'new-dead', newlyDead })).toEqual([2, notLive - 2])
  })

  it('keeps hostile text as text', () => {
    const hostile = buildHostileAudit()
    const run: AuditRun = {
      papers: [{ path: 'papers/<evil> & "co".md', result: hostile }],
      network: { available: true },
      incomplete: false,
    }
    const suites = parseJunit(renderJunit(run))
    expect(suites.testsuite?.[0]?.name).toBe('papers/<evil> & "co".md')
    expect(suites.testsuite?.[0]?.testcase).toHaveLength(hostile.claims.length)
  })

  it('writes the same XML twice', () => {
    expect(renderJunit(three)).toBe(renderJunit(structuredClone(three)))
  })
})

describe('XML escaping', () => {
  it.each(
    Object.entries({
      ...hostileStrings,
      quotes: `"double" 'single' ]]> &amp;`,
      surrogate: 'lone \ud800 high',
    }),
  )('round-trips %s through an XML parser', (_name, value) => {
    const xml = `<a b="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</a>`
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toMatch(forbidden)
    const parsed = (parser.parse(xml) as { a: { b: string; '#text': string } }).a
    const expected = Array.from(value, (character) =>
      forbidden.test(character) ? '\uFFFD' : character,
    ).join('')
    expect(parsed.b).toBe(expected)
    expect(parsed['#text']).toBe(expected)
  })
})
