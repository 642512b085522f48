/**
 * Regenerate the labelled set's pages from `texts/*.txt`: every text becomes a small HTML page
 * (with the header, navigation and footer a real site adds), and a few become PDFs made by
 * LibreOffice (`soffice --headless --convert-to pdf`). The outputs are committed, so the
 * benchmark never needs LibreOffice; run this only after changing a text:
 *
 *   node --import tsx bench/support/build-pages.ts
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const here = new URL('.', import.meta.url).pathname

/** Texts published as HTML pages. */
const htmlPages = [
  'en-azerbaijani-armed-forces',
  'en-armed-forces-of-armenia',
  'en-dardanelles',
  'en-ottoman-turks',
  'de-bwfinsvermg',
  'fr-constitution-souverainete',
  'fr-constitution-president',
]

/** PDFs: output name and the texts they hold, one chapter each. */
const pdfs: Array<{ name: string; title: string; texts: Array<string> }> = [
  {
    name: 'en-caucasus-and-straits-reader',
    title: 'Armed forces, straits and populations: a reader',
    texts: [
      'en-azerbaijani-armed-forces',
      'en-armed-forces-of-armenia',
      'en-dardanelles',
      'en-ottoman-turks',
      'en-demographics-of-qatar',
    ],
  },
  {
    name: 'de-bwbbg',
    title: 'Bundeswehrbeschaffungsbeschleunigungsgesetz (BwBBG)',
    texts: ['de-bwbbg'],
  },
]

/** Escape text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A short line without final punctuation reads as a heading. */
function isHeading(block: string): boolean {
  return block.length < 90 && !/[.:;,]$/.test(block) && !block.includes('\n')
}

/** The text's first block is its title; the rest become headings and paragraphs. */
function toBody(text: string, headingLevel: number): { title: string; html: string } {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
  const [title = '', ...rest] = blocks
  const html = rest
    .map((block) =>
      isHeading(block)
        ? `<h${headingLevel + 1}>${escapeHtml(block)}</h${headingLevel + 1}>`
        : `<p>${escapeHtml(block).replace(/\n/g, '<br>\n')}</p>`,
    )
    .join('\n')
  return { title, html }
}

/** Language of a text from its file name prefix. */
function languageOf(name: string): string {
  return name.slice(0, 2)
}

/** A page as a small real site would serve it. */
function toPage(name: string, text: string): string {
  const { title, html } = toBody(text, 1)
  return `<!doctype html>
<html lang="${languageOf(name)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | Reference library</title>
<meta property="og:title" content="${escapeHtml(title)}">
<style>body{font-family:serif;max-width:42em;margin:auto}nav a{margin-right:1em}</style>
<script>window.analytics = { page: ${JSON.stringify(name)} };</script>
</head>
<body>
<header><nav><a href="/">Home</a><a href="/topics">Topics</a><a href="/search">Search</a><a href="/about">About us</a></nav></header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
${html}
</article>
</main>
<footer><p>Reference library mirror. See SOURCES.md for the origin and licence of this text.</p><p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
`
}

/** Read one text. */
function readText(name: string): Promise<string> {
  return readFile(join(here, 'texts', `${name}.txt`), 'utf8')
}

for (const name of htmlPages) {
  await writeFile(join(here, 'pages', `${name}.html`), toPage(name, await readText(name)))
}

const work = await mkdtemp(join(tmpdir(), 'support-pdf-'))
try {
  for (const pdf of pdfs) {
    const chapters: Array<string> = []
    for (const [index, name] of pdf.texts.entries()) {
      const { title, html } = toBody(await readText(name), 1)
      const style = index === 0 ? '' : ' style="page-break-before: always"'
      chapters.push(`<h1${style}>${escapeHtml(title)}</h1>\n${html}`)
    }
    const lang = languageOf(pdf.name)
    const document = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(pdf.title)}</title></head><body>\n${chapters.join('\n')}\n</body></html>\n`
    const source = join(work, `${pdf.name}.html`)
    await writeFile(source, document)
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, source],
      { stdio: 'ignore', env: { ...process.env, HOME: work } },
    )
    await rename(join(work, `${pdf.name}.pdf`), join(here, 'pages', `${pdf.name}.pdf`))
  }
} finally {
  await rm(work, { recursive: true, force: true })
}
