/**
 * pagewash beside other article extractors, in-process on one core, in one run on the same pages:
 * @mozilla/readability on linkedom and on jsdom, and @postlight/parser (asynchronous: measured alone, call after
 * awaited call; a machine without it gets a row that says why). Pages: the seeds
 * (pagewash reads them as text, the others as HTML with one `<p>` per line), the development pages when
 * ../shared/dev-data is beside the clone (pagewash reads the Chinese ones in GBK with no charset declared, and
 * finds it; the others read them in UTF-8), and generated article pages of 20 KB, 200 KB and 2 MB. Each row gives
 * pages/s, the ratio to Readability + linkedom on the same pages, and the cost per KB. pagewash and Readability +
 * linkedom run in turns on each set, so that the machine's changes of speed fall on both.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import { processPage } from '../src/pipeline.js'
import { measure, measureAsync, measureSideBySide, type BenchRow } from './measure.js'
import { articlePage } from '../test/generated.js'

const SEEDS = join('test', 'fixtures', 'seeds')
const DEV_HTML = join('..', 'shared', 'dev-data', 'wcxb-articles', 'html')
const DEV_ZH = join('..', 'shared', 'dev-data', 'daniel-zh', 'html')
/** Development pages measured (the first ones by name): enough for a stable mean, few enough for a short run. */
const DEV_PAGES = 40
/** Generated page sizes: the 20 KB, 200 KB and 2 MB. */
const SIZES = [20_000, 200_000, 2_000_000]
/**
 * How long each extractor runs on each page set (after a fifth of it as warm-up); pagewash and Readability + linkedom
 * in turns (`measureSideBySide`).
 */
const RUN_MS = 2000

/** `own`: what pagewash reads instead of `html` (the seeds as text, a page in a legacy charset), as `format`. */
interface PageSet { name: string, html: Buffer[], own?: Buffer[], format?: 'text' | 'html' }
type Extract = (page: Buffer) => void
type ExtractAsync = (page: Buffer) => Promise<void>
/** The DOM document Readability reads (no DOM library types in this project). */
type Doc = ConstructorParameters<typeof Readability>[0]
/** An extractor: `run` when it answers at once, `runAsync` when with a promise; neither, and why, when missing. */
interface Extractor { name: string, run?: Extract, runAsync?: ExtractAsync, missing?: string }

function pageSets (): PageSet[] {
  const sets: PageSet[] = []
  if (existsSync(SEEDS)) {
    const text = readdirSync(SEEDS).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(SEEDS, f)))
    const html = text.map(b => Buffer.from('<html><body>' + b.toString('utf8').split('\n').filter(l => l.trim() !== '')
      .map(l => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('') + '</body></html>'))
    sets.push({ name: `seeds (${text.length}, text for pagewash)`, html, own: text, format: 'text' })
  }
  if (existsSync(DEV_HTML)) {
    const html = readdirSync(DEV_HTML).sort().slice(0, DEV_PAGES).map(f => gunzipSync(readFileSync(join(DEV_HTML, f))))
    sets.push({ name: `dev-data HTML (${html.length})`, html })
  }
  if (existsSync(DEV_ZH)) {
    const html = readdirSync(DEV_ZH).sort().slice(0, DEV_PAGES).map(f => gunzipSync(readFileSync(join(DEV_ZH, f))))
    // as a crawler that kept a GBK page's bytes and no header has it: the charset is found from the bytes
    const gbk = html.map(b => iconv.encode(b.toString('utf8').replace(/<meta[^>]*charset[^>]*>/gi, ''), 'gb18030'))
    const name = `daniel-zh (${html.length}; pagewash reads GBK, undeclared)`
    sets.push({ name, html, own: gbk, format: 'html' })
  }
  for (const size of SIZES) sets.push({ name: `generated ${size / 1000} KB`, html: [articlePage(size)] })
  return sets
}

