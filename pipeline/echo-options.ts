/**
 * The options echoed into the audit result because they change verdicts: every row marked
 * `reported` in the checker's and the evidence room's tables, written as a person would set it
 * (`20s`, a pattern's source), plus the cache and whether evidence ran.
 */
import {
  type CheckOptions,
  checkOptionTable,
  formatDuration,
  type OptionTable,
  type RemapRule,
} from '../sources/check/index.ts'
import {
  type EvidenceOptions,
  evidenceOptionTable,
  sharedNetworkOptions,
} from '../sources/evidence/options.ts'

/** A value as a person would write it in `citecheck.config.json`. */
function formatValue(kind: string, value: unknown): unknown {
  if (kind === 'duration') return formatDuration(value as number)
  if (kind === 'patterns') return (value as Array<RegExp>).map((pattern) => pattern.source)
  if (kind === 'remaps') {
    return (value as Array<RemapRule>).map((rule) => `${rule.pattern.source} ${rule.replacement}`)
  }
  return value
}

/** The reported rows of `table`, formatted, skipping `skip`. */
function reportedRows(
  table: OptionTable,
  values: Readonly<Record<string, unknown>>,
  skip: ReadonlyArray<string> = [],
): Record<string, unknown> {
  const echo: Record<string, unknown> = {}
  for (const [key, row] of Object.entries(table)) {
    if (row.reported === true && !skip.includes(key)) echo[key] = formatValue(row.kind, values[key])
  }
  return echo
}

/** The options of an audit that change verdicts, for `AuditResult.options`. */
export function echoOptions(
  check: Readonly<CheckOptions>,
  evidence: Readonly<EvidenceOptions> | null,
  cache: string | null,
): Record<string, unknown> {
  const evidenceValues = evidence ?? { archive: false }
  return {
    ...reportedRows(checkOptionTable, check),
    ...reportedRows(evidenceOptionTable, evidenceValues, sharedNetworkOptions),
    cache,
    evidence: evidence !== null,
  }
}
