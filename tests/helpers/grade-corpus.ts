/**
 * Grade citecheck's sourced document for one shape of a corpus document against that document's
 * ground truth (tests/corpus/<id>/truth.json). Pure: data in, four scores in [0, 1] out. The
 * matching rules are documented in tests/corpus/README.md § Grading.
 */
import type { FootnoteId, SourcedDocument, SourcedFootnote } from '../../pipeline/index.ts'

/** A footnote as the truth has it. */
export interface TruthFootnote {
  /** Unique id: label as written (source view), number as displayed (rendered view), or
   * `<chapter>.<number>` where numbering restarts per chapter (chapters view). */
  id: string
  /** The marker as displayed, when it is not `id` (chapters view). */
  label?: string
  /** Text, whitespace collapsed, markup removed. */
  text: string
  /** Its own URLs: link targets and URLs written in the text, WHATWG hrefs. */
  urls: Array<string>
  /** Its own URLs that are visible in the rendered text (what survives `pdftotext`). */
  visibleUrls: Array<string>
  /** For a back-reference (Id., Ibid., supra note N, op. cit., ebd., …): the notes it points at. */
  refersTo?: Array<string>
  /** URLs inherited through `refersTo`, transitively. */
  inheritedUrls?: Array<string>
  /** URLs inherited through `refersTo` that are visible in the rendered text. */
  inheritedVisibleUrls?: Array<string>
  /** For a short-form citation: the notes with the full citation (informational, not graded). */
  shortFormOf?: Array<string>
}

/** A footnote marker and the sentence it ends. */
export interface TruthMarker {
  /** Footnote the marker points at. */
  footnote: string
  /** The body sentence the marker stands in, markers removed. */
  sentence: string
  /** Where the marker stands: paragraph, list-item, table-cell, heading, block-quote, caption. */
  context: string
  /** 1-based occurrence of this footnote's marker. */
  occurrence: number
  /** Other readings accepted as the sentence (a marker after a quotation of several sentences). */
  alternatives?: Array<string>
}

/** The truth of one view of a document. */
export interface TruthView {
  /** Footnotes in order. */
  footnotes: Array<TruthFootnote>
  /** Markers in document order. */
  markers: Array<TruthMarker>
}

/** How one shape (file) of a document is graded. */
export interface TruthShape {
  /** File name in the document folder. */
  file: string
  /** `source`: footnotes as written; `rendered`: as the PDF numbers them; `chapters`: as a PDF
   * numbers them that restarts numbering at every chapter. */
  view: TruthViewName
  /** `all` URLs, or only the `visible` ones (link targets are lost in text from a PDF). */
  urls: 'all' | 'visible'
}

/** The views a truth may have. */
export type TruthViewName = 'source' | 'rendered' | 'chapters'

/** The content of a truth.json. */
export interface CorpusTruth {
  /** Document id (its folder name). */
  document: string
  /** Title. */
  title: string
  /** ISO 639-1 language code. */
  language: string
  /** Shapes by name (`md`, `pdf`, `txt`, …). */
  shapes: Record<string, TruthShape>
  /** Truth per view. */
  views: Partial<Record<TruthViewName, TruthView>> & Record<'source' | 'rendered', TruthView>
}

/** The four scores, each in [0, 1]. */
export interface CorpusScores {
  /** Footnotes found with the right text. */
  footnotes: number
  /** Markers linked to the right footnote from the right sentence. */
  markers: number
  /** Footnotes whose own URL set is exactly right. */
  urls: number
  /** Back-references with the right target and the right inherited URL set. */
  backReferences: number
}

/** One graded item that did not match, for reports. */
export interface CorpusMiss {
  /** Which score it counts against. */
  score: keyof CorpusScores
  /** Footnote concerned. */
  footnote: string
  /** What the truth says. */
  expected: string
  /** What citecheck produced. */
  got: string
}

/** The grade of one shape. */
export interface CorpusGrade {
  /** The four scores. */
  scores: CorpusScores
  /** How many items each score was taken over (0: nothing to grade, the score is 1). */
  counts: Record<keyof CorpusScores, number>
  /** Every miss, in truth order. */
  misses: Array<CorpusMiss>
}

/** Minimum token similarity for a footnote text to count as found. */
export const footnoteSimilarity = 0.9
/** Minimum token similarity for a claim to count as the marker's sentence. */
export const sentenceSimilarity = 0.85

/** Labels and ids compare as case-insensitive strings (`[^Guelton20]` may be read as `guelton20`). */
export function keyOf(id: FootnoteId | string): string {
  return String(id).trim().toLowerCase()
}

/**
 * Tokens of a text after folding case, width, soft hyphens and hyphenation. Link markup, URLs
 * and HTML entities are dropped first: URLs are graded on their own, not as words.
 */
