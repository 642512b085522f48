import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFragment } from '../../../sources/evidence/fragment.ts'
import { splitFragment } from '../../../sources/evidence/text-fragment.ts'
import { fetchPage, htmlPage, startServer } from '../../helpers/pages.ts'

/** Fragments of the URLs cited by the bundled paper, in order. */
function paperFragments(): Array<string> {
  const text = readFileSync(
    new URL('../../../papers/security-provider.txt', import.meta.url),
    'utf8',
  )
  return [...text.matchAll(/https?:\/\/[^\s<>]*#([^\s<>]*)/g)].map((match) => match[1] ?? '')
}

describe('golden: the bundled paper’s fragments', () => {
  it('decodes every text directive and plain fragment the paper uses', () => {
    expect(paperFragments().map(splitFragment)).toEqual([
      {
        id: '',
        directives: [
          {
            prefix: null,
            start: 'The establishment of the Qatari',
            end: 'training opportunities and enhancing security',
            suffix: null,
          },
        ],
      },
      {
        id: '',
        directives: [
          {
            prefix: null,
            start: 'Turkish Air Force Command F',
            end: 'and safeguard NATO airspace effectively.',
            suffix: null,
          },
        ],
      },
      { id: '_edn50', directives: [] },
      {
        id: '',
        directives: [
          {
            prefix: null,
            start: 'Since 2005, the year of',
            end: 'trade and investment in Africa.',
            suffix: null,
          },
        ],
      },
      {
        id: '',
        directives: [
          {
            prefix: null,
            start: 'The trade volume between Türkiye',
            end: 'in the Turkish capital Ankara.',
            suffix: null,
          },
        ],
      },
      { id: '', directives: [] },
    ])
  })

  it('finds a quoted passage on a page that still carries it, and not on one that lost it', async () => {
    const quote = 'The trade volume between Türkiye'
    const fragment = paperFragments()[4] ?? ''
    const server = await startServer({
      '/kept': {
        body: htmlPage(
          'Türkiye eyes $50B trade goal with Africa',
          `<p>${quote.toUpperCase()} and Africa reached $37 billion, Erdogan said at a press conference in the Turkish capital <em>Ankara</em>.</p>`,
        ),
      },
      '/lost': { body: htmlPage('Türkiye eyes $50B trade goal with Africa', '<p>Updated.</p>') },
    })
    expect(checkFragment(await fetchPage(`${server.url}/kept#${fragment}`))).toBe(true)
    expect(checkFragment(await fetchPage(`${server.url}/lost#${fragment}`))).toBe(false)
  })
})
