/**
 * Bounds of the support check. The evidence stage reads a source's body up to its own cap
 * (separate from the checker's 1 MiB `maxBodyBytes`), and the readers here bound the text they
 * keep, so one huge page or PDF costs a known, small amount of time and memory.
 */

/** Most bytes of a PDF source read and parsed (5 MiB); a larger PDF is not parsed. */
export const maxPdfBytes = 5 * 1024 * 1024

/** Most bytes of an HTML or plain-text source read for evidence (2 MiB). */
export const maxHtmlBytes = 2 * 1024 * 1024

/** Most PDF pages read (from the first); later pages are left out and `truncated` is set. */
export const maxPdfPages = 200

/** Most characters of text kept from one source, all pages together (1 Mi characters). */
export const maxSourceCharacters = 1024 * 1024

/** Longest passage excerpt returned with a support verdict, in characters. */
export const maxPassageLength = 300
