#!/usr/bin/env node
// Thin shim: size libuv's thread pool for concurrent DNS look-ups (getaddrinfo blocks a thread,
// and the default 4 would serialise a run's host names behind a slow resolver), load the
// TypeScript sources through tsx, then hand over to the CLI.
process.env.UV_THREADPOOL_SIZE ??= '32'
const { register } = await import('tsx/esm/api')
register()
const { main } = await import('../pipeline/cli.ts')
process.exitCode = await main(process.argv.slice(2))
