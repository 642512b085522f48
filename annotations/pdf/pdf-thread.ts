/**
 * Run pdf.js in a worker thread and stream back, page by page, the raw text items and link
 * annotations. A thread of its own keeps pdf.js out of the main module graph: when citecheck
 * runs through a TypeScript loader (tsx), the loader's hooks do not rewrite pdf.js's megabytes
 * of JavaScript there, which saves hundreds of megabytes of memory.
 */

import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/** A text item as the thread sends it (the `TextItem` fields the reader uses). */
export interface RawItem {
  /** Text. */
  str: string
  /** Text matrix. */
  transform: Array<number>
  /** Width in user space. */
  width: number
}

/** A link annotation as the thread sends it. */
export interface RawLink {
  /** Target URL. */
  url: string
  /** Rectangle `[x1, y1, x2, y2]`. */
  rect: Array<number>
}

/** One page as the thread sends it. */
export interface RawPage {
  /** 1-based page number. */
  number: number
  /** Page height. */
  height: number
  /** Text items in content order. */
  items: Array<RawItem>
  /** Link annotations with a URL. */
  links: Array<RawLink>
}

/** What the document says about itself, sent before its first page. */
export interface RawInfo {
  /** Number of pages in the document (all of them, not only those read). */
  pageCount: number
  /** Title from the document information dictionary or XMP metadata, or `null`. */
  title: string | null
}

/** Optional limits and callbacks of a read. */
export interface StreamOptions {
  /** Password of an encrypted PDF. */
  password?: string
  /** Refuse (`TooManyPagesError`) a PDF of more pages, before reading any page. */
  maxPages?: number
  /** Read at most this many pages (from the first); all when absent. */
  readPages?: number
  /** Called once with the document's page count and title, before the first page. */
  onInfo?: (info: RawInfo) => void
}

/** Messages from the thread, each tagged with the request it answers. */
type ThreadMessage = { id: number } & (
  | ({ type: 'page' } & RawPage)
  | ({ type: 'info' } & RawInfo)
  | { type: 'done' }
  | { type: 'error'; name: string; message: string }
)

/** The thread, shared by all reads and kept while the process lives (it does not hold it open). */
interface Thread {
  worker: Worker
  /** Handlers of the requests in progress, by id (given an `Error` when the thread dies). */
  pending: Map<number, (message: ThreadMessage | Error) => void>
}

const resolve = createRequire(import.meta.url).resolve
/** pdf.js's API and its "worker" (run on the same thread under Node), as file URLs. */
const pdfjsUrls = {
  pdfjs: pathToFileURL(resolve('pdfjs-dist/legacy/build/pdf.mjs')).href,
  pdfjsWorker: pathToFileURL(resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href,
}

let shared: Thread | undefined
let nextId = 0

/**
 * Read a PDF in the pdf.js thread, calling `onPage` for each page in order. Rejects with an
 * `Error` whose `name` is pdf.js's exception name (`PasswordException`, …) when pdf.js fails,
 * or `TooManyPagesError` (its message the page count) when it has more than `maxPages` pages.
 */
export function streamPages(
  bytes: Uint8Array,
  options: Readonly<StreamOptions>,
  onPage: (page: RawPage) => void,
): Promise<void> {
  const { password, maxPages, readPages } = options
  const thread = startThread()
  const id = nextId++
  // pdf.js takes ownership of the buffer: hand the thread a copy.
  const data = new Uint8Array(bytes)
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: Error): void => {
      thread.pending.delete(id)
      if (thread.pending.size === 0) thread.worker.unref()
      if (error) reject(error)
      else resolve()
    }
    thread.pending.set(id, (message) => {
      if (message instanceof Error) settle(message)
      else if (message.type === 'done') settle()
      else if (message.type === 'error')
        settle(Object.assign(new Error(message.message), { name: message.name, maxPages }))
      else if (thread.pending.has(id)) {
        try {
          if (message.type === 'info') options.onInfo?.(message)
          else onPage(message)
        } catch (error) {
          settle(error instanceof Error ? error : new Error(String(error)))
        }
      }
    })
    thread.worker.ref()
    thread.worker.postMessage({ id, data, password, maxPages, readPages }, [data.buffer])
  })
}

/** The shared thread, started on first use. */
function startThread(): Thread {
  if (shared) return shared
  const worker = new Worker(threadSource, { eval: true, workerData: pdfjsUrls })
  const thread: Thread = { worker, pending: new Map() }
  const fail = (error: Error): void => {
    if (shared === thread) shared = undefined
    for (const handler of [...thread.pending.values()]) handler(error)
  }
  worker.on('message', (message: ThreadMessage) => thread.pending.get(message.id)?.(message))
  worker.on('error', fail)
  worker.on('exit', (code) => {
    fail(new Error(`Unexpected exit of the PDF thread with code ${code}, expected a result`))
  })
  worker.unref()
  shared = thread
  return thread
}

