/**
 * Two builds of the pipeline timed side by side in one process: the seeds (text), 40 WCXB and 40 daniel-zh pages,
 * each build's `processPage` run in turn, the order swapped every round, CPU time (`process.cpuUsage`: less bound to
 * other processes on a shared machine than wall time), best of the rounds. The ratio is what counts, never one
 * build's time alone.
 *
 *   node dist/scripts/side-by-side.js OLD_TREE NEW_TREE [rounds]   # each tree built (`npm run build:dev`)
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import type { PageInput, PageResult } from '../src/pipeline.js'

type Process = (input: PageInput) => PageResult
const DEV = join('..', 'shared', 'dev-data')
/** Pages of each development set: enough for a stable figure in a few seconds a round. */
const PAGES = 40
/** Passes over each set in one timing: the seeds are small, so they are run many times over. */
const REPS = { seeds: 200, html: 3 }

async function load (tree: string): Promise<Process> {
  const url = pathToFileURL(join(resolve(tree), 'dist', 'src', 'pipeline.js')).href
  return (await import(url) as { processPage: Process }).processPage
}

const bytesOf = (file: string): Buffer => {
  const raw = readFileSync(file)
  return file.endsWith('.gz') ? gunzipSync(raw) : raw
}

function cpuMs (fn: Process, pages: Array<string | Buffer>, format: 'text' | 'html', reps: number): number {
  const t0 = process.cpuUsage()
  for (let r = 0; r < reps; r++) for (const p of pages) fn({ content: p, format })
  const t = process.cpuUsage(t0)
  return (t.user + t.system) / 1000 / (reps * pages.length)
}

async function main (): Promise<void> {
  const [oldTree, newTree, roundsArg] = process.argv.slice(2)
  if (oldTree === undefined || newTree === undefined) {
    console.error('usage: node dist/scripts/side-by-side.js OLD_TREE NEW_TREE [rounds]')
    process.exit(2)
  }
  const rounds = Number(roundsArg ?? 7)
  const [A, B] = [await load(oldTree), await load(newTree)]
  const seedDir = join('test', 'fixtures', 'seeds')
  const seeds = readdirSync(seedDir).filter(f => f.endsWith('.txt')).sort()
    .map(f => readFileSync(join(seedDir, f), 'utf8'))
  const html = (dir: string): Buffer[] => readdirSync(dir).sort().slice(0, PAGES).map(f => bytesOf(join(dir, f)))
  const sets: Array<[string, Array<string | Buffer>, 'text' | 'html', number]> = [
    ['seeds (text)', seeds, 'text', REPS.seeds],
    [`wcxb ${PAGES}`, html(join(DEV, 'wcxb-articles', 'html')), 'html', REPS.html],
    [`daniel-zh ${PAGES}`, html(join(DEV, 'daniel-zh', 'html')), 'html', REPS.html]
  ]
  for (const [name, pages, format, reps] of sets) {
    cpuMs(A, pages, format, 1)
    cpuMs(B, pages, format, 1)
    let a = Infinity
    let b = Infinity
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        a = Math.min(a, cpuMs(A, pages, format, reps))
        b = Math.min(b, cpuMs(B, pages, format, reps))
      } else {
        b = Math.min(b, cpuMs(B, pages, format, reps))
        a = Math.min(a, cpuMs(A, pages, format, reps))
      }
    }
    console.log(`${name.padEnd(14)} old ${a.toFixed(3)} ms  new ${b.toFixed(3)} ms  new speed ${(a / b).toFixed(2)}x`)
  }
}

await main()
