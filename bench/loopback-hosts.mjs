// The benchmark's web: one HTTP handler listening on one port of 127.0.0.1 … 127.0.0.<hosts>
// (all loopback: Linux routes the whole of 127.0.0.0/8 to the loopback interface), answering
// every GET after `latency` ms with an HTML page whose title is the one the generated paper
// quotes. Prints the port, then serves until its parent closes stdin. Each line `stats` on
// stdin prints one JSON line about the requests since the last one: how many, for how long
// at least one was open, and how many were open on average over that time (the concurrency
// the client kept up), measured from each request's arrival to its response's end.
// Usage: node loopback-hosts.mjs <hosts> <latency-ms>
import { createServer } from 'node:http'
import { createInterface } from 'node:readline'

const hosts = Number(process.argv[2])
const latency = Number(process.argv[3])
const filler = 'Body text of the cited page, long enough to look like an article. '.repeat(40)

let open = 0
let requests = 0
let changed = 0
let busy = 0
let weighted = 0
/** Account for the time since the last change in the number of open requests, then apply it. */
function count(delta) {
  const now = performance.now()
  if (open > 0) {
    busy += now - changed
    weighted += open * (now - changed)
  }
  changed = now
  open += delta
}

function handle(request, response) {
  requests++
  count(1)
  response.once('close', () => count(-1))
  const number = /\/articles\/(\d+)/.exec(request.url ?? '')?.[1] ?? '0'
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>Source article ${number}</title></head><body><h1>Source article ${number}</h1><p>${filler}</p></body></html>`
  setTimeout(() => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(body)
  }, latency)
}

function listen(server, port, address) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port, host: address, backlog: 1024 }, () => resolve(server.address().port))
  })
}

const servers = []
const first = createServer(handle)
servers.push(first)
const port = await listen(first, 0, '127.0.0.1')
for (let host = 2; host <= hosts; host++) {
  const server = createServer(handle)
  servers.push(server)
  await listen(server, port, `127.0.0.${host}`)
}
process.stdout.write(`${port}\n`)
const commands = createInterface({ input: process.stdin })
commands.on('line', (line) => {
  if (line.trim() !== 'stats') return
  count(0)
  const meanOpen = busy > 0 ? weighted / busy : 0
  process.stdout.write(`${JSON.stringify({ requests, busyMs: busy, meanOpen })}\n`)
  requests = 0
  busy = 0
  weighted = 0
})
commands.on('close', () => {
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
})
