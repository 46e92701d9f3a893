/**
 * `npm run bench`: runs every benchmark module in this folder (each `bench/<name>.ts` default-exports an async
 * function returning rows) and prints one table. Speed targets live here, never in tests: numbers on a shared,
 * noisy machine are only meaningful as ratios measured side by side in the same run.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// Modules import `measure` and the row type from ./measure.js: importing this file would deadlock its top-level await.
import type { BenchRow, Bench } from './measure.js'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const modules = readdirSync(here)
    .filter(f => f.endsWith('.js') && f !== 'index.js' && f !== 'measure.js')
    .filter(f => only === undefined || f.startsWith(only))
    .sort()
  const rows: BenchRow[] = []
  for (const file of modules) {
    const mod = await import(pathToFileURL(join(here, file)).href) as { default: Bench }
    rows.push(...await mod.default())
  }
  console.log(`node ${process.version}, ${process.arch}; one core, single thread\n`)
  for (const r of rows) {
    const note = r.note !== undefined ? `  (${r.note})` : ''
    console.log(`${r.name.padEnd(60)} ${r.opsPerSecond.toFixed(1).padStart(12)} ${r.unit ?? 'ops/s'}${note}`)
  }
}
