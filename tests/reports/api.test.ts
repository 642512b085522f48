import { describe, expect, it } from 'vitest'
import * as reports from '../../reports/index.ts'

describe('reports', () => {
  it('exposes the public api', () => {
    expect(Object.keys(reports).sort()).toEqual([
      'buildMarkdownTree',
      'compareBaseline',
      'countPrintOnly',
      'defaultAnnotationLimit',
      'defaultDocsUrl',
      'describeAttention',
      'describeReason',
      'docsUrlFromPackage',
      'formatRepairSummary',
      'isPrintOnly',
      'knownSchemaVersions',
      'listAttention',
      'listRunAttention',
      'renderAnnotated',
      'renderGithubAnnotations',
      'renderHtml',
      'renderIndex',
      'renderJson',
      'renderJsonChunks',
      'renderJunit',
      'renderMarkdown',
      'renderMarkdownChunks',
      'renderRunJson',
      'renderRunJsonChunks',
      'renderSarif',
      'repairPaper',
      'selectBaseline',
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
