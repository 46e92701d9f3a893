/**
 * Scores the HTML pipeline on a folder of pages with ground truth (WCXB layout: `html/<id>.html.gz` and
 * `ground-truth/<id>.json` with `ground_truth.{title, author, publish_date, main_content, with[], without[]}`).
 *
 *   npm run eval                       # ../shared/dev-data/wcxb-articles
 *   npm run eval -- DIR --json out.json --worst 20
 *   npm run eval -- --front-end        # score the HTML front end's blocks alone (before the text stages)
 *   npm run eval -- --only 0001,0002   # a few pages
 *
 * Body: the benchmark's word metric. Tokens are lowercase `\w+` runs, made Unicode-aware: a token is a run of
 * letters, marks, digits or `_` in any script, except that every Han, kana or Hangul character is a token of its
 * own (those scripts do not separate words with spaces, so per-character scoring is what Chinese benchmarks use).
 * Tokens are counted as a multiset; precision, recall and F1 are computed per page and averaged over pages.
 *
 * Captions: the Article keeps figure captions as `caption` blocks (the contract wants them), while this benchmark's
 * ground truth mostly leaves them out; body P/R/F1 are also printed without the caption blocks, labelled as such.
 * The main figures are always over all blocks.
 *
 * Snippets: `with[]` = share of must-have snippets found in the body; `without[]` = share of boilerplate snippets
 * absent from the body (both after white-space folding and lower-casing).
 * Title: right when equal to the ground truth after lower-casing, folding white space and quotes/dashes.
 * Date: right when `published` falls on the same calendar date as `publish_date` (pages with a date only).
 * Author: right when the sets of normalized names (lower case, letters and digits only) are equal, the ground
 * truth split on `,`, `;`, `&`, ` and `, `|` (pages with an author only). Pages whose truth has no date/author
 * are counted separately: right when we give none.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { performance } from 'node:perf_hooks'
import { processPage } from '../src/pipeline.js'
import { decodeBytes } from '../src/decode/index.js'
import { parseHtml } from '../src/parse/html/index.js'
import { prf } from './metric.js'

interface Truth {
  title: string | null
  author: string | null
  publish_date: string | null
  main_content: string
  with?: string[]
  without?: string[]
}

const fold = (s: string): string => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim()
const nameKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

function splitNames (s: string): string[] {
  return s.split(/\s*(?:[,;&|]|\band\b)\s*/i).map(nameKey).filter(x => x !== '')
}

function sameAuthors (got: string[], want: string): boolean {
  const g = new Set(got.flatMap(splitNames))
  const w = new Set(splitNames(want))
  if (g.size !== w.size) return false
  for (const x of w) if (!g.has(x)) return false
  return true
}

function percentile (xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
}

interface PageScore {
  id: string
  p: number
  r: number
  f: number
  /** The same, caption blocks left out. */
  nc: { p: number, r: number, f: number }
  withHit: number
  withTotal: number
  withoutHit: number
  withoutTotal: number
  title: { got: string | null, want: string | null, ok: boolean }
  date: { got: string | null, want: string | null, ok: boolean }
  author: { got: string[], want: string | null, ok: boolean }
  ms: number
  error?: string
}

