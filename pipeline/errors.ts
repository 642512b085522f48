/**
 * The few exceptions citecheck throws, and the exit codes they lead to. Problems in the paper or
 * its sources are values (`Problem`, `LinkCheck`), never exceptions; these are for input the
 * tool cannot read at all and bad usage. Anything else reaching the CLI is a bug.
 */
export { InputError, type InputErrorCode } from '../annotations/input-error.ts'

/**
 * Exit codes, after lychee: 0 fine, 1 unexpected failure, 2 the audit found failures, 3 bad input
 * or usage; 130 (128 + SIGINT) when Ctrl-C interrupted the audit, whatever it found.
 */
export const exitCodes = {
  success: 0,
  unexpected: 1,
  auditFailed: 2,
  badInput: 3,
  interrupted: 130,
} as const

/** The command line or the config file is wrong: unknown option, bad value. */
export class UsageError extends Error {
  override name = 'UsageError'
}
