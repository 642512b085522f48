/**
 * The review page of the bundled paper in a real browser (Debian's Chromium, opened from disk):
 * counts, selecting claims, filters, keyboard navigation, copying a repaired citation, the
 * bottom sheet on a phone, print, accessibility (axe-core), and the screenshots CI keeps.
 */
import { mkdir } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditResult, ClaimSupport, SourceStatus } from '../../pipeline/types.ts'
import type { PageData } from '../../reports/html/data.ts'
import { renderHtml } from '../../reports/html/index.ts'
import { describeReason } from '../../reports/reasons.ts'
import { assessSupport, readHtmlSource } from '../../sources/evidence/support/index.ts'
import { type Browser, findChromium, openPage, runAxe, startBrowser } from '../helpers/browser.ts'
import { auditBundledPaper } from './fixtures/bundled-audit.ts'

const chromium = findChromium()
const statuses: Array<SourceStatus> = ['live', 'dead', 'missing', 'unverified']

/** The page's data block, parsed. */
async function readData(page: Page): Promise<PageData> {
  return JSON.parse((await page.locator('#citecheck-data').textContent()) ?? 'null')
}

/** Positions of the claims a reader sees: not dimmed, not in a hidden paragraph. */
function visibleClaims(page: Page): Promise<Array<number>> {
  return page
    .locator('.paper-text .claim')
    .evaluateAll((elements) =>
      elements
        .filter((element) => !element.classList.contains('dim') && !element.closest('[hidden]'))
        .map((element) => Number(element.getAttribute('data-claim'))),
    )
}

/** The claim the page has selected (by its pressed markers), or -1. */
async function selectedClaim(page: Page): Promise<number> {
  const pressed = page.locator('.marker[aria-pressed="true"]').first()
  if ((await pressed.count()) === 0) return -1
  return Number(await pressed.getAttribute('data-claim'))
}

/** Whether a claim is a problem to step to when every claim is shown. */
function isProblem(data: PageData, index: number): boolean {
  const claim = data.claims[index]
  return claim !== undefined && (claim.status !== 'live' || claim.warnings.length > 0)
}

