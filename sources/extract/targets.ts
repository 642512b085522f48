/**
 * Which notes each footnote points at, from its back-reference marks: the note before
 * (`Id.`), a numbered note (`supra note 6`, even a later one: `infra note 9`), a work named by
 * author or title (`Smith, op. cit.`), or a short title defined earlier (`[hereinafter X]`).
 */
import type { FootnoteId } from '../../annotations/types.ts'
import { type ReferenceTarget, resolveBackReference, resolvePrevious } from './back-references.ts'
import { readCitation } from './citation.ts'
import { citesShortTitle, type ReferenceMark } from './reference-marks.ts'

/** What target resolution needs of one footnote. */
export interface MarkedNote extends ReferenceTarget {
  /** Its text with URLs cut out. */
  prose: string
  /** Its back-reference marks, in order. */
  marks: Array<ReferenceMark>
  /** Short titles it defines for later notes. */
  shortTitles: Array<string>
}

/** The notes one footnote points at, or why it points nowhere. */
export interface Targets {
  /** Footnotes pointed at, in order of their marks, without repeats. */
  ids: Array<FootnoteId>
  /** Why a mark could not be resolved (the first such reason), when `ids` is empty. */
  reason: string | null
}

/** Resolve the targets of every note (same order as `notes`). */
export function resolveTargets(notes: ReadonlyArray<MarkedNote>): Array<Targets> {
  const byNumber = new Map<number, MarkedNote>()
  for (const note of notes) {
    if (typeof note.id === 'number' && !byNumber.has(note.id)) byNumber.set(note.id, note)
  }
  const shortTitles: Array<{ title: string; id: FootnoteId }> = []
  return notes.map((note, index) => {
    // Copied only for a note with a named back-reference: most notes have none.
    const earlier = () => notes.slice(Math.max(0, index - maxLookBack), index)
    const targets = resolveNote(note, earlier, byNumber)
    if (targets.ids.length === 0 && note.marks.length === 0) {
      const named = shortTitles.findLast((entry) => citesShortTitle(note.prose, entry.title))
      if (named) targets.ids.push(named.id)
    }
    for (const title of note.shortTitles) shortTitles.push({ title, id: note.id })
    return targets
  })
}

/** How many notes back a named back-reference is looked for (keeps long papers linear). */
const maxLookBack = 400

/** Resolve the marks of one note against the notes before it and the numbered notes. */
function resolveNote(
  note: MarkedNote,
  readEarlier: () => ReadonlyArray<MarkedNote>,
  byNumber: ReadonlyMap<number, MarkedNote>,
): Targets {
  const ids: Array<FootnoteId> = []
  let reason: string | null = null
  let earlier: ReadonlyArray<MarkedNote> | undefined
  const add = (id: FootnoteId) => {
    if (id !== note.id && !ids.includes(id)) ids.push(id)
  }
  for (const mark of note.marks) {
    if (mark.kind === 'numbered') {
      const found = mark.notes.filter((number) => byNumber.has(number) && number !== note.id)
      for (const number of found) add(number)
      if (found.length === 0) reason ??= `there is no footnote ${mark.notes.join(', ')}`
      continue
    }
    const citation = readCitation(mark.clause).citation
    earlier ??= readEarlier()
    let resolution = resolveBackReference(citation, earlier)
    // `Ibid.`/`ebd.` inside a sentence (`A short overview, see ebd. p. 14`) still means the note
    // before, when the note cites nothing before it (no number: `Smith, 41 J. 1`, `2022`);
    // after a citation of its own it points inside its note.
    const before = note.prose.slice(0, mark.start)
    if (!resolution.resolved && mark.kind === 'previous' && !/\d/.test(before)) {
      resolution = resolvePrevious(earlier)
    }
    if (resolution.resolved) add(resolution.refersTo)
    else reason ??= resolution.reason
  }
  return { ids, reason: ids.length === 0 ? reason : null }
}
