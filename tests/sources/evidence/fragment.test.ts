import { describe, expect, it } from 'vitest'
import { checkFragment } from '../../../sources/evidence/fragment.ts'
import { parseTextDirective, splitFragment } from '../../../sources/evidence/text-fragment.ts'
import { fetchPage, htmlPage, startServer } from '../../helpers/pages.ts'

const article = htmlPage(
  'Turkey and Qatar form joint squadron',
  `<script>var hidden = "secret phrase in a script";</script>
   <style>.x { content: "styled words" }</style>
   <article id="main-story">
     <p>The <b>establishment</b> of the Qatari-Turkish squadron&nbsp;is a milestone,
        offering training opportunities and enhancing security in the Gulf.</p>
     <p>Turkish Air Force Command F-16s deployed to Romania.</p>
     <a name="legacy-anchor"></a><p>Café culture &amp; défense.</p>
   </article>`,
)

/** Serve the article and check the fragment of `path#fragment`. */
async function fragmentFound(fragment: string): Promise<boolean | null> {
  const server = await startServer({ '/story': { body: article } })
  return checkFragment(await fetchPage(`${server.url}/story#${fragment}`))
}

describe('text fragments', () => {
  it('parses prefix, start, end and suffix with percent-decoding', () => {
    expect(parseTextDirective('an%20example-,text%2C%20here,end,-%26suffix')).toEqual({
      prefix: 'an example',
      start: 'text, here',
      end: 'end',
      suffix: '&suffix',
    })
    expect(parseTextDirective('only')).toEqual({
      prefix: null,
      start: 'only',
      end: null,
      suffix: null,
    })
    expect(parseTextDirective('a,b,c')).toBeNull()
    // WICG: a leading part ending in `-` is a prefix and a trailing part starting with `-` a
    // suffix, even when nothing else is left: then there is no start, and no directive.
    expect(parseTextDirective('foo-')).toBeNull()
    expect(parseTextDirective('-bar')).toBeNull()
    expect(parseTextDirective('foo-,-bar')).toBeNull()
    expect(parseTextDirective('a-,b,c,-d')).toEqual({
      prefix: 'a',
      start: 'b',
      end: 'c',
      suffix: 'd',
    })
    expect(parseTextDirective('a-,b,c,d')).toBeNull()
    expect(parseTextDirective('bad%E0%A4%A')).toBeNull()
    expect(splitFragment('intro:~:text=one&unknown=x&text=two')).toEqual({
      id: 'intro',
      directives: [
        { prefix: null, start: 'one', end: null, suffix: null },
        { prefix: null, start: 'two', end: null, suffix: null },
      ],
    })
  })

  it('finds a start,end range in the visible text (the paper’s own directive)', async () => {
    expect(
      await fragmentFound(
        ':~:text=The%20establishment%20of%20the%20Qatari,training%20opportunities%20and%20enhancing%20security',
      ),
    ).toBe(true)
  })

  it('finds text with prefix and suffix, across inline tags, entities and diacritics', async () => {
    expect(await fragmentFound(':~:text=The-,establishment,-of%20the')).toBe(true)
    expect(await fragmentFound(':~:text=squadron%20is%20a%20milestone')).toBe(true)
    expect(await fragmentFound(':~:text=cafe%20culture%20%26%20defense')).toBe(true)
    expect(await fragmentFound(':~:text=Command%20F,effectively')).toBe(false)
  })

  it('reports missing text, a wrong prefix or suffix, and text only in scripts or styles', async () => {
    expect(await fragmentFound(':~:text=vanished%20passage')).toBe(false)
    expect(await fragmentFound(':~:text=Qatari-,establishment')).toBe(false)
    expect(await fragmentFound(':~:text=establishment,-squadron')).toBe(false)
    expect(await fragmentFound(':~:text=secret%20phrase')).toBe(false)
    expect(await fragmentFound(':~:text=styled%20words')).toBe(false)
    expect(await fragmentFound(':~:text=milestone&text=vanished')).toBe(false)
  })

  it('says "cannot tell" when the text is missing from a truncated body', async () => {
    const server = await startServer({ '/story': { body: article } })
    const page = await fetchPage(`${server.url}/story#:~:text=enhancing%20security`, 300)
    expect(page.truncated).toBe(true)
    expect(checkFragment(page)).toBeNull()
  })
})

describe('#id fragments', () => {
  it('finds an element by id or name, and reports a missing one', async () => {
    expect(await fragmentFound('main-story')).toBe(true)
    expect(await fragmentFound('legacy-anchor')).toBe(true)
    expect(await fragmentFound('comments')).toBe(false)
    expect(await fragmentFound('story')).toBe(false)
  })

  it('is null without a fragment, for #top and routes, and for non-HTML pages', async () => {
    const server = await startServer({
      '/story': { body: article },
      '/paper.pdf': { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7' },
    })
    expect(checkFragment(await fetchPage(`${server.url}/story`))).toBeNull()
    expect(checkFragment(await fetchPage(`${server.url}/story#top`))).toBeNull()
    expect(checkFragment(await fetchPage(`${server.url}/story#/route/x`))).toBeNull()
    expect(checkFragment(await fetchPage(`${server.url}/paper.pdf#page=3`))).toBeNull()
  })
})
