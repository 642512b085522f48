/**
 * Text fragments (`#:~:text=[prefix-,]start[,end][,-suffix]`, WICG Scroll-To-Text-Fragment):
 * parsing the directives and finding them in a page's visible text.
 */
import { foldText } from './fold.ts'

/** One `text=` directive, percent-decoded. */
export interface TextDirective {
  /** Text that must come right before `start`, or `null`. */
  prefix: string | null
  /** Start of the quoted range (the whole quote when there is no `end`). */
  start: string
  /** End of the quoted range, or `null`. */
  end: string | null
  /** Text that must come right after the range, or `null`. */
  suffix: string | null
}

/** A URL fragment split at the fragment directive delimiter `:~:`. */
export interface SplitFragment {
  /** The ordinary fragment (an element id), percent-decoded, or `''`. */
  id: string
  /** The `text=` directives, in order; unparsable ones are left out. */
  directives: Array<TextDirective>
}

/** Percent-decode one directive part, or `null` when the encoding is broken. */
function decodePart(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/**
 * Parse the value of one `text=` directive (after `text=`), or `null` when invalid. As the
 * WICG algorithm does: a first part ending in `-` is always the prefix and a last part (of
 * those left) starting with `-` always the suffix, so `text=foo-` and `text=-bar` have no
 * start and are invalid, not quotes of `foo-` or `-bar`.
 */
export function parseTextDirective(value: string): TextDirective | null {
  const parts = value.split(',')
  let prefix: string | undefined
  let suffix: string | undefined
  if (parts[0]?.endsWith('-')) prefix = parts.shift()?.slice(0, -1)
  if (parts.at(-1)?.startsWith('-')) suffix = parts.pop()?.slice(1)
  if (parts.length < 1 || parts.length > 2) return null
  const raw = [prefix, parts[0], parts[1], suffix]
  const decoded = raw.map((part) => (part === undefined ? null : decodePart(part)))
  if (decoded.some((part, index) => part === null && raw[index] !== undefined)) return null
  const [decodedPrefix = null, start = null, end = null, decodedSuffix = null] = decoded
  if (start === null || start === '') return null
  return { prefix: decodedPrefix, start, end, suffix: decodedSuffix }
}

/** Split a fragment (without `#`) into its element id and its text directives. */
export function splitFragment(fragment: string): SplitFragment {
  const delimiter = fragment.indexOf(':~:')
  const rawId = delimiter === -1 ? fragment : fragment.slice(0, delimiter)
  const directives: Array<TextDirective> = []
  if (delimiter !== -1) {
    for (const directive of fragment.slice(delimiter + 3).split('&')) {
      if (!directive.startsWith('text=')) continue
      const parsed = parseTextDirective(directive.slice('text='.length))
      if (parsed !== null) directives.push(parsed)
    }
  }
  return { id: decodePart(rawId) ?? rawId, directives }
}

/** Every way two folded pieces can meet in folded text: with one space between or none. */
function joinings(left: string, right: string): Array<string> {
  return left === '' || right === '' ? [left + right] : [`${left} ${right}`, left + right]
}

/** The first index where one of `needles` occurs in `text` at or after `from`, or -1. */
function indexOfAny(text: string, needles: ReadonlyArray<string>, from: number): number {
  let best = -1
  for (const needle of needles) {
    const index = text.indexOf(needle, from)
    if (index !== -1 && (best === -1 || index < best)) best = index
  }
  return best
}

/**
 * Whether a directive's text occurs in already folded visible text (see `foldText`): `prefix`
 * right before `start`, then `end` somewhere after, then `suffix` right after.
 */
export function findTextDirective(foldedText: string, directive: TextDirective): boolean {
  const prefix = foldText(directive.prefix ?? '')
  const start = foldText(directive.start)
  const end = directive.end === null ? null : foldText(directive.end)
  const suffix = foldText(directive.suffix ?? '')
  if (end === null) {
    const quotes = joinings(prefix, start).flatMap((head) => joinings(head, suffix))
    return indexOfAny(foldedText, quotes, 0) !== -1
  }
  const heads = joinings(prefix, start)
  const headAt = indexOfAny(foldedText, heads, 0)
  if (headAt === -1) return false
  const after = headAt + Math.min(...heads.map((head) => head.length))
  return indexOfAny(foldedText, joinings(end, suffix), after) !== -1
}
