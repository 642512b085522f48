/**
 * The test corpus (tests/corpus): real footnoted documents in several conventions, languages and
 * shapes, graded against their independent ground truth. Every document and shape must reach
 * the thresholds of issue 10; the shapes that do not yet are listed in `knownFailing` with the
 * scores measured when they were listed, and run as `it.fails`, so the suite stays green and a
 * shape that starts passing has to be taken off the list.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { SourcedDocument, SourcedFootnote } from '../../pipeline/index.ts'
import { extractSources, readPaper } from '../../pipeline/index.ts'
import {
  type CorpusScores,
  type CorpusTruth,
  gradeCorpus,
  normalizeUrl,
  similarity,
  type TruthView,
} from '../helpers/grade-corpus.ts'

const corpus = new URL('../corpus/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('tools/corpus.json', corpus), 'utf8')) as {
  documents: Array<{ id: string }>
}
const truthOf = (id: string): CorpusTruth =>
  JSON.parse(readFileSync(new URL(`${id}/truth.json`, corpus), 'utf8')) as CorpusTruth

/** The thresholds of issue 10. */
const thresholds: CorpusScores = {
  footnotes: 0.98,
  markers: 0.95,
  urls: 0.97,
  backReferences: 0.95,
}

/** A shape below a threshold today: the scores measured and why it falls short. */
interface KnownFailure {
  /** Scores measured when it was listed (`npm run bench:accuracy`). */
  scores: CorpusScores
  /** Why, in one line. */
  reason: string
}

/** Shapes below a threshold today, with the scores measured and the reason. */
const knownFailing: Record<string, KnownFailure> = {
  'en-balter-cloud/txt': {
    scores: { footnotes: 1, markers: 1, urls: 0.958, backReferences: 1 },
    reason:
      'pdftotext dropped the hyphen of `cloud-` at a line end inside note 12’s URL (`clouddef-v15.doc`)',
  },
  'en-ms-cspm/txt': {
    scores: { footnotes: 0, markers: 0, urls: 0, backReferences: 1 },
    reason:
      'pdftotext writes the raised digits in line, out of place (`: GCP …` then `1` after it): no numbered note',
  },
  'tr-ms-arc/txt': {
    scores: { footnotes: 0, markers: 0, urls: 0, backReferences: 1 },
    reason:
      'pdftotext writes the note’s raised `1` after its paragraph, and the marker on a line of its own in a table',
  },
  'de-ms-arc/txt': {
    scores: { footnotes: 0, markers: 0, urls: 0, backReferences: 1 },
    reason:
      'pdftotext writes the note’s raised `1` after its paragraph, and the marker on a line of its own in a table',
  },
  'fr-ph-htr/txt': {
    scores: { footnotes: 1, markers: 1, urls: 0.913, backReferences: 0.5 },
    reason:
      'pdftotext dropped line-end hyphens inside two URLs (`archivesouvertes`, `978-3-03086198`); Ibid. inherits one',
  },
  'fr-ph-htr/chapters-txt': {
    scores: { footnotes: 1, markers: 1, urls: 0.913, backReferences: 0.5 },
    reason: 'the same two URLs as the txt shape, dehyphenated by pdftotext',
  },
  'es-ph-redes/txt': {
    scores: { footnotes: 1, markers: 1, urls: 0.937, backReferences: 1 },
    reason: 'pdftotext dropped the line-end hyphen of `?-action` in note 15’s URL',
  },
}

/** A sourced document that says exactly what `view` says (its visible URLs only, if `visible`). */
function perfect(view: TruthView, visible = false): SourcedDocument {
  const footnotes: Array<SourcedFootnote> = view.footnotes.map((truth) => ({
    id: truth.id,
    label: truth.label ?? truth.id,
    text: truth.text,
    place: { line: 1, column: 1 },
    claims: [],
    kind: 'web',
    refersTo: truth.refersTo?.[0] ?? null,
    citation: { authors: [], title: null, outlet: null, date: null, locator: null },
    sources: [
      ...(visible ? truth.visibleUrls : truth.urls).map((url) => source(url, truth.id)),
      ...((visible ? truth.inheritedVisibleUrls : truth.inheritedUrls) ?? []).map((url) =>
        source(url, truth.refersTo?.[0] ?? ''),
      ),
    ],
  }))
  const claims = view.markers.map((marker, index) => ({
    id: `c${index + 1}`,
    section: null,
    text: marker.sentence,
    footnotes: [marker.footnote],
    paragraph: index,
    offset: 0,
    place: { line: 1, column: 1 },
  }))
  return {
    document: { path: 'paper.md', title: null, format: 'markdown', convention: 'markdown' },
    sections: [],
    paragraphs: [],
    footnotes,
    claims,
    problems: [],
  }
}

function source(url: string, from: string): SourcedFootnote['sources'][number] {
  return { url: normalizeUrl(url), kind: 'url', raw: url, supported: true, from }
}

