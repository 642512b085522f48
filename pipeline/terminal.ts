/**
 * What the CLI shows on stderr: colour only where it is wanted (a TTY, `FORCE_COLOR`; never
 * with `NO_COLOR` or `--no-color`), a progress bar on a TTY, each link as it is checked with
 * `-v`, and after the run the list of what needs attention and one summary line.
 */
import type { RunAttentionItem } from '../reports/index.ts'
import type { CheckProgress } from '../sources/check/index.ts'

/** How much to say: `quiet` (errors only), `normal`, or `verbose` (every link, every item). */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

/** ANSI styles, or identity functions when colour is off. */
export interface Colors {
  red: (text: string) => string
  yellow: (text: string) => string
  green: (text: string) => string
  dim: (text: string) => string
  bold: (text: string) => string
}

/**
 * Whether to colour `stream`, as Node decides for its own output: `--no-color` first, then
 * `FORCE_COLOR` (`0` or `false` turn colour off), then `NO_COLOR` (any non-empty value), then
 * whether the stream is a terminal that is not `dumb`.
 */
export function wantsColor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  noColor: boolean,
): boolean {
  if (noColor) return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return stream.isTTY === true && env.TERM !== 'dumb'
}

/** The styles, on or off. */
export function createColors(enabled: boolean): Colors {
  const style = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    dim: style(2, 22),
    bold: style(1, 22),
  }
}

/** Items listed after a run unless `-v` asks for all. */
export const attentionCap = 20

/**
 * One line per item: `paper.md:12  footnote 3  dead (not found, HTTP 404)  https://…`; a PDF's
 * place is `paper.pdf (page 2, line 7)`.
 */
export function formatAttention(item: RunAttentionItem, colors: Colors): string {
  const { place, link } = item
  const where =
    place.page === undefined
      ? `${item.path}:${place.line}`
      : `${item.path} (page ${place.page}, line ${place.line})`
  const paint =
    item.status === 'dead' ? colors.red : item.status === 'missing' ? colors.yellow : colors.dim
  const http = link?.httpStatus == null ? '' : `, HTTP ${link.httpStatus}`
  const verdict = paint(`${item.status} (${item.words}${http})`)
  return `${where}  footnote ${item.footnote}  ${verdict}${link ? `  ${link.url}` : ''}`
}

/** The attention list, capped at `attentionCap` unless verbose, with "and N more". */
export function formatAttentionList(
  items: ReadonlyArray<RunAttentionItem>,
  verbosity: Verbosity,
  colors: Colors,
): Array<string> {
  if (verbosity === 'quiet' || items.length === 0) return []
  const shown = verbosity === 'verbose' ? items : items.slice(0, attentionCap)
  const lines = shown.map((item) => formatAttention(item, colors))
  if (shown.length < items.length) {
    lines.push(colors.dim(`… and ${items.length - shown.length} more (-v shows all)`))
  }
  return lines
}

/** A progress display: `update` on every verdict, `done` to clear it. */
export interface ProgressDisplay {
  update: (progress: CheckProgress) => void
  done: () => void
}

/** Where and how progress is shown. */
export interface ProgressOptions {
  /** The stream (stderr). */
  stream: NodeJS.WriteStream
  /** How much to say. */
  verbosity: Verbosity
  /** `true` in CI logs (`CI` set): no bar, nothing per link unless verbose. */
  ci: boolean
  /** The styles. */
  colors: Colors
}

/**
 * Progress: with `-v`, one line per link as it is decided; otherwise, on a TTY outside CI, a
 * bar redrawn at most every 100 ms; otherwise nothing.
 */
export function createProgress(options: Readonly<ProgressOptions>): ProgressDisplay {
  const { stream, verbosity, colors } = options
  if (verbosity === 'verbose') {
    return {
      update(progress) {
        const { status, reason, url } = progress.latest
        const paint = status === 'dead' ? colors.red : status === 'live' ? colors.green : colors.dim
        stream.write(`${paint(status.padEnd(10))} ${reason.padEnd(18)} ${url}\n`)
      },
      done() {},
    }
  }
  if (verbosity === 'quiet' || options.ci || !stream.isTTY) return { update() {}, done() {} }
  const started = Date.now()
  let last = 0
  let shown = false
  return {
    update(progress) {
      const now = Date.now()
      if (now - last < 100 && progress.done < progress.total) return
      last = now
      stream.write(`\r\u001b[2K${renderBar(progress, now - started, stream.columns || 80)}`)
      shown = true
    },
    done() {
      if (shown) stream.write('\r\u001b[2K')
    },
  }
}

/** `[#########.........] 45/91 links · 3 dead · 12 unverified · 21/s`, fitted to `columns`. */
export function renderBar(progress: CheckProgress, elapsed: number, columns: number): string {
  const rate = progress.done / Math.max(elapsed / 1000, 0.001)
  const tail = ` ${progress.done}/${progress.total} links · ${progress.dead} dead · ${progress.unverified} unverified · ${rate.toFixed(1)}/s`
  const width = Math.max(10, Math.min(40, columns - tail.length - 3))
  const filled = progress.total === 0 ? width : Math.round((progress.done / progress.total) * width)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${tail}`.slice(0, columns - 1)
}
