/** A page of text as pdftotext writes it: body lines, note lines, a page number, a form feed. */
export function pdftotextPage(body: Array<string>, notes: Array<string>, number: number): string {
  return [...body, ...notes, '', String(number), '', ''].join('\n')
}
