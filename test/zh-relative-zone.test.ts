/**
 * Issue #12, a relative day shown near the headline beside a meta tag's UTC time (zh-news n336 of session 44's unseen
 * round: a tech-news page prints `林一苇·2天前` under its headline; `article:published_time` is `2021-03-16T23:40:00Z`,
 * 07:40 on the 17th in Beijing). The relative day is read beside the hidden meta tag, and the UTC time is written in
 * the page's zone when the day the page shows is its local day: the day its readers saw.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { processPage } from '../src/pipeline.js'

const FETCHED = '2021-03-19T10:05:00+08:00'

t.test('the tech-news page: the UTC time in Beijing time, the day the page shows', async t => {
  const html = readFileSync('test/fixtures/zh-news/html/n336-nextjs-tech-news-funding-2021-utf8.html')
  const { article } = processPage({ content: html, format: 'html', fetchedAt: FETCHED })
  t.equal(article.published, '2021-03-17T07:40:00+08:00')
})

const P = '翼禾科技成立于2017年，总部位于合肥，主要为种植大户和合作社提供无人机植保服务，目前在全国设有一百余个服务站。'
const page = (shown: string): string => '<html><head><meta charset="utf-8"><title>翼禾科技完成A轮融资</title>' +
  '<meta property="article:published_time" content="2021-03-16T23:40:00Z"></head><body><h1>翼禾科技完成A轮融资</h1>' +
  `<div class="meta"><a href="/user/1">林一苇</a><span>${shown}</span></div><p>${P}</p><p>${P.replace('合肥', '芜湖')}</p>` +
  '</body></html>'

t.test('a relative day shown under the headline sets the day; none, and the meta tag\'s machine time is the readers\'', async t => {
  const run = (shown: string): string | null =>
    processPage({ content: page(shown), format: 'html', fetchedAt: FETCHED }).article.published
  t.equal(run('·2天前'), '2021-03-17T07:40:00+08:00', 'two days before the 19th: the 17th, the local day')
  // (session 63: a machine's `…Z` time alone on a Chinese page is the instant its readers saw on their clock, as the
  // set's truths label it: zh-blogs b159, b592)
  t.equal(run('·阅读 1.2万'), '2021-03-17T07:40:00+08:00', 'no day shown: the markup\'s `…Z` time in the page\'s zone')
})
