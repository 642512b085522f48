/**
 * `npm run bench`: the benchmarks, measured in one run on this machine and printed with their
 * ratios and targets (nothing is asserted). It builds first: citecheck runs from `dist/`, as
 * installed. All network traffic goes to loopback. By default it runs `startup`, `render`,
 * `pdf` and `end-to-end`; name some to run only those (`npm run bench -- render end-to-end`),
 * including the extra `parse` (parse time per footnote, bundled paper, 10× its size and
 * ~1 MiB of Markdown) and `check` (the checker alone, in-process), `support`,
 * `support-audit`, `support-pages` and `hostile` (`npm run bench:hostile`). Each benchmark runs in a process of
 * its own, so one's memory (pdf.js is large) does not count against another's peak RSS.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

interface Bench {
  /** Heading. */
  title: string
  /** Run it; returns printable lines. */
  run: () => Promise<Array<string>>
}

const benches: Record<string, Bench> = {
  startup: {
    title: 'Start-up: citecheck --version against node -e 0',
    run: async () => (await import('./startup.ts')).benchStartup(),
  },
  render: {
    title: 'The bundled paper: parse and every render, in-process',
    run: async () => (await import('./render.ts')).benchRender(),
  },
  'render-claims': {
    title: 'Rendering per claim at 2,000 claims, and ours vs remark side by side',
    run: async () => (await import('./render-claims.ts')).benchRenderClaims(),
  },
  pdf: {
    title: 'The bundled PDF',
    run: async () => (await import('./pdf.ts')).benchPdf(),
  },
  'end-to-end': {
    title: 'End to end: the whole citecheck process against the ideal bound and a peer',
    run: async () => (await import('./end-to-end.ts')).benchEndToEnd(),
  },
  parse: {
    title: 'Parsing (annotate + extract sources): bundled paper, 10× its size, ~1 MiB of Markdown',
    run: async () => (await import('./parse.ts')).benchParse(),
  },
  check: {
    title: 'The checker alone, in-process: 5,000 URLs over 50 hosts at 50 ms latency',
    run: async () => (await import('./check.ts')).benchCheck(),
  },
  support: {
    title: 'Does the source support the claim? (labelled set, cost per claim × 1 MiB page)',
    run: async () => (await import('./support.ts')).benchSupport(),
  },
  'support-audit': {
    title: 'What the support check costs in an audit of the bundled paper (loopback)',
    run: async () => (await import('./support-audit.ts')).benchSupportAudit(),
  },
  'support-pages': {
    title: 'The support check per page, in a thread (labelled pages, small articles)',
    run: async () => (await import('./support-pages.ts')).benchSupportPages(),
  },
  hostile: {
    title: 'Crafted and very large papers through the annotations stage',
    run: async () => (await import('./hostile.ts')).benchHostile(),
  },
}

const defaults = ['startup', 'render', 'pdf', 'end-to-end']

const selected = process.argv.slice(2)
const unknown = selected.filter((name) => !(name in benches))
if (unknown.length > 0) {
  console.error(
    `Unexpected benchmark ${unknown.join(', ')}, expected one of ${Object.keys(benches).join(', ')}`,
  )
  process.exit(3)
}
if (selected.length !== 1) {
  const os = await import('node:os')
  console.log(
    `# citecheck benchmarks · Node ${process.version} · ${os.cpus().length} cores · load ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  )
  for (const name of selected.length === 0 ? defaults : selected) {
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
    })
  }
  process.exit(0)
}
const [name] = selected
const bench = name === undefined ? undefined : benches[name]
if (bench) {
  console.log(`\n## ${bench.title}`)
  for (const line of await bench.run()) console.log(line)
}