describe('grade-corpus (the grader itself)', () => {
  const truth = truthOf('en-balter-security')

  it('scores a perfect document 1 on all four scores, for every document and shape', () => {
    for (const { id } of manifest.documents) {
      const truth = truthOf(id)
      for (const [shape, spec] of Object.entries(truth.shapes)) {
        const view = truth.views[spec.view]
        if (!view) throw new Error(`${id} has no ${spec.view} view`)
        const document = perfect(view, spec.urls === 'visible')
        const grade = gradeCorpus(document, truth, shape)
        expect(grade.misses, `${id}/${shape}`).toEqual([])
        expect(grade.scores).toEqual({ footnotes: 1, markers: 1, urls: 1, backReferences: 1 })
      }
    }
  })

  it('scores a damaged document lower, on the score each damage concerns', () => {
    const document = perfect(truth.views.source)
    const [first, , third] = document.footnotes
    if (!first || !third) throw new Error('the truth has footnotes')
    document.footnotes = document.footnotes.filter((footnote) => footnote !== first)
    third.text = 'Something else entirely, not what the note says at all.'
    third.sources = []
    const claim = document.claims[10]
    if (claim) claim.text = 'A sentence that the paper never wrote.'
    const fourth = document.footnotes.find((footnote) => footnote.id === '4')
    if (fourth) fourth.refersTo = '2'
    const grade = gradeCorpus(document, truth, 'md')
    expect(grade.scores.footnotes).toBeCloseTo(81 / 83)
    // The claim citing the dropped note 1 links to no footnote, and claim 11 has the wrong text.
    expect(grade.scores.markers).toBeCloseTo(81 / 83)
    expect(grade.scores.urls).toBeLessThan(1)
    expect(grade.scores.backReferences).toBeLessThan(1)
    expect(grade.misses.map((miss) => `${miss.score}:${miss.footnote}`)).toEqual(
      expect.arrayContaining([
        'footnotes:1',
        'footnotes:3',
        'markers:1',
        'markers:11',
        'urls:3',
        'backReferences:4',
      ]),
    )
  })

  it('counts spurious footnotes and back-references against the score', () => {
    const document = perfect(truth.views.source)
    const extra = { ...(document.footnotes[0] as SourcedFootnote), id: 999, refersTo: 1 }
    document.footnotes.push(extra)
    const grade = gradeCorpus(document, truth, 'md')
    expect(grade.scores.footnotes).toBeCloseTo(83 / 84)
    expect(grade.scores.backReferences).toBeLessThan(1)
  })

  it('pairs footnotes by displayed label and occurrence where numbering restarts', () => {
    const restarted = truthOf('fr-ph-htr')
    const view = restarted.views.chapters
    if (!view) throw new Error('fr-ph-htr has a chapters view')
    const document = perfect(view)
    // Footnotes in the right order with the right labels are found, whatever their ids…
    for (const [index, footnote] of document.footnotes.entries()) footnote.id = `n${index}`
    const renamed = gradeCorpus(document, restarted, 'chapters-pdf')
    expect(renamed.scores.footnotes).toBe(1)
    // …but claims naming ids that are not unique are linked to the first footnote with that id.
    const ambiguous = perfect(view)
    for (const footnote of ambiguous.footnotes) footnote.id = footnote.label
    for (const claim of ambiguous.claims) {
      claim.footnotes = claim.footnotes.map((id) => id.toString().replace(/^\d+\./, ''))
    }
    const grade = gradeCorpus(ambiguous, restarted, 'chapters-pdf')
    expect(grade.scores.footnotes).toBe(1)
    expect(grade.scores.markers).toBeLessThan(1)
  })

  it('folds case, hyphenation, link markup and URLs when comparing texts', () => {
    expect(similarity('roughly forty-eight percent', 'roughly fortyeight percent')).toBe(1)
    expect(similarity('roughly forty- eight percent', 'Roughly forty-eight percent.')).toBe(1)
    expect(
      similarity('See [the report](https://example.org/r.pdf).', 'See the report <https://x.org>'),
    ).toBe(1)
    expect(similarity('one two three four', 'one two three five')).toBeCloseTo(0.75)
    expect(similarity('', '')).toBe(1)
  })

  it('compares URLs as WHATWG hrefs, DOI links by their DOI', () => {
    expect(normalizeUrl('HTTP://Example.org')).toBe('http://example.org/')
    expect(normalizeUrl('http://dx.doi.org/10.1000/ABC')).toBe(
      normalizeUrl('https://doi.org/10.1000/abc'),
    )
  })

  it('refuses a shape the truth does not have', () => {
    expect(() => gradeCorpus(perfect(truth.views.source), truth, 'docx')).toThrow(TypeError)
  })
})

describe('corpus: every document and shape meets the thresholds', () => {
  for (const { id } of manifest.documents) {
    const truth = truthOf(id)
    for (const [shape, spec] of Object.entries(truth.shapes)) {
      const name = `${id}/${shape}`
      const known = knownFailing[name]
      const test = known ? it.fails : it
      const label = known
        ? ` (known failing: ${describeScores(known.scores)}; ${known.reason})`
        : ''
      test(`${name}${label}`, async () => {
        const path = fileURLToPath(new URL(`${id}/${spec.file}`, corpus))
        const { scores } = gradeCorpus(extractSources(await readPaper(path)), truth, shape)
        for (const key of Object.keys(thresholds) as Array<keyof CorpusScores>) {
          expect(scores[key], key).toBeGreaterThanOrEqual(thresholds[key])
        }
      })
    }
  }
})

function describeScores(scores: CorpusScores): string {
  const percent = (value: number): string => `${Math.round(value * 1000) / 10}%`
  return `footnotes ${percent(scores.footnotes)}, markers ${percent(scores.markers)}, URLs ${percent(scores.urls)}, back-references ${percent(scores.backReferences)}`
}
