import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { findArchivedCopies } from '../../../sources/evidence/archive.ts'
import { checkDoiHandles } from '../../../sources/evidence/doi.ts'
import { startServer } from '../../helpers/pages.ts'

/** What an endless answer managed to write, and a promise settled when the client went away. */
interface Endless {
  written: number
  closedEarly: boolean
  closed: Promise<void>
  onClose: () => void
}

/** Fresh state; `closed` resolves when the response closes (the test hangs if it never does). */
function createEndless(): Endless {
  let onClose = () => {}
  const closed = new Promise<void>((resolve) => {
    onClose = resolve
  })
  return { written: 0, closedEarly: false, closed, onClose }
}

/** A route writing `head`, then filler forever (honouring back-pressure) until the client leaves. */
function endlessRoute(head: string, state: Endless) {
  return (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.write(head)
    const chunk = Buffer.alloc(16 * 1024, ' ')
    response.once('close', () => {
      state.closedEarly = !response.writableFinished
      state.onClose()
    })
    const pump = () => {
      while (!response.destroyed && state.written < 256 * 1024 * 1024) {
        state.written += chunk.length
        if (!response.write(chunk)) return void response.once('drain', pump)
      }
    }
    pump()
  }
}

/** A route sending the start of an answer, then nothing more (a hang mid-body). */
function stalledRoute(head: string) {
  return (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.write(head)
  }
}

describe('DOI handle and CDX lookups on hostile servers', () => {
  it('the DOI lookup reads a bounded prefix of an endless body, closes it, and says null', async () => {
    const state = createEndless()
    const server = await startServer({
      '/api/handles/10.1/endless': endlessRoute('{"responseCode": 1, "values": [', state),
    })
    const handles = await checkDoiHandles(['10.1/endless'], {
      allowPrivate: true,
      doiApi: `${server.url}/api/handles/`,
      timeout: 5000,
    })
    expect(handles.get('10.1/endless')?.exists).toBeNull()
    await state.closed
    expect(state.closedEarly).toBe(true)
    expect(state.written).toBeLessThan(256 * 1024 * 1024)
  })

  it('the CDX lookup reads a bounded prefix of an endless body and finds no copy', async () => {
    const state = createEndless()
    const server = await startServer({
      '/cdx': endlessRoute('[["timestamp","original"],["20200101000000","https://a.org/"]', state),
    })
    const copies = await findArchivedCopies(['https://a.org/'], {
      allowPrivate: true,
      archiveApi: `${server.url}/cdx`,
      timeout: 5000,
    })
    expect(copies.get('https://a.org/')).toBeNull()
    await state.closed
    expect(state.closedEarly).toBe(true)
  })

  it('a body that stalls mid-way times out to null; neither lookup rejects', async () => {
    const server = await startServer({
      '/api/handles/10.1/stall': stalledRoute('{"responseCode": 1'),
      '/cdx': stalledRoute('[["timestamp","original"]'),
    })
    const [handles, copies] = await Promise.all([
      checkDoiHandles(['10.1/stall'], {
        allowPrivate: true,
        doiApi: `${server.url}/api/handles/`,
        timeout: 200,
      }),
      findArchivedCopies(['https://a.org/'], {
        allowPrivate: true,
        archiveApi: `${server.url}/cdx`,
        timeout: 200,
      }),
    ])
    expect(handles.get('10.1/stall')).toMatchObject({ exists: null })
    expect(copies.get('https://a.org/')).toBeNull()
  })
})
