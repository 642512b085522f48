/**
 * Link annotations inside footnotes: the PDF's own clickable links often hold the exact URL
 * when the visible text is shortened or broken, so a note gets the URLs of the links drawn over
 * its lines.
 */

import type { PdfNote } from './footnote-area.ts'
import type { PdfPage } from './types.ts'

/** Schemes a link annotation may carry that are never worth citing. */
const ignoredScheme = /^(?:javascript|data|file):/i

/** URLs of the link annotations whose rectangle lies on a line of each note, in order. */
export function findNoteLinks(
  notes: ReadonlyArray<PdfNote>,
  pages: ReadonlyArray<PdfPage>,
): Map<PdfNote, Array<string>> {
  const found = new Map<PdfNote, Array<string>>()
  const byPage = new Map(pages.map((page) => [page.number, page]))
  for (const note of notes) {
    const urls: Array<string> = []
    for (const line of note.lines) {
      for (const link of byPage.get(line.page)?.links ?? []) {
        const [x1, y1, x2, y2] = link.rect
        const bottom = Math.min(y1, y2)
        const top = Math.max(y1, y2)
        const left = Math.min(x1, x2)
        const right = Math.max(x1, x2)
        const onLine =
          line.y >= bottom - 1 && line.y < top && left < line.right && right > line.left
        if (onLine && !ignoredScheme.test(link.url) && !urls.includes(link.url)) urls.push(link.url)
      }
    }
    if (urls.length > 0) found.set(note, urls)
  }
  return found
}

/**
 * The URLs of `urls` that `text` does not already show (ignoring scheme, `www.`, a final `/`
 * and percent-encoding).
 */
export function missingUrls(text: string, urls: ReadonlyArray<string>): Array<string> {
  if (urls.length === 0) return []
  const flat = text.replace(/\s+/g, ' ')
  const shown = [comparable(flat), comparable(decode(flat))]
  return urls.filter((url) => {
    const forms = [comparable(url), comparable(decode(url))]
    return !shown.some((candidate) => forms.some((form) => showsWhole(candidate, form)))
  })
}

/** Whether `text` holds `url` as a whole (`….htm` is not shown by `….html`). */
function showsWhole(text: string, url: string): boolean {
  for (let at = text.indexOf(url); at !== -1; at = text.indexOf(url, at + 1)) {
    if (!/[\w%~+-]/.test(text[at + url.length] ?? '')) return true
  }
  return false
}

/** Percent-decode a URL for comparison, leaving it as is when it is not valid encoding. */
function decode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** Lower-cased text without URL schemes (`mailto:` too), `www.` and trailing slashes. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[a-z][a-z0-9+.-]*:\/\/(?:www\.)?|\bmailto:/g, '')
    .replace(/\/(?=$|[\s>)\]])/g, '')
}
