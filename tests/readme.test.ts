/**
 * The README documents every stable id (each reason and problem the report links to) and the
 * quick start it promises.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { annotationProblemKinds } from '../annotations/types.ts'
import { flagSpecs } from '../pipeline/cli-options.ts'
import { renderOptionsTable } from '../pipeline/help.ts'
import { checkProblemKinds, linkReasonIds } from '../sources/check/index.ts'
import { evidenceProblemKinds } from '../sources/evidence/index.ts'
import { sourceProblemKinds } from '../sources/extract/index.ts'

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it.each([
    ['LinkReason', linkReasonIds],
    [
      'ProblemKind',
      [
        ...annotationProblemKinds,
        ...sourceProblemKinds,
        ...checkProblemKinds,
        ...evidenceProblemKinds,
      ],
    ],
  ])('documents every %s id under a heading the report can link to', (_name, ids) => {
    expect(ids.length).toBeGreaterThan(10)
    for (const id of ids) expect(readme, id).toContain(`#### \`${id}\``)
  })

  it('holds the option table generated from the option tables (`npm run docs`)', () => {
    expect(readme).toContain(renderOptionsTable())
  })

  it('lists every option', () => {
    for (const spec of flagSpecs) expect(readme, spec.flag).toContain(`\`--${spec.flag}`)
  })

  it('gives the two quick-start commands that CI and users run', () => {
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
  })
})
