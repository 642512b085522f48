import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../annotations/sentences.ts'

/** Split and return the sentences as strings. */
const split = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end))

describe('splitSentences', () => {
  it('splits at terminal punctuation followed by a capital', () => {
    expect(split('One here. Two there! Three? Four')).toEqual([
      'One here.',
      'Two there!',
      'Three?',
      'Four',
    ])
  })

  it('does not split after abbreviations', () => {
    for (const text of [
      'The U.S. departed from its position. Next',
      'Bakir, op.cit. Turkish Studies, argued it. Next',
      'Bakir, op. cit. Turkish Studies, argued it. Next',
      'Insight Turkey, vol. 25 of the series. Next',
      'As said on p. 5 of the report. Next',
      'See No. 43 in the list. Next',
      'Small powers, e.g. Qatar, matter. Next',
      'The U.N. Security Council met. Next',
      'Michael J. Mazarr wrote it. Next',
    ]) {
      expect(split(text), text).toHaveLength(2)
    }
  })

  it('does split a sentence that ends with an ordinary word', () => {
    expect(split('It was over. Then it began.')).toEqual(['It was over.', 'Then it began.'])
  })

  it('keeps decimals and money together', () => {
    expect(
      split('Trade rose from $5.4 billion to $37 billion. Shares were 9,6 % and 2.7% of imports.'),
    ).toEqual([
      'Trade rose from $5.4 billion to $37 billion.',
      'Shares were 9,6 % and 2.7% of imports.',
    ])
  })

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(split('He called it "a rising power." Others agreed (mostly.) Done.')).toEqual([
      'He called it "a rising power."',
      'Others agreed (mostly.)',
      'Done.',
    ])
  })

  it('keeps a quoted sentence inside the sentence quoting it', () => {
    expect(split('She said, "the time is over. Europe must act". Then she left.')).toEqual([
      'She said, "the time is over. Europe must act".',
      'Then she left.',
    ])
  })

  it('keeps a parenthesised sentence inside the sentence around it', () => {
    expect(split('Arms sales grew (they doubled. Nobody expected it) last year. Next.')).toEqual([
      'Arms sales grew (they doubled. Nobody expected it) last year.',
      'Next.',
    ])
  })

  it('reads German low quotes, „…“ and typed as two commas, as opened and closed', () => {
    expect(
      split('Sie nennt es ,,Schwesterprojekte" wie Wikisource. Dort ist ,,Open Science". Ende.'),
    ).toEqual([
      'Sie nennt es ,,Schwesterprojekte" wie Wikisource.',
      'Dort ist ,,Open Science".',
      'Ende.',
    ])
    expect(split('Das ist „offen“. Das auch. Und „Sie sagt. Es geht“ weiter.')).toEqual([
      'Das ist „offen“.',
      'Das auch.',
      'Und „Sie sagt. Es geht“ weiter.',
    ])
  })

  it('reads a template directive on lines of its own as a span apart from the prose', () => {
    const text =
      'It works like this:\n{% include figure.html caption="Figure 1. A model." %}\nThis model is classic.'
    expect(split(text)).toEqual([
      'It works like this:',
      '{% include figure.html caption="Figure 1. A model." %}',
      'This model is classic.',
    ])
    // Inside a line, braces are prose (a Mustache example), not a directive.
    expect(split('Write {{name}} here. Then {% raw %} there.')).toEqual([
      'Write {{name}} here.',
      'Then {% raw %} there.',
    ])
  })

  it('does not split before a lower-case word', () => {
    expect(split('It rose by approx. three percent. Next')).toHaveLength(2)
    expect(split('The term etc. is vague but fine. Next')).toHaveLength(2)
  })
})
