import { describe, expect, it } from 'vitest'
import * as citecheck from '../pipeline/index.ts'

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(citecheck).sort()).toEqual([
      'InputError',
      'UsageError',
      'annotate',
      'annotatePdf',
      'assembleAudit',
      'auditPaper',
      'bundledPaper',
      'checkDoiHandles',
      'checkLinks',
      'checkOptionTable',
      'citedTitles',
      'collectEvidence',
      'collectLinks',
      'compareBaseline',
      'createCache',
      'createInspector',
      'decodeText',
      'defaultCheckOptions',
      'defaultEvidenceOptions',
      'evidenceOptionTable',
      'exitCodes',
      'extractSources',
      'extractUrls',
      'findArchivedCopies',
      'formatDuration',
      'linkReasons',
      'loadCache',
      'parseCache',
      'parseDuration',
      'readPaper',
      'readPdf',
      'renderAnnotated',
      'renderJson',
      'renderJsonChunks',
      'renderMarkdown',
      'rollUpFootnote',
      'saveCache',
      'serializeCache',
      'sourcePaper',
      'worstStatus',
    ])
  })
})
