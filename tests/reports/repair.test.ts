import { describe, expect, it } from 'vitest'
import type { AuditResult } from '../../pipeline/types.ts'
import { repairPaper } from '../../reports/repair.ts'
import { repairCitation } from '../../reports/repair-note.ts'
import { formatRepairSummary } from '../../reports/repair-summary.ts'
import { archiveOf, auditText, type Verdict } from './fixtures/audit-text.ts'

/** Dead links under `dead.test` get an archived copy captured on 2024-05-01; others are live. */
function deadWithArchive(url: string): Verdict {
  if (url.includes('//dead.test/')) {
    return { status: 'dead', evidence: { archive: archiveOf(url, '2024-05-01') } }
  }
  if (url.includes('//gone.test/')) return { status: 'dead' }
  if (url.includes('//slow.test/')) {
    return { status: 'unverified', evidence: { archive: archiveOf(url, '2023-01-02') } }
  }
  return {}
}

/** The Wayback URL `archiveOf` makes for `url` on 2024-05-01. */
function wayback(url: string): string {
  return archiveOf(url, '2024-05-01').url
}

/** Insert `notes` after each anchor (first occurrence after the previous one), nothing else. */
function insertAfter(text: string, notes: Array<[anchor: string, note: string]>): string {
  let out = ''
  let cursor = 0
  for (const [anchor, note] of notes) {
    const at = text.indexOf(anchor, cursor)
    if (at === -1) throw new Error(`anchor ${anchor} not found`)
    out += text.slice(cursor, at + anchor.length) + note
    cursor = at + anchor.length
  }
  return out + text.slice(cursor)
}

const markdownPaper = [
  '# Sources of a sample paper',
  '',
  'A dead page is cited here[^1]. The body also quotes https://dead.test/one in passing.',
  'A claim on a moved report[^2]. A claim on a gone page[^3]. A slow one[^4]. A live one[^5].',
  '',
  '[^1]: A. Author, “One”, Outlet, 2020. <https://dead.test/one>',
  '[^2]: B. Author, [Two](https://dead.test/two "The title"), 2021.',
  '[^3]: C. Author, “Three”, 2022. https://gone.test/three.',
  '[^4]: D. Author, “Four”, 2023. https://slow.test/four',
  '[^5]: E. Author, “Five”, 2024. https://live.test/five',
  '',
].join('\n')