/** Loads an optional extractor by module name; `undefined` with the reason when it is not installed or fails. */
async function optional (name: string): Promise<unknown> {
  try {
    return await import(name)
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err))
  }
}

type JsdomModule = {
  JSDOM?: new (html: string, options: { virtualConsole: unknown }) => { window: { document: Doc, close: () => void } }
  VirtualConsole?: new () => unknown
} | Error

/** Readability on jsdom, when jsdom is installed. */
async function jsdomExtractor (): Promise<Extractor> {
  const jsdom = await optional('jsdom') as JsdomModule
  if (jsdom instanceof Error || jsdom.JSDOM === undefined) {
    return { name: 'Readability + jsdom', missing: 'jsdom not installed' }
  }
  const JSDOM = jsdom.JSDOM
  // a console that is not forwarded: by default jsdom prints every style sheet its CSS parser cannot read, whole, to
  // the process's console (pages of CSS between the bench's rows, and the printing timed as jsdom's work)
  const virtualConsole = jsdom.VirtualConsole === undefined ? undefined : new jsdom.VirtualConsole()
  const run: Extract = page => {
    const w = new JSDOM(page.toString('utf8'), { virtualConsole }).window
    new Readability(w.document).parse()
    w.close()
  }
  return { name: 'Readability + jsdom', run }
}

/** @postlight/parser's one call (the package ships no types). */
interface PostlightModule {
  default: { parse: (url: string, options: { html: string, fetchAllPages: boolean }) => Promise<unknown> }
}
/**
 * The address Postlight is given with each page: `.invalid` never resolves (RFC 2606). With the page's HTML given and
 * `fetchAllPages` off it fetches nothing; on, it fetches what it takes for the next page, and on the generated pages it
 * takes the navigation's `/section/1` for one.
 */
const POSTLIGHT_URL = 'https://pagewash.invalid/article'

/**
 * @postlight/parser on its own cheerio, when installed. Its `difflib` dependency names a git host, which an install
 * from the npm registry alone cannot reach: package.json `overrides` it with the registry's `difflib`
 * 0.2.4, the library Postlight's fork was made from (its one use is `SequenceMatcher.ratio` on two URLs, in the
 * next-page search).
 */
async function postlightExtractor (): Promise<Extractor> {
  const name = '@postlight/parser'
  const postlight = await optional('@postlight/parser') as PostlightModule | Error
  if (postlight instanceof Error) return { name, missing: `not installed (${postlight.message.split('\n')[0]})` }
  const parser = postlight.default
  const runAsync: ExtractAsync = async page => {
    await parser.parse(POSTLIGHT_URL, { html: page.toString('utf8'), fetchAllPages: false })
  }
  return { name, runAsync }
}

async function extractors (): Promise<Extractor[]> {
  const linkedom: Extract = page => {
    new Readability((parseHTML(page.toString('utf8')) as { document: Doc }).document).parse()
  }
  const list: Extractor[] = [
    { name: 'pagewash processPage', run: page => { processPage({ content: page, format: 'html' }) } },
    { name: 'Readability + linkedom', run: linkedom }
  ]
  list.push(await jsdomExtractor())
  list.push(await postlightExtractor())
  return list
}

/** The extractors measured in turns with each other: pagewash and the baseline of its ratio. */
const SIDE_BY_SIDE = new Set(['pagewash processPage', 'Readability + linkedom'])

/** The pages an extractor reads in a set (pagewash its own input when the set has one), in turn. */
function nextPage (set: PageSet, ex: Extractor): () => Buffer {
  const pages = ex.name.startsWith('pagewash') && set.own !== undefined ? set.own : set.html
  let i = 0
  return () => pages[i++ % pages.length]
}

/** One call: the extractor on the set's next page (pagewash on its own input, in its own format). */
function pageLoop (set: PageSet, ex: Extractor): () => void {
  const format = set.format ?? 'html'
  const run: Extract = ex.name.startsWith('pagewash') ? page => { processPage({ content: page, format }) } : ex.run!
  const next = nextPage(set, ex)
  return () => { run(next()) }
}

