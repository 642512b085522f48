/** Decode the bytes of a text or Markdown paper into a string, or say why it is not one. */
import { InputError } from './input-error.ts'

/**
 * Decode the bytes of a text or Markdown paper: strict UTF-8, or UTF-16 (little or big endian)
 * when the file starts with its byte order mark (as Windows editors save "Unicode" text); byte
 * order mark stripped, CRLF and CR line endings normalised to LF.
 *
 * @throws {InputError} `empty` when there are no bytes or only whitespace, `binary` when the
 *   bytes hold NUL characters or are not valid UTF-8 (or UTF-16 after its byte order mark).
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) {
    throw new InputError(
      'empty',
      `Unexpected empty file \`${path}\`, expected a paper with text: check the path or export the paper again`,
    )
  }
  const utf16 = findUtf16(bytes)
  if (utf16 !== null) return normalise(decodeUtf16(bytes, utf16, path), path)
  if (bytes.includes(0)) {
    throw new InputError(
      'binary',
      `Unexpected binary file \`${path}\` (NUL bytes), expected UTF-8 text or Markdown: export the paper as .txt or .md, or pass the .pdf`,
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch (error) {
    throw new InputError(
      'binary',
      `Unexpected invalid UTF-8 in \`${path}\`, expected UTF-8 text: re-save the file as UTF-8`,
      { cause: error },
    )
  }
  return normalise(text, path)
}

/** Strip a stray byte order mark, normalise line endings, refuse a blank text. */
function normalise(text: string, path: string): string {
  // TextDecoder drops a leading BOM already; strip a stray one defensively.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (normalised.trim() === '') {
    throw new InputError(
      'empty',
      `Unexpected blank file \`${path}\` (only whitespace), expected a paper with text: check the path or export the paper again`,
    )
  }
  return normalised
}

/** `utf-16le` or `utf-16be` when `bytes` start with that byte order mark (not UTF-32's). */
function findUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    // FF FE 00 00 is UTF-32 LE's byte order mark, which citecheck does not read.
    return bytes[2] === 0 && bytes[3] === 0 ? null : 'utf-16le'
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Decode UTF-16 strictly; NUL characters and unpaired surrogates are not text. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', path: string): string {
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch (error) {
    throw new InputError(
      'binary',
      `Unexpected invalid ${encoding.toUpperCase()} in \`${path}\`, expected text: re-save the file as UTF-8`,
      { cause: error },
    )
  }
  if (text.includes('\u0000')) {
    throw new InputError(
      'binary',
      `Unexpected binary file \`${path}\` (NUL characters), expected text or Markdown: export the paper as .txt or .md, or pass the .pdf`,
    )
  }
  return text
}
