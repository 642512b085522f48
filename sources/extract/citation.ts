/**
 * Read what a citation says: authors, title (quoted or italic), outlet, date and locator. The
 * text given has its URLs and back-reference markers already removed.
 */

import { isNameList, splitAuthors } from './names.ts'
import { unescapeMarkdown } from './text.ts'
import type { Citation } from './types.ts'

/** A citation as read, with every name that could be the outlet or publisher. */
export interface CitationReading {
  /** What the citation says. */
  citation: Citation
  /** Outlet, container and publisher names in order (the outlet first), for the host check. */
  outletNames: Array<string>
}

const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const season = '(?:Spring|Summer|Autumn|Fall|Winter)'

/** Written dates: `March 5, 2025`, `August, 29, 2024`, `Jul./Dec. 2019`, `12.12.2024`, `Summer 2023`. */
const datePattern = new RegExp(
  [
    `\\b${month}(?:\\s*/\\s*${month})?,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}\\b`,
    `\\b\\d{1,2}\\s+${month}\\s+\\d{4}\\b`,
    '\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b',
    `\\b${season}\\s+\\d{4}\\b`,
    `\\b\\d{4}\\s+${season}\\b`,
  ].join('|'),
  'i',
)

/** A bare year, the date of last resort. */
const yearPattern = /\b(?:19|20)\d{2}\b/

/** Page locators: `p.5`, `p. 13`, `pp.95-96`. */
const locatorPattern = /\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?/i

/** Volume, issue and number segments (`vol.25`, `No:42`, `Issue 128`, `v.8`). */
const numbering = /^(?:vols?|nos?|nr|n|v|issue|iss|number|num)\b\.?\s*[:.]?\s*\d|^\d/i

/** Segments that are never an outlet name. */
const notAName = /^(?:in|see|and|by|eds?\.?|ed\.|online|website)$/i

/** Trim spaces, commas and emphasis marks around a piece of citation text. */
function tidy(text: string): string {
  return text.replace(/^[\s,.;*]+|[\s,.;*]+$/g, '').trim()
}

/** Authors from the text before the title: the last sentence, split into names. */
function readAuthors(before: string): Array<string> {
  const sentences = before.split(/(?<=\p{Ll}{2}|\d)\.\s+/u)
  const last = (sentences.at(-1) ?? '').replace(/^by\s+/i, '')
  return last
    .split(',')
    .filter((piece) => isNameList(piece))
    .flatMap((piece) => splitAuthors(piece))
}

/** Names in the text after the title, up to the date: italic first, then plain. */
function readNames(after: string): Array<string> {
  const dateAt = datePattern.exec(after)?.index ?? after.length
  const head = after.slice(0, dateAt)
  const names: Array<{ name: string; italic: boolean }> = []
  for (const match of head.matchAll(/\*[^*]+\*|[^,*]+/g)) {
    const name = tidy(match[0])
    if (
      name === '' ||
      numbering.test(name) ||
      locatorPattern.test(name) ||
      notAName.test(name) ||
      /["“”]/.test(name)
    )
      continue
    names.push({ name, italic: match[0].startsWith('*') })
  }
  const italic = names.filter((entry) => entry.italic)
  const plain = names.filter((entry) => !entry.italic)
  return [...italic, ...plain].map((entry) => entry.name)
}

/** Split the citation into authors, title and what follows the title. */
function splitTitle(text: string): { authors: Array<string>; title: string | null; after: string } {
  const quoted = /["“]([^"“”]{2,})["”]/.exec(text)
  if (quoted) {
    const after = text.slice(quoted.index + quoted[0].length)
    return {
      authors: readAuthors(text.slice(0, quoted.index)),
      title: tidy(quoted[1] ?? ''),
      after,
    }
  }
  const closingOnly = /^([^"“”]{2,})”/.exec(text)
  if (closingOnly)
    return {
      authors: [],
      title: tidy(closingOnly[1] ?? ''),
      after: text.slice(closingOnly[0].length),
    }
  const italic = /(?<![*\w])\*(?!\s)([^*]+?)\*(?![*\w])/.exec(text)
  const head = italic ? text.slice(0, italic.index) : text
  const pieces = head.split(',')
  let named = 0
  while (named < pieces.length && isNameList(pieces[named] ?? '')) named++
  const authors = pieces.slice(0, named).flatMap((piece) => splitAuthors(piece))
  const rest = pieces.slice(named)
  if (italic) {
    const titleText = tidy(rest.join(','))
    if (titleText !== '') return { authors, title: titleText, after: text.slice(italic.index) }
    return {
      authors,
      title: tidy(italic[1] ?? ''),
      after: text.slice(italic.index + italic[0].length),
    }
  }
  const [first = '', ...others] = rest
  const title = tidy(first)
  if (title === '' || datePattern.test(title) || locatorPattern.test(title)) {
    return { authors, title: null, after: rest.join(',') }
  }
  return { authors, title, after: others.join(',') }
}

/** Read what a citation says. Absent fields are `null` (or an empty author list). */
export function readCitation(text: string): CitationReading {
  const cleaned = unescapeMarkdown(text)
    .replace(/\bSee\s*:/gi, ' ')
    .replace(/(?<![_\w])_(?!\s)([^_]+?)_(?![_\w])/g, '*$1*')
    .replace(/\s+/g, ' ')
    .trim()
  const { authors, title, after } = splitTitle(cleaned)
  const outletNames = readNames(after)
  const date = datePattern.exec(after)?.[0] ?? yearPattern.exec(after)?.[0] ?? null
  const locator = locatorPattern.exec(after)?.[0] ?? null
  return {
    citation: {
      authors,
      title: title === '' ? null : title,
      outlet: outletNames[0] ?? null,
      date,
      locator,
    },
    outletNames,
  }
}
