#!/usr/bin/env node
// Thin shim: load the TypeScript sources through tsx, then hand over to the CLI.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../pipeline/cli.ts')
process.exitCode = await main(process.argv.slice(2))
