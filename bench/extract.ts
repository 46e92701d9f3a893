/**
 * `pagewash extract` on crawls of real pages (../shared/dev-data's WCXB HTML pages, cycled to `PAGES` records):
 *  - speed: a WARC of `PAGES` pages gzipped per record like a crawler's, with `--jobs 1` and `--jobs 2` (worker
 *    threads), side by side in one run, each in a fresh process (model loading included): pages/s and the ratio;
 *  - the machine's ceiling for that ratio: two `--jobs 1` processes on the same WARC at once. They share nothing
 *    but the cores (no pool, no main thread in common), so their summed pages/s over one process's is the most
 *    that two pipelines gain on this machine; `--jobs 2` is reported as a share of it;
 *  - memory: a WARC of `BIG_GIB` GiB streamed from a generator into `pagewash extract -` (standard input, nothing
 *    on disk): the same pages with, between them, image records the reader must stream past, so most of the bytes
 *    are never pages. The child's resident set (its worker threads and the process it restarts as included) is
 *    read from /proc at every tenth of the bytes written: streaming means it stays flat while the bytes grow.
 * `npm run bench extract` runs this one alone; `EXTRACT_BENCH_PAGES`, `EXTRACT_BENCH_GIB` for shorter runs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { gunzipSync } from 'node:zlib'
import { serializeRecord, writeWarc, type WarcPage } from '../scripts/warc-write.js'
import type { BenchRow } from './measure.js'

const DEV_HTML = join('..', 'shared', 'dev-data', 'wcxb-articles', 'html')
/** The target is on a WARC of 1,000 pages. */
const PAGES = Number(process.env.EXTRACT_BENCH_PAGES ?? 1000)
/** The memory target is on a 2 GB WARC. */
const BIG_GIB = Number(process.env.EXTRACT_BENCH_GIB ?? 2)
const GIB = 2 ** 30
const MIB = 2 ** 20
/** Size of each image record in the big WARC: large records are where a reader that buffers would show. */
const IMAGE_BYTES = 4 * MIB
/** RSS samples over the big run: one at every tenth of the bytes. */
const SAMPLES = 10

function * pages (files: string[], n: number): Generator<WarcPage> {
  for (let i = 0; i < n; i++) {
    const f = files[i % files.length]
    const url = `https://wcxb.example/${i}/${f.replace(/\.html\.gz$/, '')}.html`
    yield { url, body: gunzipSync(readFileSync(join(DEV_HTML, f))), contentType: 'text/html' }
  }
}

const CLI = new URL('../cli/pagewash.js', import.meta.url).pathname
/** A page's deadline in the bench: generous, so a loaded machine slows pages down rather than failing them. */
const BENCH_DEADLINE_MS = 120_000

interface CliRun { child: ChildProcess, done: Promise<{ seconds: number, pages: number, failed: number }> }

/** Starts the CLI in a fresh process; counts its NDJSON lines (pages) and those with a problem (failed). */
function startCli (input: string, jobs: number): CliRun {
  const args = [CLI, 'extract', input, '--jobs', String(jobs), '--quiet', '--deadline', String(BENCH_DEADLINE_MS)]
  const started = performance.now()
  const child = spawn(process.execPath, args, { stdio: [input === '-' ? 'pipe' : 'ignore', 'pipe', 'inherit'] })
  let pages = 0
  let failed = 0
  createInterface({ input: child.stdout! }).on('line', line => {
    pages++
    if (line.includes('},"problem":{')) failed++
  })
  const done = once(child, 'close').then(() => ({ seconds: (performance.now() - started) / 1000, pages, failed }))
  return { child, done }
}

function processRssMiB (pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m === null ? 0 : Number(m[1]) / 1024
  } catch {
    return 0 // gone between the listing and the read
  }
}

/** The processes started by `pid`, by the parent id in each process's /proc stat (after the command's `)`). */
function childrenOf (pid: number): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === pid) found.push(Number(entry))
    } catch { /* gone meanwhile */ }
  }
  return found
}

/**
 * The resident set of `pid` and every process under it: the CLI with two or more jobs starts itself again under
 * `--single-threaded-gc` (cli/gc-flag.ts), so the pipeline runs in a child of the process the bench started.
 */
function rssMiB (pid: number): number {
  let total = 0
  const todo = [pid]
  for (let p = todo.pop(); p !== undefined; p = todo.pop()) {
    total += processRssMiB(p)
    todo.push(...childrenOf(p))
  }
  return total
}

