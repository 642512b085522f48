/**
 * Option tables: each layer (checker, evidence, command line) declares its options once, as a
 * table of rows with a kind, a default, validation and a one-line description. The options
 * type, the defaults, validation, the CLI's flags, `--help`, the config file and the options
 * echoed into the report are all derived from those rows.
 */

/** Longest delay `setTimeout` honours (2³¹ − 1 ms, about 24.8 days). */
export const maxTimerDelay = 2 ** 31 - 1

/** Kinds of option value; the CLI reads each kind from text its own way. */
export type OptionKind =
  | 'integer'
  | 'duration'
  | 'size'
  | 'boolean'
  | 'string'
  | 'url'
  | 'choice'
  | 'integers'
  | 'strings'
  | 'headers'
  | 'patterns'
  | 'remaps'
  | 'function'
  | 'object'

/** One option: its kind, default, validation and (for options people set) help text. */
export interface OptionRow<Value> {
  /** How the value is written and read. */
  kind: OptionKind
  /** Default value. */
  default: Value
  /** `null` when `value` is acceptable, else what was expected (`a positive integer`). */
  check: (value: unknown) => string | null
  /** One line for `--help` and the README; absent for programmatic hooks. */
  description?: string
  /** How `--help` shows the default when the value itself would not say it (`out/<paper>.md`). */
  display?: string
  /** The accepted values of a `choice`. */
  choices?: ReadonlyArray<string>
  /** `true` when the value changes verdicts: it is echoed into the report's options. */
  reported?: boolean
}

/** A table of options by name. */
export type OptionTable = Record<string, OptionRow<unknown>>

/** The values of a table (the documentation of each row carries over to its field). */
export type OptionValues<Table extends OptionTable> = {
  -readonly [Key in keyof Table]: Table[Key] extends OptionRow<infer Value> ? Value : never
}

/** What every row builder takes besides the default. */
export interface RowText {
  /** See {@link OptionRow.description}. */
  description?: string
  /** See {@link OptionRow.display}. */
  display?: string
  /** See {@link OptionRow.reported}. */
  reported?: boolean
}

/**
 * Merge `options` over the table's defaults and validate every value once.
 *
 * @throws {TypeError} naming the option: ``Expected `concurrency` to be a positive integer, got `0` ``.
 */
export function normalizeOptions<Table extends OptionTable>(
  table: Table,
  options: Readonly<Partial<OptionValues<Table>>> | undefined,
): OptionValues<Table> {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`Expected options to be an object, got ${describeValue(options)}`)
  }
  const given = (options ?? {}) as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(table, key) && given[key] !== undefined) {
      throw new TypeError(
        `Unexpected option \`${key}\`, expected one of \`${Object.keys(table).join('`, `')}\``,
      )
    }
  }
  const values: Record<string, unknown> = {}
  for (const [key, row] of Object.entries(table)) {
    const value = given[key] === undefined ? row.default : given[key]
    const expected = row.check(value)
    if (expected !== null) {
      throw new TypeError(`Expected \`${key}\` to be ${expected}, got ${describeValue(value)}`)
    }
    values[key] = value
  }
  return values as OptionValues<Table>
}

/** The defaults of a table, validated. */
export function defaultsOf<Table extends OptionTable>(table: Table): Readonly<OptionValues<Table>> {
  return Object.freeze(normalizeOptions(table, {} as Partial<OptionValues<Table>>))
}

/** Describe a value for a message: `` `"text"` ``, `` `12` ``, `a function`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'function') return 'a function'
  if (value instanceof RegExp) return `\`${String(value)}\``
  try {
    return `\`${JSON.stringify(value) ?? String(value)}\``
  } catch {
    return `\`${String(value)}\``
  }
}

/* Row builders: one per kind, each with its validation. */

/** A whole number of at least `min`. */
export function integerOption(value: number, min: number, text: RowText = {}): OptionRow<number> {
  const what = min > 0 ? 'a positive integer' : 'a non-negative integer'
  return row(
    'integer',
    value,
    (v) => (Number.isInteger(v) && (v as number) >= min ? null : what),
    text,
  )
}

