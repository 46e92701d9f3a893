/**
 * Every article the pipeline makes of the seeds, the WCXB and the daniel-zh development pages and the labelled
 * Chinese sets of test/fixtures (zh-eval, zh-gov, zh-news, zh-blogs, zh-org: each page with its ground truth's URL
 * and crawl time, `fetched_at`, which relative dates such as `3天前` are reckoned from, as `npm run eval` passes them),
 * in one JSON file:
 * the check that a change meant to be exact (a faster path) changes no answer, and the list of what a quality
 * change changed.
 *
 *   npm run build:dev && node dist/scripts/dump-articles.js OUT.json      # in each of two trees, then
 *   cmp A.json B.json                                  # identity
 *   node dist/scripts/dump-articles.js --diff A.json B.json   # what changed, article by article
 *
 * The development data is read where it is (../shared/dev-data), never copied.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { processPage, type PageInput } from '../src/pipeline.js'

const DEV = join('..', 'shared', 'dev-data')
const SEEDS = join('test', 'fixtures', 'seeds')
const FIXTURES = join('test', 'fixtures')
/** The labelled Chinese sets of test/fixtures: `html/` pages, `ground-truth/` JSON with each page's `url`. */
const FIXTURE_SETS = ['zh-eval', 'zh-gov', 'zh-news', 'zh-blogs', 'zh-org']
/** The fields the diff prints in full (the others only by name). */
const SHOWN = ['title', 'published', 'authors', 'editors', 'source', 'dateline']

const bytesOf = (file: string): Buffer => {
  const raw = readFileSync(file)
  return file.endsWith('.gz') ? gunzipSync(raw) : raw
}

function dump (out: string): void {
  const res: Record<string, unknown> = {}
  const run = (key: string, input: PageInput): void => {
    try { res[key] = processPage(input).article } catch (e) { res[key] = { error: (e as Error).message } }
  }
  for (const f of readdirSync(SEEDS).filter(f => f.endsWith('.txt')).sort()) {
    run(`seed/${f}`, { content: readFileSync(join(SEEDS, f), 'utf8'), format: 'text' })
  }
  const wcxb = join(DEV, 'wcxb-articles')
  if (existsSync(wcxb)) {
    for (const f of readdirSync(join(wcxb, 'html')).sort()) {
      const id = f.replace(/\.html(\.gz)?$/, '')
      const gt = JSON.parse(readFileSync(join(wcxb, 'ground-truth', `${id}.json`), 'utf8')) as { url?: string }
      run(`wcxb/${id}`, { content: bytesOf(join(wcxb, 'html', f)), format: 'html', url: gt.url })
    }
  }
  const zh = join(DEV, 'daniel-zh', 'html')
  if (existsSync(zh)) {
    for (const f of readdirSync(zh).sort()) {
      run(`zh/${f.replace(/\.html(\.gz)?$/, '')}`, { content: bytesOf(join(zh, f)), format: 'html' })
    }
  }
  for (const set of FIXTURE_SETS) {
    const dir = join(FIXTURES, set)
    if (!existsSync(join(dir, 'html'))) continue
    for (const f of readdirSync(join(dir, 'html')).sort()) {
      const id = f.replace(/\.html?$/, '')
      const truth = join(dir, 'ground-truth', `${id}.json`)
      const gt = existsSync(truth)
        ? JSON.parse(readFileSync(truth, 'utf8')) as { url?: string, fetched_at?: string }
        : {}
      run(`${set}/${id}`, {
        content: readFileSync(join(dir, 'html', f)),
        format: 'html',
        url: gt.url,
        ...(gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {})
      })
    }
  }
  writeFileSync(out, JSON.stringify(res, null, 1))
  console.log(`${Object.keys(res).length} articles -> ${out}`)
}

function diff (a: string, b: string): void {
  const A = JSON.parse(readFileSync(a, 'utf8')) as Record<string, Record<string, unknown>>
  const B = JSON.parse(readFileSync(b, 'utf8')) as Record<string, Record<string, unknown>>
  let changed = 0
  for (const key of Object.keys({ ...A, ...B })) {
    const x = A[key] ?? {}
    const y = B[key] ?? {}
    if (JSON.stringify(x) === JSON.stringify(y)) continue
    changed++
    const fields = Object.keys({ ...x, ...y }).filter(f => JSON.stringify(x[f]) !== JSON.stringify(y[f]))
    console.log(key, fields.join(','))
    for (const f of fields.filter(f => SHOWN.includes(f))) {
      console.log(`    ${f} ${JSON.stringify(x[f])} -> ${JSON.stringify(y[f])}`)
    }
  }
  console.log(`${changed} articles differ`)
}

const args = process.argv.slice(2)
if (args[0] === '--diff' && args.length === 3) diff(args[1], args[2])
else if (args.length === 1) dump(args[0])
else console.error('usage: node dist/scripts/dump-articles.js OUT.json | --diff A.json B.json')
