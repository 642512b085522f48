// Where the time of `citecheck audit` goes: the library from the build (dist/), phase by phase,
// on the same paper and hosts as the end-to-end benchmark, in a process of its own. The audit's
// phases are told apart by its progress reports: reading and parsing last until the first
// verdict (so they include one round trip), checking until the last verdict, evidence and
// assembly until it returns.
// Usage: node phases.mjs <paper> <concurrency>; prints one JSON line of { phase: [wall, cpu] } ms.
import { writeFile } from 'node:fs/promises'

const [paper, concurrency] = [process.argv[2], Number(process.argv[3])]
const phases = {}
let mark = { wall: performance.now(), cpu: process.cpuUsage() }
/** Close the phase `name` now, and start the next. */
function lap(name) {
  const used = process.cpuUsage(mark.cpu)
  phases[name] = [performance.now() - mark.wall, (used.user + used.system) / 1000]
  mark = { wall: performance.now(), cpu: process.cpuUsage() }
}

const library = await import('../dist/pipeline/index.js')
lap('load')
const check = { concurrency, hostConcurrency: 4, hostInterval: 0, allowPrivate: true }
const result = await library.auditPaper(paper, {
  check,
  onProgress(progress) {
    if (progress.done === 1) lap('parse')
    if (progress.done === progress.total) lap('check')
  },
})
lap('evidence')
await writeFile('phases-report.md', library.renderMarkdown(result))
lap('report')
await writeFile('phases-result.json', library.renderJsonChunks(result))
lap('json')
process.stdout.write(`${JSON.stringify(phases)}\n`)
