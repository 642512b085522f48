/**
 * The few exceptions citecheck throws. Problems in the paper or its sources are values
 * (`Problem`, `LinkCheck`), never exceptions; these are for input the tool cannot read at
 * all, bad usage, and bugs.
 */

/** Exit codes, after lychee: 0 fine, 1 unexpected failure, 2 the audit found failures, 3 bad input or usage. */
export const exitCodes = {
  success: 0,
  unexpected: 1,
  auditFailed: 2,
  badInput: 3,
} as const

/** The paper (or a config file) cannot be read or used: missing, a directory, binary, empty, encrypted PDF, … */
export class InputError extends Error {
  override name = 'InputError'
  /** Stable id for the kind of bad input (`not-found`, `directory`, `binary`, `empty`, `pdf-encrypted`, …). */
  readonly code: string

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.code = code
  }
}

/** The command line is wrong: unknown option, bad value. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A bug in citecheck: an invariant did not hold. The CLI asks for a bug report. */
export class InternalError extends Error {
  override name = 'InternalError'
}
