/** How much of a paper citecheck reads at most; larger papers are refused with an `InputError`. */

/** Largest paper file read by default (64 MiB), checked before reading it. */
export const defaultMaxInput = 64 * 1024 * 1024

/** Most pages of a PDF read by default, checked before any page is read. */
export const defaultMaxPages = 2000
