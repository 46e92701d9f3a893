/**
 * Pipeline throughput: whole pages through `processPage`, text seeds and (when ../shared/dev-data is present)
 * real HTML pages, beside a baseline measured in the same run (cheerio parsing the same HTML and taking its
 * text: the floor any HTML extractor pays), so the ratio means something on a noisy machine.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as cheerio from 'cheerio'
import { processPage } from '../src/pipeline.js'
import { measure, type BenchRow } from './measure.js'

const SEEDS = join('test', 'fixtures', 'seeds')
const DEV_HTML = join('..', 'shared', 'dev-data', 'wcxb-articles', 'html')

export default async function bench (): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  if (existsSync(SEEDS)) {
    const pages = readdirSync(SEEDS).filter(f => f.endsWith('.txt')).map(f => readFileSync(join(SEEDS, f)))
    let i = 0
    const perSecond = measure(() => { processPage({ content: pages[i++ % pages.length], format: 'text' }) })
    rows.push({ name: 'pipeline: seed text pages (bytes in, Article out)', opsPerSecond: perSecond, unit: 'pages/s' })
  }
  if (existsSync(DEV_HTML)) {
    const pages = readdirSync(DEV_HTML).sort().slice(0, 40).map(f => gunzipSync(readFileSync(join(DEV_HTML, f))))
    const kb = pages.reduce((n, p) => n + p.length, 0) / pages.length / 1024
    let i = 0
    const full = measure(() => { processPage({ content: pages[i++ % pages.length], format: 'html' }) }, 3000)
    let j = 0
    const floor = measure(() => { cheerio.load(pages[j++ % pages.length].toString('utf8'))('body').text() }, 3000)
    rows.push({
      name: `pipeline: dev-data HTML pages (40, mean ${kb.toFixed(0)} KiB)`,
      opsPerSecond: full,
      unit: 'pages/s',
      note: `${(1000 / full).toFixed(1)} ms/page`
    })
    rows.push({
      name: 'baseline: cheerio.load + body text, same pages',
      opsPerSecond: floor,
      unit: 'pages/s',
      note: `pipeline costs ${(floor / full).toFixed(2)}x the parse alone`
    })
  }
  return rows
}
