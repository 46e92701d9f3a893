/**
 * pagewash beside other article extractors, in-process on one core, in one run on the same pages:
 * @mozilla/readability on linkedom and on jsdom, and @postlight/parser when it is installed (it depends on a
 * package fetched from a git host, which not every machine reaches: then its row says so). Pages: the seeds
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
import { measure, measureSideBySide, type BenchRow } from './measure.js'
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
/** The DOM document Readability reads (no DOM library types in this project). */
type Doc = ConstructorParameters<typeof Readability>[0]
interface Extractor { name: string, run: Extract | undefined, missing?: string }

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

type JsdomModule = { JSDOM?: new (html: string) => { window: { document: Doc, close: () => void } } } | Error

/** Readability on jsdom, when jsdom is installed. */
async function jsdomExtractor (): Promise<Extractor> {
  const jsdom = await optional('jsdom') as JsdomModule
  if (jsdom instanceof Error || jsdom.JSDOM === undefined) {
    return { name: 'Readability + jsdom', run: undefined, missing: 'jsdom not installed' }
  }
  const JSDOM = jsdom.JSDOM
  const run: Extract = page => {
    const w = new JSDOM(page.toString('utf8')).window
    new Readability(w.document).parse()
    w.close()
  }
  return { name: 'Readability + jsdom', run }
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
  const postlight = await optional('@postlight/parser')
  // @postlight/parser is asynchronous only: it cannot be timed in this synchronous loop without measuring the event
  // loop
  const missing = postlight instanceof Error
    ? 'not installed (its difflib dependency comes from a git host)'
    : 'asynchronous API, not timed here'
  list.push({ name: '@postlight/parser', run: undefined, missing })
  return list
}

/** The extractors measured in turns with each other: pagewash and the baseline of its ratio. */
const SIDE_BY_SIDE = new Set(['pagewash processPage', 'Readability + linkedom'])

/** One call: the extractor on the set's next page (pagewash on its own input when the set has one). */
function pageLoop (set: PageSet, ex: Extractor): () => void {
  const pagewash = ex.name.startsWith('pagewash')
  const pages = pagewash && set.own !== undefined ? set.own : set.html
  const format = pagewash ? set.format ?? 'html' : 'html'
  const run: Extract = pagewash ? page => { processPage({ content: page, format }) } : ex.run!
  let i = 0
  return () => { run(pages[i++ % pages.length]) }
}

function row (set: PageSet, ex: Extractor, perSecond: number, base: number | undefined): BenchRow {
  const kb = set.html.reduce((n, p) => n + p.length, 0) / set.html.length / 1024
  const ratio = base === undefined ? '' : `, ${(perSecond / base).toFixed(2)}x Readability+linkedom`
  return {
    name: `compare: ${set.name}: ${ex.name}`,
    opsPerSecond: perSecond,
    unit: 'pages/s',
    note: `${(1000 / perSecond).toFixed(2)} ms/page, ${(1e6 / perSecond / kb).toFixed(1)} µs/KB${ratio}`
  }
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
    // pagewash's ratio, now that the baseline of this set is known
    const own = rows.find(r => r.name === `compare: ${set.name}: pagewash processPage`)
    if (own !== undefined && base !== undefined) {
      own.note += `, ${(own.opsPerSecond / base).toFixed(2)}x Readability+linkedom`
    }
  }
  for (const ex of all.filter(e => e.run === undefined)) {
    rows.push({ name: `compare: ${ex.name}`, opsPerSecond: 0, unit: 'pages/s', note: `skipped: ${ex.missing!}` })
  }
  const small = perSize.get(`generated ${SIZES[1] / 1000} KB`)
  const large = perSize.get(`generated ${SIZES[2] / 1000} KB`)
  if (small !== undefined && large !== undefined) {
    const name = 'compare: pagewash 2 MB page cost / 200 KB page cost'
    rows.push({ name, opsPerSecond: small / large, unit: 'x', note: 'target <= 12' })
  }
  return rows
}
