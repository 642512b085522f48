/**
 * The review page in a real browser on hostile text, a wrong-article link, and papers without
 * paragraphs or footnotes.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditResult } from '../../pipeline/types.ts'
import type { PageData } from '../../reports/html/data.ts'
import { renderHtml } from '../../reports/html/index.ts'
import { type Browser, findChromium, openPage, runAxe, startBrowser } from '../helpers/browser.ts'
import { auditText } from './fixtures/audit-text.ts'
import {
  allAttacks,
  attacks,
  auditWrongArticle,
  buildHostilePage,
  wrongArticlePaper,
} from './fixtures/hostile-page.ts'

const chromium = findChromium()

/** What a global variable of the page holds (`undefined` when unset). */
function readGlobal(page: Page, name: string): Promise<unknown> {
  return page.evaluate((key) => (globalThis as unknown as Record<string, unknown>)[key], name)
}

/** A claim's own text in the paper: its element without marker buttons and warning flag. */
function claimText(page: Page, index: number): Promise<string> {
  return page.locator(`#claim-${index}`).evaluate((element) => {
    const copy = element.cloneNode(true)
    for (const extra of copy.querySelectorAll('.marker, .flag')) extra.remove()
    return copy.textContent
  })
}

/** The text a paper shows for a text: the inline-Markdown reader folds whitespace runs. */
function folded(text: string): string {
  return text.replace(/\s+/g, ' ')
}

describe.skipIf(!chromium.available)(
  `the review page on hostile and unusual papers in Chromium${chromium.available ? '' : ` — skipped: ${chromium.reason}`}`,
  () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await startBrowser()
    })

    afterAll(async () => {
      await browser?.close()
    })

    it('keeps hostile text as text: nothing runs, loads or is injected', async () => {
      const result = buildHostilePage()
      const opened = await openPage(browser, 'hostile', renderHtml(result), 1280)
      const { page } = opened
      expect(opened.errors).toEqual([])
      expect(opened.requests).toEqual([])
      expect(await page.locator('img, iframe, object, embed').count()).toBe(0)
      expect(await page.locator('script').count()).toBe(2)
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0)
      expect(await page.locator('h1').textContent()).toBe(allAttacks)
      expect(await page.locator('.paper-text h2').first().textContent()).toBe(attacks.comment)
      const data: PageData = JSON.parse((await page.locator('#citecheck-data').textContent()) ?? '')
      for (const [index, claim] of result.claims.entries()) {
        expect(data.claims[index]?.text).toBe(claim.text)
        expect(await claimText(page, index)).toBe(folded(claim.text))
        await page.locator(`.marker[data-claim="${index}"]`).first().click()
        expect(await page.locator('#panel-body .claim-quote').textContent()).toBe(claim.text)
      }
      // The page title of the dead link, the footnote text and the label, shown in full.
      await page.locator('.marker[data-claim="0"]').first().click()
      const card = page.locator('#panel-body .fn-card').first()
      expect(await card.locator('q').first().textContent()).toBe(allAttacks)
      expect(await card.locator('.fn-head').textContent()).toContain('Footnote </script><b>1</b>')
      expect(await card.locator('.fn-text').textContent()).toContain(folded(allAttacks))
      // Copying the repaired citation gives the hostile text back as text.
      await card.locator('button.copy').click()
      await expect.poll(() => card.locator('.copy-status').textContent()).not.toBe('')
      expect(data.repairs[0]).toContain(allAttacks)
      // The redirect to a javascript: URL is shown, not linked.
      await page.locator('.marker[data-claim="1"]').first().click()
      const moved = page.locator('#panel-body > .warnings li[data-warning="permanent-redirect"]')
      expect(await moved.textContent()).toContain('javascript:window.pwned="href"')
      expect(await moved.locator('a').count()).toBe(0)
      expect(await readGlobal(page, 'pwned')).toBeUndefined()
      expect(opened.dialogs).toEqual([])
      expect(opened.errors).toEqual([])
      // The policy refuses any script the page did not ship.
      await page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: {
            createElement(tag: string): { textContent: string }
            body: { append(node: unknown): void }
          }
        }
        const probe = document.createElement('script')
        probe.textContent = 'window.pwned = "injected"'
        document.body.append(probe)
      })
      expect(await readGlobal(page, 'pwned')).toBeUndefined()
      expect(opened.errors.join('\n')).toContain('Content Security Policy')
      await page.close()
    })

    it('shows a wrong-article link’s warning at its claim, and only there', async () => {
      const result = auditWrongArticle()
      const opened = await openPage(browser, 'wrong-article', renderHtml(result), 1280)
      const { page } = opened
      const wrong = result.claims.findIndex((claim) => claim.footnotes.includes(2))
      const right = result.claims.findIndex((claim) => claim.footnotes.includes(1))
      expect(await page.locator(`#claim-${wrong} .flag`).textContent()).toContain('1 warning')
      expect(await page.locator(`#claim-${right} .flag`).count()).toBe(0)
      await page.locator(`.marker[data-claim="${wrong}"]`).click()
      const warning = page.locator('#panel-body > .warnings li[data-warning="title-mismatch"]')
      const text = await warning.textContent()
      expect(text).toContain('Title mismatch')
      expect(text).toContain('“Weekend weather: sunshine and showers”')
      expect(text).toContain('shares none of the cited title’s words')
      expect(text).toContain('“Arms exports triple in five years”')
      await page.locator('button.filter[data-filter="warnings"]').click()
      expect(await page.locator('.paper-text .claim:not(.dim)').count()).toBe(1)
      expect(await page.locator(`#claim-${wrong}`).getAttribute('class')).not.toContain('dim')
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('lists claims by section when the paper’s paragraphs are not available', async () => {
      const full = auditWrongArticle()
      const result: AuditResult = { ...full, paragraphs: [] }
      const opened = await openPage(browser, 'no-paragraphs', renderHtml(result), 390, 844)
      const { page } = opened
      expect(await page.locator('.paper-text .claim').count()).toBe(result.claims.length)
      expect(await page.locator('.paper-text').textContent()).toContain('listed by section')
      await page.locator('.marker[data-claim="1"]').click()
      await expect.poll(() => page.locator('#panel').isVisible()).toBe(true)
      expect(await page.locator('#panel-body .fn-card').count()).toBe(1)
      const violations = await runAxe(page)
      expect(
        violations.filter((item) => item.impact === 'serious' || item.impact === 'critical'),
      ).toEqual([])
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('explains a paper without footnotes', async () => {
      const result = auditText('# Plain notes\n\nA paper that cites nothing at all.\n', 'plain.md')
      expect(result.claims).toEqual([])
      const opened = await openPage(browser, 'no-footnotes', renderHtml(result), 1280)
      const { page } = opened
      expect(await page.locator('.paper-text').textContent()).toContain(
        'there is no claim to review',
      )
      expect(await page.locator('.paper-text').textContent()).toContain(
        'A paper that cites nothing at all.',
      )
      await page.keyboard.press('j')
      expect(await page.locator('#position').textContent()).toBe('No problems to show')
      const violations = await runAxe(page)
      expect(
        violations.filter((item) => item.impact === 'serious' || item.impact === 'critical'),
      ).toEqual([])
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('renders the wrong-article paper’s own text', () => {
      // Guard for the fixture: the paper the tests above rely on has the two claims.
      expect(auditWrongArticle().claims.map((claim) => claim.footnotes)).toEqual([[1], [2]])
      expect(wrongArticlePaper).toContain('[^2]')
    })
  },
)
