/**
 * `npm run bench:support`: accuracy of the support check on the labelled set in
 * `bench/support/` (see its SOURCES.md), and its cost per claim × 1 MiB page.
 *
 * Accuracy: every pair's page is read (HTML, or PDF through pdf.js), indexed once, and each
 * claim citing it assessed. Precision and recall are printed per level (`not-found` is right
 * when the label is `unsupported`) and for the numbers check's "missing", on the `dev` half,
 * the `test` half and all pairs.
 *
 * Cost: a 1 MiB HTML page made of the set's texts is indexed once (time printed), then all the
 * set's claims are scored against the index; the per-claim time is the median over 7 rounds.
 */
import { readFile } from 'node:fs/promises'
import {
  assessSupport,
  indexSource,
  readHtmlSource,
  readPdfSource,
  type Support,
  type SupportIndex,
} from '../sources/evidence/support/index.ts'

/** One labelled pair. */
interface Pair {
  id: string
  split: 'dev' | 'test'
  language: string
  page: string
  claim: string
  locator: string | null
  label: 'supported' | 'partial' | 'unsupported'
  kind: string
  numbersMissing: Array<string>
}

const root = new URL('./support/', import.meta.url)

/** Read and index one page of the set. */
async function loadPage(path: string): Promise<SupportIndex> {
  const bytes = await readFile(new URL(path, root))
  const source = path.endsWith('.pdf')
    ? await readPdfSource(new Uint8Array(bytes))
    : readHtmlSource(bytes.toString('utf8'))
  return indexSource(source)
}

/** Label the tool should give for each human label. */
const expected: Record<Pair['label'], Support['level']> = {
  supported: 'supported',
  partial: 'partial',
  unsupported: 'not-found',
}

/** "a/b (p%)" or "–" when b is 0. */
function ratio(hits: number, total: number): string {
  return total === 0 ? '–' : `${hits}/${total} (${((100 * hits) / total).toFixed(0)}%)`
}

/** Accuracy lines for some pairs. */
function report(
  title: string,
  pairs: ReadonlyArray<Pair>,
  results: Map<string, Support>,
): Array<string> {
  const lines = [`${title} (${pairs.length} pairs)`]
  for (const label of ['supported', 'partial', 'unsupported'] as const) {
    const level = expected[label]
    const predicted = pairs.filter((pair) => results.get(pair.id)?.level === level)
    const truth = pairs.filter((pair) => pair.label === label)
    const right = predicted.filter((pair) => pair.label === label)
    lines.push(
      `  ${level.padEnd(10)} precision ${ratio(right.length, predicted.length).padEnd(14)} recall ${ratio(right.length, truth.length)}`,
    )
  }
  let reported = 0
  let reportedRight = 0
  let labelled = 0
  for (const pair of pairs) {
    const missing = results.get(pair.id)?.numbersMissing ?? []
    reported += missing.length
    reportedRight += missing.filter((number) => pair.numbersMissing.includes(number)).length
    labelled += pair.numbersMissing.length
  }
  lines.push(
    `  numbers "missing" precision ${ratio(reportedRight, reported).padEnd(14)} recall ${ratio(reportedRight, labelled)}`,
  )
  return lines
}

/** Median of numbers. */
function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Run the benchmark and return printable lines. */
export async function benchSupport(): Promise<Array<string>> {
  const { pairs } = JSON.parse(await readFile(new URL('labels.json', root), 'utf8')) as {
    pairs: Array<Pair>
  }
  const indexes = new Map<string, SupportIndex>()
  for (const page of new Set(pairs.map((pair) => pair.page)))
    indexes.set(page, await loadPage(page))
  const results = new Map<string, Support>()
  for (const pair of pairs) {
    const index = indexes.get(pair.page) as SupportIndex
    results.set(pair.id, assessSupport({ text: pair.claim, locator: pair.locator }, index))
  }
  const lines = [
    ...report(
      'dev',
      pairs.filter((pair) => pair.split === 'dev'),
      results,
    ),
    ...report(
      'test',
      pairs.filter((pair) => pair.split === 'test'),
      results,
    ),
    ...report('all', pairs, results),
  ]
  const wrong = pairs.filter((pair) => results.get(pair.id)?.level !== expected[pair.label])
  lines.push(`  level differs from the label (${wrong.length}):`)
  for (const pair of wrong) {
    const result = results.get(pair.id) as Support
    lines.push(
      `    ${pair.id} ${pair.split} ${pair.label} → ${result.level} (${result.score}) ${pair.kind}: ${pair.claim.slice(0, 70)}`,
    )
  }
  lines.push(...(await benchCost(pairs)))
  return lines
}

/** Per-claim cost against a 1 MiB page. */
async function benchCost(pairs: ReadonlyArray<Pair>): Promise<Array<string>> {
  const texts: Array<string> = []
  for (const name of [
    'en-azerbaijani-armed-forces',
    'en-armed-forces-of-armenia',
    'en-dardanelles',
    'en-ottoman-turks',
    'en-demographics-of-qatar',
  ]) {
    texts.push(await readFile(new URL(`texts/${name}.txt`, root), 'utf8'))
  }
  const paragraphs = texts.join('\n\n').split(/\n\s*\n/)
  let html = '<!doctype html><html><head><title>One mebibyte</title></head><body>'
  for (let index = 0; html.length < 1024 * 1024; index++) {
    html += `<p>${paragraphs[index % paragraphs.length]}</p>\n`
  }
  html = html.slice(0, 1024 * 1024)
  const indexStart = performance.now()
  const index = indexSource(readHtmlSource(html), { language: 'en' })
  const indexMs = performance.now() - indexStart
  const claims = pairs.filter((pair) => pair.language === 'en')
  const rounds: Array<number> = []
  for (let round = 0; round < 7; round++) {
    const start = performance.now()
    for (const pair of claims) assessSupport({ text: pair.claim, locator: pair.locator }, index)
    rounds.push((performance.now() - start) / claims.length)
  }
  const perClaim = median(rounds)
  return [
    `cost: one ${(html.length / 1024 / 1024).toFixed(2)} MiB HTML page (${index.lengths.length} passages)`,
    `  index once:   ${indexMs.toFixed(0)} ms (read + segment + stem + number extraction)`,
    `  per claim:    ${perClaim.toFixed(2)} ms median of 7 rounds × ${claims.length} claims (target ≤ 10 ms)`,
    `  range:        ${Math.min(...rounds).toFixed(2)}–${Math.max(...rounds).toFixed(2)} ms per claim`,
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchSupport()) console.log(line)
}
