import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'

describe('endnotes', () => {
  it('reads HTML anchors exported by a word processor', () => {
    const text = [
      'Body text cites something<a href="#_ftn1" id="_ftnref1">[1]</a>. Then another',
      'claim<a href="#_ftn2" id="_ftnref2">[2]</a> in the year [1999] and more.',
      '',
      '---',
      '',
      '<a href="#_ftnref1" id="_ftn1">[1]</a> Note one, <https://example.org>.',
      '',
      '<a href="#_ftnref2" id="_ftn2">[2]</a> Note two.',
    ].join('\n')
    const document = annotate(text, { path: 'export.md' })
    expect(document.document.convention).toBe('endnote')
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['Body text cites something.', [1]],
      ['Then another claim in the year [1999] and more.', [2]],
    ])
    expect(document.footnotes.map((footnote) => [footnote.id, footnote.text])).toEqual([
      [1, 'Note one, <https://example.org>.'],
      [2, 'Note two.'],
    ])
    expect(document.footnotes[1]?.place).toEqual({ line: 8, column: 1 })
  })

  it('reads plain bracketed numbers and notes of several paragraphs', () => {
    const text = [
      'Intro',
      '',
      'First claim [1]. Second claim [2].',
      '',
      '* * *',
      '',
      '[1] Note one.',
      '',
      '[2] Note two.',
      '',
      'Second paragraph of note two.',
    ].join('\n')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.sections.map((section) => section.title)).toEqual(['Intro'])
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual([
      'Note one.',
      'Note two. Second paragraph of note two.',
    ])
    expect(document.claims.map((claim) => claim.text)).toEqual(['First claim.', 'Second claim.'])
  })

  it('reads pandoc-style linked endnotes', () => {
    const text = 'A claim[\\[1\\]](#_ftn1).\n\n---\n\n[\\[1\\]](#_ftnref1) The note.\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['A claim.', [1]],
    ])
    expect(document.footnotes[0]?.text).toBe('The note.')
  })

  it('needs a notes section after a rule (not-ok: bracketed numbers alone)', () => {
    const document = annotate('A claim [1]. Another [2].\n\n[1] Not after a rule.\n', {
      path: 'paper.txt',
    })
    expect(document.document.convention).toBe('none')
    expect(document.claims).toEqual([])
    expect(document.problems.map((problem) => problem.kind)).toEqual(['no-footnotes'])
  })

  it('reads notes exported as HTML blocks after an <hr>', () => {
    const text = [
      'Body cites<a href="#_ftn1" name="_ftnref1"><span>[1]</span></a> one.',
      'Then<a href="#_ftn2" name="_ftnref2">[2]</a> two.',
      '',
      '<div style="mso-element:footnote-list"><br clear=all><hr align=left size=1 width="33%">',
      '<div id=ftn1><p><a href="#_ftnref1" name="_ftn1">[1]</a> Note &amp; one, 2020.</p></div>',
      '<div id=ftn2><p><a href="#_ftnref2" name="_ftn2">[2]</a> Note two,<br>continued.</p></div>',
      '</div>',
    ].join('\n')
    const document = annotate(text, { path: 'export.md' })
    expect(document.document.convention).toBe('endnote')
    expect(document.footnotes.map((footnote) => [footnote.id, footnote.text])).toEqual([
      [1, 'Note & one, 2020.'],
      [2, 'Note two, continued.'],
    ])
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['Body cites one.', [1]],
      ['Then two.', [2]],
    ])
  })

  it('keeps entities it cannot decode as written instead of throwing', () => {
    const text =
      'Text.<a href="#_ftn1">[1]</a>\n\n<hr>\n<p><a href="#_ftnref1">[1]</a> See &#99999999; &amp; more</p>\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual(['See &#99999999; & more'])
  })

  it('reads HTML paragraphs after a Markdown rule', () => {
    const text = 'A claim[1].\n\n---\n\n<p>[1] The note.</p>\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual(['The note.'])
    expect(document.claims[0]?.footnotes).toEqual([1])
  })
})

describe('numbered notes under a heading', () => {
  it('reads a `Notes` or `References` heading as the start of the notes section', () => {
    for (const heading of ['## Notes', 'References', '**Endnotes**']) {
      const text = `Intro\n\nA claim [1]. Another [2].\n\n${heading}\n\n[1] One.\n\n[2] Two.\n`
      const document = annotate(text, { path: 'paper.md' })
      expect(document.document.convention, heading).toBe('endnote')
      expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2]])
      const titles = document.sections.map((section) => section.title)
      expect(titles.some((title) => /notes|references/i.test(title))).toBe(false)
      expect(document.footnotes.map((footnote) => footnote.text)).toEqual(['One.', 'Two.'])
    }
  })

  it('does not take a `Notes` heading without numbered entries for notes (not-ok)', () => {
    const text = 'A claim [1].\n\nNotes\n\nSome closing remarks.\n'
    expect(annotate(text, { path: 'paper.txt' }).document.convention).toBe('none')
  })
})

