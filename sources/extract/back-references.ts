/**
 * Resolve a back-reference that names its work (`Smith, op. cit.`, `Yılmaz, a.g.e.`): the most
 * recent earlier footnote by that author, or by that title when it quotes one; one that names
 * nothing points to the previous footnote. The marks themselves are read by `reference-marks.ts`.
 */
import type { FootnoteId } from '../../annotations/types.ts'
import { namesMatch } from './names.ts'
import { foldText, isWithinDistance } from './text.ts'
import type { Citation } from './types.ts'

/** Largest normalised edit distance at which two titles are the same work. */
export const maxTitleDistance = 0.2

/** What resolution needs to know of an earlier footnote. */
export interface ReferenceTarget {
  /** Its id. */
  id: FootnoteId
  /** What its citation says. */
  citation: Citation
  /** `true` when it is itself a back-reference (never a target of a named one). */
  isBackReference: boolean
  /** `true` when it has no text. */
  isEmpty: boolean
}

/** Outcome of resolving one back-reference. */
export type Resolution =
  | { resolved: true; refersTo: FootnoteId }
  | { resolved: false; reason: string }

/**
 * Back-references are resolved against at most this many earlier footnotes (those that are
 * neither back-references nor empty), nearest first: enough for any paper, and it keeps a
 * book of tens of thousands of footnotes linear instead of quadratic.
 */
export const backReferenceWindow = 1000

/** Folded texts, remembered: the same titles and outlets are compared again and again. */
const folded = new Map<string, string>()

function fold(text: string): string {
  let result = folded.get(text)
  if (result === undefined) {
    if (folded.size > 50_000) folded.clear()
    result = foldText(text)
    folded.set(text, result)
  }
  return result
}

/** The nearest earlier footnotes a back-reference may point to, nearest first. */
function recentCandidates(earlier: ReadonlyArray<ReferenceTarget>): Array<ReferenceTarget> {
  const candidates: Array<ReferenceTarget> = []
  for (let index = earlier.length - 1; index >= 0; index--) {
    const target = earlier[index] as ReferenceTarget
    if (target.isBackReference || target.isEmpty) continue
    candidates.push(target)
    if (candidates.length === backReferenceWindow) break
  }
  return candidates
}

/** Whether two titles name the same work. */
function titlesMatch(a: string | null, b: string): boolean {
  if (a === null) return false
  const foldedA = fold(a)
  const foldedB = fold(b)
  if (foldedA === foldedB || isWithinDistance(foldedA, foldedB, maxTitleDistance)) return true
  const shorter = Math.min(foldedA.length, foldedB.length)
  return shorter >= 12 && (foldedA.includes(foldedB) || foldedB.includes(foldedA))
}

/**
 * Resolve a back-reference that names neither author nor title: the previous footnote, even an
 * empty one (`Ebd.` after an empty note points at it; the audit then gives both the empty
 * note's cause of missing sources).
 */
export function resolvePrevious(earlier: ReadonlyArray<ReferenceTarget>): Resolution {
  const previous = earlier.at(-1)
  if (previous === undefined) return { resolved: false, reason: 'there is no earlier footnote' }
  return { resolved: true, refersTo: previous.id }
}

/** Match a footnote whose outlet names `author` (an organisation: `SIPRI, op. cit.`). */
function byOutlet(author: string | undefined): (target: ReferenceTarget) => boolean {
  const name = author === undefined ? '' : ` ${fold(author)} `
  return (target) => name.trim() !== '' && ` ${fold(target.citation.outlet ?? '')} `.includes(name)
}

/**
 * Resolve the back-reference whose own citation is `reference` against the footnotes before it
 * (`earlier`, in document order).
 */
export function resolveBackReference(
  reference: Citation,
  earlier: ReadonlyArray<ReferenceTarget>,
): Resolution {
  const [author] = reference.authors
  const title = reference.title
  if (author === undefined && title === null) return resolvePrevious(earlier)
  const candidates = recentCandidates(earlier)
  const byAuthor = (target: ReferenceTarget) =>
    author !== undefined && target.citation.authors.some((name) => namesMatch(author, name))
  if (title !== null) {
    const titled = candidates.filter((target) => titlesMatch(target.citation.title, title))
    const found = titled.find(byAuthor) ?? titled[0]
    if (found) return { resolved: true, refersTo: found.id }
    return { resolved: false, reason: `no earlier footnote has the title “${title}”` }
  }
  const firstAuthor = candidates.find((target) => {
    const [first] = target.citation.authors
    return author !== undefined && first !== undefined && namesMatch(author, first)
  })
  const found = firstAuthor ?? candidates.find(byAuthor) ?? candidates.find(byOutlet(author))
  if (found) return { resolved: true, refersTo: found.id }
  return { resolved: false, reason: `no earlier footnote is by ${author ?? 'that author'}` }
}
