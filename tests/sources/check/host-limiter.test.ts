import { describe, expect, it } from 'vitest'
import { createHostLimiter } from '../../../sources/check/host-limiter.ts'
import { defaultSleep } from '../../../sources/index.ts'

const tick = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

describe('createHostLimiter', () => {
  it('holds a backed-off host while other hosts proceed', async () => {
    const limiter = createHostLimiter({
      concurrency: 4,
      hostConcurrency: 2,
      hostInterval: 0,
      sleep: defaultSleep,
    })
    const order: Array<string> = []
    limiter.backOff('slow.test', 80)
    await Promise.all([
      limiter.schedule('slow.test', async () => order.push('slow')),
      limiter.schedule('other.test', async () => order.push('other')),
    ])
    expect(order).toEqual(['other', 'slow'])
  })

  it('waits out the minimum interval between starts on one host, not across hosts', async () => {
    const waits: Array<number> = []
    const sleep = (milliseconds: number) => {
      waits.push(milliseconds)
      return Promise.resolve()
    }
    const limiter = createHostLimiter({
      concurrency: 4,
      hostConcurrency: 4,
      hostInterval: 10_000,
      sleep,
    })
    const order: Array<string> = []
    await Promise.all(
      ['a.test', 'a.test', 'b.test', 'a.test'].map((host) =>
        limiter.schedule(host, async () => order.push(host)),
      ),
    )
    expect(order).toEqual(['a.test', 'b.test', 'a.test', 'a.test'])
    expect(waits).toHaveLength(2)
    expect(waits.every((milliseconds) => milliseconds > 9000)).toBe(true)
  })

  it('stop drops queued tasks (they resolve undefined) and reports the peak', async () => {
    const limiter = createHostLimiter({
      concurrency: 1,
      hostConcurrency: 1,
      hostInterval: 0,
      sleep: defaultSleep,
    })
    const first = limiter.schedule('a.test', async () => {
      await tick(20)
      return 'done'
    })
    const second = limiter.schedule('a.test', async () => 'never')
    await tick(5)
    limiter.stop()
    expect(await first).toBe('done')
    expect(await second).toBeUndefined()
    expect(limiter.peak).toBe(1)
  })
})
