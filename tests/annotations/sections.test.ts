import { describe, expect, it } from 'vitest'
import { annotate } from '../../annotations/index.ts'

const withContents = [
  '**A paper about**',
  '**middle powers**',
  '',
  'Table of contents',
  '',
  'Introduction\t3',
  '1) The Middle East:\t7',
  '2) Africa.....\t9',
  'Conclusion .......... 12',
  '',
  'A TITLE PAGE LINE IN CAPITALS',
  '',
  'Introduction',
  '',
  'First body claim¹.',
  '',
  '1) *The Middle East:*',
  '',
  'Middle East claim².',
  '',
  '2) Africa',
  '',
  'Africa claim³. Short line',
  '',
  'Conclusion',
  '',
  'Closing claim⁴.',
  '',
  '¹ a',
  '',
  '² b',
  '',
  '³ c',
  '',
  '⁴ d',
].join('\n')

describe('sections and front matter', () => {
  it('matches headings to the table of contents, list numbering included', () => {
    const document = annotate(withContents, { path: 'paper.txt' })
    expect(document.sections.map((section) => [section.title, section.place.line])).toEqual([
      ['Introduction', 13],
      ['1) The Middle East:', 17],
      ['2) Africa', 21],
      ['Conclusion', 25],
    ])
    expect(document.claims.map((claim) => [claim.section, claim.footnotes])).toEqual([
      ['Introduction', [1]],
      ['1) The Middle East:', [2]],
      ['2) Africa', [3]],
      ['Conclusion', [4]],
    ])
  })

  it('keeps the title page and the contents out of the body', () => {
    const document = annotate(withContents, { path: 'paper.txt' })
    expect(document.document.title).toBe('A paper about middle powers')
    expect(document.paragraphs[0]?.text).toBe('First body claim.')
    expect(document.paragraphs.some((paragraph) => paragraph.text.includes('TITLE PAGE'))).toBe(
      false,
    )
  })

  it('takes no claim from a title page that carries a superscript', () => {
    const text = withContents.replace('A TITLE PAGE LINE IN CAPITALS', 'Approfondimento n. 34¹')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.claims.map((claim) => claim.text)).not.toContain('Approfondimento n. 34')
    expect(document.claims[0]?.text).toBe('First body claim.')
  })

  it('reads contents with single-space page numbers and bullets, in other languages', () => {
    const text = [
      'Indice',
      '',
      '- Introduction 3',
      '- The Gulf 4',
      '',
      'Introduction',
      '',
      'A claim¹.',
      '',
      'The Gulf',
      '',
      'Gulf claim².',
      '',
      '¹ a',
      '',
      '² b',
    ].join('\n')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.sections.map((section) => section.title)).toEqual(['Introduction', 'The Gulf'])
    expect(document.claims.map((claim) => claim.section)).toEqual(['Introduction', 'The Gulf'])
  })

  it('recognises one-line and list-item headings without a table of contents', () => {
    const text = [
      'Introduction',
      '',
      'A claim¹.',
      '',
      '1) *The Middle East:*',
      '',
      'Another claim².',
      '',
      'The Black Sea and European Security',
      '',
      'Third claim³.',
      '',
      '¹ a',
      '',
      '² b',
      '',
      '³ c',
    ].join('\n')
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.sections.map((section) => section.title)).toEqual([
      'Introduction',
      '1) The Middle East:',
      'The Black Sea and European Security',
    ])
    expect(document.claims.map((claim) => claim.section)).toEqual([
      'Introduction',
      '1) The Middle East:',
      'The Black Sea and European Security',
    ])
  })

  it('does not take a short body piece cut by a page break for a heading', () => {
    const text =
      'Earlier claim¹.\n\nIt improved relations with Israel\n\n² b\n\nand others².\n\n¹ a\n'
    const document = annotate(text, { path: 'paper.txt' })
    expect(document.sections).toEqual([])
    expect(document.claims[1]?.text).toBe('It improved relations with Israel and others.')
  })

  it('does not take a short sentence or a line stopping mid-phrase for a heading', () => {
    const text = 'A short sentence.\n\nIt goes on and on for the\n\nOne more¹.\n\n¹ a\n'
    expect(annotate(text, { path: 'paper.txt' }).sections).toEqual([])
  })

  it('uses only Markdown headings when the paper has them', () => {
    const text = '# Title\n\n## Part one\n\nA plain line\n\nA claim[^1].\n\n[^1]: Note.\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.document.title).toBe('Title')
    expect(document.sections.map((section) => section.title)).toEqual(['Part one'])
    expect(document.claims[0]?.section).toBe('Part one')
  })

  it('gives claims before the first heading a null section', () => {
    const document = annotate('A claim[^1].\n\n[^1]: Note.\n', { path: 'paper.md' })
    expect(document.claims[0]?.section).toBeNull()
    expect(document.paragraphs[0]?.section).toBeNull()
  })
})

describe('YAML header', () => {
  it('takes the title from a YAML header and keeps the header out of the body', () => {
    const text =
      '---\ntitle: "Middle powers"\nauthor: P. Dost\n---\n\nIntroduction\n\nA claim¹.\n\n¹ Note.\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.document.title).toBe('Middle powers')
    expect(document.sections.map((section) => section.title)).toEqual(['Introduction'])
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual(['A claim.'])
  })

  it('does not take a rule followed by prose for a YAML header', () => {
    const text = '---\n\nIntroduction\n\nA claim¹.\n\n¹ Note.\n'
    const document = annotate(text, { path: 'paper.md' })
    expect(document.document.title).toBeNull()
    expect(document.claims[0]?.section).toBe('Introduction')
  })
})