function main (): void {
  const args = process.argv.slice(2)
  let dir = join(process.cwd(), '..', 'shared', 'dev-data', 'wcxb-articles')
  let jsonOut: string | undefined
  let worst = 15
  let only: string | undefined
  let frontEnd = false
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--json') jsonOut = args[++i]
    else if (args[i] === '--worst') worst = Number(args[++i])
    else if (args[i] === '--only') only = args[++i]
    else if (args[i] === '--front-end') frontEnd = true
    else dir = args[i]
  }
  const htmlDir = join(dir, 'html')
  if (!existsSync(htmlDir)) throw new Error(`no html/ folder in ${dir}`)
  const ids = readdirSync(htmlDir).filter(f => f.endsWith('.html.gz') || f.endsWith('.html')).map(f => f.replace(/\.html(\.gz)?$/, '')).sort()
  const scores: PageScore[] = []
  for (const id of ids) {
    if (only !== undefined && !only.split(',').includes(id)) continue
    const gz = join(htmlDir, `${id}.html.gz`)
    const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : readFileSync(join(htmlDir, `${id}.html`))
    const gt = (JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')) as { ground_truth: Truth, url?: string })
    const truth = gt.ground_truth
    const t0 = performance.now()
    let body = ''
    let bodyNoCaptions = ''
    let title: string | null = null
    let published: string | null = null
    let authors: string[] = []
    let error: string | undefined
    try {
      if (frontEnd) {
        const draft = parseHtml(decodeBytes(bytes).text, gt.url)
        body = draft.blocks.map(b => b.text).join('\n\n')
        bodyNoCaptions = draft.blocks.filter(b => b.type !== 'caption').map(b => b.text).join('\n\n')
        title = draft.hints.title ?? null
        published = draft.hints.published ?? null
        authors = draft.hints.authors ?? []
      } else {
        const { article } = processPage({ content: bytes, format: 'html', url: gt.url })
        body = article.body.map(b => b.text).join('\n\n')
        bodyNoCaptions = article.body.filter(b => b.type !== 'caption').map(b => b.text).join('\n\n')
        title = article.title
        published = article.published
        authors = article.authors
      }
    } catch (e) {
      error = (e as Error).message
    }
    const ms = performance.now() - t0
    const { p, r, f } = prf(body, truth.main_content ?? '')
    const fb = fold(body)
    const withs = truth.with ?? []
    const withouts = truth.without ?? []
    scores.push({
      id,
      p,
      r,
      f,
      nc: prf(bodyNoCaptions, truth.main_content ?? ''),
      withHit: withs.filter(s => fb.includes(fold(s))).length,
      withTotal: withs.length,
      withoutHit: withouts.filter(s => !fb.includes(fold(s))).length,
      withoutTotal: withouts.length,
      title: { got: title, want: truth.title, ok: truth.title === null ? title === null : title !== null && fold(title) === fold(truth.title) },
      date: { got: published, want: truth.publish_date, ok: truth.publish_date === null ? published === null : published !== null && published.slice(0, 10) === truth.publish_date.slice(0, 10) },
      author: { got: authors, want: truth.author, ok: truth.author === null ? authors.length === 0 : sameAuthors(authors, truth.author) },
      ms,
      ...(error !== undefined ? { error } : {})
    })
  }
  const n = scores.length
  const mean = (xs: number[]): number => xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length
  const share = (xs: PageScore[], pick: (s: PageScore) => boolean): string => xs.length === 0 ? 'n/a' : `${(100 * xs.filter(pick).length / xs.length).toFixed(1)}% (${xs.filter(pick).length}/${xs.length})`
  const withT = scores.reduce((a, s) => a + s.withTotal, 0)
  const withH = scores.reduce((a, s) => a + s.withHit, 0)
  const woT = scores.reduce((a, s) => a + s.withoutTotal, 0)
  const woH = scores.reduce((a, s) => a + s.withoutHit, 0)
  const ms = scores.map(s => s.ms)
  const rows: Array<[string, string]> = [
    ['pages', String(n)],
    ['body precision (mean)', mean(scores.map(s => s.p)).toFixed(4)],
    ['body recall (mean)', mean(scores.map(s => s.r)).toFixed(4)],
    ['body F1 (mean)', mean(scores.map(s => s.f)).toFixed(4)],
    ['body F1 (median)', percentile(scores.map(s => s.f), 0.5).toFixed(4)],
    ['pages F1 < 0.5', String(scores.filter(s => s.f < 0.5).length)],
    ['body P / R / F1 without caption blocks', `${mean(scores.map(s => s.nc.p)).toFixed(4)} / ${mean(scores.map(s => s.nc.r)).toFixed(4)} / ${mean(scores.map(s => s.nc.f)).toFixed(4)}`],
    ['with[] snippets found', withT === 0 ? 'n/a' : `${(100 * withH / withT).toFixed(1)}% (${withH}/${withT})`],
    ['without[] snippets absent', woT === 0 ? 'n/a' : `${(100 * woH / woT).toFixed(1)}% (${woH}/${woT})`],
    ['title right', share(scores, s => s.title.ok)],
    ['date right (truth has a date)', share(scores.filter(s => s.date.want !== null), s => s.date.ok)],
    ['no date, none given', share(scores.filter(s => s.date.want === null), s => s.date.ok)],
    ['author right (truth has one)', share(scores.filter(s => s.author.want !== null), s => s.author.ok)],
    ['no author, none given', share(scores.filter(s => s.author.want === null), s => s.author.ok)],
    ['errors', String(scores.filter(s => s.error !== undefined).length)],
    ['time per page, mean (ms)', mean(ms).toFixed(1)],
    ['time per page, p95 (ms)', percentile(ms, 0.95).toFixed(1)]
  ]
  const w = Math.max(...rows.map(r => r[0].length))
  console.log(`pagewash HTML eval on ${dir}${frontEnd ? ' (HTML front end only, before the text stages)' : ''}`)
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`)
  if (worst > 0) {
    console.log(`\nworst ${worst} pages by F1:`)
    for (const s of [...scores].sort((a, b) => a.f - b.f).slice(0, worst)) {
      console.log(`  ${s.id}  F1 ${s.f.toFixed(3)}  P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}${s.error !== undefined ? '  error: ' + s.error : ''}`)
    }
  }
  if (jsonOut !== undefined) {
    writeFileSync(jsonOut, JSON.stringify({ dir, summary: Object.fromEntries(rows), pages: scores }, null, 2))
    console.log(`\ndetails written to ${jsonOut}`)
  }
}

if (process.argv[1] !== undefined && /eval-html\.[jt]s$/.test(process.argv[1])) main()