/** A duration in milliseconds of at least `min` and at most `max` (default: 24 days, the timer limit). */
export function durationOption(
  value: number,
  min: number,
  text: RowText = {},
  max = maxTimerDelay,
): OptionRow<number> {
  const lower = min > 0 ? 'a positive' : 'a non-negative'
  const what = `${lower} duration in ms${max === maxTimerDelay ? ' of at most 24 days' : ''}`
  const valid = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
  return row('duration', value, (v) => (valid(v) ? null : what), text)
}

/** A size in bytes of at least `min` (written `64MiB` on the command line). */
export function sizeOption(value: number, min: number, text: RowText = {}): OptionRow<number> {
  const what = `a size in bytes of at least ${min}`
  const valid = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= min
  return row('size', value, (v) => (valid(v) ? null : what), text)
}

/** `true` or `false`. */
export function booleanOption(value: boolean, text: RowText = {}): OptionRow<boolean> {
  return row('boolean', value, (v) => (typeof v === 'boolean' ? null : 'a boolean'), text)
}

/** A string; with `nullable`, also `null` (absent). */
export function stringOption<Value extends string | null>(
  value: Value,
  text: RowText = {},
): OptionRow<Value> {
  const nullable = value === null
  const what = nullable ? 'a string or null' : 'a string'
  return row(
    'string',
    value,
    (v) => (typeof v === 'string' || (nullable && v === null) ? null : what),
    text,
  )
}

/** An absolute URL. */
export function urlOption(value: string, text: RowText = {}): OptionRow<string> {
  const valid = (v: unknown) => typeof v === 'string' && URL.canParse(v)
  return row('url', value, (v) => (valid(v) ? null : 'an absolute URL'), text)
}

/** One of `choices`. */
export function choiceOption<const Choice extends string>(
  value: NoInfer<Choice>,
  choices: ReadonlyArray<Choice>,
  text: RowText = {},
): OptionRow<Choice> {
  const what = `one of ${choices.join(', ')}`
  const valid = (v: unknown) =>
    typeof v === 'string' && (choices as ReadonlyArray<string>).includes(v)
  return { ...row('choice', value, (v) => (valid(v) ? null : what), text), choices }
}

/** A list of whole numbers between `min` and `max` (HTTP status codes, say). */
export function integersOption(
  min: number,
  max: number,
  text: RowText = {},
): OptionRow<Array<number>> {
  const what = `an array of integers from ${min} to ${max}`
  const valid = (v: unknown) =>
    Array.isArray(v) && v.every((item) => Number.isInteger(item) && item >= min && item <= max)
  return row('integers', [], (v) => (valid(v) ? null : what), text)
}

/** A list of strings (path patterns, say). */
export function stringsOption(text: RowText = {}): OptionRow<Array<string>> {
  const valid = (v: unknown) => Array.isArray(v) && v.every((item) => typeof item === 'string')
  return row('strings', [], (v) => (valid(v) ? null : 'an array of strings'), text)
}

/** Request headers by name. */
export function headersOption(text: RowText = {}): OptionRow<Record<string, string>> {
  const valid = (v: unknown) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((item) => typeof item === 'string')
  return row('headers', {}, (v) => (valid(v) ? null : 'an object of strings'), text)
}

/** A list of regular expressions. */
export function patternsOption(text: RowText = {}): OptionRow<Array<RegExp>> {
  const valid = (v: unknown) => Array.isArray(v) && v.every((item) => item instanceof RegExp)
  return row('patterns', [], (v) => (valid(v) ? null : 'an array of regular expressions'), text)
}

/** A function (a hook such as `sleep` or `lookup`). */
export function functionOption<Value>(value: Value): OptionRow<Value> {
  return row('function', value, (v) => (typeof v === 'function' ? null : 'a function'), {})
}

/** An optional value checked by `check` (`undefined` always passes). */
export function optionalOption<Value>(
  kind: OptionKind,
  check: (value: unknown) => boolean,
  expected: string,
): OptionRow<Value | undefined> {
  return row<Value | undefined>(
    kind,
    undefined,
    (v) => (v === undefined || check(v) ? null : expected),
    {},
  )
}

/** Build a row. */
export function row<Value>(
  kind: OptionKind,
  value: Value,
  check: (value: unknown) => string | null,
  text: RowText,
): OptionRow<Value> {
  const result: OptionRow<Value> = { kind, default: value, check }
  if (text.description !== undefined) result.description = text.description
  if (text.display !== undefined) result.display = text.display
  if (text.reported === true) result.reported = true
  return result
}
