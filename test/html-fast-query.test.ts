/**
 * The metadata hints answer the selectors they ask most from one sorted list of the page's elements
 * (src/parse/html/meta.ts `fastQuery`), not by css-select's walk per selector: each answer must be cheerio's own,
 * element for element and in document order, on real pages and on nestings the tests write.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'cheerio'
import { decodeBytes } from '../src/decode/index.js'
import { FAST_SELECTORS, fastQuery } from '../src/parse/html/meta.js'

const FIXTURES = join(import.meta.dirname, 'fixtures')

const pages: string[] = []
for (const dir of ['html', 'zh-eval/html']) {
  for (const f of readdirSync(join(FIXTURES, dir)).filter(f => f.endsWith('.html')).sort()) {
    pages.push(decodeBytes(readFileSync(join(FIXTURES, dir, f)), { sniffMeta: true }).text)
  }
}
// times in and out of <article> and <main>, nested both ways, before and after the body; attributes of every kind;
// XenForo's date stamps, one missing each attribute
pages.push(
  '<html><head><title>T</title><meta name="a" content="b"></head><body><main><article><time datetime="2024-01-02">x</time>' +
  '</article><time pubdate datetime="2024-01-03">y</time></main><time>z</time><article><main><time datetime="">w</time>' +
  '</main></article><p class="post-date" itemprop="datePublished author">May 1, 2024</p><a rel="nofollow author" href="/a">A</a>' +
  '<img alt="x"><span id="Author-box">By A</span><h1>H</h1><abbr class="DateTime" data-time="1462627380" ' +
  'data-datestring="2016年5月7日" data-timestring="下午9:23">星期六 下午9:23</abbr><abbr data-time="1">no day</abbr>' +
  '<abbr data-datestring="2016年5月8日">no time</abbr><ABBR Data-Time="3" DATA-DATESTRING="2016年5月10日">upper</ABBR>' +
  '</body></html><time datetime="2024-01-04">after</time>' +
  '<abbr data-time="2" data-datestring="2016年5月9日">after</abbr>',
  '<time datetime="2024-01-05">no body</time><article><time>t</time></article>'
)

t.test('every selector fastQuery answers is answered as cheerio answers it', async t => {
  let asked = 0
  let found = 0
  for (const html of pages) {
    const $ = load(html)
    const fast = fastQuery(load(html))
    for (const selector of FAST_SELECTORS) {
      const want = $(selector).toArray().map(el => $.html(el))
      const got = fast(selector).toArray().map(el => fast.html(el))
      asked++
      found += want.length
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        t.fail(`${selector}: ${got.length} elements, cheerio ${want.length}`)
        return
      }
    }
  }
  t.ok(asked > 100, `${asked} selections compared`)
  t.ok(found > 1000, `${found} elements found`)
})
