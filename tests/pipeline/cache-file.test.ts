/**
 * The cache file is never the reason a run is lost, and runs sharing it merge: real files, a
 * real lock file, real processes.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { loadCache, saveCache } from '../../pipeline/cache-file.ts'
import { withFileLock } from '../../pipeline/file-lock.ts'
import { type CacheEntry, createCache, type LinkCache } from '../../sources/index.ts'

async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'citecheck-cache-'))
  onTestFinished(() => rm(directory, { recursive: true, force: true }))
  return directory
}

function entry(checkedAt: number, status: 'live' | 'dead' = 'live'): CacheEntry {
  return {
    status,
    reason: status === 'live' ? 'ok' : 'not-found',
    detail: status === 'live' ? 'HTTP 200' : 'HTTP 404',
    httpStatus: status === 'live' ? 200 : 404,
    finalUrl: null,
    title: null,
    redirects: [],
    checkedAt,
    history: [{ at: checkedAt, status, reason: status === 'live' ? 'ok' : 'not-found' }],
  }
}

function cacheOf(entries: Record<string, CacheEntry>): LinkCache {
  return { ...createCache(), entries }
}

describe('a cache file that cannot be used', () => {
  it('a directory: no cache and a warning, and saving is a warning too', async () => {
    const directory = await temporaryDirectory()
    const loaded = await loadCache(directory)
    expect(loaded.cache).toBeNull()
    expect(loaded.problem).toMatchObject({ kind: 'cache-unusable', severity: 'warning' })
    expect(loaded.problem?.message).toContain('it is a directory')
    const saved = await saveCache(directory, cacheOf({ 'https://a.org/': entry(1) }))
    expect(saved).toMatchObject({ kind: 'cache-unusable', severity: 'warning' })
    expect(saved?.message).toContain('the verdicts of this run are not saved')
  })

  it('a path under a file: a warning, not a rejection', async () => {
    const directory = await temporaryDirectory()
    await writeFile(join(directory, 'file'), 'x')
    const path = join(directory, 'file', 'cache.json')
    expect((await loadCache(path)).problem).toMatchObject({ kind: 'cache-unusable' })
    expect(await saveCache(path, createCache())).toMatchObject({ kind: 'cache-unusable' })
  })

  it('an empty file is an empty cache, without a warning', async () => {
    const directory = await temporaryDirectory()
    await writeFile(join(directory, 'cache.json'), '')
    expect(await loadCache(join(directory, 'cache.json'))).toEqual({ cache: createCache() })
  })
})

describe('runs sharing one cache', () => {
  it('a save merges with what another run saved meanwhile', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'cache.json')
    // Another run saved A (newer than ours) and B; this run checked A (older), C.
    const theirs = cacheOf({ 'https://a.org/': entry(3000, 'dead'), 'https://b.org/': entry(1000) })
    expect(await saveCache(path, theirs)).toBeNull()
    const ours = cacheOf({ 'https://a.org/': entry(2000), 'https://c.org/': entry(2500) })
    expect(await saveCache(path, ours)).toBeNull()
    const loaded = await loadCache(path)
    const entries = loaded.cache?.entries ?? {}
    expect(Object.keys(entries).sort()).toEqual([
      'https://a.org/',
      'https://b.org/',
      'https://c.org/',
    ])
    expect(entries['https://a.org/']).toMatchObject({ status: 'dead', checkedAt: 3000 })
    expect(entries['https://a.org/']?.history.map((item) => item.at)).toEqual([2000, 3000])
    // The in-memory cache is the merge too (the evidence stage reads its histories).
    expect(Object.keys(ours.entries)).toHaveLength(3)
    expect(await readdir(directory)).toEqual(['cache.json'])
  })

  it('takes over a lock left by a process that is gone', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'cache.json')
    const gone = spawnSync(process.execPath, ['-e', '0']).pid
    await writeFile(`${path}.lock`, JSON.stringify({ pid: gone, host: hostname(), nonce: 'x' }))
    expect(await saveCache(path, cacheOf({ 'https://a.org/': entry(1) }))).toBeNull()
    expect(await readdir(directory)).toEqual(['cache.json'])
  })

  it('takes over a lock older than 10 s, even from another host', async () => {
    const directory = await temporaryDirectory()
    const path = join(directory, 'cache.json')
    const lock = `${path}.lock`
    await writeFile(lock, JSON.stringify({ pid: 1, host: 'elsewhere', nonce: 'x' }))
    const past = new Date(Date.now() - 60_000)
    await utimes(lock, past, past)
    expect(await saveCache(path, cacheOf({ 'https://a.org/': entry(1) }))).toBeNull()
    expect(JSON.parse(await readFile(path, 'utf8')).entries).toHaveProperty(['https://a.org/'])
  })

  it('the lock lets one holder in at a time', async () => {
    const directory = await temporaryDirectory()
    await mkdir(join(directory, 'd'))
    const lock = join(directory, 'd', 'x.lock')
    const events: Array<string> = []
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const first = withFileLock(lock, async () => {
      events.push('first in')
      await held
      events.push('first out')
    })
    // Wait until the first holder is in, then queue a second one.
    while (events.length === 0) await new Promise((resolve) => setImmediate(resolve))
    const second = withFileLock(lock, async () => {
      events.push('second in')
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(events).toEqual(['first in'])
    release()
    await Promise.all([first, second])
    expect(events).toEqual(['first in', 'first out', 'second in'])
    expect(await readdir(join(directory, 'd'))).toEqual([])
  })

  it('gives up on a live lock after `wait`', async () => {
    const directory = await temporaryDirectory()
    const lock = join(directory, 'x.lock')
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'y' }))
    await expect(withFileLock(lock, async () => {}, { wait: 50 })).rejects.toMatchObject({
      code: 'ELOCKED',
    })
  })
})
