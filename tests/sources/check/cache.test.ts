import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { loadCache, saveCache } from '../../../pipeline/cache-file.ts'
import { maxHistory } from '../../../sources/check/cache.ts'
import {
  type CacheEntry,
  type CheckOptions,
  checkLinks,
  createCache,
  readCachedVerdict,
} from '../../../sources/index.ts'
import { fastCheckOptions, requestCount, startScenarioServer } from '../../helpers/server.ts'

const fast: Partial<CheckOptions> = { ...fastCheckOptions, retries: 0 }

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

  it('a verdict cached with allowPrivate does not let a private address through later', async () => {
    const server = await startScenarioServer()
    const url = `${server.origin}/200`
    const cache = createCache()
    await checkLinks([url], { ...fast, cache })
    const strict = await checkLinks([url], { ...fast, allowPrivate: false, cache })
    expect(strict.checks[0]).toMatchObject({ status: 'excluded', reason: 'private-address' })
    expect(requestCount(server.stats, '/200')).toBe(1)
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
    expect(loaded.cache?.entries).toEqual({})
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

describe('cache robustness', () => {
  const entry = {
    status: 'live',
    reason: 'ok',
    detail: 'HTTP 200',
    httpStatus: 200,
    finalUrl: 'https://a.org/',
    title: null,
    redirects: [],
    checkedAt: 1000,
    history: [{ at: 1000, status: 'live', reason: 'ok' }],
  }

  it.each([
    ['a history item that is not an object', { ...entry, history: [null] }],
    ['a missing httpStatus', { ...entry, httpStatus: undefined }],
    ['an unknown status', { ...entry, status: 'alive' }],
    ['a redirect without a target', { ...entry, redirects: [{ from: 'https://a.org/' }] }],
    ['a checkedAt that is not a number', { ...entry, checkedAt: '1000' }],
  ])('drops an entry of the wrong shape (%s) with a warning', async (_label, bad) => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'cache.json')
    const entries = { 'https://a.org/': entry, 'https://b.org/': bad }
    await writeFile(path, JSON.stringify({ version: 1, entries }))
    const loaded = await loadCache(path)
    expect(Object.keys(loaded.cache?.entries ?? {})).toEqual(['https://a.org/'])
    expect(loaded.problem).toMatchObject({ kind: 'cache-corrupt' })
  })

  it('bounds a loaded history to maxHistory', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'cache.json')
    const history = Array.from({ length: 500 }, (_, at) => ({ at, status: 'dead', reason: 'gone' }))
    await writeFile(path, JSON.stringify({ version: 1, entries: { u: { ...entry, history } } }))
    const loaded = await loadCache(path)
    expect(loaded.cache?.entries.u?.history).toHaveLength(maxHistory)
    expect(loaded.cache?.entries.u?.history.at(-1)?.at).toBe(499)
  })

  it('does not trust an entry checked in the future (it would never expire)', () => {
    const cache = createCache()
    cache.entries['https://a.org/'] = { ...entry, checkedAt: 10_000 } as CacheEntry
    expect(readCachedVerdict(cache, 'https://a.org/', 5000, 60_000)).toBeNull()
    expect(readCachedVerdict(cache, 'https://a.org/', 20_000, 60_000)).not.toBeNull()
  })

  it('never trusts an unverified entry, however fresh', () => {
    const cache = createCache()
    cache.entries['https://a.org/'] = { ...entry, status: 'unverified' } as CacheEntry
    expect(readCachedVerdict(cache, 'https://a.org/', 1000, 60_000)).toBeNull()
  })

  it('concurrent saves to one path all succeed, merge, and leave one valid file', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'cache.json')
    const caches = Array.from({ length: 8 }, (_, index) => {
      const cache = createCache()
      cache.entries[`https://a.org/${index}`] = entry as CacheEntry
      return cache
    })
    expect(await Promise.all(caches.map((cache) => saveCache(path, cache)))).toEqual(
      caches.map(() => null),
    )
    expect(await readdir(directory)).toEqual(['cache.json'])
    const loaded = await loadCache(path)
    expect(loaded.problem).toBeUndefined()
    expect(Object.keys(loaded.cache?.entries ?? {}).sort()).toEqual(
      caches.map((_, index) => `https://a.org/${index}`).sort(),
    )
  })
})