describe('repairPaper', () => {
  it('adds exactly the two archived copies, byte for byte, in the citation’s own style', () => {
    const result = auditText(markdownPaper, 'paper.md', deadWithArchive)
    const repair = repairPaper(markdownPaper, result)
    const expected = insertAfter(markdownPaper, [
      [
        '<https://dead.test/one>',
        ` (archived at <${wayback('https://dead.test/one')}>, captured 2024-05-01)`,
      ],
      ['"The title")', ` ([archived](${wayback('https://dead.test/two')}), captured 2024-05-01)`],
    ])
    expect(Buffer.from(repair.text)).toEqual(Buffer.from(expected))
    expect(repair.changes).toEqual([
      {
        footnote: 1,
        url: 'https://dead.test/one',
        archiveUrl: wayback('https://dead.test/one'),
        timestamp: '20240501120000',
        line: 6,
      },
      {
        footnote: 2,
        url: 'https://dead.test/two',
        archiveUrl: wayback('https://dead.test/two'),
        timestamp: '20240501120000',
        line: 7,
      },
    ])
    expect(repair.skipped).toEqual([])
    // The body's copy of the URL is untouched: its line is identical.
    expect(repair.text.split('\n')[2]).toBe(markdownPaper.split('\n')[2])
  })

  it('is idempotent: its own output changes nothing', () => {
    const result = auditText(markdownPaper, 'paper.md', deadWithArchive)
    const once = repairPaper(markdownPaper, result)
    const twice = repairPaper(once.text, result)
    expect(twice.text).toBe(once.text)
    expect(twice.changes).toEqual([])
    expect(twice.skipped.map((skip) => [skip.footnote, skip.reason])).toEqual([
      [1, 'already-archived'],
      [2, 'already-archived'],
    ])
  })

  it('adds unverified links’ copies only when asked', () => {
    const result = auditText(markdownPaper, 'paper.md', deadWithArchive)
    const repair = repairPaper(markdownPaper, result, { statuses: ['unverified'] })
    expect(repair.changes.map((change) => change.url)).toEqual(['https://slow.test/four'])
    expect(repair.text).toContain(
      'https://slow.test/four (archived at https://web.archive.org/web/20230102120000/https://slow.test/four, captured 2023-01-02)',
    )
  })

  it('keeps a byte order mark and CRLF line endings', () => {
    const crlf = `\uFEFF${markdownPaper.replaceAll('\n', '\r\n')}`
    const bytes = new TextEncoder().encode(crlf)
    // The audit reads the bytes as the CLI does (BOM dropped, CRLF folded); the repair gets
    // the file's text as it is.
    const result = auditText(bytes, 'paper.md', deadWithArchive)
    const source = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(source).toBe(crlf)
    const repair = repairPaper(source, result)
    const expected = insertAfter(crlf, [
      [
        '<https://dead.test/one>',
        ` (archived at <${wayback('https://dead.test/one')}>, captured 2024-05-01)`,
      ],
      ['"The title")', ` ([archived](${wayback('https://dead.test/two')}), captured 2024-05-01)`],
    ])
    expect(Buffer.from(repair.text)).toEqual(Buffer.from(expected))
    expect(repair.text.match(/\r\n/g)).toHaveLength(crlf.match(/\r\n/g)?.length ?? -1)
    expect(repair.changes.map((change) => change.line)).toEqual([6, 7])
    expect(repairPaper(repair.text, result).text).toBe(repair.text)
  })

  it('repairs superscript notes of a text paper, keeping the sentence’s punctuation', () => {
    const paper = [
      'A Title Of The Paper',
      '',
      'Introduction',
      '',
      'A claim about one thing.¹ Another claim.² A third claim.³ See https://dead.test/one too.',
      '',
      '¹ A. Author, "One", *Outlet*, 2020. See: https://dead.test/one.',
      '',
      '² B. Author, "Two", 2021, <https://dead.test/two>',
      '',
      '³ Ibid.',
      '',
      'Body text after the notes cites https://dead.test/two again.',
      '',
    ].join('\n')
    const result = auditText(paper, 'paper.txt', deadWithArchive)
    expect(result.document.convention).toBe('superscript')
    const repair = repairPaper(paper, result)
    expect(repair.text).toBe(
      insertAfter(paper, [
        [
          'See: https://dead.test/one',
          ` (archived at ${wayback('https://dead.test/one')}, captured 2024-05-01)`,
        ],
        [
          '<https://dead.test/two>',
          ` (archived at <${wayback('https://dead.test/two')}>, captured 2024-05-01)`,
        ],
      ]),
    )
    expect(repair.changes.map((change) => [change.footnote, change.line])).toEqual([
      [1, 7],
      [2, 9],
    ])
    expect(repairPaper(repair.text, result).text).toBe(repair.text)
  })

  it('repairs endnotes, a URL wrapped over two lines, and a URL cited in two notes', () => {
    const paper = [
      'Intro',
      '',
      'First claim [1]. Second claim [2]. Third claim [3].',
      '',
      '* * *',
      '',
      '[1] Note one, https://dead.test/one.',
      '',
      '[2] Note two. See',
      'https://dead.test/two-wrapped-',
      'path for more.',
      '',
      '[3] Note three, again https://dead.test/one',
      '',
    ].join('\n')
    const result = auditText(paper, 'paper.txt', deadWithArchive)
    expect(result.document.convention).toBe('endnote')
    const repair = repairPaper(paper, result)
    expect(repair.text).toBe(
      insertAfter(paper, [
        [
          'Note one, https://dead.test/one',
          ` (archived at ${wayback('https://dead.test/one')}, captured 2024-05-01)`,
        ],
        [
          'wrapped-\npath',
          ` (archived at ${wayback('https://dead.test/two-wrapped-path')}, captured 2024-05-01)`,
        ],
        [
          'again https://dead.test/one',
          ` (archived at ${wayback('https://dead.test/one')}, captured 2024-05-01)`,
        ],
      ]),
    )
    expect(repair.changes.map((change) => [change.footnote, change.line])).toEqual([
      [1, 7],
      [2, 11],
      [3, 13],
    ])
    expect(repairPaper(repair.text, result).changes).toEqual([])
  })

  it('leaves a paper with nothing to repair identical', () => {
    const result = auditText(markdownPaper, 'paper.md', () => ({}))
    const repair = repairPaper(markdownPaper, result)
    expect(repair).toEqual({ text: markdownPaper, changes: [], skipped: [] })
    expect(formatRepairSummary(repair, 'paper.md')).toEqual(['No citation changed in paper.md.'])
  })

  it('reports a link it cannot find in the footnote as written, and an unsafe archive URL', () => {
    const result: AuditResult = auditText(markdownPaper, 'paper.md', (url) =>
      url.includes('two')
        ? { status: 'dead', evidence: { archive: { url: 'javascript:alert(1)', timestamp: 'x' } } }
        : deadWithArchive(url),
    )
    const moved = markdownPaper.replace('<https://dead.test/one>', 'a print copy')
    const repair = repairPaper(moved, result)
    expect(repair.text).toBe(moved)
    expect(repair.skipped).toEqual([
      { footnote: 1, url: 'https://dead.test/one', reason: 'not-found' },
      { footnote: 2, url: 'https://dead.test/two', reason: 'unsafe-archive-url' },
    ])
    expect(formatRepairSummary(repair, 'paper.md')).toEqual([
      'footnote 1: https://dead.test/one left as is: the link was not found in the footnote as written',
      'footnote 2: https://dead.test/two left as is: the archived copy is not an http(s) URL',
      'No citation changed in paper.md.',
    ])
  })

  it('summarises changes for stderr', () => {
    const result = auditText(markdownPaper, 'paper.md', deadWithArchive)
    expect(formatRepairSummary(repairPaper(markdownPaper, result), 'paper.md')).toEqual([
      `paper.md:6 footnote 1: https://dead.test/one → archived at ${wayback('https://dead.test/one')} (captured 2024-05-01)`,
      `paper.md:7 footnote 2: https://dead.test/two → archived at ${wayback('https://dead.test/two')} (captured 2024-05-01)`,
      'Added archived copies to 2 citations in paper.md.',
    ])
  })

  it('rejects a PDF’s audit and bad options with a TypeError', () => {
    const result = auditText(markdownPaper, 'paper.md', deadWithArchive)
    const pdf = { ...result, document: { ...result.document, format: 'pdf' as const } }
    expect(() => repairPaper(markdownPaper, pdf)).toThrow(TypeError)
    expect(() => repairPaper(markdownPaper, result, { statuses: ['live' as 'dead'] })).toThrow(
      'Expected `statuses` to be an array of `dead` and `unverified`',
    )
  })
})

describe('repairCitation', () => {
  it('adds the archived copy to one footnote’s text, once', () => {
    const copy = archiveOf('https://dead.test/a_(b)', '2024-05-01')
    const text = 'A. Author, [A page](https://dead.test/a_(b)), 2020.'
    const repaired = repairCitation(text, 'https://dead.test/a_(b)', copy)
    expect(repaired).toBe(
      `A. Author, [A page](https://dead.test/a_(b)) ([archived](<${copy.url}>), captured 2024-05-01), 2020.`,
    )
    expect(repairCitation(repaired ?? '', 'https://dead.test/a_(b)', copy)).toBeNull()
  })
})
