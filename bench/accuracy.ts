/**
 * `npm run bench:accuracy`: grade citecheck on every document and shape of the test corpus
 * (tests/corpus) against its independent ground truth, and print the four scores per document
 * and shape. `-- --misses` also prints every miss; `-- <id> …` limits the run to some documents.
 * Reads local files only; no network.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { extractSources, readPaper } from '../pipeline/index.ts'
import { type CorpusScores, type CorpusTruth, gradeCorpus } from '../tests/helpers/grade-corpus.ts'

const corpus = new URL('../tests/corpus/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('tools/corpus.json', corpus), 'utf8')) as {
  documents: Array<{ id: string }>
}
const thresholds: CorpusScores = {
  footnotes: 0.98,
  markers: 0.95,
  urls: 0.97,
  backReferences: 0.95,
}

const args = process.argv.slice(2)
const showMisses = args.includes('--misses')
const only = args.filter((arg) => !arg.startsWith('--'))
const documents = manifest.documents.filter(({ id }) => only.length === 0 || only.includes(id))

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`
const mark = (value: number, limit: number, count: number): string =>
  count === 0 ? '—' : `${percent(value)}${value >= limit ? '' : ' ✗'}`

console.log(`# citecheck accuracy on the test corpus · Node ${process.version}`)
console.log('')
console.log('| document | lang | shape | footnotes | markers | URL sets | back-refs |')
console.log('| :-- | :-- | :-- | --: | --: | --: | --: |')
const totals: Array<CorpusScores> = []
const misses: Array<string> = []
for (const { id } of documents) {
  const truth = JSON.parse(readFileSync(new URL(`${id}/truth.json`, corpus), 'utf8')) as CorpusTruth
  for (const [shape, spec] of Object.entries(truth.shapes)) {
    const path = fileURLToPath(new URL(`${id}/${spec.file}`, corpus))
    let scores: CorpusScores
    let counts: Record<keyof CorpusScores, number> = {
      footnotes: 1,
      markers: 1,
      urls: 1,
      backReferences: 1,
    }
    try {
      const grade = gradeCorpus(extractSources(await readPaper(path)), truth, shape)
      scores = grade.scores
      counts = grade.counts
      for (const miss of grade.misses) {
        misses.push(
          `${id} ${shape} [${miss.score}] ${miss.footnote}: expected ${miss.expected} — got ${miss.got}`,
        )
      }
    } catch (error) {
      scores = { footnotes: 0, markers: 0, urls: 0, backReferences: 0 }
      misses.push(`${id} ${shape}: citecheck failed: ${(error as Error).message}`)
    }
    totals.push(scores)
    console.log(
      `| ${id} | ${truth.language} | ${shape} | ${mark(scores.footnotes, thresholds.footnotes, counts.footnotes)} | ${mark(scores.markers, thresholds.markers, counts.markers)} | ${mark(scores.urls, thresholds.urls, counts.urls)} | ${mark(scores.backReferences, thresholds.backReferences, counts.backReferences)} |`,
    )
  }
}
const mean = (key: keyof CorpusScores): string =>
  percent(totals.reduce((sum, scores) => sum + scores[key], 0) / Math.max(1, totals.length))
const passing = totals.filter((scores) =>
  (Object.keys(thresholds) as Array<keyof CorpusScores>).every(
    (key) => scores[key] >= thresholds[key],
  ),
).length
console.log(
  `| **mean** | | ${totals.length} shapes | ${mean('footnotes')} | ${mean('markers')} | ${mean('urls')} | ${mean('backReferences')} |`,
)
console.log('')
console.log(
  `${passing} of ${totals.length} document shapes meet every threshold (footnotes ≥ 98%, markers ≥ 95%, URL sets ≥ 97%, back-references ≥ 95%; ✗ marks a miss, — nothing to grade: counted as 100%).`,
)
console.log(
  'Bundled paper: not graded here (no independent truth); tests/annotations/golden.test.ts and pdf-golden.test.ts pin it.',
)
if (showMisses) {
  console.log('')
  console.log('## Misses')
  for (const line of misses) console.log(`- ${line}`)
}
