/**
 * The error for input citecheck cannot read or use at all: a missing, unreadable, binary or
 * empty paper, an encrypted or textless PDF, a bad config or baseline file, an output path that
 * cannot be written. Problems *in* a paper are values (`Problem`), never this.
 */

/** Stable ids of input errors, documented in README.md § Errors (input errors). */
export type InputErrorCode =
  | 'not-found'
  | 'directory'
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'pdf-encrypted'
  | 'pdf-corrupt'
  | 'pdf-no-text'
  | 'config'
  | 'baseline'
  | 'output'

/** The paper (or a config or baseline file) cannot be read or used. */
export class InputError extends Error {
  override name = 'InputError'
  /** Stable id of the kind of bad input. */
  readonly code: InputErrorCode

  constructor(code: InputErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.code = code
  }
}
