/**
 * `npm run bench`: runs every benchmark module in this folder (each `bench/<name>.ts` default-exports an async
 * function returning rows) and prints one table. Speed targets live here, never in tests: numbers on a shared,
 * noisy machine are only meaningful as ratios measured side by side in the same run.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

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

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const modules = readdirSync(here)
    .filter(f => /\.js$/.test(f) && f !== 'index.js')
    .filter(f => only === undefined || f.startsWith(only))
    .sort()
  const rows: BenchRow[] = []
  for (const file of modules) {
    const mod = await import(pathToFileURL(join(here, file)).href) as { default: Bench }
    rows.push(...await mod.default())
  }
  console.log(`node ${process.version}, ${process.arch}; one core, single thread\n`)
  for (const r of rows) {
    console.log(`${r.name.padEnd(60)} ${r.opsPerSecond.toFixed(1).padStart(12)} ${r.unit ?? 'ops/s'}${r.note !== undefined ? `  (${r.note})` : ''}`)
  }
}
