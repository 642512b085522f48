/**
 * `npm run bench:support-pages [-- --against <git ref>]`: the support check's throughput per
 * page, as the support thread runs it (read the HTML's text, index it, score the claims citing
 * it), in a worker thread with the support thread's heap limits. Three groups of pages:
 *
 * - `real`: the labelled set's HTML pages (`support/pages/`), each with its labelled claims;
 * - `article`: 200 small generated articles (2–4 KB of HTML: a menu, a heading, three to five
 *   paragraphs of the set's English, German and French texts, a footer), each cited by one of
 *   the set's claims or by a sentence of its own text;
 * - `end-to-end`: 50 pages of the end-to-end benchmark (one filler sentence repeated), for
 *   reference only.
 *
 * Prints pages per second, and CPU time (less disturbed by other processes on a busy machine) and
 * garbage-collection time per page: medians of 24 rounds, in 6
 * fresh threads of 4 rounds each after 2 warm-up rounds (one thread's JIT can settle 1.5× slower
 * than another's on the same code, so one long-lived thread misleads). With `--against <ref>`,
 * the same pages are also scored by the support check of that git ref (checked out into a
 * temporary folder), in threads of its own, the two alternating round by round, and the
 * results of the two are compared.
 */
import { execSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import type { RoundAnswer, ScoredPage } from './support-pages-worker.ts'

const root = new URL('./support/', import.meta.url)
const repository = fileURLToPath(new URL('..', import.meta.url))

/** Fresh threads each side runs in, one after the other. */
const trials = 6
/** Rounds timed in each thread, after the warm-up ones. */
const rounds = 4
/** Rounds each thread runs first and does not time. */
const warmUpRounds = 2

/** The labelled set's HTML pages with their claims. */
export async function readRealPages(): Promise<Array<ScoredPage>> {
  const { pairs } = JSON.parse(await readFile(new URL('labels.json', root), 'utf8')) as {
    pairs: Array<{ id: string; page: string; claim: string; locator: string | null }>
  }
  const pages: Array<ScoredPage> = []
  for (const name of (await readdir(new URL('pages/', root))).sort()) {
    if (!name.endsWith('.html')) continue
    const claims = pairs
      .filter((pair) => pair.page === `pages/${name}`)
      .map((pair) => ({ key: pair.id, text: pair.claim, locator: pair.locator }))
    const body = await readFile(new URL(`pages/${name}`, root), 'utf8')
    pages.push({ group: 'real', page: htmlPage(body), claims })
  }
  return pages
}

/** A page as the checker hands it over. */
function htmlPage(body: string): ScoredPage['page'] {
  return { body, contentType: 'text/html', headers: {}, truncated: false }
}

/** Small generated articles made of the set's texts. */
export async function buildArticles(count: number): Promise<Array<ScoredPage>> {
  const { pairs } = JSON.parse(await readFile(new URL('labels.json', root), 'utf8')) as {
    pairs: Array<{ claim: string }>
  }
  const paragraphs: Array<string> = []
  for (const name of (await readdir(new URL('texts/', root))).sort()) {
    const text = await readFile(new URL(`texts/${name}`, root), 'utf8')
    paragraphs.push(...text.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()))
  }
  const usable = paragraphs.filter((part) => part.length > 80 && part.length < 900)
  const menu = ['Home', 'Topics', 'Search', 'About us'].map((item) => `<a href="/">${item}</a>`)
  const pages: Array<ScoredPage> = []
  let next = 0
  for (let number = 0; number < count; number++) {
    const body: Array<string> = []
    while (body.join('').length < 1500 + (number % 5) * 400) {
      body.push(`<p>${usable[next++ % usable.length]}</p>`)
    }
    // Every other page is cited by one of its own sentences, the others by a labelled claim.
    const own = (body[body.length - 1] ?? '').slice(3, -4).split(/(?<=\.) /)[0] ?? ''
    const claim = number % 2 === 0 ? own : (pairs[number % pairs.length]?.claim ?? '')
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Article ${number}</title><script>window.page = ${number}</script></head><body><header><nav>${menu.join('')}</nav></header><main><h1>Article ${number}</h1>${body.join('\n')}</main><footer>© The Outlet</footer></body></html>`
    pages.push({
      group: 'article',
      page: htmlPage(html),
      claims: [{ key: `a${number}`, text: claim, locator: null }],
    })
  }
  return pages
}

/** The end-to-end benchmark's pages (see `loopback-hosts.mjs`) with its claims. */
function buildEndToEndPages(count: number): Array<ScoredPage> {
  const filler = 'Body text of the cited page, long enough to look like an article. '.repeat(40)
  return Array.from({ length: count }, (_, index) => ({
    group: 'end-to-end',
    page: htmlPage(
      `<!doctype html><html><head><meta charset="utf-8"><title>Source article ${index}</title></head><body><h1>Source article ${index}</h1><p>${filler}</p></body></html>`,
    ),
    claims: [
      {
        key: `e${index}`,
        text: `Claim ${index} states a finding that the cited source supports in some detail.`,
        locator: null,
      },
    ],
  }))
}

/** A thread scoring the pages with the support check of `module`. */
async function startSide(module: string, pages: Array<ScoredPage>): Promise<Worker> {
  const tsx = import.meta.resolve('tsx/esm/api')
  const worker = new URL('./support-pages-worker.ts', import.meta.url).href
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(worker)})`
  const thread = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {
    workerData: { module, pages },
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  })
  await new Promise((resolve, reject) => {
    thread.once('message', resolve)
    thread.once('error', reject)
  })
  return thread
}

