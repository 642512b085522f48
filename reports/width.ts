/**
 * Display width of text in a monospace terminal, so GFM tables line up when read raw.
 * An approximation of `wcwidth`: wide for emoji and East Asian wide characters, zero for
 * combining marks and variation selectors.
 */

/** Emoji below U+1F000 that are shown wide by default (the marks this report uses among them). */
const wideSymbols = new Set([
  0x231a, 0x231b, 0x23f0, 0x23f3, 0x2705, 0x274c, 0x274e, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795,
  0x2796, 0x2797, 0x27b0, 0x27bf, 0x2b50, 0x2b55,
])

/** Width of one code point: 0, 1 or 2 columns. */
function codePointWidth(code: number): number {
  if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) {
    return 0
  }
  if (wideSymbols.has(code) || (code >= 0x1f000 && code <= 0x1faff)) return 2
  const eastAsianWide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  return eastAsianWide ? 2 : 1
}

/** Columns a string takes in a terminal; a symbol followed by U+FE0F (emoji style) takes two. */
export function displayWidth(value: string): number {
  let width = 0
  let previous = 0
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0
    if (code === 0xfe0f && previous === 1) width += 1
    previous = codePointWidth(code)
    width += previous
  }
  return width
}
