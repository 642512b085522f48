// The peer of the end-to-end benchmark: dead-or-alive over each URL of a list, at most
// `concurrency` at once with p-limit (no per-host limits), as a plain Node script.
// Usage: node peer.mjs <urls-file> <concurrency>; prints `{ alive, dead }` as JSON.
import { readFileSync } from 'node:fs'
import { deadOrAlive } from 'dead-or-alive'
import pLimit from 'p-limit'

const urls = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
const limit = pLimit(Number(process.argv[3]))
const results = await Promise.all(
  urls.map((url) => limit(() => deadOrAlive(url, { findUrls: false }))),
)
const alive = results.filter((result) => result.status === 'alive').length
process.stdout.write(`${JSON.stringify({ alive, dead: results.length - alive })}\n`)
