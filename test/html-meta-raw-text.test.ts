/**
 * How the front end reads the raw text it compares titles with (issue #12, session 12): a headline's line breaks
 * are spaces, JSON-LD strings are decoded of their character references before any comparison, and the words that
 * make a title's suffix a site's name are data (data/title-site-words.json). Snippets are from WCXB dev pages.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'cheerio'
import { readHints } from '../src/parse/html/meta.js'
import { cleanTitle } from '../src/metadata/title.js'
import { decodeEntities } from '../src/text/entities.js'
import { ROOT } from './helpers.js'

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const hints = (head: string, body: string): ReturnType<typeof readHints> => readHints(load(page(head, body)))
const PROSE = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(4)

t.test('a headline broken over lines with <br> keeps its words apart (WCXB 0378, 0022)', async t => {
  const a = hints('<title>Weekend Coding Agent | TheFocus.AI Labs</title>',
    `<h1 class="text-6xl font-black"> WEEKEND<br>CODING<br> <span class="text-rand-blue">AGENT</span> </h1>${PROSE}`)
  t.equal(a.title, 'WEEKEND CODING AGENT')
  const b = hints('<title>Top MBA Programs of 2025: Business School Rankings &amp; Guides</title>',
    `<h1 class="wp-block-heading">Top MBA Programs of 2025 (US)<br>Your Guide to the Best Business Schools</h1>${PROSE}`)
  t.equal(b.title, 'Top MBA Programs of 2025 (US) Your Guide to the Best Business Schools')
})

t.test('a headline\'s script text is not part of it', async t => {
  const h = hints('<title>Harbour Bridge Reopens</title>',
    `<h1>Harbour Bridge <script>window.x = 1</script>Reopens</h1>${PROSE}`)
  t.equal(h.title, 'Harbour Bridge Reopens')
})

t.test('a JSON-LD headline is compared decoded: the <h1> it announces is found (WCXB 0140)', async t => {
  // the page's JSON-LD writes `&#39;`; the headline a reader sees is an <h1> that the decoded headline starts with
  const ld = '{"@context":"https://schema.org","@type":"Article","headline":"Houston&#39;s Hottest New Restaurants to Visit This Month, December 2025"}'
  const h = hints(`<title>Houston&#39;s Hottest New Restaurants to Visit This Month, December 2025 | Houstonia Magazine</title><script type="application/ld+json">${ld}</script>`,
    `<header><h1>Houstonia Magazine</h1></header><article><h1>Houston's Hottest New Restaurants to Visit This Month</h1>${PROSE}</article>`)
  t.equal(h.title, "Houston's Hottest New Restaurants to Visit This Month")
})

t.test('JSON-LD strings of every field are decoded (a name, a doubly escaped dash)', async t => {
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Wedding Planning Tools &amp;#8211; Caterer Comparison Spreadsheet', author: { '@type': 'Person', name: 'Siobhan O&#8217;Brien' } })
  const h = hints(`<script type="application/ld+json">${ld}</script>`, PROSE)
  t.equal(h.title, 'Wedding Planning Tools – Caterer Comparison Spreadsheet')
  t.same(h.authors, ['Siobhan O’Brien'])
})

t.test('decodeEntities: numeric, hex, named and doubly escaped references; plain text untouched', async t => {
  t.equal(decodeEntities('Best Long-Distance &#038; Cross-Country Movers 2026'), 'Best Long-Distance & Cross-Country Movers 2026')
  t.equal(decodeEntities('Hire Movers from SF&#x27;s 21+ Best Moving Companies (2024)'), "Hire Movers from SF's 21+ Best Moving Companies (2024)")
  t.equal(decodeEntities('Gold&amp;#039;s Gym'), "Gold's Gym")
  t.equal(decodeEntities('R&D at AT&T'), 'R&D at AT&T')
})

t.test('every ending of data/title-site-words.json makes a title\'s suffix after a dash a site name', async t => {
  const doc = JSON.parse(readFileSync(join(ROOT, 'data', 'title-site-words.json'), 'utf8')) as { endings: Array<{ words: string[] }> }
  for (const word of doc.endings.flatMap(e => e.words)) {
    t.equal(cleanTitle(`Harbour Bridge Reopens After Repairs - Example ${word}`), 'Harbour Bridge Reopens After Repairs', word)
  }
  t.equal(cleanTitle('Harbour Bridge Reopens After Repairs - Bridges and Tunnels Explained'),
    'Harbour Bridge Reopens After Repairs - Bridges and Tunnels Explained', 'a suffix that names no site stays')
  t.equal(cleanTitle('Harbour Bridge Reopens After Repairs - www.example'), 'Harbour Bridge Reopens After Repairs', 'a host name')
})
