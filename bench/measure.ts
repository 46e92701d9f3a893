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
  const warmUntil = performance.now() + ms / 5
  while (performance.now() < warmUntil) fn()
  let n = 0
  const start = performance.now()
  let now = start
  while (now - start < ms) {
    fn()
    n++
    now = performance.now()
  }
  return (n * 1000) / (now - start)
}

