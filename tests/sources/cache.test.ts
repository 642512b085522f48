import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import {
  type CheckOptions,
  checkLinks,
  createCache,
  loadCache,
  saveCache,
} from '../../sources/index.ts'
import { instantSleep, requestCount, startScenarioServer } from '../helpers/server.ts'

const fast: Partial<CheckOptions> = {
  allowPrivate: true,
  sleep: instantSleep,
  hostInterval: 0,
  timeout: 2000,
  retries: 0,
}

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'citecheck-cache-'))
  onTestFinished(() => rm(directory, { recursive: true, force: true }))
  return directory
}

describe('cache reuse', () => {
  it('a rerun makes no request for cached live and dead links, but retries unverified ones', async () => {
    const server = await startScenarioServer()
    const urls = [
      `${server.origin}/200`,
      `${server.origin}/status/404`,
      `${server.origin}/status/503`,
    ]
    const cache = createCache()
    await checkLinks(urls, { ...fast, cache })
    const rerun = await checkLinks(urls, { ...fast, cache })
    expect(rerun.checks.map((check) => [check.status, check.cached])).toEqual([
      ['live', true],
      ['dead', true],
      ['unverified', false],
    ])
    expect(rerun.checks[0]).toMatchObject({ title: 'OK page', httpStatus: 200, attempts: 0 })
    expect(requestCount(server.stats, '/200')).toBe(1)
    expect(requestCount(server.stats, '/status/404')).toBe(1)
    expect(requestCount(server.stats, '/status/503')).toBe(2)
    expect(cache.entries[urls[2] as string]?.history.map((item) => item.reason)).toEqual([
      'server-error',
      'server-error',
    ])
  })

  it('entries older than maxCacheAge are checked again and their history grows', async () => {
    const server = await startScenarioServer()
    const url = `${server.origin}/200`
    const cache = createCache()
    await checkLinks([url], { ...fast, cache })
    const entry = cache.entries[url]
    if (!entry) throw new Error('expected an entry')
    entry.checkedAt -= 10_000
    await checkLinks([url], { ...fast, cache, maxCacheAge: 5000 })
    expect(requestCount(server.stats, '/200')).toBe(2)
    expect(cache.entries[url]?.history).toHaveLength(2)
  })

  it('an offline run does not pollute the cache', async () => {
    const cache = createCache()
    await checkLinks(['https://example.org/'], {
      ...fast,
      cache,
      lookup: (_name, _options, callback) =>
        callback(Object.assign(new Error('x'), { code: 'ENOTFOUND' }), ''),
    })
    expect(cache.entries).toEqual({})
  })
})

describe('cache file', () => {
  it('a missing file is an empty cache without a problem', async () => {
    const directory = await temporaryDirectory()
    expect(await loadCache(join(directory, 'none.json'))).toEqual({ cache: createCache() })
  })

  it.each([
    ['not JSON', '{"version": 1, "entr'],
    ['a wrong version', '{"version": 9, "entries": {}}'],
    ['a malformed entry', '{"version": 1, "entries": {"https://a.org/": {"status": 3}}}'],
  ])('a corrupt file (%s) is an empty cache and a warning', async (_label, text) => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'cache.json')
    await writeFile(path, text)
    const loaded = await loadCache(path)
    expect(loaded.cache.entries).toEqual({})
    expect(loaded.problem).toMatchObject({ kind: 'cache-corrupt', severity: 'warning' })
  })

  it('saves atomically and loads back what it saved', async () => {
    const server = await startScenarioServer()
    const directory = await temporaryDirectory()
    const path = join(directory, 'nested', 'cache.json')
    const cache = createCache()
    await checkLinks([`${server.origin}/200`], { ...fast, cache })
    await saveCache(path, cache)
    expect(await readdir(join(directory, 'nested'))).toEqual(['cache.json'])
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(cache)
    expect(await loadCache(path)).toEqual({ cache })
  })
})
