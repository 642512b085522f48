/**
 * `npm run bench`: every benchmark, measured in one run on this machine, printed as ratios
 * (ours vs. the ideal bound, ours vs. a naive peer). All network traffic goes to loopback.
 * Run one with `npm run bench -- parse|pdf|check|hostile` (`npm run bench:hostile`). Without arguments each benchmark runs in
 * its own process, so one's memory (pdf.js is large) does not count against another's peak RSS.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const benches: Record<string, { title: string; run: () => Promise<Array<string>> }> = {
  parse: {
    title: 'Annotating text (bundled paper, and 10× its size)',
    run: async () => (await import('./parse.ts')).benchParse(),
  },
  pdf: { title: 'Reading the bundled PDF', run: async () => (await import('./pdf.ts')).benchPdf() },
  check: {
    title: 'Checking 5,000 URLs over 50 hosts at 50 ms latency (loopback)',
    run: async () => (await import('./check.ts')).benchCheck(),
  },
  hostile: {
    title: 'Crafted and very large papers through the annotations stage',
    run: async () => (await import('./hostile.ts')).benchHostile(),
  },
}

const selected = process.argv.slice(2)
const unknown = selected.filter((name) => !(name in benches))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; expected ${Object.keys(benches).join(', ')}`,
  )
  process.exit(3)
}
if (selected.length === 0) {
  for (const name of Object.keys(benches)) {
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    })
  }
  process.exit(0)
}
const os = await import('node:os')
console.log(
  `# citecheck benchmarks · Node ${process.version} · ${os.cpus().length} cores · load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
)
for (const name of selected) {
  const bench = benches[name]
  if (!bench) continue
  console.log(`\n## ${bench.title}`)
  for (const line of await bench.run()) console.log(line)
}
