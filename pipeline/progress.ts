/** The live progress line on stderr: only on a TTY, never with `--quiet`. */
import type { CheckProgress } from '../sources/check/index.ts'

/** Progress as reported by the checker. */
export type Progress = CheckProgress

/** A progress line: `update` on every report, `done` to clear it. */
export interface ProgressLine {
  update: (progress: Progress) => void
  done: () => void
}

/** Create a progress line writing to `stream` (a no-op unless it is a TTY and not quiet). */
export function createProgressLine(stream: NodeJS.WriteStream, quiet: boolean): ProgressLine {
  if (quiet || !stream.isTTY) return { update: () => {}, done: () => {} }
  const started = Date.now()
  let last = 0
  let shown = false
  return {
    update(progress) {
      const now = Date.now()
      if (now - last < 100 && progress.done < progress.total) return
      last = now
      const rate = progress.done / Math.max((now - started) / 1000, 0.001)
      const line = `checking ${progress.done}/${progress.total} · live ${progress.live} · dead ${progress.dead} · unverified ${progress.unverified} · excluded ${progress.excluded} · ${rate.toFixed(1)}/s`
      stream.write(`\r\u001b[2K${line.slice(0, (stream.columns || 100) - 1)}`)
      shown = true
    },
    done() {
      if (shown) stream.write('\r\u001b[2K')
    },
  }
}
