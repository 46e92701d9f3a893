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

/** Turns each function gets in `measureSideBySide`: enough that a slowdown of the machine falls on all of them. */
const SIDE_BY_SIDE_TURNS = 8

/**
 * Runs the functions in turns, `turns` times over (in one order, then the other), each turn at least `ms / turns`
 * milliseconds, after a warm-up of a fifth of `ms` each; returns each one's calls per second. Two functions measured
 * one after the other on a shared machine are measured in two different minutes, and the machine's speed changes
 * from one minute to the next: the ratio of pagewash to Readability on the same 40 pages was 2.42x in one run and
 * 1.42x in the next. In turns, a slow minute falls on both.
 */
export function measureSideBySide (fns: ReadonlyArray<() => void>, ms = 1000, turns = SIDE_BY_SIDE_TURNS): number[] {
  for (const fn of fns) {
    const warmUntil = performance.now() + ms / 5
    while (performance.now() < warmUntil) fn()
  }
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
