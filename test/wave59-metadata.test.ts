/**
 * Session 59, the metadata stage and the text readers: the classes of session 59's unseen wave, each on the page that
 * showed it and on the reader alone: a date that reads both ways settled by the URL's month or the fetch; a member's
 * record or profile in brackets after the screen name; a board's post signed with the poster and the time; an
 * archive's capture read as its original site's page, without the archive's stamps.
 */
import t from 'tap'
import { splitNames } from '../src/text/fields.js'
import { monthFromUrl } from '../src/text/date.js'
import { captureOf } from '../src/text/capture-url.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '去年六月我们一家由多伦多回流香港，到今个月刚好一年，成日有朋友问点解返来，今日得闲，一次过讲下几样唔习惯的事情，' +
  '同埋点样慢慢适应返香港的生活节奏。'

type Article = ReturnType<typeof processPage>['article']
const html = (body: string, url?: string, fetchedAt?: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>卡蓬街改造工程下月动工</title></head><body>${body}</body></html>`,
  format: 'html', ...(url !== undefined ? { url } : {}), ...(fetchedAt !== undefined ? { fetchedAt } : {})
}).article
const text = (content: string): Article => processPage({ content, format: 'text' }).article

t.test('a date that reads both ways, settled by the URL\'s month or by the fetch', async t => {
  t.equal(ownPage('zh-news', 'n454').result.article.published, '2015-05-08', 'n454: `8/5/2015` under `/post/2015/05/`')
  const post = (url?: string, fetchedAt?: string): string | null => html('<h1>卡蓬街改造工程下月动工</h1>' +
    `<p class="blog-date"><span class="date-text">8/5/2015</span></p><p>${PARA}</p><p>${PARA}</p>`, url, fetchedAt).published
  t.equal(post('http://www.example.com/1/post/2015/05/5398132.html'), '2015-05-08')
  t.equal(post('http://www.example.com/1/post/2015/08/5398132.html'), '2015-08-05')
  t.equal(post(undefined, '2015-05-20T10:00:00+08:00'), '2015-05-08', 'the other reading is after the fetch')
  t.equal(monthFromUrl('http://www.example.com/1/post/2015/05/5398132.html'), '2015-05')
  t.equal(monthFromUrl('http://www.example.com/content/201406/t20140608_123.htm'), '2014-06')
  t.equal(monthFromUrl('http://www.example.com/news/show.asp?id=201513'), null, 'a query is not read')
  t.equal(monthFromUrl('http://www.example.com/2015/13/x.html'), null, 'no month 13')
})

t.test('a member\'s record or profile in brackets after the screen name', async t => {
  t.same(ownPage('zh-blogs', 'b490').result.article.authors, ['黔山老三线'],
    'b490: `作者：黔山老三线（发帖：312 积分：1560 等级：…）`')
  t.same(splitNames('黔山老三线（发帖：312 积分：1560 等级：）'), ['黔山老三线'])
  t.same(splitNames('阿明 (帖子：88 注册：2005-3-1)'), ['阿明'])
  t.same(splitNames('mingkee_yyz (38/男/香港沙田)  傳送私人訊息'), ['mingkee_yyz'])
  t.same(splitNames('小芳（女，廣州）'), ['小芳'])
  t.same(splitNames('张晓明（国家统计局）'), ['张晓明'],
    'an office in brackets is no record, but the writer\'s outlet or office, no part of the name (session 61: n482)')
  t.same(splitNames('张晓明（项目统筹）'), ['张晓明（项目统筹）'], 'a bracket that is no office is judged as before')
})

t.test('a board\'s post signed with the poster and the time', async t => {
  const b486 = ownPage('zh-blogs', 'b486').result.article
  t.same(b486.authors, ['编辑小喆'], 'b486: `№0 ☆☆☆编辑小喆于2010-05-07 21:23:57留言☆☆☆`, the screen name whole')
  t.match(b486.published, /^2010-05-07T21:23:57/)
  const signed = (line: string): Article => text(`做了六年网文编辑，说几句心里话\n\n${PARA}\n\n${PARA}\n\n${line}`)
  const a = signed('№0 ☆☆☆编辑小喆于2010-05-07 21:23:57留言☆☆☆ 回复此楼 举报')
  t.same(a.authors, ['编辑小喆'])
  t.match(a.published, /^2010-05-07/)
  t.notOk(a.body.some(b => b.text.includes('留言')), 'the signature leaves the text')
  t.same(signed('阿明 于 2005-5-7 21:23 发表').authors, ['阿明'])
  t.same(signed('本文于2010-05-07发表').authors, [], 'the text itself, no poster')
  t.same(signed('阿明于2010-05-07回复').authors, [], 'a reply\'s signature names the replier')
  t.same(signed('阿明于2010-05-07留言说这篇文章写得很好').authors, [], 'a sentence goes on after the posting word')
})

t.test('an archive\'s capture: the original site\'s dates, without the archive\'s stamp', async t => {
  t.equal(ownPage('zh-org', 'o221').result.article.published, '2014-11-03',
    'o221: `發佈日期：03/11/2014` day first on a Hong Kong site, not the capture\'s `article:published_time`')
  t.same(captureOf('http://archive.is/2015.03.14-021147/http://www.example.org.hk/tc/a.asp?id=312'),
    { original: 'http://www.example.org.hk/tc/a.asp?id=312', at: '2015-03-14T02:11:47Z' })
  t.same(captureOf('https://web.archive.org/web/20150314021147id_/http://example.com/a'),
    { original: 'http://example.com/a', at: '2015-03-14T02:11:47Z' })
  t.equal(captureOf('https://www.example.org.hk/tc/a.asp?id=312'), undefined)
  const page = (url: string): string | null => processPage({
    content: '<html><head><meta charset="utf-8"><title>健康資訊</title>' +
      '<meta property="article:published_time" content="2015-03-14T02:11:47Z"></head><body>' +
      `<h1>秋冬交替心衰竭患者要留意的五件事</h1><div>撰文：陳卓峯　|　發佈日期：03/11/2014</div><p>${PARA}</p><p>${PARA}</p>` +
      '</body></html>', format: 'html', url
  }).article.published
  t.equal(page('http://archive.is/2015.03.14-021147/http://www.example.org.hk/tc/a.asp?id=312'), '2014-11-03')
  t.match(page('http://www.example.org/tc/a.asp?id=312'), /^2015-03-1[34]/, 'the same markup on the site itself is its date')
})