describe('several endnotes in one marker', () => {
  it('reads `[1, 2]` as two markers', () => {
    const text = 'A claim [1, 2]. Another [3].\n\n---\n\n[1] One.\n\n[2] Two.\n\n[3] Three.\n'
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['A claim.', [1, 2]],
      ['Another.', [3]],
    ])
  })
})

describe('entries line by line', () => {
  it('splits entries that follow each other without blank lines', () => {
    const text = 'A claim [1]. Another [2].\n\nReferences\n\n[1] One,\ncontinued.\n[2] Two.\n'
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.footnotes.map((footnote) => [footnote.text, footnote.place.line])).toEqual([
      ['One, continued.', 5],
      ['Two.', 7],
    ])
  })
})

describe('notes sections recognised by structure', () => {
  it.each([['## Notes de fin'], ['## Notas'], ['**Notlar:**'], ['Anmerkungen']])(
    'reads `[1]` entries under any heading or label: %s',
    (heading) => {
      const text = `Intro\n\nA claim [1]. Another [2].\n\n${heading}\n\n[1] One.\n\n[2] Two.\n`
      const document = annotate(text, { path: 'paper.md' })
      expect(document.document.convention).toBe('endnote')
      expect(document.claims.map((claim) => claim.footnotes)).toEqual([[1], [2]])
      expect(document.footnotes.map((footnote) => footnote.text)).toEqual(['One.', 'Two.'])
    },
  )

  it('reads `<sup>1</sup>` markers and `\\[1\\]` entries closing the paper without a divider', () => {
    const text = [
      'Cloud computing "is the next generation of the internet."<sup>1</sup> Servers move.<sup>2</sup>',
      '',
      '\\[1\\] Stephen Lawson, *Cloud*, InfoWorld, 2009.',
      '',
      '\\[2\\] *Id.*',
    ].join('\n')
    const document = annotate(text, { path: 'paper.md' })
    expect(document.document.convention).toBe('endnote')
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['Cloud computing "is the next generation of the internet."', [1]],
      ['Servers move.', [2]],
    ])
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual([
      'Stephen Lawson, *Cloud*, InfoWorld, 2009.',
      '*Id.*',
    ])
    expect(document.problems).toEqual([])
  })

  it('needs entries numbered from 1 to close a paper without a divider (not-ok)', () => {
    const text = 'A claim [1]. Another [2].\n\n[2] Two.\n\n[3] Three.\n'
    expect(annotate(text, { path: 'paper.txt' }).document.convention).toBe('none')
  })
})

describe('notes linked by HTML anchors', () => {
  it('reads `<sup>[1](#footnote1)</sup>` markers and the anchored paragraph, wherever it is', () => {
    const text = [
      '# Features',
      '',
      '| Feature | Clouds |',
      '| --- | --- |',
      '| Data scanning | Azure, AWS, GCP<sup>[1](#footnote1)</sup> |',
      '',
      '<sup><a name="footnote1"></a>1</sup>: GCP discovery [only supports Cloud Storage](x.md).',
      '',
      'More body text after the note, see [the intro](#intro).',
    ].join('\n')
    const document = annotate(text, { path: 'paper.md' })
    expect(document.document.convention).toBe('endnote')
    expect(document.footnotes.map((footnote) => [footnote.id, footnote.text])).toEqual([
      [1, 'GCP discovery [only supports Cloud Storage](x.md).'],
    ])
    expect(document.claims.map((claim) => [claim.text, claim.footnotes])).toEqual([
      ['Azure, AWS, GCP', [1]],
    ])
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toContain(
      'More body text after the note, see the intro.',
    )
  })

  it('reads an anchor before the number: `<a name="n1"></a><sup>1</sup>Text`', () => {
    const text = [
      'Weitere Details in Fußnote.<sup>[1](#n1)</sup>',
      '',
      '<a name="n1"></a><sup>1</sup>Wenn dieses Objekt aktiviert ist, löscht es das Profil.',
    ].join('\n')
    const document = annotate(text, { path: 'paper.md' })
    expect(document.footnotes.map((footnote) => footnote.text)).toEqual([
      'Wenn dieses Objekt aktiviert ist, löscht es das Profil.',
    ])
    expect(document.claims[0]).toMatchObject({
      text: 'Weitere Details in Fußnote.',
      footnotes: [1],
    })
  })
})
