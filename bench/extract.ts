/**
 * `pagewash extract` on a WARC of real pages (written from ../shared/dev-data's WCXB HTML pages, cycled to
 * `PAGES` records, gzipped per record like a crawler's): pages/s end to end with `--jobs 1` (in-process) and
 * `--jobs 2` (worker threads), side by side in one run, each in a fresh process (model loading included), and
 * the peak resident set of the `--jobs 2` run beside the same run on a quarter of the archive: streaming
 * means the peak does not grow with the file. `npm run bench extract` runs this one alone.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { writeWarc, type WarcPage } from '../scripts/warc-write.js'
import type { BenchRow } from './measure.js'

const DEV_HTML = join('..', 'shared', 'dev-data', 'wcxb-articles', 'html')
/** The target is on a WARC of 1,000 pages (`EXTRACT_BENCH_PAGES` for a shorter run on a busy machine). */
const PAGES = Number(process.env.EXTRACT_BENCH_PAGES ?? 1000)
/** The smaller archive for the memory comparison: a quarter of the pages. */
const SMALL_PAGES = PAGES / 4

function * pages (files: string[], n: number): Generator<WarcPage> {
  for (let i = 0; i < n; i++) {
    const f = files[i % files.length]
    const url = `https://wcxb.example/${i}/${f.replace(/\.html\.gz$/, '')}.html`
    yield { url, body: gunzipSync(readFileSync(join(DEV_HTML, f))), contentType: 'text/html' }
  }
}

interface RunFigures { seconds: number, maxRssMiB: number, pages: number }

/** Runs the CLI in a fresh process; the child reports its peak RSS (worker threads included) on exit. */
function runWithRss (warc: string, jobs: number, n: number): RunFigures {
  const main = new URL('../cli/main.js', import.meta.url).href
  const script = `const { main } = await import(${JSON.stringify(main)});
const args = ['extract', ${JSON.stringify(warc)}, '--jobs', '${jobs}', '--quiet'];
const code = await main(args, { stdout: () => {}, stderr: () => {} });
console.log(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS }))`
  const started = performance.now()
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  const { maxRSS } = JSON.parse(out.trim().split('\n').pop()!) as { maxRSS: number }
  return { seconds, maxRssMiB: maxRSS / 1024, pages: n }
}

export default async function bench (): Promise<BenchRow[]> {
  if (!existsSync(DEV_HTML)) return []
  const files = readdirSync(DEV_HTML).filter(f => f.endsWith('.html.gz')).sort()
  const dir = mkdtempSync(join(tmpdir(), 'pagewash-bench-'))
  try {
    const big = join(dir, 'big.warc.gz')
    const small = join(dir, 'small.warc.gz')
    await writeWarc(big, pages(files, PAGES))
    await writeWarc(small, pages(files, SMALL_PAGES))
    const one = runWithRss(big, 1, PAGES)
    const two = runWithRss(big, 2, PAGES)
    const oneSmall = runWithRss(small, 1, SMALL_PAGES)
    const twoSmall = runWithRss(small, 2, SMALL_PAGES)
    const rate = (r: RunFigures): number => r.pages / r.seconds
    const mib = (statSync(big).size / 2 ** 20).toFixed(0)
    return [
      {
        name: `extract: ${PAGES}-page WARC (${mib} MiB gz), --jobs 1`,
        opsPerSecond: rate(one),
        unit: 'pages/s',
        note: `peak RSS ${one.maxRssMiB.toFixed(0)} MiB, ${oneSmall.maxRssMiB.toFixed(0)} MiB on ${SMALL_PAGES} pages`
      },
      {
        name: `extract: same WARC, --jobs 2`,
        opsPerSecond: rate(two),
        unit: 'pages/s',
        note: `${(rate(two) / rate(one)).toFixed(2)}x --jobs 1 (target >= 1.7); ` +
          `peak RSS ${two.maxRssMiB.toFixed(0)} MiB, ` +
          `${twoSmall.maxRssMiB.toFixed(0)} MiB on ${SMALL_PAGES} pages`
      }
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