/** The big WARC, uncompressed, record by record: a page, then image records until the page's share is written. */
async function * bigWarc (files: string[], total: number): AsyncGenerator<Uint8Array> {
  const image = await serializeRecord({
    url: 'https://wcxb.example/photo.jpg', body: Buffer.alloc(IMAGE_BYTES, 0xa5), contentType: 'image/jpeg'
  }, false)
  let written = 0
  let i = 0
  for (const page of pages(files, PAGES)) {
    const record = await serializeRecord(page, false)
    yield record
    written += record.length
    for (i++; written < (total * i) / PAGES; written += image.length) yield image
  }
}

interface BigRun { gib: number, seconds: number, rss: number[], pages: number, failed: number }

/** Streams the big WARC into `pagewash extract -`, sampling the child's RSS as the bytes go in. */
async function bigRun (files: string[]): Promise<BigRun> {
  const total = BIG_GIB * GIB
  const { child, done } = startCli('-', 2)
  const stdin = child.stdin!
  const rss: number[] = []
  let written = 0
  let next = total / SAMPLES
  for await (const chunk of bigWarc(files, total)) {
    if (!stdin.write(chunk)) await once(stdin, 'drain')
    written += chunk.length
    if (written >= next) {
      rss.push(rssMiB(child.pid!))
      console.error(`extract bench: ${(written / GIB).toFixed(2)} GiB in, RSS ${rss.at(-1)!.toFixed(0)} MiB`)
      next += total / SAMPLES
    }
  }
  stdin.end()
  return { gib: written / GIB, rss, ...await done }
}

export default async function bench (): Promise<BenchRow[]> {
  if (!existsSync(DEV_HTML)) return []
  const files = readdirSync(DEV_HTML).filter(f => f.endsWith('.html.gz')).sort()
  const dir = mkdtempSync(join(tmpdir(), 'pagewash-bench-'))
  try {
    const warc = join(dir, 'crawl.warc.gz')
    await writeWarc(warc, pages(files, PAGES))
    const load = (): string => loadavg().map(l => l.toFixed(1)).join(' ')
    const loadBefore = load()
    const one = await startCli(warc, 1).done
    const two = await startCli(warc, 2).done
    const pair = await Promise.all([startCli(warc, 1).done, startCli(warc, 1).done])
    const loadAfter = load()
    const big = BIG_GIB > 0 ? await bigRun(files) : undefined
    const mib = (statSync(warc).size / MIB).toFixed(0)
    const rate = (r: { pages: number, seconds: number }): number => r.pages / r.seconds
    const failed = (r: { failed: number }): string => `${r.failed} failed`
    const both = {
      pages: pair[0].pages + pair[1].pages,
      failed: pair[0].failed + pair[1].failed,
      seconds: Math.max(pair[0].seconds, pair[1].seconds)
    }
    const rows: BenchRow[] = [
      {
        name: `extract: ${PAGES}-page WARC (${mib} MiB gz), --jobs 1`,
        opsPerSecond: rate(one),
        unit: 'pages/s',
        note: `${one.pages} pages, ${failed(one)}`
      },
      {
        name: 'extract: same WARC, --jobs 2',
        opsPerSecond: rate(two),
        unit: 'pages/s',
        note: `${(rate(two) / rate(one)).toFixed(2)}x --jobs 1 (target >= 1.7), ${failed(two)}; ` +
          `load average ${loadBefore} before, ${loadAfter} after`
      },
      {
        name: 'extract: two --jobs 1 processes at once (the ceiling)',
        opsPerSecond: rate(both),
        unit: 'pages/s',
        note: `${(rate(both) / rate(one)).toFixed(2)}x one --jobs 1 process; --jobs 2 gets ` +
          `${((100 * rate(two)) / rate(both)).toFixed(0)}% of it; ${failed(both)}`
      }
    ]
    if (big !== undefined) {
      rows.push({
        name: `extract -: ${big.gib.toFixed(1)} GiB WARC on stdin, --jobs 2`,
        opsPerSecond: rate(big),
        unit: 'pages/s',
        note: `${big.pages} pages, ${failed(big)}; RSS MiB at each tenth of the bytes: ` +
          big.rss.map(r => r.toFixed(0)).join(' ')
      })
    }
    return rows
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
