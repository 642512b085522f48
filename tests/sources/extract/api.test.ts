import { describe, expect, it } from 'vitest'
import * as api from '../../../sources/extract/index.ts'
import { buildDocument } from './document.ts'

describe('sources/extract public API', () => {
  it('exposes extractSources, extractUrls and collectLinks only', () => {
    expect(Object.keys(api).sort()).toEqual([
      'collectLinks',
      'compareFootnoteIds',
      'extractSources',
      'extractUrls',
      'sourceProblemKinds',
    ])
  })

  it('runs a Markdown-footnote document end to end', () => {
    const document = buildDocument([
      'Ann Lee, "Ports", *Harbour Review*, May 2020. See: https://harbour.org/ports-and- power.',
      'Bo Kim, [the report](https://sea.org/r?a=1&amp;b=2), *Sea News*, 2021.',
      'Lee, *op.cit.*, p.5.',
      'Write to mailto:desk@sea.org',
    ])
    const result = api.extractSources(document)
    expect(result.footnotes.map(({ id, kind, refersTo }) => ({ id, kind, refersTo }))).toEqual([
      { id: 1, kind: 'web', refersTo: null },
      { id: 2, kind: 'web', refersTo: null },
      { id: 3, kind: 'back-reference', refersTo: 1 },
      { id: 4, kind: 'web', refersTo: null },
    ])
    expect(
      api
        .collectLinks(result.footnotes)
        .map(({ url, footnotes }) => `${url} ${footnotes.join(',')}`),
    ).toEqual([
      'https://harbour.org/ports-and-power 1,3',
      'https://sea.org/r?a=1&b=2 2',
      'mailto:desk@sea.org 4',
    ])
    expect(result.problems).toMatchObject([
      { kind: 'unsupported-url', footnote: 4, url: 'mailto:desk@sea.org' },
    ])
  })
})
