/**
 * Bullet glyphs: the marks that open a list item in text and PDFs (not dashes, which may also
 * open a clause of prose).
 */

/** The glyphs, as the body of a regular-expression character class (`[${bulletGlyphs}]`). */
export const bulletGlyphs = '•◦▪▫‣⁃∙●○■□◆◇➢➤►▸'
