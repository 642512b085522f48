/**
 * Scheduling of requests: a global p-limit pool fed by per-host queues. A task is handed to the
 * global pool only once its host has capacity (below `hostConcurrency`, past `hostInterval`, not
 * backing off), so a saturated host never holds a global slot while it waits, and other hosts
 * keep the global slots busy. Hosts are served round-robin.
 */
import { setMaxListeners } from 'node:events'
import pLimit, { type LimitFunction } from 'p-limit'
import type { Sleep } from './retry.ts'

/** Settings of a {@link HostLimiter}. */
export interface HostLimiterOptions {
  /** Tasks running at once over all hosts. */
  concurrency: number
  /** Tasks running at once per host. */
  hostConcurrency: number
  /** Minimum gap between task starts on one host, in milliseconds. */
  hostInterval: number
  /** Timer used for intervals and back-off. */
  sleep: Sleep
}

/** Per-host concurrency, interval and back-off in front of a global pool. */
export interface HostLimiter {
  /** Run `task` when both its host and the pool have room; `undefined` when stopped first. */
  schedule: <T>(host: string, task: () => Promise<T>) => Promise<T | undefined>
  /** Start no task on `host` for `milliseconds` (after a 429). */
  backOff: (host: string, milliseconds: number) => void
  /** Drop every queued task (they resolve `undefined`) and start nothing more. */
  stop: () => void
  /** Most tasks seen running at once (for tests and benchmarks). */
  readonly peak: number
}

/** A task waiting for its host. */
interface QueuedTask {
  /** Run it (settles the caller's promise). */
  run: () => Promise<unknown>
  /** Drop it (resolves the caller's promise with `undefined`). */
  cancel: () => void
}

/** Scheduling state of one host. */
interface HostState {
  /** Tasks waiting, in order. */
  queue: Array<QueuedTask>
  /** Tasks handed to the pool and not finished. */
  active: number
  /** No task starts before this time (interval, back-off), ms since the epoch. */
  notBefore: number
  /** A timer is pending to wake this host. */
  waking: boolean
}

/** Create a {@link HostLimiter}. */
export function createHostLimiter(options: Readonly<HostLimiterOptions>): HostLimiter {
  const pool: LimitFunction = pLimit(options.concurrency)
  const hosts = new Map<string, HostState>()
  const ready = new Set<HostState>()
  const timers = new AbortController()
  // One listener per host waiting out its interval or back-off: many hosts may wait at once.
  setMaxListeners(0, timers.signal)
  let reserved = 0
  let peak = 0
  let stopped = false
  let pumpQueued = false

  function host(name: string): HostState {
    let state = hosts.get(name)
    if (!state) {
      state = { queue: [], active: 0, notBefore: 0, waking: false }
      hosts.set(name, state)
    }
    return state
  }

  function requestPump(): void {
    if (pumpQueued || stopped) return
    pumpQueued = true
    queueMicrotask(pump)
  }

  function wakeAt(state: HostState, time: number): void {
    if (state.waking) return
    state.waking = true
    void options.sleep(Math.max(0, time - Date.now()), timers.signal).then(() => {
      state.waking = false
      // Trust the (possibly injected) sleep: the time it waited for has come.
      if (state.notBefore <= time) state.notBefore = 0
      requestPump()
    })
  }

  function pump(): void {
    pumpQueued = false
    let progressed = true
    while (progressed && !stopped && reserved < options.concurrency) {
      progressed = false
      const now = Date.now()
      for (const state of [...ready]) {
        if (reserved >= options.concurrency) break
        if (state.queue.length === 0) {
          ready.delete(state)
          continue
        }
        if (state.active >= options.hostConcurrency) continue
        if (now < state.notBefore) {
          wakeAt(state, state.notBefore)
          continue
        }
        start(state)
        progressed = true
        ready.delete(state)
        if (state.queue.length > 0) ready.add(state)
      }
    }
  }

  function start(state: HostState): void {
    const task = state.queue.shift() as QueuedTask
    state.active++
    reserved++
    state.notBefore = Math.max(state.notBefore, Date.now() + options.hostInterval)
    void pool(async () => {
      peak = Math.max(peak, pool.activeCount)
      try {
        await task.run()
      } finally {
        state.active--
        reserved--
        requestPump()
      }
    })
  }

  return {
    schedule<T>(name: string, task: () => Promise<T>): Promise<T | undefined> {
      if (stopped) return Promise.resolve(undefined)
      return new Promise<T | undefined>((resolve, reject) => {
        const state = host(name)
        state.queue.push({
          run: () => task().then(resolve, reject),
          cancel: () => resolve(undefined),
        })
        ready.add(state)
        requestPump()
      })
    },
    backOff(name, milliseconds) {
      const state = host(name)
      state.notBefore = Math.max(state.notBefore, Date.now() + milliseconds)
      requestPump()
    },
    stop() {
      stopped = true
      timers.abort()
      for (const state of hosts.values()) {
        for (const task of state.queue.splice(0)) task.cancel()
      }
      ready.clear()
    },
    get peak() {
      return peak
    },
  }
}
