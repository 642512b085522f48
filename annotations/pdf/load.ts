/**
 * Open a PDF with pdf.js and keep, page by page, only its lines and link annotations.
 * Each page is released as soon as it is read, so long documents do not pile up in memory.
 */

import { InputError } from '../input-error.ts'
import { buildLines } from './lines.ts'
import { type RawLink, streamPages } from './pdf-thread.ts'
import type { PdfLink, PdfPage } from './types.ts'

/** Options for reading a PDF. */
export interface LoadOptions {
  /** Password of an encrypted PDF. */
  password?: string
  /** Most pages read; a longer PDF is refused before any page is read. */
  maxPages?: number
}

/**
 * Read every page of a PDF into lines and links. pdf.js runs in a thread of its own and hands
 * over one page at a time; only the lines of each page are kept.
 * Throws `InputError` (`pdf-encrypted`, `pdf-corrupt`) when pdf.js cannot open it.
 */
export async function loadPages(
  bytes: Uint8Array,
  options: Readonly<LoadOptions> = {},
): Promise<Array<PdfPage>> {
  const pages: Array<PdfPage> = []
  try {
    await streamPages(bytes, options, (page) => {
      pages.push({
        number: page.number,
        height: page.height,
        lines: buildLines(page.items, page.number),
        links: page.links.flatMap(toLink),
      })
    })
  } catch (error) {
    throw toInputError(error, options.password !== undefined)
  }
  return pages
}

/** Keep a link annotation that has a rectangle. */
function toLink(link: RawLink): Array<PdfLink> {
  const [x1, y1, x2, y2] = link.rect
  if (x1 === undefined || y1 === undefined || x2 === undefined || y2 === undefined) return []
  return [{ url: link.url, rect: [x1, y1, x2, y2] }]
}

function maxPagesOf(error: unknown): string {
  return String((error as { maxPages?: number }).maxPages ?? '?')
}

/** Map a pdf.js exception (matched on its `name`) to an `InputError`. */
function toInputError(error: unknown, withPassword: boolean): Error {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') {
    return new InputError(
      'pdf-encrypted',
      withPassword
        ? 'Unexpected password for encrypted PDF, expected the password that opens it'
        : 'Unexpected encrypted PDF, expected an unencrypted PDF or its password',
      { cause: error },
    )
  }
  if (name === 'TooManyPagesError') {
    const pages = Number((error as Error).message)
    return new InputError(
      'too-large',
      `Unexpected PDF of ${pages.toLocaleString('en-US')} pages, expected at most ${maxPagesOf(error)} (\`--max-pages\`)`,
      { cause: error },
    )
  }
  if (
    name === 'InvalidPDFException' ||
    name === 'FormatError' ||
    name === 'UnknownErrorException'
  ) {
    return new InputError(
      'pdf-corrupt',
      'Unexpected corrupt or truncated PDF, expected a complete PDF file',
      { cause: error },
    )
  }
  return error instanceof Error ? error : new Error(String(error))
}
