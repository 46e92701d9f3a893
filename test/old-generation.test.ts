/**
 * What one page allocates dies young: a page's tokens, n-grams and blocks are garbage once the page is answered, and
 * a scavenge (a minor collection, copying only what is alive) frees them. Two things had them reach the old
 * generation, where only a full mark-compact frees them, and the seed pages ran 25-35% slower for it (flags 3x):
 * - a long-lived `Map` or `Set` emptied with `clear()` (the flag rules' page caches, eld's n-gram set): V8 gives an
 *   old collection its new, empty table in the old generation, and what the page puts in it is then held by the
 *   old-to-new remembered set through every scavenge, promoted, and held until the next full collection;
 * - an object literal made per word (the tokens): V8 pretenures an allocation site whose objects survive a
 *   scavenge (a page's tokens live as long as the page's rules run), and from then on every token was born old.
 * Measured here as the old generation's growth over many seed pages, without a full collection in between: on the
 * code before the fix it grew 112-120 MB (flags) and 196 MB (whole pages) in plain node, 77 and 92 MB under tap; now
 * 0.3 and 6.7 MB (0.2 and 3.4 under tap). A control shows the measurement sees the pattern, and a page's objects put
 * in a `new Map()` instead leave nothing (0.0 MB, measured in plain node).
 */
import t from 'tap'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { processPage } from '../src/pipeline.js'
import { runRules } from '../src/flags/index.js'
import { flagTargets } from '../src/structure/parts.js'
import { SEED_IDS, seed } from './helpers.js'

/** Pages run before the measurement: the code is optimized and every lazy table is built. */
const WARM_PAGES = 200
/** Pages measured: several scavenges' worth of allocation (a seed page allocates about 1 MB). */
const PAGES = 1000
/**
 * Old-generation growth allowed over the measured pages: 2.4x the most measured now (6.7 MB, whole pages in plain
 * node; 3.4 under tap), a fifth of the old code's least (77 MB under tap). The growth a held page causes is capped
 * by when V8 starts a full collection, which depends on the heap's size: the control reaches about 30 MB in plain
 * node and over 200 MB under tap, whose process holds more.
 */
const MAX_GROWTH_MB = 16

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const oldSpaceMb = (): number =>
  (getHeapSpaceStatistics().find(s => s.space_name === 'old_space')?.space_used_size ?? 0) / 1024 / 1024

/** The old generation's largest growth while `work` runs PAGES times, after a full collection. */
function oldGrowth (work: (i: number) => void): number {
  for (let i = 0; i < WARM_PAGES; i++) work(i)
  gc()
  const before = oldSpaceMb()
  let peak = 0
  for (let i = 0; i < PAGES; i++) {
    work(i)
    if (i % 50 === 0) peak = Math.max(peak, oldSpaceMb() - before)
  }
  return peak
}

const seeds = SEED_IDS.map(id => Buffer.from(seed(id)))

t.test('the flag rules leave nothing of a page in the old generation', async t => {
  const pages = seeds.map(content => {
    const { article } = processPage({ content, format: 'text' })
    return flagTargets(article.body, article.title)
  })
  const growth = oldGrowth(i => { runRules(pages[i % pages.length]) })
  t.ok(growth < MAX_GROWTH_MB, `old generation grew ${growth.toFixed(1)} MB over ${PAGES} pages`)
})

t.test('whole text pages leave nothing in the old generation', async t => {
  const growth = oldGrowth(i => { processPage({ content: seeds[i % seeds.length], format: 'text' }) })
  t.ok(growth < MAX_GROWTH_MB, `old generation grew ${growth.toFixed(1)} MB over ${PAGES} pages`)
})

t.test('control: a long-lived Map emptied with clear() holds each page\'s objects in the old generation', async t => {
  const cache = new Map<string, Array<{ word: string, at: number }>>()
  const texts = seeds.map(s => s.toString('utf8'))
  const growth = oldGrowth(() => {
    cache.clear()
    for (const [k, text] of texts.entries()) {
      cache.set(`${k}`, text.split(' ').map((word, at) => ({ word, at })))
    }
  })
  t.ok(growth > MAX_GROWTH_MB, `the control grew ${growth.toFixed(1)} MB`)
})
