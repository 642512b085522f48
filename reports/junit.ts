/**
 * JUnit XML for CI test views: one `<testsuite>` per paper, one `<testcase>` per claim. A claim
 * whose status is at or above `--fail-on` has a `<failure>`; one that is not live but does not
 * fail at that level is `<skipped>` with the reason; an unreadable paper is one test case with an
 * `<error>`. Deterministic: no times, no host names.
 */

import type { FailOn } from '../pipeline/cli-options.ts'
import type { AuditedClaim, AuditResult, AuditRun } from '../pipeline/types.ts'
import { type AttentionItem, listAttention, missingCauseOf } from './attention.ts'
import { describeAttention } from './attention-text.ts'
import { createFailPolicy, type FailPolicy, isFailing } from './fail-on.ts'
import { toPlainText } from './inline-markdown.ts'
import { shorten } from './shorten.ts'
import { escapeXmlAttribute, escapeXmlText } from './xml.ts'

/** Options of `renderJunit`. */
export interface JunitOptions {
  /** Claims at or above this level fail (default `dead`). */
  failOn?: FailOn
  /** With `failOn: 'new-dead'`: URLs newly dead since the baseline. */
  newlyDead?: Iterable<string>
}

/** Counts of one suite or of all of them. */
interface Counts {
  tests: number
  failures: number
  errors: number
  skipped: number
}

/** A rendered suite with its counts. */
interface Suite extends Counts {
  xml: string
}

/** `name="value"` pairs, escaped, in the order given. */
function attributes(pairs: Array<[string, string | number]>): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`).join('')
}

/** Whether a claim fails: its status at or above the level, or (new-dead) a newly dead link. */
function claimFails(claim: AuditedClaim, items: Array<AttentionItem>, policy: FailPolicy): boolean {
  if (policy.failOn !== 'new-dead') return isFailing(policy, claim.status, null, claim.missingCause)
  return items.some((item) =>
    isFailing(policy, item.status, item.link?.url ?? null, missingCauseOf(item)),
  )
}

/** The `<testcase>` of one claim, and whether it failed or was skipped. */
function renderClaim(
  path: string,
  claim: AuditedClaim,
  items: Array<AttentionItem>,
  policy: FailPolicy,
): { xml: string; failed: boolean; skipped: boolean } {
  const pdf = claim.place.page !== undefined
  const head = attributes([
    ['name', `${claim.id}: ${shorten(toPlainText(claim.text), 80)}`],
    ['classname', path],
    ['file', path],
    ...(pdf ? [] : ([['line', claim.place.line]] as Array<[string, number]>)),
  ])
  const properties = pdf
    ? `\n      <properties>\n        <property${attributes([
        ['name', 'page'],
        ['value', claim.place.page ?? 0],
      ])}/>\n        <property${attributes([
        ['name', 'line'],
        ['value', claim.place.line],
      ])}/>\n      </properties>`
    : ''
  const failed = claimFails(claim, items, policy)
  const skipped = !failed && claim.status !== 'live'
  const details = items.map((item) => describeAttention(item)).join('\n')
  const first = items[0]
  const more = items.length > 1 ? ` (and ${items.length - 1} more)` : ''
  const summary =
    first === undefined
      ? `${claim.status} source`
      : `${describeAttention(first, { detail: false })}${more}`
  let body = ''
  if (failed) {
    body = `\n      <failure${attributes([
      ['message', summary],
      ['type', claim.status],
    ])}>${escapeXmlText(details)}</failure>`
  } else if (skipped) {
    const why = `Not failing under --fail-on ${policy.failOn}: ${summary}`
    body = `\n      <skipped${attributes([['message', why]])}/>`
  }
  const inner = properties + body
  const xml =
    inner === '' ? `    <testcase${head}/>` : `    <testcase${head}>${inner}\n    </testcase>`
  return { xml, failed, skipped }
}

/** The suite of a paper that was read. */
function renderPaper(path: string, result: AuditResult, policy: FailPolicy): Suite {
  const items = listAttention(result)
  const cases = result.claims.map((claim) =>
    renderClaim(
      path,
      claim,
      items.filter((item) => item.claims.includes(claim)),
      policy,
    ),
  )
  const counts: Counts = {
    tests: cases.length,
    failures: cases.filter((item) => item.failed).length,
    errors: 0,
    skipped: cases.filter((item) => item.skipped).length,
  }
  const head = `  <testsuite${attributes([['name', path], ...countPairs(counts)])}`
  const xml =
    cases.length === 0
      ? `${head}/>`
      : `${head}>\n${cases.map((item) => item.xml).join('\n')}\n  </testsuite>`
  return { ...counts, xml }
}

/** The suite of a paper that could not be read: one test case with an error. */
function renderUnreadable(path: string, error: { code: string; message: string }): Suite {
  const counts: Counts = { tests: 1, failures: 0, errors: 1, skipped: 0 }
  const testcase = `    <testcase${attributes([
    ['name', `read ${path}`],
    ['classname', path],
    ['file', path],
  ])}>\n      <error${attributes([
    ['message', error.message],
    ['type', error.code],
  ])}/>\n    </testcase>`
  return {
    ...counts,
    xml: `  <testsuite${attributes([['name', path], ...countPairs(counts)])}>\n${testcase}\n  </testsuite>`,
  }
}

/** Count attributes in the usual order. */
function countPairs(counts: Counts): Array<[string, number]> {
  return [
    ['tests', counts.tests],
    ['failures', counts.failures],
    ['errors', counts.errors],
    ['skipped', counts.skipped],
  ]
}

/** Render a run over one or more papers as JUnit XML (newline-terminated). */
export function renderJunit(run: AuditRun, options: Readonly<JunitOptions> = {}): string {
  const policy = createFailPolicy(options.failOn, options.newlyDead)
  const suites = run.papers.map((paper) =>
    'result' in paper
      ? renderPaper(paper.path, paper.result, policy)
      : renderUnreadable(paper.path, paper.error),
  )
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 }
  for (const suite of suites) {
    total.tests += suite.tests
    total.failures += suite.failures
    total.errors += suite.errors
    total.skipped += suite.skipped
  }
  const head = `<testsuites${attributes([['name', 'citecheck'], ...countPairs(total)])}`
  const body =
    suites.length === 0
      ? `${head}/>`
      : `${head}>\n${suites.map((suite) => suite.xml).join('\n')}\n</testsuites>`
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`
}
