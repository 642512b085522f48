import type { Block } from './blocks.ts'
import type { HeadingReader } from './sections.ts'
import type { TableOfContents } from './toc.ts'

/** English month names and abbreviations, by month number (1-based). */
const months = new Map<string, number>(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
)

/** A month name (checked against `months`, capitalised) not glued to a preceding letter. */
const month = '(?<![\\p{L}])(\\p{L}{3,9})\\.?'
/** A 4-digit year not glued to other digits or letters. */
const year = '(\\d{4})(?![\\p{L}\\d])'
/** A day of the month, with an optional English ordinal suffix. */
const day = '(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?'

/** The date shapes a title page uses; the first that matches on a line wins. */
const shapes: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => string | null }> =
  [
    {
      // 2025-04-14, 2025-04
      pattern: /(?<![\d\p{L}-])(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)(?!(?!T)\p{L})/u,
      read: (match) => toIso(match[1], Number(match[2]), match[3]),
    },
    {
      // 14 April 2025, 14th April, 2025
      pattern: new RegExp(`${day}\\s+${month},?\\s+${year}`, 'u'),
      read: (match) => toIso(match[3], monthNumber(match[2]), match[1]),
    },
    {
      // April 14, 2025
      pattern: new RegExp(`${month}\\s+${day},?\\s+${year}`, 'u'),
      read: (match) => toIso(match[3], monthNumber(match[1]), match[2]),
    },
    {
      // April 2025, Apr. 2025 (not after a day: `31 February 2025` is no date)
      pattern: new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s+)${month},?\\s+${year}`, 'u'),
      read: (match) => toIso(match[2], monthNumber(match[1]), undefined),
    },
  ]

/** Longest line searched for a date: title-page lines are short. */
const maxLineLength = 200

/** Longest standalone date line (`Published 14 April 2025`) read between title and body. */
const maxDateLineLength = 80

/**
 * The first date stated in `text` (`2025-04-14`, `14 April 2025`, `April 14, 2025`,
 * `April 2025`), as an ISO prefix (`2025-04-14`, `2025-04`); `null` when there is none or it
 * is not a real date. A year alone is not a date.
 */
export function readDate(text: string): string | null {
  if (text.length > maxLineLength) return null
  for (const { pattern, read } of shapes) {
    const match = pattern.exec(text)
    const date = match ? read(match) : null
    if (date) return date
  }
  return null
}

/** Where to look for the publication date. */
export interface DateSources {
  /** The `date:` value of a YAML header, if any. */
  yamlDate: string | null
  /** Title-page blocks (YAML header excluded). */
  front: ReadonlyArray<Block>
  /** Body blocks. */
  body: ReadonlyArray<Block>
  /** The paper's title, whose own words are not a publication date. */
  title: string | null
  /** The table of contents, whose entries are not a publication date. */
  toc: TableOfContents | null
  /** Reads a block as a section heading. */
  readHeading: HeadingReader
}

/**
 * Publication date of the paper: the YAML `date:`, else the first date on a title-page line
 * (contents, title and footnote lines skipped), else a short standalone date line between the
 * title and the first section heading. Body text and footnotes are never read.
 */
export function findPublicationDate(sources: Readonly<DateSources>): string | null {
  if (sources.yamlDate !== null) return readDate(sources.yamlDate)
  const { toc, title } = sources
  for (const block of sources.front) {
    if (block.kind === 'footnote-definition') continue
    if (toc && block.start < toc.end && block.end > toc.start) continue
    for (const line of block.source.split('\n')) {
      const text = line.replace(/[#*_`]/g, '').trim()
      if (text === '' || /^[\u00b9\u00b2\u00b3\u2070-\u2079]|^\[\^/.test(text)) continue
      if (title?.includes(text)) continue
      const date = readDate(text)
      if (date) return date
    }
  }
  return findDateLine(sources.body, sources.readHeading)
}

/** A date line among the first body blocks, when a section heading follows them. */
function findDateLine(body: ReadonlyArray<Block>, readHeading: HeadingReader): string | null {
  const heading = body.findIndex((block) => block.kind === 'heading' || readHeading(block) !== null)
  for (const block of body.slice(0, Math.min(Math.max(heading, 0), 3))) {
    const text = block.source.replace(/[*_`]/g, '').trim()
    const shortLine = block.lines === 1 && text.length <= maxDateLineLength
    if (
      block.kind !== 'paragraph' ||
      !shortLine ||
      /[.!?;:\u00b9\u00b2\u00b3\u2070-\u2079\]]$/.test(text)
    ) {
      continue
    }
    const date = readDate(text)
    if (date) return date
  }
  return null
}

/** Month number of a name as written (capitalised), or `NaN`. */
function monthNumber(name: string | undefined): number {
  if (!name || name[0] !== name[0]?.toUpperCase()) return Number.NaN
  return months.get(name.toLowerCase()) ?? Number.NaN
}

/** ISO prefix for a year, month and optional day, or `null` when that is no real date. */
function toIso(yearText: string | undefined, monthValue: number, dayText: string | undefined) {
  const yearValue = Number(yearText)
  if (!(yearValue >= 1800 && yearValue <= 2199 && monthValue >= 1 && monthValue <= 12)) return null
  const prefix = `${yearValue}-${String(monthValue).padStart(2, '0')}`
  if (dayText === undefined) return prefix
  const dayValue = Number(dayText)
  const date = new Date(Date.UTC(yearValue, monthValue - 1, dayValue))
  if (dayValue < 1 || date.getUTCDate() !== dayValue) return null
  return `${prefix}-${String(dayValue).padStart(2, '0')}`
}
