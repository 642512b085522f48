/**
 * The support check end to end on loopback: a paper whose claims cite pages (HTML and a PDF)
 * that support them, half support them, contradict them with a changed number, or are about
 * something else, plus a dead link and a print source. The JSON result and the Markdown
 * report show each; `--no-support` turns it off; no link's verdict depends on it.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditPaper } from '../pipeline/audit.ts'
import type { AuditResult, ClaimSupport } from '../pipeline/types.ts'
import { renderJson, renderMarkdown } from '../reports/index.ts'
import { run, testdir } from './helpers/cli.ts'
import { makePdf } from './helpers/make-pdf.ts'
import { startServer } from './helpers/server.ts'

/** Paragraphs about the town and its weather: words no claim uses, so pages read like pages. */
const filler = [
  'The town sits on a hill above the river, and its old market square fills every Saturday.',
  'Most visitors arrive by bus from the capital and stay for a night or two in small hotels.',
  'Autumn brings heavy rain, and the roads to the villages in the valley are often closed.',
  'The local museum keeps pottery, coins and a collection of painted wooden chests.',
  'A new library opened near the station, with a reading room that looks over the gardens.',
  'Farmers grow hazelnuts and tea on the terraces, and the harvest ends before the first frost.',
]

/** An HTML article: a title, the filler around the paragraphs that matter. */
function article(title: string, ...paragraphs: Array<string>): string {
  const around = (from: number) =>
    filler
      .slice(from, from + 3)
      .map((text) => `<p>${text}</p>`)
      .join('\n')
  return `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav>
<h1>${title}</h1>\n${around(0)}\n${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}\n${around(3)}
</body></html>`
}

const pages: Record<string, string> = {
  '/exports': article(
    'Arms exports report',
    'According to the figures published on Monday, Turkish arms exports rose by 106 percent between 2019 and 2023.',
    'Sales reached 5.5 billion dollars last year, with drones and armoured vehicles leading.',
  ),
  // Says the same with another number: 48,000 ships, not 40,000.
  '/straits': article(
    'Straits traffic',
    'The strait of the Bosphorus carries about 48,000 ships every year through the middle of Istanbul, many of them tankers.',
  ),
  // Half of the claim: the convention and its year, nothing on warships.
  '/montreux': article(
    'The Montreux Convention',
    'Signed in 1936, the Montreux Convention regulates shipping in the straits.',
  ),
  // Another article on the same site: football, not drones.
  '/football': article(
    'Football results',
    'The national football team won its qualifying match on Saturday evening.',
  ),
}

/** A two-page report; the claim is on page 2. */
function navyReport(): Promise<Uint8Array> {
  return makePdf([
    {
      body: [
        'Naval Institute annual report',
        '',
        'Chapter one looks at the budget of the fleet and the',
        'training of its officers in the academies of the coast.',
      ],
    },
    {
      body: [
        'In April 2023 the navy commissioned the amphibious',
        'assault ship Anadolu, the largest ship of the fleet.',
        'The navy plans a second ship of the same class.',
      ],
    },
  ])
}

function paper(origin: string): string {
  return `# Sea lanes and arms sales

## Trade

Turkish arms exports rose by 106 percent between 2019 and 2023, reaching 5.5 billion dollars.[^1] The strait of the Bosphorus carries about 40,000 ships every year through Istanbul.[^2]

## Navy

The navy commissioned the amphibious assault ship Anadolu in April 2023 and plans a second ship of the class.[^3] The Montreux Convention of 1936 regulates the passage of warships through the Turkish straits.[^4] Drone sales to African states doubled in two years.[^5] The defence industry employs 80,000 people.[^6] Qatar hosts a Turkish base with 3,000 soldiers.[^7]

[^1]: A. Writer, “Arms exports report”, Defence Review, 2024, ${origin}/exports
[^2]: B. Writer, “Straits traffic”, Sea News, 2023, ${origin}/straits
[^3]: C. Writer, “Naval Institute annual report”, 2023, p. 2, ${origin}/navy.pdf
[^4]: D. Writer, “The Montreux Convention”, History Today, 2020, ${origin}/montreux
[^5]: E. Writer, “Drones in Africa”, Africa Review, 2024, ${origin}/football
[^6]: F. Writer, “Defence jobs”, Industry Weekly, 2022, ${origin}/gone
[^7]: G. Writer, The Gulf Bases (London: Print Press, 2021), p. 12.
`
}

/** Serve the pages and the PDF; anything else is a 404. */
async function serve(): Promise<string> {
  const pdf = await navyReport()
  const server = await startServer((request, response) => {
    const path = request.url ?? '/'
    if (path === '/navy.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' })
      response.end(Buffer.from(pdf))
      return
    }
    const page = pages[path]
    if (page === undefined) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(page)
  })
  return server.origin
}

const check = { allowPrivate: true, hostInterval: 0, retries: 0, timeout: 10_000 }

/** Each claim's support by id. */
function supports(result: AuditResult): Map<string, ClaimSupport | undefined> {
  return new Map(result.claims.map((claim) => [claim.id, claim.support]))
}

