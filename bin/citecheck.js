#!/usr/bin/env node
// Thin shim: size libuv's thread pool for concurrent DNS look-ups (getaddrinfo blocks a thread,
// and the default 4 would serialise a run's host names behind a slow resolver), then hand over
// to the CLI. `#cli` is the build (`dist/`, made by `npm run build`, which `npm ci` runs); the
// tests run the TypeScript sources instead with `node --conditions=citecheck-source --import tsx`.
process.env.UV_THREADPOOL_SIZE ??= '32'
const { main } = await import('#cli')
process.exitCode = await main(process.argv.slice(2))