describe.skipIf(!chromium.available)(
  `the review page of the bundled paper in Chromium${chromium.available ? '' : ` — skipped: ${chromium.reason}`}`,
  () => {
    let browser: Browser
    let result: AuditResult
    let html: string
    /** A dead claim whose footnote has an archived copy to copy. */
    let archived: number

    beforeAll(async () => {
      result = await auditBundledPaper()
      html = renderHtml(result)
      browser = await startBrowser()
      const index = result.claims.findIndex((claim) =>
        claim.footnotes.some((id) => {
          const footnote = result.footnotes.find((item) => String(item.id) === String(id))
          return (
            footnote?.status === 'dead' &&
            footnote.sources.some((source) =>
              result.links.some((link) => link.url === source.url && link.evidence?.archive),
            )
          )
        }),
      )
      expect(index).toBeGreaterThan(0)
      archived = index
    })

    afterAll(async () => {
      await browser?.close()
    })

    it('opens from disk with no request, no error, and as many claims per status as the data', async () => {
      const opened = await openPage(browser, 'bundled', html, 1280)
      const { page } = opened
      const data = await readData(page)
      expect(data.claims).toHaveLength(result.claims.length)
      for (const status of statuses) {
        const shown = await page.locator(`.paper-text .claim.st-${status}`).count()
        expect(shown, status).toBe(data.claims.filter((claim) => claim.status === status).length)
        expect(shown, status).toBe(result.summary.claims[status])
        const cell = page.locator(
          `.summary-table tr[data-row="claims"] td[data-status="${status}"]`,
        )
        expect(await cell.textContent()).toBe(String(shown))
      }
      for (const filter of ['all', 'dead', 'missing', 'unverified', 'warnings'] as const) {
        const count = page.locator(`button.filter[data-filter="${filter}"] .count`)
        expect(await count.textContent()).toBe(String(data.counts[filter]))
      }
      // Every claim has a marker button; every status glyph is text, not colour alone.
      for (const [index] of data.claims.entries()) {
        expect(await page.locator(`.marker[data-claim="${index}"]`).count()).toBeGreaterThan(0)
      }
      expect(opened.errors).toEqual([])
      expect(opened.requests).toEqual([])
      expect(opened.dialogs).toEqual([])
      await page.close()
    })

    it('shows a claim’s footnotes, links, verdicts in words and warnings when clicked', async () => {
      const opened = await openPage(browser, 'click', html, 1280)
      const { page } = opened
      const data = await readData(page)
      for (const index of [archived, data.claims.findIndex((claim) => claim.warnings.length > 0)]) {
        const claim = result.claims[index]
        if (claim === undefined) throw new Error('no such claim')
        await page.locator(`.marker[data-claim="${index}"]`).first().click()
        const panel = page.locator('#panel-body')
        await expect.poll(() => panel.locator('.claim-quote').textContent()).toBe(claim.text)
        expect(await page.locator('#panel-status').textContent()).toContain(
          `Claim ${claim.id}: ${claim.status}`,
        )
        const cards = panel.locator('.fn-card')
        expect(await cards.count()).toBe(claim.footnotes.length)
        for (const [position, id] of claim.footnotes.entries()) {
          const footnote = result.footnotes.find((item) => String(item.id) === String(id))
          const card = cards.nth(position)
          expect(await card.locator('.fn-head').textContent()).toContain(
            `Footnote ${footnote?.label ?? id}`,
          )
          for (const link of result.links.filter((item) =>
            item.footnotes.some((f) => String(f) === String(id)),
          )) {
            const shown = card.locator('.link', {
              has: page.locator(`a[href="${new URL(link.url).href}"]`),
            })
            const text = (await shown.first().textContent()) ?? ''
            expect(text).toContain(link.status)
            if (link.status !== 'live') expect(text).toContain(describeReason(link.reason))
          }
        }
        const warnings = data.claims[index]?.warnings ?? []
        expect(await page.locator('#panel-body > .warnings > li').count()).toBe(warnings.length)
        expect(await selectedClaim(page)).toBe(index)
      }
      // Clicking the sentence itself selects it too.
      await page.locator('#claim-0').click({ position: { x: 4, y: 6 } })
      expect(await selectedClaim(page)).toBe(0)
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('filters the claims: dead, missing, unverified, warnings, all', async () => {
      const opened = await openPage(browser, 'filters', html, 1280)
      const { page } = opened
      const data = await readData(page)
      const expected = {
        dead: (index: number) => data.claims[index]?.status === 'dead',
        missing: (index: number) => data.claims[index]?.status === 'missing',
        unverified: (index: number) => data.claims[index]?.status === 'unverified',
        warnings: (index: number) => (data.claims[index]?.warnings.length ?? 0) > 0,
        all: () => true,
      }
      for (const [filter, test] of Object.entries(expected)) {
        await page.locator(`button.filter[data-filter="${filter}"]`).click()
        expect(
          await page.locator(`button.filter[data-filter="${filter}"]`).getAttribute('aria-pressed'),
        ).toBe('true')
        expect(await page.locator('button.filter[aria-pressed="true"]').count()).toBe(1)
        const wanted = data.claims.map((_, index) => index).filter(test)
        expect(await visibleClaims(page), filter).toEqual(wanted)
        expect(wanted.length).toBe(data.counts[filter as keyof PageData['counts']])
        if (filter !== 'all') {
          // Paragraphs without a matching claim are hidden.
          const shown = await page.locator('.paper-text .para:not([hidden])').count()
          expect(shown).toBeLessThan(await page.locator('.paper-text .para').count())
        }
      }
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('works with the keyboard only: Tab and Enter, then j and k between problems', async () => {
      const opened = await openPage(browser, 'keyboard', html, 1280)
      const { page } = opened
      const data = await readData(page)
      // Tab from the top: the skip link, the filters, the stepper, then the first marker.
      let focused = ''
      for (let presses = 0; presses < 20 && !focused.includes('marker'); presses++) {
        await page.keyboard.press('Tab')
        focused = await page.evaluate(() => {
          const active = (
            globalThis as unknown as { document: { activeElement: { className: string } | null } }
          ).document.activeElement
          return active?.className ?? ''
        })
      }
      expect(focused).toContain('marker')
      const outline = await page
        .locator('.marker:focus')
        .evaluate(
          (element) =>
            (
              globalThis as unknown as { getComputedStyle(node: unknown): { outlineStyle: string } }
            ).getComputedStyle(element).outlineStyle,
        )
      expect(outline).not.toBe('none')
      const first = Number(await page.locator('.marker:focus').getAttribute('data-claim'))
      await page.keyboard.press('Enter')
      expect(await selectedClaim(page)).toBe(first)
      expect(await page.locator('#panel-status').textContent()).toContain(
        `Claim ${data.claims[first]?.id}`,
      )

      const problems = data.claims
        .map((_, index) => index)
        .filter((index) => isProblem(data, index))
      const next = problems.find((index) => index > first) ?? -1
      await page.keyboard.press('j')
      expect(await selectedClaim(page)).toBe(next)
      expect(await page.locator('.marker:focus').getAttribute('data-claim')).toBe(String(next))
      expect(await page.locator('#position').textContent()).toBe(
        `Problem ${problems.indexOf(next) + 1} of ${problems.length}`,
      )
      await page.keyboard.press('j')
      const after = problems[problems.indexOf(next) + 1]
      expect(await selectedClaim(page)).toBe(after)
      await page.keyboard.press('k')
      expect(await selectedClaim(page)).toBe(next)

      // A filter chosen with the keyboard limits j to its claims.
      await page.locator('button.filter[data-filter="missing"]').focus()
      await page.keyboard.press('Enter')
      await page.keyboard.press('j')
      const missing = data.claims
        .map((_, index) => index)
        .filter((index) => data.claims[index]?.status === 'missing')
      expect(missing).toContain(await selectedClaim(page))
      await page.keyboard.press('j')
      await page.keyboard.press('j')
      expect(missing).toContain(await selectedClaim(page))
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('copies the repaired citation of a dead link with an archived copy', async () => {
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'])
      const opened = await openPage(browser, 'copy', html, 1280)
      const { page } = opened
      const data = await readData(page)
      await page.locator(`.marker[data-claim="${archived}"]`).first().click()
      const button = page.locator('#panel-body button.copy').first()
      const repaired = data.repairs[Number(await button.getAttribute('data-repair'))] ?? ''
      expect(repaired).toMatch(
        /\(archived at <?https:\/\/web\.archive\.org\/web\/20240501093000\/\S+, captured 2024-05-01\)/,
      )
      await button.click()
      const status = page.locator('#panel-body .copy-status').first()
      await expect.poll(() => status.textContent()).not.toBe('')
      const copied =
        (await status.textContent()) === 'Copied.'
          ? await page.evaluate(() =>
              (
                globalThis as unknown as {
                  navigator: { clipboard: { readText(): Promise<string> } }
                }
              ).navigator.clipboard.readText(),
            )
          : await page.locator('#panel-body textarea.copy-text').inputValue()
      expect(copied).toBe(repaired)
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('has no serious or critical accessibility violation at 1280 px, and saves the desktop screenshot', {
      timeout: 90_000,
    }, async () => {
      const opened = await openPage(browser, 'desktop', html, 1280, 1000)
      const { page } = opened
      await page.locator(`.marker[data-claim="${archived}"]`).first().click()
      // The top of the page: the summary, the toolbar, coloured claims and the filled panel.
      await page.evaluate(() =>
        (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
      )
      await mkdir('out', { recursive: true })
      await page.screenshot({ path: 'out/review-desktop.png' })
      const violations = await runAxe(page)
      expect(
        violations.filter((item) => item.impact === 'serious' || item.impact === 'critical'),
      ).toEqual([])
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('becomes a bottom sheet at 390 px, with no sideways scrolling, and saves the phone screenshot', {
      timeout: 90_000,
    }, async () => {
      const opened = await openPage(browser, 'phone', html, 390, 844)
      const { page } = opened
      expect(await page.locator('#panel').isVisible()).toBe(false)
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
            .document.documentElement.scrollWidth,
      )
      expect(width).toBeLessThanOrEqual(390)
      await page.locator(`.marker[data-claim="${archived}"]`).first().click()
      await expect.poll(() => page.locator('#panel').isVisible()).toBe(true)
      const box = await page.locator('#panel').boundingBox()
      expect(box?.width).toBe(390)
      expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(844)
      expect(box?.y).toBeGreaterThan(844 * 0.3)
      await mkdir('out', { recursive: true })
      await page.screenshot({ path: 'out/review-phone.png' })
      const violations = await runAxe(page)
      expect(
        violations.filter((item) => item.impact === 'serious' || item.impact === 'critical'),
      ).toEqual([])
      // The sheet's own Next button steps; Escape closes it and gives focus back.
      await page.locator('#panel .sheet-controls button[data-step="1"]').click()
      expect(await selectedClaim(page)).not.toBe(archived)
      await page.keyboard.press('Escape')
      await expect.poll(() => page.locator('#panel').isVisible()).toBe(false)
      expect(await page.locator('.marker:focus').count()).toBe(1)
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('shows the passage that best supports a claim, its terms marked, and its missing numbers', async () => {
      // A live claim with a number, against a page that says the same with the number changed.
      const index = result.claims.findIndex(
        (claim) => claim.status === 'live' && /\d{2,}/.test(claim.text),
      )
      const claim = result.claims[index]
      const url = result.links.find((link) => link.status === 'live')?.url ?? null
      if (claim === undefined || url === null) throw new Error('no live claim with a number')
      const changed = claim.text.replace(/\d{2,}/g, (digits) => String(Number(digits) + 7))
      const filler = '<p>The weather was mild and the harvest came in early that year.</p>'
      const found = assessSupport(
        { text: claim.text },
        readHtmlSource(
          `<html><body>${filler.repeat(6)}<p>${changed}</p>${filler.repeat(6)}</body></html>`,
        ),
      )
      expect(found.numbersMissing.length).toBeGreaterThan(0)
      const support: ClaimSupport = { ...found, url, reason: null, links: [] }
      const withSupport = renderHtml({
        ...result,
        claims: result.claims.map((item) => (item === claim ? { ...item, support } : item)),
      })
      const opened = await openPage(browser, 'support', withSupport, 1280)
      const { page } = opened
      await page.locator(`.marker[data-claim="${index}"]`).first().click()
      const shown = page.locator('#panel-body .support')
      await expect.poll(() => shown.getAttribute('data-support')).toBe(found.level)
      expect(await shown.locator('.passage').textContent()).toBe(found.passage)
      expect(await shown.locator('.passage mark').allTextContents()).toEqual(
        found.highlights.map(([start, end]) => found.passage.slice(start, end)),
      )
      const numbers = (await shown.locator('.numbers-missing').textContent()) ?? ''
      for (const number of found.numbersMissing) expect(numbers).toContain(number)
      expect(opened.errors).toEqual([])
      await page.close()
    })

    it('prints the paper and the footnote cards without the controls', async () => {
      const opened = await openPage(browser, 'print', html, 1280)
      const { page } = opened
      await page.locator('button.filter[data-filter="dead"]').click()
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('.toolbar').isVisible()).toBe(false)
      expect(await page.locator('#panel').isVisible()).toBe(false)
      expect(await page.locator('#footnotes .fn-card').first().isVisible()).toBe(true)
      // Hidden by the filter on screen, every paragraph prints.
      const hidden = page.locator('.paper-text .para[hidden]').first()
      expect(await hidden.count()).toBe(1)
      expect(await hidden.isVisible()).toBe(true)
      expect(opened.errors).toEqual([])
      await page.close()
    })
  },
)
