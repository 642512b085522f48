import type { NoteDraft } from './layout.ts'
import type { Placer } from './places.ts'
import type { AnnotationProblem, Footnote } from './types.ts'

/** Footnotes of the paper and the problems found in their definitions. */
export interface FootnoteList {
  /** Footnotes, numbered ones sorted by number, labelled ones after them in order. */
  footnotes: Array<Footnote>
  /** `duplicate-footnote`, `empty-footnote` and `footnote-out-of-order` (definitions). */
  problems: Array<AnnotationProblem>
}

/**
 * Build the footnotes from their definitions: the first definition of an id wins, later ones
 * are reported as duplicates; empty definitions and numbers defined out of order are reported.
 */
export function buildFootnotes(notes: ReadonlyArray<NoteDraft>, place: Placer): FootnoteList {
  const problems: Array<AnnotationProblem> = []
  const byId = new Map<Footnote['id'], Footnote>()
  let highest = 0
  for (const note of notes) {
    const where = place(note.offset)
    if (byId.has(note.id)) {
      problems.push({
        kind: 'duplicate-footnote',
        severity: 'error',
        message: `Unexpected second definition of footnote ${note.label}, expected one definition per footnote`,
        footnote: note.id,
        place: where,
      })
      continue
    }
    if (typeof note.id === 'number') {
      if (note.id < highest) {
        problems.push({
          kind: 'footnote-out-of-order',
          severity: 'warning',
          message: `Unexpected definition of footnote ${note.id} after footnote ${highest}, expected footnotes defined in increasing order`,
          footnote: note.id,
          place: where,
        })
      }
      highest = Math.max(highest, note.id)
    }
    if (note.text.trim() === '') {
      problems.push({
        kind: 'empty-footnote',
        severity: 'warning',
        message: `Unexpected empty footnote ${note.label}, expected the text of a citation`,
        footnote: note.id,
        place: where,
      })
    }
    byId.set(note.id, {
      id: note.id,
      label: note.label,
      text: note.text.trim(),
      place: where,
      claims: [],
    })
  }
  const all = [...byId.values()]
  const numbered = all.filter((footnote) => typeof footnote.id === 'number')
  numbered.sort((a, b) => Number(a.id) - Number(b.id))
  const labelled = all.filter((footnote) => typeof footnote.id !== 'number')
  return { footnotes: [...numbered, ...labelled], problems }
}
