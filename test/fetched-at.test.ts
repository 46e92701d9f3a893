/**
 * The fetch time (`fetchedAt`: a WARC-Date, a client's crawl time) as a bound on the page's dates: a date read as
 * later than the fetch is dropped, an earlier one kept, and the fetch time never becomes the article's date; it
 * reaches the pipeline from the JSON body, the raw body's query, an NDJSON batch line, and a WARC record.
 */
import t from 'tap'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { notAfterFetch } from '../src/metadata/fetched.js'
import { processPage } from '../src/pipeline.js'
import { writeWarc } from '../scripts/warc-write.js'
import { fixture, seed, testApp } from './helpers.js'
import { CLI_RUNS_TIMEOUT_MS, run } from './extract-helpers.js'

t.setTimeout(CLI_RUNS_TIMEOUT_MS)

/** news.utf8.html reads as published at 2023-07-27T08:30:00+08:00, i.e. 00:30 UTC. */
const NEWS = 'html/news.utf8.html'
const NEWS_DATE = '2023-07-27T08:30:00+08:00'
const BEFORE_NEWS = '2023-07-26T12:00:00Z'
const AFTER_NEWS = '2023-07-28T00:00:00Z'

t.test('notAfterFetch: later dates dropped, with slack for clocks and for the time zone of a bare date', async t => {
  t.equal(notAfterFetch(NEWS_DATE, AFTER_NEWS), NEWS_DATE)
  t.equal(notAfterFetch(NEWS_DATE, BEFORE_NEWS), null)
  t.equal(notAfterFetch(NEWS_DATE, '2023-07-27T00:00:00Z'), NEWS_DATE, 'half an hour ahead of the fetch: kept')
  t.equal(notAfterFetch('2022-07-25', '2022-07-25T00:00:00Z'), '2022-07-25', 'the day of the fetch, in any zone')
  t.equal(notAfterFetch('2022-07-25', '2022-07-24T00:00:00Z'), null)
  t.equal(notAfterFetch(null, AFTER_NEWS), null)
  t.equal(notAfterFetch(NEWS_DATE, undefined), NEWS_DATE)
  t.equal(notAfterFetch(NEWS_DATE, 'yesterday'), NEWS_DATE, 'a fetch time that is no date bounds nothing')
})

t.test('the pipeline: a date after the fetch is dropped; the fetch time is never the date', async t => {
  const page = fixture(NEWS)
  t.equal(processPage({ content: page }).article.published, NEWS_DATE)
  t.equal(processPage({ content: page, fetchedAt: AFTER_NEWS }).article.published, NEWS_DATE)
  t.equal(processPage({ content: page, fetchedAt: BEFORE_NEWS }).article.published, null)
  const undated = 'A plain report with no date at all.\n\nIt says what happened and who said so, in two paragraphs.'
  t.equal(processPage({ content: undated, fetchedAt: AFTER_NEWS }).article.published, null)
  t.equal(processPage({ content: seed('000'), fetchedAt: '2022-07-24T00:00:00Z' }).article.published, null)
})

t.test('HTTP: fetchedAt in the JSON body, the raw body\'s query and a batch line; a bad one is a 400', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const content = fixture(NEWS).toString('utf8')
  const json = async (body: object): Promise<Awaited<ReturnType<typeof app.inject>>> =>
    await app.inject({ method: 'POST', url: '/v1/articles', payload: { content, ...body } })
  t.equal((await json({ fetchedAt: AFTER_NEWS })).json().published, NEWS_DATE)
  t.equal((await json({ fetchedAt: BEFORE_NEWS })).json().published, null)
  const bad = await json({ fetchedAt: 'last Tuesday' })
  t.equal(bad.statusCode, 400)
  t.match(bad.json(), { type: /\/validation$/, errors: [{ pointer: '/fetchedAt' }] })
  const raw = await app.inject({
    method: 'POST',
    url: `/v1/articles?fetchedAt=${encodeURIComponent(BEFORE_NEWS)}`,
    headers: { 'content-type': 'text/html' },
    payload: content
  })
  t.equal(raw.statusCode, 200)
  t.equal(raw.json().published, null)
  const lines = [{ id: 1, content, fetchedAt: BEFORE_NEWS }, { id: 2, content }]
  const batch = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: lines.map(l => JSON.stringify(l)).join('\n') + '\n'
  })
  const answers = batch.body.trim().split('\n')
    .map(l => JSON.parse(l) as { id: number, article: { published: string } })
  t.same(answers.map(a => [a.id, a.article.published]), [[1, null], [2, NEWS_DATE]])
  const badLine = await app.inject({
    method: 'POST',
    url: '/v1/articles/batch',
    headers: { 'content-type': 'application/x-ndjson' },
    payload: JSON.stringify({ id: 3, content, fetchedAt: '2023-13-45' }) + '\n'
  })
  t.match(JSON.parse(badLine.body), { id: 3, problem: { status: 400, errors: [{ pointer: '/fetchedAt' }] } })
})

t.test('pagewash extract: the WARC-Date of a record is the page\'s fetch time', async t => {
  const dir = mkdtempSync(join(tmpdir(), 'pagewash-fetched-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'dates.warc')
  const page = { url: 'https://example.org/news.html', body: fixture(NEWS), contentType: 'text/html' }
  await writeWarc(file, [{ ...page, date: AFTER_NEWS }, { ...page, date: BEFORE_NEWS }])
  const r = await run([file, '--jobs', '1', '--quiet'])
  t.equal(r.code, 0, r.err)
  const dates = r.lines.map((l): unknown => [l.page.date, l.article?.published])
  t.same(dates, [[AFTER_NEWS, NEWS_DATE], [BEFORE_NEWS, null]])
})
