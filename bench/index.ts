/**
 * `npm run bench`: every benchmark, measured in one run on this machine, printed as ratios
 * (ours vs. the ideal bound, ours vs. a naive peer). All network traffic goes to loopback.
 * Run one with `npm run bench -- parse|pdf|check`.
 */
import { benchCheck } from './check.ts'
import { benchParse } from './parse.ts'
import { benchPdf } from './pdf.ts'

const benches: Record<string, { title: string; run: () => Promise<Array<string>> }> = {
  parse: { title: 'Annotating text (bundled paper, and 10× its size)', run: benchParse },
  pdf: { title: 'Reading the bundled PDF', run: benchPdf },
  check: {
    title: 'Checking 5,000 URLs over 50 hosts at 50 ms latency (loopback)',
    run: benchCheck,
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
const os = await import('node:os')
console.log(
  `# citecheck benchmarks · Node ${process.version} · ${os.cpus().length} cores · load ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
)
for (const name of selected.length > 0 ? selected : Object.keys(benches)) {
  const bench = benches[name]
  if (!bench) continue
  console.log(`\n## ${bench.title}`)
  for (const line of await bench.run()) console.log(line)
}
