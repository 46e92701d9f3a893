/**
 * Progress of `pagewash extract` on standard error: on a terminal, one line redrawn in place (a bar when the total
 * is known, pages done, pages/s, errors, time left); elsewhere (a log file, CI), a plain line now and then;
 * nothing with `--quiet`. Messages about single pages go through `log`, which keeps them off the bar's line.
 */

/** A terminal line is redrawn at most this often: faster is flicker nobody reads. */
const TTY_REDRAW_MS = 100
/** A plain progress line at most this often: a log gets a heartbeat, not a line per page. */
const PLAIN_EVERY_MS = 10_000
const BAR_WIDTH = 24
const CLEAR_LINE = '\r\x1b[K'

export interface ProgressOptions {
  write: (s: string) => void
  tty: boolean
  quiet: boolean
  /** The number of pages, when known before the run. */
  total?: number
  now?: () => number
}

function duration (seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.round(seconds)
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (s < 60) return `${s}s`
  return s < 3600 ? `${Math.floor(s / 60)}m${pad(s % 60)}s` : `${Math.floor(s / 3600)}h${pad(Math.floor(s / 60) % 60)}m`
}

export class Progress {
  private done = 0
  private errors = 0
  private readonly started: number
  private lastDraw = -Infinity
  private drawn = false
  private readonly now: () => number

  constructor (private readonly opts: ProgressOptions) {
    this.now = opts.now ?? (() => performance.now())
    this.started = this.now()
  }

  /** Pages per second so far. */
  rate (): number {
    const seconds = (this.now() - this.started) / 1000
    return seconds > 0 ? this.done / seconds : 0
  }

  line (): string {
    const { total } = this.opts
    const rate = this.rate()
    const parts = [`${this.done}${total !== undefined ? `/${total}` : ''} pages`, `${rate.toFixed(1)} pages/s`,
      `${this.errors} error${this.errors === 1 ? '' : 's'}`]
    if (total === undefined) return parts.join('  ')
    const filled = total === 0 ? BAR_WIDTH : Math.round(BAR_WIDTH * Math.min(1, this.done / total))
    const left = rate > 0 ? duration((total - this.done) / rate) : '?'
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${parts.join('  ')}  ${left} left`
  }

  /** One page finished (an Article, or an error). */
  page (ok: boolean): void {
    this.done++
    if (!ok) this.errors++
    if (this.opts.quiet) return
    const t = this.now()
    if (t - this.lastDraw < (this.opts.tty ? TTY_REDRAW_MS : PLAIN_EVERY_MS)) return
    this.lastDraw = t
    this.draw()
  }

  private draw (): void {
    if (this.opts.tty) {
      this.opts.write(CLEAR_LINE + this.line())
      this.drawn = true
    } else {
      this.opts.write(`progress: ${this.line()}\n`)
    }
  }

  /** A message line, printed above the bar on a terminal. */
  log (message: string): void {
    if (this.drawn) this.opts.write(CLEAR_LINE)
    this.opts.write(message + '\n')
    if (this.drawn) this.opts.write(this.line())
  }

  /** The run is over: the bar is drawn a last time and left on its own line. */
  end (): void {
    if (this.opts.quiet || !this.opts.tty) return
    this.opts.write(CLEAR_LINE + this.line() + '\n')
    this.drawn = false
  }
}
