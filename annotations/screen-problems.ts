/** The `markup-simplified` warning: what was read as plain text, and where it first happened. */
import { maxChunkSize } from './chunks.ts'
import type { Placer } from './places.ts'
import { markupLimits, type Simplification } from './screen.ts'
import type { AnnotationProblem } from './types.ts'

/** The message of each kind of simplification. */
const messages: Record<Simplification['kind'], (most: number, count: number) => string> = {
  nesting: (_most, count) =>
    `Unexpected block quotes or lists nested more than ${markupLimits.nesting} deep (${plural(count, 'line')}), expected at most ${markupLimits.nesting}; the deeper markers are read as plain text`,
  brackets: (most, count) =>
    `Unexpected ${format(most)} brackets in one paragraph, most of them unmatched (${plural(count, 'paragraph')}), expected at most ${markupLimits.openBrackets} open at once and few unmatched; the rest are read as plain text, links and footnote markers among them`,
  delimiters: (most, count) =>
    `Unexpected ${format(most)} emphasis marks (\`*\`, \`_\`, \`~\`) in one paragraph (${plural(count, 'paragraph')}), expected at most ${markupLimits.delimiterRuns}; the rest are read as plain text`,
  'long-line': (_most, count) =>
    `Unexpected line of more than ${format(maxChunkSize)} characters, expected shorter lines; it is read in pieces cut at spaces (${plural(count, 'cut')})`,
}

/** One warning for one kind of simplification, placed where it first happened. */
export function describeSimplification(
  simplification: Readonly<Simplification>,
  place: Placer,
): AnnotationProblem {
  const { kind, most, count, offset } = simplification
  return {
    kind: 'markup-simplified',
    severity: 'warning',
    message: messages[kind](most, count),
    place: place(offset),
  }
}

/** `12345` → `12,345`. */
function format(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',')
}

function plural(count: number, noun: string): string {
  return `${format(count)} ${noun}${count === 1 ? '' : 's'}`
}