/** Source of the thread (plain JavaScript: no loader runs there). Requests run one at a time. */
const threadSource = `
const { parentPort, workerData } = require('node:worker_threads')
// Library code stays silent: pdf.js may warn on the console while it loads.
for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => {}
// pdf.js's legacy build replaces Array.prototype.push with a slow JavaScript version where V8
// mishandles a push onto an array whose length is read-only (core-js's check, true of Node 20's
// V8); pdf.js never does that, and the native push is about a sixth of its CPU time here.
// The worker module (which sets globalThis.pdfjsWorker, where pdf.js looks for it first) brings
// the same polyfill: load it too before putting the native push back, or the first document
// loads it and the polyfill returns.
const nativePush = Array.prototype.push
const pdfjs = Promise.all([import(workerData.pdfjs), import(workerData.pdfjsWorker)]).then(([module]) => {
  Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true })
  return module
})
let queue = Promise.resolve()
parentPort.on('message', (request) => {
  queue = queue.then(() => read(request))
})

async function readTitle(document) {
  try {
    const { info, metadata } = await document.getMetadata()
    const fromXmp = metadata && typeof metadata.get === 'function' ? metadata.get('dc:title') : null
    const title = typeof fromXmp === 'string' && fromXmp.trim() !== '' ? fromXmp : info && info.Title
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : null
  } catch {
    return null
  }
}

// The link annotations with a URL, as the thread sends them.
function toLinks(annotations) {
  return annotations
    .filter((annotation) => annotation.subtype === 'Link' && typeof annotation.url === 'string')
    .map((annotation) => ({ url: annotation.url, rect: Array.from(annotation.rect ?? []) }))
}

// Annotation flags that hide an annotation on screen (Invisible, NoView): those page.getAnnotations()
// leaves out with its default intent, "display".
const hiddenOnScreen = 0x01 | 0x20

// The links of pages 1 to last, by page index, read in one request for the whole document; or
// null when that request fails (each page is then asked in turn). page.getAnnotations() would
// also extract the text of every page with a link a second time, to find the text under each
// link (its overlaidText, which citecheck does not use): about half of pdf.js's time here.
async function readLinks(document, last) {
  const { AnnotationType } = await pdfjs
  const skipped = new Set()
  for (let index = last; index < document.numPages; index++) skipped.add(index)
  let annotations
  try {
    annotations = await document.getAnnotationsByType(new Set([AnnotationType.LINK]), skipped)
  } catch {
    return null
  }
  const byPage = new Map()
  for (const annotation of annotations ?? []) {
    const flags = annotation.annotationFlags ?? 0
    if ((flags & hiddenOnScreen) !== 0) continue
    const links = byPage.get(annotation.pageIndex) ?? []
    links.push(...toLinks([annotation]))
    byPage.set(annotation.pageIndex, links)
  }
  return byPage
}

async function read({ id, data, password, maxPages, readPages }) {
  const { getDocument } = await pdfjs
  const task = getDocument({
    data,
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    ...(password === undefined ? {} : { password }),
  })
  try {
    const document = await task.promise
    if (maxPages !== undefined && document.numPages > maxPages) {
      parentPort.postMessage({ id, type: 'error', name: 'TooManyPagesError', message: String(document.numPages) })
      return
    }
    const title = await readTitle(document)
    parentPort.postMessage({ id, type: 'info', pageCount: document.numPages, title })
    const last = readPages === undefined ? document.numPages : Math.min(document.numPages, readPages)
    const linksByPage = await readLinks(document, last)
    for (let number = 1; number <= last; number++) {
      const page = await document.getPage(number)
      try {
        const content = await page.getTextContent()
        const items = content.items
          .filter((item) => typeof item.str === 'string')
          .map((item) => ({ str: item.str, transform: Array.from(item.transform), width: item.width }))
        const links = linksByPage
          ? (linksByPage.get(number - 1) ?? [])
          : toLinks(await page.getAnnotations())
        parentPort.postMessage({ id, type: 'page', number, height: page.view[3], items, links })
      } finally {
        page.cleanup()
      }
    }
    parentPort.postMessage({ id, type: 'done' })
  } catch (error) {
    const name = error && typeof error.name === 'string' ? error.name : 'Error'
    parentPort.postMessage({ id, type: 'error', name, message: String((error && error.message) || error) })
  } finally {
    await task.destroy().catch(() => {})
  }
}
`