/** Least CPU time over wall time for an asynchronous extractor's rate to be its cost (see `measureAsync`). */
const BUSY_SHARE = 0.9

function row (set: PageSet, ex: Extractor, perSecond: number, base: number | undefined, busy?: number): BenchRow {
  const kb = set.html.reduce((n, p) => n + p.length, 0) / set.html.length / 1024
  const ratio = base === undefined ? '' : `, ${(perSecond / base).toFixed(2)}x Readability+linkedom`
  const idle = busy !== undefined && busy < BUSY_SHARE ? `, on the CPU ${(busy * 100).toFixed(0)}% of the time` : ''
  return {
    name: `compare: ${set.name}: ${ex.name}`,
    opsPerSecond: perSecond,
    unit: 'pages/s',
    note: `${(1000 / perSecond).toFixed(2)} ms/page, ${(1e6 / perSecond / kb).toFixed(1)} µs/KB${ratio}${idle}`
  }
}

/** A row without a rate: an extractor not installed, or one that failed on a set, and why. */
function unmeasured (what: string, why: string): BenchRow {
  return { name: `compare: ${what}`, opsPerSecond: 0, unit: 'pages/s', note: why }
}

export default async function bench (): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const all = await extractors()
  const perSize = new Map<string, number>()
  for (const set of pageSets()) {
    const timed = all.filter(ex => ex.run !== undefined).map(ex => ({ ex, loop: pageLoop(set, ex) }))
    // pagewash and its baseline in turns (`measureSideBySide`); the others alone, after them
    const paired = timed.filter(t => SIDE_BY_SIDE.has(t.ex.name))
    const rates = new Map<string, number>()
    measureSideBySide(paired.map(t => t.loop), RUN_MS).forEach((rate, k) => rates.set(paired[k].ex.name, rate))
    for (const t of timed) if (!rates.has(t.ex.name)) rates.set(t.ex.name, measure(t.loop, RUN_MS))
    const base = rates.get('Readability + linkedom')
    for (const { ex } of timed) {
      const perSecond = rates.get(ex.name)!
      rows.push(row(set, ex, perSecond, ex.name.startsWith('pagewash') ? undefined : base))
      if (ex.name.startsWith('pagewash')) perSize.set(set.name, perSecond)
    }
    // the asynchronous extractors alone, after the others: awaited call after call; one that throws on a page of the
    // set gets a row that says so, and the bench goes on
    for (const ex of all.filter(e => e.runAsync !== undefined)) {
      const next = nextPage(set, ex)
      try {
        const { perSecond, busy } = await measureAsync(async () => { await ex.runAsync!(next()) }, RUN_MS)
        rows.push(row(set, ex, perSecond, base, busy))
      } catch (err) {
        const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]
        rows.push(unmeasured(`${set.name}: ${ex.name}`, `failed: ${why}`))
      }
    }
    // pagewash's ratio, now that the baseline of this set is known
    const own = rows.find(r => r.name === `compare: ${set.name}: pagewash processPage`)
    if (own !== undefined && base !== undefined) {
      own.note += `, ${(own.opsPerSecond / base).toFixed(2)}x Readability+linkedom`
    }
  }
  for (const ex of all.filter(e => e.run === undefined && e.runAsync === undefined)) {
    rows.push(unmeasured(ex.name, `skipped: ${ex.missing!}`))
  }
  const small = perSize.get(`generated ${SIZES[1] / 1000} KB`)
  const large = perSize.get(`generated ${SIZES[2] / 1000} KB`)
  if (small !== undefined && large !== undefined) {
    const name = 'compare: pagewash 2 MB page cost / 200 KB page cost'
    rows.push({ name, opsPerSecond: small / large, unit: 'x', note: 'target <= 12' })
  }
  return rows
}