describe('the support check end to end', () => {
  it('shows, per claim, the supporting passage and the numbers the source does not contain', {
    timeout: 120_000,
  }, async () => {
    const origin = await serve()
    const dir = await testdir({ 'paper.md': paper(origin) })
    const result = await auditPaper(join(dir, 'paper.md'), { check })
    const byId = supports(result)

    expect(byId.get('c1')).toMatchObject({
      level: 'supported',
      url: `${origin}/exports`,
      numbersFound: ['106%', '2019', '2023', '5.5 billion'],
      numbersMissing: [],
    })
    expect(byId.get('c1')?.passage).toContain('rose by 106 percent between 2019 and 2023')
    // The changed number: the page says much the same, but not 40,000.
    expect(byId.get('c2')).toMatchObject({ level: 'partial', numbersMissing: ['40000'] })
    expect(byId.get('c2')?.passage).toContain('48,000 ships')
    expect(byId.get('c3')).toMatchObject({
      level: 'supported',
      url: `${origin}/navy.pdf`,
      page: 2,
      numbersMissing: [],
    })
    expect(byId.get('c4')).toMatchObject({ level: 'partial', numbersMissing: [] })
    expect(byId.get('c5')?.level).toBe('not-found')
    expect(byId.get('c6')).toMatchObject({ level: 'not-checked', reason: 'dead', url: null })
    expect(byId.get('c7')).toMatchObject({ level: 'not-checked', reason: 'no-link', links: [] })
    expect(result.summary.support).toEqual({
      supported: 2,
      partial: 2,
      notFound: 1,
      notChecked: 2,
      cached: 0,
      numbersMissing: 1,
    })
    const json = JSON.parse(renderJson(result)) as AuditResult
    expect(json.claims.map((claim) => claim.support?.level)).toEqual([
      'supported',
      'partial',
      'supported',
      'partial',
      'not-found',
      'not-checked',
      'not-checked',
    ])
    expect(Object.keys(json.claims[0]?.support ?? {}).slice(0, 4)).toEqual([
      'level',
      'url',
      'reason',
      'score',
    ])

    const markdown = renderMarkdown(result)
    expect(markdown).toContain(
      '**Support:** 2 claims with a supporting passage, 2 partly supported, 1 with no supporting passage found; 1 claim with numbers the source does not contain; 2 not checked (no live page read).',
    )
    const claimItem = (id: string) => {
      const start = markdown.indexOf(`**${id}**`, markdown.indexOf('## Claims, section by section'))
      return markdown.slice(start, markdown.indexOf('\n- ', start))
    }
    expect(claimItem('c1')).toMatch(/Support: \*\*supported\*\* \(score \d\.\d\d\) — passage from/)
    expect(claimItem('c1')).toContain('> “')
    expect(claimItem('c1')).toContain('**106 percent**')
    expect(claimItem('c2')).toContain('Support: **partly supported**')
    expect(claimItem('c2')).toContain('⚠️ Numbers of the claim the source does not contain: 40000.')
    expect(claimItem('c3')).toMatch(/\(score \d\.\d\d, page 2\)/)
    expect(claimItem('c5')).toContain('Support: **no supporting passage**')
    expect(claimItem('c6')).not.toContain('Support:')
    expect(claimItem('c7')).not.toContain('Support:')

    // Off: the same verdicts, no support anywhere.
    const off = await auditPaper(join(dir, 'paper.md'), { check, evidence: { support: false } })
    expect(off.links.map((link) => [link.url, link.status, link.reason])).toEqual(
      result.links.map((link) => [link.url, link.status, link.reason]),
    )
    expect(off.claims.some((claim) => claim.support !== undefined)).toBe(false)
    expect(off.summary.support).toBeUndefined()
    expect(renderMarkdown(off)).not.toContain('Support:')
  })

  it('--no-support turns it off on the command line', { timeout: 120_000 }, async () => {
    const origin = await serve()
    const dir = await testdir({ 'paper.md': paper(origin) })
    const args = ['audit', 'paper.md', '--allow-private', '--no-cache', '--host-interval', '0']
    const [on, off] = [
      await run([...args, '--json', 'on.json', '--out', 'on.md'], dir),
      await run([...args, '--no-support', '--json', 'off.json', '--out', 'off.md'], dir),
    ]
    expect([on.code, off.code], on.stderr + off.stderr).toEqual([2, 2]) // one dead link
    const onJson = await readFile(join(dir, 'on.json'), 'utf8')
    const offJson = await readFile(join(dir, 'off.json'), 'utf8')
    expect(JSON.parse(onJson).summary.support.supported).toBe(2)
    expect(JSON.parse(onJson).options.support).toBe(true)
    const offResult = JSON.parse(offJson) as AuditResult
    expect(offResult.options.support).toBe(false)
    expect(offResult.summary.support).toBeUndefined()
    expect(offResult.claims.filter((claim) => claim.support !== undefined)).toEqual([])
    expect(await readFile(join(dir, 'off.md'), 'utf8')).not.toContain('Support:')
    expect(await readFile(join(dir, 'on.md'), 'utf8')).toContain('Support:')
  })
})