export function tokensOf(text: string): Array<string> {
  const folded = text
    .replace(/!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<(?:https?|ftp):[^>\s]*>|(?:https?|ftp):\/\/\S+|www\.\S+/gi, ' ')
    .replace(/&(?:[a-z]+|#x?[0-9a-f]+);/gi, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})[-‐‑]\s*(\p{L})/gu, '$1$2')
  return folded.match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Token-level similarity in [0, 1]: 2 · LCS / (|a| + |b|), 1 for two empty texts. */
export function similarity(a: string, b: string): number {
  const left = tokensOf(a)
  const right = tokensOf(b)
  if (left.length + right.length === 0) return 1
  let previous = new Int32Array(right.length + 1)
  let current = new Int32Array(right.length + 1)
  for (const token of left) {
    for (let j = 1; j <= right.length; j++) {
      current[j] =
        token === right[j - 1]
          ? (previous[j - 1] ?? 0) + 1
          : Math.max(previous[j] ?? 0, current[j - 1] ?? 0)
    }
    ;[previous, current] = [current, previous]
  }
  return (2 * (previous[right.length] ?? 0)) / (left.length + right.length)
}

/** A URL as compared: its WHATWG href; doi.org links as `https://doi.org/<doi, lower-cased>`. */
export function normalizeUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return url.trim()
  }
  if (/^(?:dx\.|www\.)?doi\.org$/i.test(parsed.hostname)) {
    return `https://doi.org${decodeURIComponent(parsed.pathname).toLowerCase()}`
  }
  return parsed.href
}

function sameSet(left: Array<string>, right: Array<string>): boolean {
  const a = new Set(left.map(normalizeUrl))
  const b = new Set(right.map(normalizeUrl))
  return a.size === b.size && [...a].every((url) => b.has(url))
}

function ownUrls(footnote: SourcedFootnote | undefined): Array<string> {
  if (!footnote) return []
  return footnote.sources
    .filter((source) => keyOf(source.from) === keyOf(footnote.id))
    .map((source) => source.url)
}

function inheritedUrls(footnote: SourcedFootnote): Array<string> {
  return footnote.sources
    .filter((source) => keyOf(source.from) !== keyOf(footnote.id))
    .map((source) => source.url)
}

const list = (urls: Array<string>): string =>
  `{${[...new Set(urls.map(normalizeUrl))].sort().join(' ')}}`
const clip = (text: string): string => (text.length > 140 ? `${text.slice(0, 137)}…` : text)

/** Grade `document` (citecheck's output for `shape` of the corpus document) against `truth`. */
export function gradeCorpus(
  document: SourcedDocument,
  truth: CorpusTruth,
  shape: string,
): CorpusGrade {
  const spec = truth.shapes[shape]
  if (!spec)
    throw new TypeError(`Expected \`shape\` to be one of ${Object.keys(truth.shapes).join(', ')}`)
  const view = truth.views[spec.view]
  if (!view) throw new TypeError(`Expected the truth to have the \`${spec.view}\` view`)
  const misses: Array<CorpusMiss> = []
  const { byTruth, truthIdOf } = pair(document.footnotes, view.footnotes)

  // Footnotes: same id, text similarity ≥ 0.9; spurious footnotes count against the score.
  let found = 0
  for (const expected of view.footnotes) {
    const got = byTruth.get(keyOf(expected.id))
    const score = got ? similarity(expected.text, got.text) : 0
    if (score >= footnoteSimilarity) found++
    else
      misses.push({
        score: 'footnotes',
        footnote: expected.id,
        expected: clip(expected.text),
        got: got ? clip(got.text) : '(no such footnote)',
      })
  }
  const footnotes = ratio(found, Math.max(view.footnotes.length, document.footnotes.length))

  // Markers: a claim citing the footnote whose text matches the sentence (≥ 0.85), one-to-one.
  const pairs = document.claims.flatMap((claim) =>
    claim.footnotes.map((id) => ({ key: truthIdOf(id), text: claim.text, used: false })),
  )
  let linked = 0
  for (const expected of view.markers) {
    let best: (typeof pairs)[number] | undefined
    let bestScore = -1
    for (const pair of pairs) {
      if (pair.used || pair.key !== keyOf(expected.footnote)) continue
      const readings = [expected.sentence, ...(expected.alternatives ?? [])]
      const score = Math.max(...readings.map((reading) => similarity(reading, pair.text)))
      if (score > bestScore) [best, bestScore] = [pair, score]
    }
    if (best && bestScore >= sentenceSimilarity) {
      best.used = true
      linked++
    } else {
      misses.push({
        score: 'markers',
        footnote: expected.footnote,
        expected: clip(expected.sentence),
        got: best ? clip(best.text) : '(no claim cites it)',
      })
    }
  }
  const markers = ratio(linked, Math.max(view.markers.length, pairs.length))

  // URL sets: each footnote's own URLs, exactly; a footnote citecheck did not find is a miss.
  let right = 0
  for (const expected of view.footnotes) {
    const want = spec.urls === 'visible' ? expected.visibleUrls : expected.urls
    const footnote = byTruth.get(keyOf(expected.id))
    const got = ownUrls(footnote)
    if (footnote && sameSet(want, got)) right++
    else
      misses.push({
        score: 'urls',
        footnote: expected.id,
        expected: list(want),
        got: footnote ? list(got) : '(no such footnote)',
      })
  }
  const urls = ratio(right, view.footnotes.length)

  // Back-references: right target and right inherited URLs; resolving a non-back-reference
  // counts against the score, resolving a short form to its full citation does not.
  let graded = 0
  let resolved = 0
  const expectedById = new Map(view.footnotes.map((footnote) => [keyOf(footnote.id), footnote]))
  for (const expected of view.footnotes) {
    const got = byTruth.get(keyOf(expected.id))
    if (expected.refersTo?.length) {
      graded++
      const targets = expected.refersTo.map(keyOf)
      const want =
        (spec.urls === 'visible' ? expected.inheritedVisibleUrls : expected.inheritedUrls) ?? []
      const target = got?.refersTo == null ? null : truthIdOf(got.refersTo)
      const inherited = got ? inheritedUrls(got) : []
      if (target !== null && targets.includes(target) && sameSet(want, inherited)) resolved++
      else
        misses.push({
          score: 'backReferences',
          footnote: expected.id,
          expected: `→ ${expected.refersTo.join('|')} ${list(want)}`,
          got: got ? `→ ${target ?? 'none'} ${list(inherited)}` : '(no such footnote)',
        })
    }
  }
  for (const got of document.footnotes) {
    if (got.refersTo == null) continue
    const expected = expectedById.get(truthIdOf(got.id))
    if (expected?.refersTo?.length) continue
    if (expected?.shortFormOf?.map(keyOf).includes(truthIdOf(got.refersTo))) continue
    graded++
    misses.push({
      score: 'backReferences',
      footnote: String(got.id),
      expected: 'not a back-reference',
      got: `→ ${got.refersTo}`,
    })
  }
  const backReferences = ratio(resolved, graded)

  return {
    scores: { footnotes, markers, urls, backReferences },
    counts: {
      footnotes: Math.max(view.footnotes.length, document.footnotes.length),
      markers: Math.max(view.markers.length, pairs.length),
      urls: view.footnotes.length,
      backReferences: graded,
    },
    misses,
  }
}

/**
 * Pair citecheck's footnotes with the truth's by the label the document shows: the k-th truth
 * footnote labelled L (in truth order) with the k-th citecheck footnote labelled L (in citecheck's
 * order; its `label`, or its id when the label is empty). With unique labels that is matching by
 * label; where numbering restarts per chapter, the second "1" pairs with the second "1". Claims and
 * `refersTo` name citecheck ids; `truthIdOf` maps such an id (first footnote with it) to the id
 * of the truth footnote it is paired with, or to `?<id>` when it is paired with none.
 */
function pair(
  got: Array<SourcedFootnote>,
  expected: Array<TruthFootnote>,
): {
  byTruth: Map<string, SourcedFootnote>
  truthIdOf: (id: FootnoteId | string) => string
} {
  const queues = new Map<string, Array<SourcedFootnote>>()
  for (const footnote of got) {
    const label = keyOf(footnote.label?.trim() ? footnote.label : footnote.id)
    queues.set(label, [...(queues.get(label) ?? []), footnote])
  }
  const byTruth = new Map<string, SourcedFootnote>()
  const truthOf = new Map<SourcedFootnote, string>()
  for (const footnote of expected) {
    const match = queues.get(keyOf(footnote.label ?? footnote.id))?.shift()
    if (!match) continue
    byTruth.set(keyOf(footnote.id), match)
    truthOf.set(match, keyOf(footnote.id))
  }
  const firstWithId = new Map<string, SourcedFootnote>()
  for (const footnote of got) {
    if (!firstWithId.has(keyOf(footnote.id))) firstWithId.set(keyOf(footnote.id), footnote)
  }
  const truthIdOf = (id: FootnoteId | string): string => {
    const footnote = firstWithId.get(keyOf(id))
    return (footnote && truthOf.get(footnote)) ?? `?${keyOf(id)}`
  }
  return { byTruth, truthIdOf }
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole
}
