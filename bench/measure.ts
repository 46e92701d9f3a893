/** What a benchmark module returns, and the timing loop they share. */

export interface BenchRow {
  /** What was measured, e.g. `language: detectLanguage zh/en sentences`. */
  name: string
  /** Operations per second (or the unit named). */
  opsPerSecond: number
  unit?: string
  /** Free text: the baseline it compares with and the ratio. */
  note?: string
}

export type Bench = () => Promise<BenchRow[]>

/** Runs fn repeatedly for at least `ms` milliseconds after a warm-up; returns calls per second. */
export function measure (fn: () => void, ms = 1000): number {
  return measureSideBySide([fn], ms, 1)[0]
}

/** The warm-up's windows, as a share of `ms`, and how close two windows' rates must be to call the rate steady. */
const WARM_WINDOW_SHARE = 0.1
const STEADY_RATE = 0.1
/**
 * How many windows back a window's rate is compared with: the optimizing compiler's long tail speeds a page up by a
 * few percent a window (a seed page 1.90 ms at its 300th-500th call, 1.43 at its 1,000th, 1.35 from its 2,000th on:
 * docs/performance.md, session 53), so neighbouring windows agree long before the pace is the pipeline's own.
 */
const STEADY_SPAN = 5
/** Windows in a row that must each agree with the one `STEADY_SPAN` before: one pair can agree in a slow stretch. */
const STEADY_WINDOWS = 2
/** The longest warm-up, in multiples of `ms`: a machine too noisy to settle still gets measured. */
const MAX_WARM_SHARE = 5

/**
 * Calls `fn` for at least a fifth of `ms`, then in windows of a tenth of `ms` until `STEADY_WINDOWS` windows in a row
 * run at rates within STEADY_RATE of the window `STEADY_SPAN` before each. A fixed warm-up measured pagewash's start
 * instead of its pace: its first seed page loads the language model and word lists (330 ms) and the next fifty run at
 * 13 ms a page, 2 after, so the seeds' row, first in a fresh process, gave 356 pages/s where the same code runs
 * 616-740 once warm. `clock`
 * (milliseconds) is the wall clock; the tests give a clock of their own, so that what they check is the warm-up's
 * logic and not the machine's load.
 */
export function warmUp (fn: () => void, ms: number, clock: () => number = () => performance.now()): void {
  const start = clock()
  while (clock() - start < ms / 5) fn()
  const rates: number[] = []
  let steady = 0
  while (clock() - start < ms * MAX_WARM_SHARE) {
    const windowStart = clock()
    let calls = 0
    let now = windowStart
    while (now - windowStart < ms * WARM_WINDOW_SHARE) {
      fn()
      calls++
      now = clock()
    }
    const rate = calls / (now - windowStart)
    const before = rates.length >= STEADY_SPAN ? rates[rates.length - STEADY_SPAN] : -1
    steady = before > 0 && Math.abs(rate - before) <= STEADY_RATE * before ? steady + 1 : 0
    if (steady >= STEADY_WINDOWS) return
    rates.push(rate)
  }
}

/** Turns each function gets in `measureSideBySide`: enough that a slowdown of the machine falls on all of them. */
const SIDE_BY_SIDE_TURNS = 8

/**
 * Runs the functions in turns, `turns` times over (in one order, then the other), each turn at least `ms / turns`
 * milliseconds, after each one's warm-up (`warmUp`); returns each one's calls per second. Two functions measured
 * one after the other on a shared machine are measured in two different minutes, and the machine's speed changes
 * from one minute to the next: the ratio of pagewash to Readability on the same 40 pages was 2.42x in one run and
 * 1.42x in the next. In turns, a slow minute falls on both.
 */
export function measureSideBySide (fns: ReadonlyArray<() => void>, ms = 1000, turns = SIDE_BY_SIDE_TURNS): number[] {
  for (const fn of fns) warmUp(fn, ms)
  const calls = fns.map(() => 0)
  const spent = fns.map(() => 0)
  for (let turn = 0; turn < turns; turn++) {
    const order = fns.map((_, k) => turn % 2 === 0 ? k : fns.length - 1 - k)
    for (const k of order) {
      const start = performance.now()
      let now = start
      while (now - start < ms / turns) {
        fns[k]()
        calls[k]++
        now = performance.now()
      }
      spent[k] += now - start
    }
  }
  return calls.map((n, k) => (n * 1000) / spent[k])
}

/** What `measureAsync` found: calls per second, and the process's CPU time over the wall time it measured. */
export interface AsyncRate { perSecond: number, busy: number }

/**
 * `measure` for a function that answers with a promise (@postlight/parser has no synchronous API): awaited call after
 * call, for `ms` as warm-up, then for `ms` measured. `busy` is the CPU time of the process (collector threads
 * included) over the wall time: near or above 1 when the rate is the function's own work, well below 1 when it waited
 * on a timer or on I/O, and then the rate is not what a page costs.
 */
export async function measureAsync (fn: () => Promise<void>, ms = 1000): Promise<AsyncRate> {
  const warm = performance.now()
  while (performance.now() - warm < ms) await fn()
  const cpu = process.cpuUsage()
  const start = performance.now()
  let calls = 0
  let now = start
  while (now - start < ms) {
    await fn()
    calls++
    now = performance.now()
  }
  const used = process.cpuUsage(cpu)
  return { perSecond: (calls * 1000) / (now - start), busy: (used.user + used.system) / 1000 / (now - start) }
}
