/**
 * A page's sentences die young, as its tokens do (test/old-generation.test.ts): the flag rules split every segment
 * into sentences and keep them for the page (src/flags/text.ts `sentences`). Made as object literals, their allocation
 * site was pretenured once a scavenge found them alive in the middle of a page, and every later sentence was born in
 * the old generation: in pages mapped afresh after each full collection, each 4 KiB a page fault, and freed only by
 * the next full collection (the flag rules on the 200 KB generated article took 90 faults a run, 53 once the
 * sentences were made by a constructor; docs/performance.md, session 25). Measured as the old generation's growth
 * over 100 pages of that article after a full collection: 7.7-14.5 MB with the literals under tap, 0.0 now. In a file
 * of its own: whether V8 has pretenured a site depends on what the process ran before.
 */
import t from 'tap'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { processPage } from '../src/pipeline.js'
import { sentences, startPage } from '../src/flags/text.js'
import { articlePage } from './generated.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Pages before the measurement: the code optimized, and a pretenured site (if any) decided. */
const WARM_PAGES = 20
const PAGES = 100
/** Growth allowed: none is expected (0.0 measured); the literals grew it by 7.7 MB at the least. */
const MAX_GROWTH_MB = 3

const oldSpaceMb = (): number =>
  (getHeapSpaceStatistics().find(s => s.space_name === 'old_space')?.space_used_size ?? 0) / 1024 / 1024

t.test('the sentences of a prose page of 420 paragraphs leave nothing in the old generation', async t => {
  const { article } = processPage({ content: articlePage(200_000) })
  const texts = article.body.map(b => b.text)
  t.ok(texts.length > 400, `${texts.length} paragraphs`)
  const page = (): void => {
    startPage()
    for (const text of texts) sentences(text)
  }
  for (let i = 0; i < WARM_PAGES; i++) page()
  gc()
  const before = oldSpaceMb()
  let peak = 0
  for (let i = 0; i < PAGES; i++) {
    page()
    peak = Math.max(peak, oldSpaceMb() - before)
  }
  t.ok(peak < MAX_GROWTH_MB, `old generation grew ${peak.toFixed(1)} MB over ${PAGES} pages`)
})
