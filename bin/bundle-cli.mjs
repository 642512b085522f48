// `npm run build`, second step: bundle the CLI (pipeline/cli.ts and everything it imports,
// dependencies included) into dist/cli/, split at its dynamic imports so `--version` and
// `--help` load only the entry. One file per lazily loaded part instead of ~650 modules:
// an audit starts about twice as fast and holds ~10 MB less (`npm run bench -- startup`).
// The library (`import … from 'citecheck'`) stays tsc's per-module build in dist/, with its
// .d.ts files. pdfjs-dist stays outside: it is large and is loaded only for PDFs, in its own
// thread, from node_modules.
import { rm } from 'node:fs/promises'
import { build } from 'esbuild'

const outdir = new URL('../dist/cli/', import.meta.url)
const undiciParts = new URL('./undici-parts.cjs', import.meta.url).pathname
await rm(outdir, { recursive: true, force: true })
await build({
  // The support thread's module sits beside the chunk that starts it (`support-thread.ts`
  // loads `./support-worker.js` from its own folder).
  entryPoints: {
    cli: new URL('../pipeline/cli.ts', import.meta.url).pathname,
    'support-worker': new URL('../sources/evidence/support-worker.ts', import.meta.url).pathname,
  },
  outdir: outdir.pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: ['pdfjs-dist'],
  // Dependencies written as CommonJS (undici, …) call `require`: give the ES modules one.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  // `import … from 'undici'` takes only the dispatchers (`undici-parts.cjs`): the sources keep
  // undici's public, typed entry; the bundle is built from the locked version, so a path that
  // moved fails the build, not a run.
  plugins: [
    {
      name: 'undici-parts',
      setup(build) {
        build.onResolve({ filter: /^undici$/ }, () => ({ path: undiciParts }))
      },
    },
  ],
  logLevel: 'warning',
})
