/**
 * One DNS answer per host name per run. Without it every URL of a host resolves again, and a
 * resolver that needs seconds to fail (a timeout, an offline machine) costs those seconds once
 * per URL while holding one of libuv's few threads.
 */
import type { LookupAddress } from 'node:dns'
import type { LookupFunction } from './safety.ts'

type Answer = { error: NodeJS.ErrnoException | null; addresses: Array<LookupAddress> }

/**
 * Wrap `lookup` so that every call for a host name shares one `{all: true}` answer, failures
 * included, shaped to what each caller asked for (`all`, `family`). Meant for one check run:
 * answers never expire.
 */
export function memoizeLookup(lookup: LookupFunction): LookupFunction {
  const answers = new Map<string, Promise<Answer>>()
  return (hostname, options, callback) => {
    const key = hostname.toLowerCase()
    let answer = answers.get(key)
    if (answer === undefined) {
      answer = new Promise((resolve) => {
        lookup(hostname, { all: true }, (error, address) => {
          const addresses = Array.isArray(address) ? address : []
          resolve({ error, addresses: error ? [] : addresses })
        })
      })
      answers.set(key, answer)
    }
    void answer.then(({ error, addresses }) => {
      const family = options.family === 4 || options.family === 6 ? options.family : 0
      const matching =
        family === 0 ? addresses : addresses.filter((entry) => entry.family === family)
      if (error) return callback(error, options.all ? [] : '', undefined)
      if (matching.length === 0) {
        const missing: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`)
        missing.code = 'ENOTFOUND'
        return callback(missing, options.all ? [] : '', undefined)
      }
      if (options.all) return callback(null, matching)
      const first = matching[0] as LookupAddress
      callback(null, first.address, first.family)
    })
  }
}
