import { describe, expect, it } from 'vitest'
import * as citecheck from '../pipeline/index.ts'

describe('public API', () => {
  it('exposes exactly these names', () => {
    expect(Object.keys(citecheck).sort()).toEqual([
      'InputError',
      'InternalError',
      'UsageError',
      'annotate',
      'annotatePdf',
      'assembleAudit',
      'auditPaper',
      'bundledPaper',
      'checkLinks',
      'collectLinks',
      'compareBaseline',
      'decodeText',
      'defaultCheckOptions',
      'defaultSettings',
      'exitCodeFor',
      'exitCodes',
      'extractSources',
      'extractUrls',
      'failOnLevels',
      'loadCache',
      'mergeSettings',
      'optionSpecs',
      'parseConfig',
      'parseDuration',
      'readPaper',
      'readPdf',
      'renderAnnotated',
      'renderJson',
      'renderMarkdown',
      'rollUpFootnote',
      'saveCache',
      'sourcePaper',
      'worstStatus',
    ])
  })
})
