import { describe, expect, it } from 'vitest'
import * as reports from '../../reports/index.ts'

describe('reports', () => {
  it('exposes the public api', () => {
    expect(Object.keys(reports).sort()).toEqual([
      'buildMarkdownTree',
      'compareBaseline',
      'defaultDocsUrl',
      'describeReason',
      'knownSchemaVersions',
      'renderAnnotated',
      'renderJson',
      'renderJsonChunks',
      'renderMarkdown',
      'statusLabel',
      'statusMark',
    ])
  })

  it('marks every status distinctly', () => {
    const statuses = ['live', 'dead', 'missing', 'unverified', 'excluded'] as const
    const marks = statuses.map(reports.statusMark)
    expect(new Set(marks).size).toBe(statuses.length)
    expect(reports.statusLabel('dead')).toBe('❌ dead')
  })
})