/** Run one round in a thread. */
function runRound(thread: Worker): Promise<RoundAnswer> {
  return new Promise((resolve) => {
    thread.once('message', resolve)
    thread.postMessage('round')
  })
}

/** Median of numbers. */
function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Check out `ref`'s sources into a temporary folder; returns the folder. */
async function checkOut(ref: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'citecheck-support-pages-'))
  const paths = 'package.json tsconfig.json sources annotations'
  execSync(`git archive ${JSON.stringify(ref)} ${paths} | tar -x -C ${folder}`, { cwd: repository })
  await symlink(join(repository, 'node_modules'), join(folder, 'node_modules'))
  return folder
}

/** Run the benchmark and return printable lines. */
export async function benchSupportPages(against?: string): Promise<Array<string>> {
  const pages = [
    ...(await readRealPages()),
    ...(await buildArticles(200)),
    ...buildEndToEndPages(50),
  ]
  const groups = [...new Set(pages.map((page) => page.group))]
  const counts = Object.fromEntries(
    groups.map((group) => [group, pages.filter((page) => page.group === group).length]),
  )
  const folder = against === undefined ? null : await checkOut(against)
  const sides = [
    { name: 'this tree', module: join(repository, 'sources/evidence/support-check.ts') },
  ]
  if (folder !== null) {
    sides.unshift({
      name: against as string,
      module: join(folder, 'sources/evidence/support-check.ts'),
    })
  }
  const answers: Array<Array<RoundAnswer>> = sides.map(() => [])
  try {
    for (let trial = 0; trial < trials; trial++) {
      const threads = await Promise.all(
        sides.map((side) => startSide(pathToFileURL(side.module).href, pages)),
      )
      try {
        for (let round = 0; round < warmUpRounds + rounds; round++) {
          // Alternate which side goes first.
          const order = (round + trial) % 2 === 0 ? threads.keys() : [...threads.keys()].reverse()
          for (const side of order) {
            const answer = await runRound(threads[side] as Worker)
            if (round >= warmUpRounds) answers[side]?.push(answer)
          }
        }
      } finally {
        await Promise.all(threads.map((thread) => thread.terminate()))
      }
    }
  } finally {
    if (folder !== null) await rm(folder, { recursive: true, force: true })
  }
  const lines = [
    `support check per page, in a thread (young generation 8 MB), medians of ${trials * rounds} rounds: ${groups.map((group) => `${counts[group]} ${group}`).join(', ')} pages`,
  ]
  const medians = answers.map((list) => ({
    times: Object.fromEntries(
      groups.map((group) => [group, median(list.map((answer) => answer.times[group] ?? 0))]),
    ),
    gcMs: median(list.map((answer) => answer.gcMs)),
    cpuMs: median(list.map((answer) => answer.cpuMs)),
    all: median(list.map((answer) => Object.values(answer.times).reduce((a, b) => a + b, 0))),
  }))
  for (const [position, side] of sides.entries()) {
    const figures = medians[position] as (typeof medians)[number]
    const perGroup = groups.map((group) => {
      const ms = figures.times[group] ?? 0
      return `${group} ${((1000 * (counts[group] ?? 0)) / ms).toFixed(0)} pages/s (${((1000 * ms) / (counts[group] ?? 1)).toFixed(0)} µs/page)`
    })
    lines.push(`  ${side.name.padEnd(10)} ${perGroup.join(', ')}`)
    lines.push(
      `  ${''.padEnd(10)} all ${((1000 * pages.length) / figures.all).toFixed(0)} pages/s, CPU ${((1000 * figures.cpuMs) / pages.length).toFixed(0)} µs/page, GC ${((1000 * figures.gcMs) / pages.length).toFixed(0)} µs/page (${figures.gcMs.toFixed(0)} ms a round)`,
    )
  }
  if (medians.length === 2) {
    const [before, after] = medians as [(typeof medians)[number], (typeof medians)[number]]
    const ratios = groups.map(
      (group) => `${group} ${((before.times[group] ?? 0) / (after.times[group] ?? 1)).toFixed(2)}×`,
    )
    lines.push(
      `  speed-up   ${ratios.join(', ')}, all ${(before.all / after.all).toFixed(2)}×, CPU ${(before.cpuMs / after.cpuMs).toFixed(2)}× less, GC ${(before.gcMs / Math.max(0.001, after.gcMs)).toFixed(2)}× less`,
    )
    const digests = new Set(answers.flat().map((answer) => answer.digest))
    const same = digests.size === 1
    lines.push(`  results:   ${same ? 'identical (every verdict, score and excerpt)' : 'DIFFER'}`)
  }
  return lines
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { against: { type: 'string' } } })
  for (const line of await benchSupportPages(values.against)) console.log(line)
}
