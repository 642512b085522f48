/**
 * What the support check costs in an audit: the bundled paper (111 claims, 91 distinct links)
 * audited in-process against pages served on loopback (every URL remapped onto one local
 * server), with the support check off (three times), then on (three times), each warmed up once. The pages are
 * articles made from the support set's openly licensed texts (`support/texts/`, see its
 * SOURCES.md) inside realistic markup (about 60–120 KiB of HTML each); one link in eight is a
 * 12-page PDF of the same texts. Prints the median wall time of each, their ratio, the peak
 * RSS during the runs, and what the check found.
 */
import { once } from 'node:events'
import { readdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { auditPaper } from '../pipeline/audit.ts'
import { bundledPaper } from '../pipeline/read-paper.ts'
import type { AuditResult } from '../pipeline/types.ts'

const textsDirectory = new URL('./support/texts/', import.meta.url)

/** Paragraphs of the set's English, German and French texts. */
async function readParagraphs(): Promise<Array<string>> {
  const paragraphs: Array<string> = []
  for (const name of (await readdir(textsDirectory)).sort()) {
    const text = await readFile(new URL(name, textsDirectory), 'utf8')
    paragraphs.push(...text.split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim()))
  }
  return paragraphs.filter((part) => part.length > 40)
}

/** An article page: a header, a menu, scripts and styles, then `count` paragraphs from `start`. */
function buildArticle(paragraphs: ReadonlyArray<string>, start: number, count: number): string {
  const menu = Array.from(
    { length: 60 },
    (_, index) => `<li><a href="/s/${index}">Section ${index}</a></li>`,
  )
  const script = `<script>window.__state = ${JSON.stringify({ items: Array.from({ length: 1500 }, (_, index) => ({ id: index, label: `item ${index}` })) })}</script>`
  const body = Array.from(
    { length: count },
    (_, index) => `<p>${paragraphs[(start + index) % paragraphs.length]}</p>`,
  )
  return `<!doctype html><html><head><title>Article ${start}</title><style>${'.x{color:red}'.repeat(400)}</style>${script}</head><body><header><nav><ul>${menu.join('')}</ul></nav></header><main><article><h1>Article ${start}</h1>${body.join('\n')}</article></main><footer>${menu.join('')}</footer></body></html>`
}

/** A 12-page PDF of paragraphs, wrapped at about 90 characters a line. */
async function buildPdf(paragraphs: ReadonlyArray<string>, start: number): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  document.setTitle(`Report ${start}`)
  const font = await document.embedFont(StandardFonts.TimesRoman)
  let paragraph = start
  for (let number = 0; number < 12; number++) {
    const page = document.addPage([595, 842])
    let y = 780
    while (y > 80) {
      const words = (paragraphs[paragraph++ % paragraphs.length] ?? '')
        .replace(/[^\x20-\x7e]/g, '')
        .split(' ')
      let line = ''
      for (const word of words) {
        if (line.length + word.length > 90) {
          page.drawText(line, { x: 60, y, size: 10, font })
          y -= 13
          line = ''
        }
        line += `${word} `
      }
      page.drawText(line, { x: 60, y, size: 10, font })
      y -= 22
    }
  }
  return document.save()
}

/** Median of numbers. */
function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Run the benchmark and return printable lines. */
export async function benchSupportAudit(): Promise<Array<string>> {
  const paragraphs = await readParagraphs()
  const pages = new Map<string, { type: string; body: Uint8Array | string }>()
  let served = 0
  let pdfs = 0
  let htmlBytes = 0
  const server = createServer(async (request, response) => {
    const path = request.url ?? '/'
    if (path.startsWith('/handles/')) {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ responseCode: 1 }))
      return
    }
    let page = pages.get(path)
    if (page === undefined) {
      // Each path gets its page once, made the first time it is asked for.
      const start = served++ * 7
      if (served % 8 === 0) {
        page = { type: 'application/pdf', body: await buildPdf(paragraphs, start) }
        pdfs++
      } else {
        const body = buildArticle(paragraphs, start, 8 + (served % 5) * 4)
        htmlBytes += body.length
        page = { type: 'text/html; charset=utf-8', body }
      }
      pages.set(path, page)
    }
    response.writeHead(200, { 'content-type': page.type })
    response.end(page.body)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const audit = (support: boolean) =>
    auditPaper(bundledPaper, {
      check: {
        remap: [{ pattern: /^https?:\/\/(.*)$/, replacement: `${origin}/$1` }],
        allowPrivate: true,
        hostConcurrency: 8,
        hostInterval: 0,
        retries: 0,
        timeout: 20_000,
      },
      evidence: { doiApi: `${origin}/handles/`, support },
    })
  try {
    // Off first, so that its peak RSS has no pdf.js thread in it; each mode warmed up once
    // (JIT, the pages made once, the pdf.js thread) before it is timed.
    const times: Record<'off' | 'on', Array<number>> = { off: [], on: [] }
    const peaks: Record<'off' | 'on', number> = { off: 0, on: 0 }
    const retained: Record<'off' | 'on', number> = { off: 0, on: 0 }
    const results: Array<AuditResult> = []
    let last: AuditResult | undefined
    for (const mode of ['off', 'on'] as const) {
      await audit(mode === 'on')
      for (let round = 0; round < 3; round++) {
        ;(globalThis as { gc?: () => void }).gc?.()
        let peak = process.memoryUsage.rss()
        const sampler = setInterval(() => {
          peak = Math.max(peak, process.memoryUsage.rss())
        }, 10)
        const started = performance.now()
        const result = await audit(mode === 'on')
        times[mode].push(performance.now() - started)
        clearInterval(sampler)
        peaks[mode] = Math.max(peaks[mode], peak, process.memoryUsage.rss())
        if (mode === 'on') last = result
        // What the run leaves behind: the heap after a full GC with its result kept.
        results.push(result)
        ;(globalThis as { gc?: () => void }).gc?.()
        retained[mode] = Math.max(retained[mode], process.memoryUsage().heapUsed)
        results.pop()
      }
    }
    const support = last?.summary.support
    const off = median(times.off)
    const on = median(times.on)
    const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0)
    return [
      `support in an audit: the bundled paper (${last?.claims.length} claims, ${last?.links.length} links), pages on loopback: ${pages.size - pdfs} HTML (average ${(htmlBytes / Math.max(1, pages.size - pdfs) / 1024).toFixed(0)} KiB), ${pdfs} PDFs of 12 pages`,
      `  audit, support off: ${off.toFixed(0)} ms (median of 3; ${times.off.map((value) => value.toFixed(0)).join(', ')})`,
      `  audit, support on:  ${on.toFixed(0)} ms (median of 3; ${times.on.map((value) => value.toFixed(0)).join(', ')})`,
      `  on / off:           ${(on / off).toFixed(2)}, ${((on - off) / Math.max(1, last?.claims.length ?? 1)).toFixed(1)} ms more per claim`,
      `  peak RSS:           ${megabytes(peaks.off)} MB off, ${megabytes(peaks.on)} MB on (the pdf.js thread included once a PDF was read)`,
      `  heap after GC:      ${megabytes(retained.off)} MB off, ${megabytes(retained.on)} MB on, results kept${'gc' in globalThis ? '' : ' (no --expose-gc: not collected)'}`,
      `  found:              ${support?.supported} supported, ${support?.partial} partial, ${support?.notFound} not found, ${support?.notChecked} not checked (the pages are not the cited articles: this measures cost, not accuracy)`,
    ]
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchSupportAudit()) console.log(line)
}
