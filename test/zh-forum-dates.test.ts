/**
 * Issue #12, Chinese dates where the page's markup and its lines disagree in precision or in meaning:
 *  - a 12-hour clock after the part of the day (`下午3:20`, `晚上8点30分`);
 *  - the time of the day the page states, kept when the strongest candidate gives the day alone (markup near the
 *    headline cut at the date, the info line with its time);
 *  - the update date of an info line never taken for the publication date when the line labels both;
 *  - a forum thread (test/fixtures/html/forum-discuz.html, written after Discuz! X3.2's thread template: the
 *    post header `发表于 …`, user panels with ranks and scores, `Powered by Discuz!`, the software's authors in
 *    `<meta name="author">`): the post's date, and no forum rank, score or software credit as an author.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { parseDate } from '../src/metadata/index.js'
import { processPage } from '../src/pipeline.js'

const CN = { defaultOffset: '+08:00' }
const BODY = '西吉县是全国马铃薯主产区之一，马铃薯种植面积常年稳定在一百万亩以上，是当地农民增收的支柱产业。'.repeat(4)

function htmlPage (infoLine: string): string {
  return `<html><head><title>t</title></head><body><h1>西吉县马铃薯产业发展调查报告</h1>` +
    `<div class="info">${infoLine}</div><p>${BODY}</p></body></html>`
}

const publishedOf = (content: string, format: 'html' | 'text'): string | null =>
  processPage({ content, format }).article.published

t.test('a 12-hour clock after the part of the day', async t => {
  t.equal(parseDate('2005年5月7日 下午3:20', CN), '2005-05-07T15:20:00+08:00')
  t.equal(parseDate('2012年5月7日 晚上8点30分', CN), '2012-05-07T20:30:00+08:00')
  t.equal(parseDate('2012年5月7日 上午9:05', CN), '2012-05-07T09:05:00+08:00')
  t.equal(parseDate('2012年5月7日 凌晨1:15', CN), '2012-05-07T01:15:00+08:00')
  t.equal(parseDate('2012年5月7日 中午12:30', CN), '2012-05-07T12:30:00+08:00', 'noon stays noon')
  t.equal(parseDate('2012年5月7日 中午1:30', CN), '2012-05-07T13:30:00+08:00')
  t.equal(parseDate('2012年5月7日 下午15:20', CN), '2012-05-07T15:20:00+08:00', 'a 24-hour clock is kept')
  t.equal(parseDate('民國94年5月7日 下午3:20', CN), '2005-05-07T15:20:00+08:00')
})

t.test('a weekday between the date and the time', async t => {
  t.equal(parseDate('2012年05月07日 星期一 21:23', CN), '2012-05-07T21:23:00+08:00')
  t.equal(parseDate('2012年05月07日（星期一） 21:23', CN), '2012-05-07T21:23:00+08:00')
  t.equal(parseDate('2012-05-07 周一 下午3:20', CN), '2012-05-07T15:20:00+08:00')
  t.equal(parseDate('2012年05月07日 星期一', CN), '2012-05-07')
  t.equal(publishedOf(`西吉县马铃薯产业发展调查报告\n2012年05月07日 星期一 21:23\n${BODY}`, 'text'),
    '2012-05-07T21:23:00+08:00', 'a text page\'s date line with its weekday')
})

t.test('the time of the stated day is kept though the strongest candidate gives the day alone', async t => {
  const line = '发布时间：2012-5-7 21:23:57 来源：固原日报'
  t.equal(publishedOf(htmlPage(line), 'html'), '2012-05-07T21:23:57+08:00')
  t.equal(publishedOf(htmlPage('【发布时间：2012-05-07 21:23】【字号 大 中 小】'), 'html'), '2012-05-07T21:23:00+08:00')
  t.equal(publishedOf(htmlPage('2005年5月7日 下午3:20'), 'html'), '2005-05-07T15:20:00+08:00')
  t.equal(publishedOf(htmlPage('2012-05-07'), 'html'), '2012-05-07', 'no time where the page gives none')
})

t.test('an info line labelling an update and the publication: the publication date', async t => {
  const line = '更新时间：2012-05-09 来源：固原日报 发布时间：2012-05-07'
  t.equal(publishedOf(htmlPage(line), 'html'), '2012-05-07')
  t.equal(publishedOf(`西吉县马铃薯产业发展调查报告\n${line}\n${BODY}`, 'text'), '2012-05-07')
  const sameDay = '更新时间：2012-05-07 18:00 发布时间：2012-05-07 09:30'
  t.equal(publishedOf(htmlPage(sameDay), 'html'), '2012-05-07T09:30:00+08:00', 'the update\'s time is not taken')
})

t.test('a forum post header: `发表于` and the date-time', async t => {
  t.equal(publishedOf(`西吉县马铃薯产业发展调查报告\n发表于 2012-5-7 21:23:57\n${BODY}`, 'text'),
    '2012-05-07T21:23:57+08:00')
})

t.test('a forum thread: the post\'s date, its text, no rank or software as author', async t => {
  const html = readFileSync(new URL('./fixtures/html/forum-discuz.html', import.meta.url))
  const { article } = processPage({ content: html, format: 'html', url: 'https://bbs.example.cn/thread-8841-1-1.html' })
  t.equal(article.title, '西吉县马铃薯产业发展调查')
  t.equal(article.published, '2012-05-07T21:23:57+08:00')
  const text = article.body.map(b => b.text).join('\n')
  t.match(text, /三级种薯繁育体系/)
  t.notMatch(text, /振威将军|能力值|Powered by|Comsenz/)
  // the thread's poster may be read as its author; nothing else may (the software's authors, a rank, a score)
  t.ok(article.authors.every(a => a === '黄土地的儿子'), `authors ${JSON.stringify(article.authors)}`)
})

t.test('a reporter credit closing the article on its own line is read like one glued to the last paragraph', async t => {
  for (const [credit, names] of [
    ['（记者 张三）', ['张三']],
    ['（记者 张三 通讯员 李四）', ['张三', '李四']],
    ['(Reporter Xu Jingjing)', ['Xu Jingjing']]
  ] as const) {
    for (const glue of ['</p><p>', '']) {
      const html = `<html><head><title>t</title></head><body><h1>西吉县马铃薯产业发展调查报告</h1><p>${BODY}</p>` +
        `<p>${BODY}${glue}${credit}</p></body></html>`
      const { article } = processPage({ content: html, format: 'html' })
      t.same(article.authors, names, `${credit} ${glue === '' ? 'glued' : 'alone'}`)
      t.notMatch(article.body.map(b => b.text).join('\n'), credit, 'the credit leaves the body')
    }
  }
})
