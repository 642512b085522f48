// Where the time of `citecheck audit` goes: the library from the build (dist/), phase by phase,
// on the same paper and hosts as the end-to-end benchmark, in a process of its own.
// Usage: node phases.mjs <paper> <concurrency>; prints one JSON line of { phase: [wall, cpu] } ms.
import { writeFile } from 'node:fs/promises'

const [paper, concurrency] = [process.argv[2], Number(process.argv[3])]
const phases = {}
async function measure(name, task) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const value = await task()
  const used = process.cpuUsage(cpu)
  phases[name] = [performance.now() - started, (used.user + used.system) / 1000]
  return value
}

const library = await measure('load', () => import('../dist/pipeline/index.js'))
await measure('parse', () => library.sourcePaper(paper))
const check = { concurrency, hostConcurrency: 4, hostInterval: 0, allowPrivate: true }
// auditPaper parses again: its own share is the rest (check, evidence, assembly).
const result = await measure('audit', () => library.auditPaper(paper, { check }))
phases.check = [phases.audit[0] - phases.parse[0], phases.audit[1] - phases.parse[1]]
delete phases.audit
await measure('report', () => writeFile('phases-report.md', library.renderMarkdown(result)))
await measure('json', () => writeFile('phases-result.json', library.renderJsonChunks(result)))
process.stdout.write(`${JSON.stringify(phases)}\n`)
