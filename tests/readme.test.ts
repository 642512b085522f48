/**
 * The README documents every stable id (each reason and problem the report links to) and the
 * quick start it promises.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { optionSpecs } from '../pipeline/options.ts'

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
const types = await readFile(new URL('../pipeline/types.ts', import.meta.url), 'utf8')

/** Members of a string-literal union declared in pipeline/types.ts. */
function unionMembers(name: string): Array<string> {
  const start = types.indexOf(`export type ${name} =`)
  const end = types.indexOf('\n\n', start)
  expect(start).toBeGreaterThan(-1)
  return [...types.slice(start, end).matchAll(/\|\s*'([a-z0-9-]+)'/g)].map(
    (match) => match[1] ?? '',
  )
}

describe('README', () => {
  it.each([
    ['LinkReason', unionMembers('LinkReason')],
    ['ProblemKind', [...unionMembers('ProblemKind'), 'no-source']],
  ])('documents every %s id under a heading the report can link to', (_name, ids) => {
    expect(ids.length).toBeGreaterThan(10)
    for (const id of ids) expect(readme, id).toContain(`#### \`${id}\``)
  })

  it('lists every option', () => {
    for (const spec of optionSpecs) expect(readme, spec.flag).toContain(`\`--${spec.flag}`)
  })

  it('gives the two quick-start commands that CI and users run', () => {
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
  })
})
