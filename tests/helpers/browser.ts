/**
 * A real browser for the review page tests: Debian's Chromium driven by playwright-core (which
 * downloads nothing), with a fresh profile, no background networking, and pages opened from
 * disk. Every page records console errors, page errors, dialogs and requests, so a test can
 * assert there were none.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

/** Where Debian installs Chromium (`apt-get install -y chromium`). */
export const chromiumPath = '/usr/bin/chromium'

/** Flags: headless, no sandbox (root in CI), and nothing that talks to the network by itself. */
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Whether the browser tests can run. They are skipped, with this reason, only when Chromium is
 * missing outside CI; in CI (`CI` set) a missing browser is an error.
 */
export function findChromium(): { available: boolean; reason: string } {
  if (existsSync(chromiumPath)) return { available: true, reason: '' }
  const reason = `${chromiumPath} is missing: install it with \`apt-get install -y chromium\``
  if (process.env.CI) throw new Error(`Unexpected missing browser in CI: ${reason}`)
  return { available: false, reason }
}

/** A running browser with a temporary profile and a folder for pages. */
export interface Browser {
  /** The browser context. */
  context: BrowserContext
  /** Folder the pages are written to. */
  folder: string
  /** Close the browser and remove its profile and pages. */
  close(): Promise<void>
}

/** Start Chromium with a fresh profile. */
export async function startBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'citecheck-chromium-'))
  const folder = await mkdtemp(join(tmpdir(), 'citecheck-pages-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    timeout: 20_000,
  })
  return {
    context,
    folder,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
      await rm(folder, { recursive: true, force: true })
    },
  }
}

/** A page and what happened on it. */
export interface OpenedPage {
  /** The page. */
  page: Page
  /** Console errors and warnings, and uncaught page errors. */
  errors: Array<string>
  /** Dialogs opened (`alert`, `confirm`, `prompt`): none should be. */
  dialogs: Array<string>
  /** Requests to anything but the page's own file. */
  requests: Array<string>
}

/** Write `html` to a file and open it from disk at the given width. */
export async function openPage(
  browser: Browser,
  name: string,
  html: string,
  width: number,
  height = 900,
): Promise<OpenedPage> {
  const path = join(browser.folder, `${name}.html`)
  await writeFile(path, html)
  const url = pathToFileURL(path).href
  const page = await browser.context.newPage()
  const opened: OpenedPage = { page, errors: [], dialogs: [], requests: [] }
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      opened.errors.push(`${message.type()}: ${message.text()}`)
    }
  })
  page.on('pageerror', (error) => opened.errors.push(`page error: ${error.message}`))
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (request.url() !== url) opened.requests.push(request.url())
  })
  await page.setViewportSize({ width, height })
  await page.goto(url)
  return opened
}

/** The axe-core source. */
async function readAxeSource(): Promise<string> {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  return readFile(path, 'utf8')
}

/** An axe-core violation, as much as the tests need. */
export interface Violation {
  id: string
  impact: string | null
  help: string
  targets: Array<string>
}

/**
 * Run axe-core (WCAG 2 A and AA rules and best practices) and return its violations. The
 * page's Content Security Policy forbids any script but its own, so `addScriptTag` would be
 * refused: axe's source is evaluated through the DevTools protocol instead, which the policy
 * does not govern.
 */
export async function runAxe(page: Page): Promise<Array<Violation>> {
  await page.evaluate(await readAxeSource())
  return page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as {
      axe: { run: (...args: Array<unknown>) => Promise<unknown> }
      document: unknown
    }
    const results = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as {
      violations: Array<{
        id: string
        impact: string | null
        help: string
        nodes: Array<{ target: Array<string> }>
      }>
    }
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }))
  })
}
