import { describe, expect, it } from 'vitest'
import * as sources from '../../sources/index.ts'

describe('sources public API', () => {
  it('should expose the public api', () => {
    expect(Object.keys(sources).sort()).toEqual([
      'checkLinks',
      'classifyError',
      'classifyStatus',
      'computeBackoff',
      'createCache',
      'createDispatcher',
      'defaultCheckOptions',
      'defaultSleep',
      'defaultUserAgent',
      'extractTitle',
      'findExclusion',
      'isPrivateAddress',
      'loadCache',
      'parseDuration',
      'parseRetryAfter',
      'readCachedVerdict',
      'recordCheck',
      'remapUrl',
      'saveCache',
      'shouldRetryStatus',
    ])
  })

  it('has the documented defaults', () => {
    expect(sources.defaultCheckOptions).toMatchObject({
      concurrency: 32,
      hostConcurrency: 2,
      hostInterval: 50,
      timeout: 20_000,
      retries: 2,
      maxRetryWait: 60_000,
      maxRedirects: 10,
      maxBodyBytes: 1_048_576,
      allowPrivate: false,
      maxCacheAge: 86_400_000,
      cache: null,
    })
    expect(sources.defaultUserAgent).toMatch(
      /^citecheck\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/citecheck\/citecheck\)$/,
    )
  })
})
