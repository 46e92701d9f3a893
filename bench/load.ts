/**
 * Load: the real server (dist/server.js, WORKERS=2) on loopback, driven by autocannon, bounded in time.
 * - 8 clients posting large real HTML pages (WCXB dev pages, else the test fixtures) for LOAD_SECONDS (default 60;
 *   600 for the 10-minute run): 5xx count, and /healthz latency p99 measured at the same time;
 * - one 1 MiB hostile page (100,000 nested divs) sent in the middle: its status and time against its deadline;
 * - the server's resident set (main + workers) at the middle and the end of the run;
 * - seed text pages at 8 clients against 1 client: the pages/s ratio (target >= 1.7 on 2 cores).
 * `npm run bench load` runs only this section.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { Worker } from 'node:worker_threads'
import autocannon from 'autocannon'
import type { BenchRow } from './measure.js'
import { freePort } from '../scripts/free-port.js'

const DEV_HTML = join('..', 'shared', 'dev-data', 'wcxb-articles', 'html')
const FIXTURE_HTML = join('test', 'fixtures')
const SEEDS = join('test', 'fixtures', 'seeds')
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const RATIO_SECONDS = 10
const HEALTH_EVERY_MS = 50
const HOSTILE_DEPTH = 100_000
const MB = 1024 * 1024

function htmlPages (): Buffer[] {
  if (existsSync(DEV_HTML)) {
    // The largest dev pages: "large real pages".
    const all = readdirSync(DEV_HTML).sort().slice(0, 200).map(f => gunzipSync(readFileSync(join(DEV_HTML, f))))
    return all.sort((a, b) => b.length - a.length).slice(0, 50)
  }
  return readdirSync(FIXTURE_HTML).filter(f => f.endsWith('.html')).map(f => readFileSync(join(FIXTURE_HTML, f)))
}

async function ready (base: string): Promise<void> {
  for (;;) {
    const ok = await fetch(`${base}/readyz`).then(r => r.ok, () => false)
    if (ok) return
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}

async function rssMb (base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text()
  const m = /^process_resident_memory_bytes (\d+)/m.exec(text)
  return m === null ? NaN : Number(m[1]) / MB
}

/**
 * Polls /healthz every HEALTH_EVERY_MS for `ms` from a thread of its own (autocannon keeps this thread's event loop
 * busy, which would count against the server); resolves to the latencies in ms.
 */
async function pollHealth (base: string, ms: number): Promise<number[]> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    const times = []
    const until = Date.now() + workerData.ms
    ;(async () => {
      while (Date.now() < until) {
        const start = performance.now()
        await fetch(workerData.url).then(r => r.text())
        times.push(performance.now() - start)
        await new Promise(resolve => setTimeout(resolve, workerData.every))
      }
      parentPort.postMessage(times)
    })()`
  const worker = new Worker(code, { eval: true, workerData: { url: `${base}/healthz`, ms, every: HEALTH_EVERY_MS } })
  const times = await new Promise<number[]>(resolve => worker.once('message', resolve))
  await worker.terminate()
  return times
}

function p99 (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? NaN
}

async function cannon (base: string, bodies: Buffer[], type: string, connections: number, seconds: number): Promise<autocannon.Result> {
  let i = 0
  return await autocannon({
    url: `${base}/v1/articles`,
    connections,
    duration: seconds,
    timeout: 60,
    requests: [{ method: 'POST', headers: { 'content-type': type }, setupRequest: req => ({ ...req, body: bodies[i++ % bodies.length] }) }]
  })
}

async function hostile (base: string): Promise<{ status: number, ms: number }> {
  const page = '<html><body>' + '<div>'.repeat(HOSTILE_DEPTH) + 'deep' + '</div>'.repeat(HOSTILE_DEPTH) + '</body></html>'
  const start = performance.now()
  const res = await fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': 'text/html' }, body: page })
  await res.text()
  return { status: res.status, ms: performance.now() - start }
}

export default async function bench (): Promise<BenchRow[]> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(process.execPath, ['dist/server.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WORKERS: '2', LOG_LEVEL: 'warn' },
    stdio: 'ignore'
  })
  try {
    await ready(base)
    const pages = htmlPages()
    const kb = pages.reduce((n, p) => n + p.length, 0) / pages.length / 1024
    const health = pollHealth(base, LOAD_SECONDS * 1000)
    const load = cannon(base, pages, 'text/html', 8, LOAD_SECONDS)
    await new Promise(resolve => setTimeout(resolve, (LOAD_SECONDS * 1000) / 2))
    const midRss = await rssMb(base)
    const evil = await hostile(base)
    const result = await load
    const healthTimes = await health
    const endRss = await rssMb(base)
    const seeds = readdirSync(SEEDS).filter(f => f.endsWith('.txt')).map(f => readFileSync(join(SEEDS, f)))
    const one = await cannon(base, seeds, 'text/plain', 1, RATIO_SECONDS)
    const eight = await cannon(base, seeds, 'text/plain', 8, RATIO_SECONDS)
    const fiveXX = result['5xx']
    return [
      { name: `load: 8 clients, HTML pages (${pages.length}, mean ${kb.toFixed(0)} KiB), ${LOAD_SECONDS} s`, opsPerSecond: result.requests.average, unit: 'pages/s', note: `${result.requests.total} answered, 5xx ${fiveXX}, non-2xx ${result.non2xx}, errors ${result.errors}; target 0 5xx` },
      { name: 'load: /healthz during it', opsPerSecond: healthTimes.length / LOAD_SECONDS, unit: 'probes/s', note: `p99 ${p99(healthTimes).toFixed(1)} ms over ${healthTimes.length} probes; target < 100 ms` },
      { name: `load: hostile page (${HOSTILE_DEPTH} nested divs) among them`, opsPerSecond: 1000 / evil.ms, unit: '/s', note: `status ${evil.status} after ${evil.ms.toFixed(0)} ms (deadline 10000 ms + queue wait)` },
      { name: 'load: resident set, main + 2 workers', opsPerSecond: endRss, unit: 'MB', note: `${midRss.toFixed(0)} MB at the middle of the run; target < 700 MB, not growing` },
      { name: 'load: seed text pages, 8 clients vs 1', opsPerSecond: eight.requests.average, unit: 'pages/s', note: `1 client ${one.requests.average.toFixed(1)} pages/s, ratio ${(eight.requests.average / one.requests.average).toFixed(2)}x; target >= 1.7` }
    ]
  } finally {
    server.kill('SIGTERM')
  }
}
