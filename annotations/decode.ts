/** Decode the bytes of a text or Markdown paper into a string, or say why it is not one. */
import { InputError } from './input-error.ts'

/**
 * Decode the bytes of a text or Markdown paper: strict UTF-8, byte order mark stripped,
 * CRLF and CR line endings normalised to LF.
 *
 * @throws {InputError} `empty` when there are no bytes or only whitespace, `binary` when the
 *   bytes hold NUL characters or are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) {
    throw new InputError(
      'empty',
      `Unexpected empty file \`${path}\`, expected a paper with text: check the path or export the paper again`,
    )
  }
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
