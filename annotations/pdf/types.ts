/**
 * Internal shapes of the PDF reader: what is kept of each page once pdf.js has released it.
 * Coordinates are PDF user space (origin bottom-left, y grows upwards), in points.
 */

/** A run of text on one line, either on the baseline or raised (superscript). */
export interface PdfPiece {
  /** Text as extracted (ligatures and odd spaces already normalised). */
  text: string
  /** Left edge. */
  x: number
  /** Width. */
  width: number
  /** Font size (vertical scale of the text matrix). */
  size: number
  /** `true` when the piece is smaller than its line and raised above its baseline. */
  raised: boolean
  /** `true` when a visible gap (a space) separates the piece from the one before it. */
  spaceBefore: boolean
}

/** One text item as drawn (a pdf.js item), on the baseline or raised. */
export interface PdfSpan {
  /** Normalised text, with the spaces the item has at either end. */
  text: string
  /** Left edge. */
  x: number
  /** Width. */
  width: number
  /** Font size. */
  size: number
  /** `true` when it is a raised piece of its line. */
  raised: boolean
}

/** A line of text: pieces sharing a baseline, sorted left to right. */
export interface PdfLine {
  /** Pieces in reading order. */
  pieces: Array<PdfPiece>
  /** Baseline. */
  y: number
  /** Dominant font size of the line's baseline pieces. */
  size: number
  /** Left edge of the first piece. */
  left: number
  /** Right edge of the last piece. */
  right: number
  /** 1-based page number. */
  page: number
  /** 1-based line number on the page, counted top to bottom. */
  line: number
  /**
   * Its items one by one, left to right, before they are merged into pieces (for reading a
   * table's columns); absent on lines not read from a page.
   */
  spans?: Array<PdfSpan>
}

/** A link annotation with a URL (`page.getAnnotations()`, subtype `Link`). */
export interface PdfLink {
  /** Target URL. */
  url: string
  /** Rectangle `[x1, y1, x2, y2]`. */
  rect: [number, number, number, number]
}

/** What is kept of one page. */
export interface PdfPage {
  /** 1-based page number. */
  number: number
  /** Page height (for telling top from bottom). */
  height: number
  /** Lines, top to bottom. */
  lines: Array<PdfLine>
  /** Link annotations with a URL. */
  links: Array<PdfLink>
}
