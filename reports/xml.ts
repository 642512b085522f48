/**
 * Escaping for XML 1.0 text and attribute values. Characters XML 1.0 cannot hold at all (C0
 * controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are
 * replaced with U+FFFD, so hostile text stays text and the document stays well-formed.
 */

/** Whether XML 1.0 allows this code point in a document (`Char` production). */
function isXmlCharacter(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return true
  if (code < 0x20) return false
  if (code >= 0xd800 && code <= 0xdfff) return false
  return code !== 0xfffe && code !== 0xffff
}

/** Entities for the characters that need one, in text and in attribute values. */
const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/** Replace what XML cannot hold with U+FFFD and escape `characters` with their entities. */
function escapeWith(value: string, characters: string): string {
  let escaped = ''
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0
    if (!isXmlCharacter(code)) escaped += '\uFFFD'
    else if (characters.includes(character)) escaped += entities[character]
    else escaped += character
  }
  return escaped
}

/** Escape text content of an element (`&`, `<`, `>` and carriage returns, which parsers would drop). */
export function escapeXmlText(value: string): string {
  return escapeWith(value, '&<>\r')
}

/** Escape an attribute value in double or single quotes; tabs and line breaks survive as entities. */
export function escapeXmlAttribute(value: string): string {
  return escapeWith(value, '&<>"\'\t\n\r')
}
