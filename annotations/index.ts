/**
 * The annotations stage: a paper (text, Markdown or PDF-converted text) becomes claims linked
 * to footnotes.
 */

export type { AnnotateOptions } from './annotate.ts'
export { annotate } from './annotate.ts'
export { decodeText } from './decode.ts'
