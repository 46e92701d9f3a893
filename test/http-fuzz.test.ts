/**
 * Bad input gets a clear answer, never a 500: the seeds and the HTML fixtures (UTF-8, GBK, Big5), cut and spliced
 * with markup, charset declarations, byline and date fragments and stray bytes by a seeded generator, posted under
 * every raw media type and query the route takes. Every answer is a 2xx or a 4xx problem+json; a 5xx fails.
 */
import t from 'tap'
import { readdirSync } from 'node:fs'
import { FIXTURES, fixture, seed, SEED_IDS, testApp } from './helpers.js'
import { randomInts } from './random.js'

/** Pages posted: enough to meet every kind of splice on each kind of page, quick on a shared machine. */
const PAGES = 80

const SPLICES = [
  '<', '>', '</', '<script>', '</div>', '&#', '&#x', ';', '"', "'", '=', '\u0000', '\uffff', '<!--', '-->',
  '<![CDATA[', '<meta charset="gbk">', '<meta charset="x-nonsense">', '<style>', '{', '}', '@media', '<table>',
  '<td>', '<li>', '<h1>', '<br>', '\r', '必威体育', '记者', '责任编辑：', '2025年13月45日', '0000-00-00', 'By ',
  '<time datetime="99999-01-01">',
  '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"x","author":{"name":[1,{}]}}</script>'
]
const TYPES = [
  'text/html', 'text/plain', 'application/octet-stream', 'text/html; charset=gbk', 'text/html; charset=big5',
  'text/plain; charset=utf-16', 'text/html; charset=nonsense', 'application/xhtml+xml'
]
const QUERIES = [
  '', '?format=text', '?format=html', '?format=auto', '?url=not%20a%20url', '?fetchedAt=2025-02-30',
  '?output=markdown', '?output=markdown&footnotes=true'
]

function mutate (page: Buffer, r: (n: number) => number): Buffer {
  const parts: Buffer[] = []
  const cuts = 1 + r(20)
  let at = 0
  for (let k = 0; k < cuts; k++) {
    const end = Math.min(page.length, at + r(Math.max(1, Math.floor(page.length / cuts)) + 1))
    parts.push(page.subarray(at, end))
    at = end
    const how = r(4)
    if (how === 0) parts.push(Buffer.from(SPLICES[r(SPLICES.length)]))
    else if (how === 1) parts.push(Buffer.from([r(256), r(256), r(256)]))
    else if (how === 2) at = Math.min(page.length, at + r(200))
  }
  parts.push(page.subarray(at))
  return Buffer.concat(parts)
}

t.test('mutated real pages: every answer a 2xx or a 4xx problem, never a 5xx', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const html = readdirSync(`${FIXTURES}/html`).filter(f => f.endsWith('.html')).map(f => fixture(`html/${f}`))
  const pages = [...SEED_IDS.map(id => Buffer.from(seed(id))), ...html]
  const r = randomInts(12345)
  const statuses = new Map<number, number>()
  for (let n = 0; n < PAGES; n++) {
    const payload = mutate(pages[r(pages.length)], r)
    const type = TYPES[r(TYPES.length)]
    const query = QUERIES[r(QUERIES.length)]
    const res = await app.inject({ method: 'POST', url: `/v1/articles${query}`, headers: { 'content-type': type }, payload })
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
    if (res.statusCode >= 500) t.fail(`page ${n} (${type}, "${query}") got ${res.statusCode}: ${res.body.slice(0, 200)}`)
    else if (res.statusCode >= 400) {
      t.match(res.headers["content-type"], /application\/problem\+json/, `page ${n}: a problem`)
    }
  }
  t.ok((statuses.get(200) ?? 0) > PAGES / 2, `most pages still read: ${JSON.stringify([...statuses])}`)
})
