/**
 * Turn the URL-like pieces of one footnote text into sources: clean (whitespace of wrapped
 * lines, Markdown escapes, HTML entities), repair, recognise DOIs, parse the WHATWG way.
 */

import { decodeEntities } from '../../annotations/html-entities.ts'
import type { Severity } from '../../annotations/types.ts'
import { doiUrl, readBareDoi, readDoiUrl } from './doi.ts'
import { findUrlSpans, trimTrailing, type UrlSpan } from './find-urls.ts'
import { repairScheme } from './repair.ts'
import { unescapeMarkdown } from './text.ts'
import type { Source, SourceProblemKind } from './types.ts'

/** A source of one footnote, before it is attributed to a footnote. */
export type OwnSource = Omit<Source, 'from'>

/** A problem found while reading a footnote's URLs (the footnote is filled in by the caller). */
export interface UrlProblem {
  /** Stable id. */
  kind: Extract<SourceProblemKind, 'malformed-url' | 'repaired-url' | 'unsupported-url'>
  /** How bad it is. */
  severity: Severity
  /** Human message. */
  message: string
  /** URL concerned (the raw text when it could not be parsed). */
  url: string
}

/** What reading one footnote text gave. */
export interface ReadUrls {
  /** Distinct sources, in order of first appearance. */
  sources: Array<OwnSource>
  /** Problems, in order of appearance. */
  problems: Array<UrlProblem>
  /** Where the URL-like pieces were (for the citation reader to skip them). */
  spans: Array<UrlSpan>
}

/** Parse `text` as a URL, or `null`. */
function parseUrl(text: string): URL | null {
  try {
    return new URL(text)
  } catch {
    return null
  }
}

/** Read one span into a source, or a problem. */
function readSpan(span: UrlSpan): { source: OwnSource | null; problems: Array<UrlProblem> } {
  const cleaned = trimTrailing(
    decodeEntities(unescapeMarkdown(span.raw.replace(/\s+/g, '')), { requireSemicolon: true }),
  )
  const bareDoi = readBareDoi(cleaned)
  if (bareDoi !== null) {
    return {
      source: { url: doiUrl(bareDoi), kind: 'doi', doi: bareDoi, raw: span.raw, supported: true },
      problems: [],
    }
  }
  const repair = repairScheme(cleaned)
  const url = parseUrl(repair.text)
  if (url === null || (/^https?:$/.test(url.protocol) && url.hostname === '')) {
    const message = `Unexpected malformed URL \`${span.raw}\`, expected an absolute http(s) URL`
    return {
      source: null,
      problems: [{ kind: 'malformed-url', severity: 'warning', message, url: span.raw }],
    }
  }
  const supported = url.protocol === 'http:' || url.protocol === 'https:'
  const doi = supported ? readDoiUrl(url) : null
  const source: OwnSource =
    doi === null
      ? { url: url.href, kind: 'url', raw: span.raw, supported }
      : { url: doiUrl(doi), kind: 'doi', doi, raw: span.raw, supported }
  const problems: Array<UrlProblem> = []
  if (repair.repaired) {
    source.repairedFrom = cleaned
    const message = `Unexpected \`${cleaned}\`, expected a URL with a scheme; read as \`${source.url}\``
    problems.push({ kind: 'repaired-url', severity: 'info', message, url: source.url })
  }
  if (!supported) {
    const message = `Unexpected \`${url.protocol}\` URL \`${source.url}\`, expected http or https; it is not checked`
    problems.push({ kind: 'unsupported-url', severity: 'info', message, url: source.url })
  }
  return { source, problems }
}

/** Read every URL and DOI of one footnote text, each distinct URL once. */
export function readUrls(text: string): ReadUrls {
  const spans = findUrlSpans(text)
  const sources: Array<OwnSource> = []
  const problems: Array<UrlProblem> = []
  const seen = new Set<string>()
  for (const span of spans) {
    const read = readSpan(span)
    if (read.source !== null && seen.has(read.source.url)) continue
    if (read.source !== null) {
      seen.add(read.source.url)
      sources.push(read.source)
    }
    problems.push(...read.problems)
  }
  return { sources, problems, spans }
}

/** Find every URL and DOI in one footnote text (see `readUrls` for the problems too). */
export function extractUrls(text: string): Array<OwnSource> {
  return readUrls(text).sources
}
