/**
 * A generated Markdown paper for the end-to-end benchmark: `count` claims in sections of 100,
 * each citing its own footnote, each footnote quoting a title and linking one distinct URL on
 * one of the loopback hosts (127.0.0.1 … 127.0.0.<hosts>, round robin).
 */

/** The paper's text and the URLs it cites, in order. */
export interface GeneratedPaper {
  /** Markdown text. */
  text: string
  /** Every cited URL, once each. */
  urls: Array<string>
}

/** Generate a paper citing `count` distinct URLs over `hosts` loopback hosts on `port`. */
export function generatePaper(count: number, hosts: number, port: number): GeneratedPaper {
  const urls = Array.from(
    { length: count },
    (_, index) => `http://127.0.0.${(index % hosts) + 1}:${port}/articles/${index + 1}`,
  )
  const body: Array<string> = [`# A generated paper citing ${count} sources`, '']
  for (let index = 0; index < count; index++) {
    if (index % 100 === 0) body.push(`## Section ${index / 100 + 1}`, '')
    const number = index + 1
    body.push(
      `Claim ${number} states a finding that the cited source supports in some detail.[^${number}]`,
      '',
    )
  }
  const notes = urls.map(
    (url, index) =>
      `[^${index + 1}]: A. Author, “Source article ${index + 1}”, *The Outlet*, 12 March 2024, <${url}>.`,
  )
  return { text: `${body.join('\n')}\n${notes.join('\n')}\n`, urls }
}
