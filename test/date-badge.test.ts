/**
 * Issue #12: a blog theme's date badge, the day's pieces in elements of their own beside the post's title (zh-blogs
 * b77 Yam, b22 PIXNET), read as one date; a calendar, an archive line or a sentence is no badge.
 */
import t from 'tap'
import { readBadge } from '../src/parse/html/date-badge.js'
import { processPage } from '../src/pipeline.js'

t.test('the pieces of a badge, in any order, make one date', async t => {
  t.equal(readBadge(['May', '17', '2008', 'Sat']), '2008-05-17')
  t.equal(readBadge(['May', '07', 'Tue', '2013', '21:23']), '2013-05-07 21:23', 'the weekday between, a time after')
  t.equal(readBadge(['17', 'Sep.', '2012']), '2012-09-17', 'day first, an abbreviation')
  t.equal(readBadge(['2009年', '五月', '3日']), '2009-05-03', 'Chinese pieces')
  t.equal(readBadge(['12月', '25', '2010', '星期六']), '2010-12-25')
})

t.test('pieces that are no badge', async t => {
  t.equal(readBadge(['May', '2008']), undefined, 'an archive month: no day')
  t.equal(readBadge(['May', '17', '18', '2008']), undefined, 'two days: a calendar\'s row')
  t.equal(readBadge(['May', '17', '2008', 'posted']), undefined, 'a word that is no piece')
  t.equal(readBadge(['May', '32', '2008']), undefined, 'no day of a month')
  t.equal(readBadge(['May', '17', '1850']), undefined, 'a year no page was written in')
})

const POST = '<p>上個禮拜六終於把拖了快兩個月的計畫付諸實行：從大稻埕騎到淡水，出發前一晚還在猶豫要不要改搭捷運，結果早上六點半就自己醒了。</p>' +
  '<p>路線其實很簡單，從大稻埕碼頭下到河濱自行車道，一路沿著淡水河往北，經過社子島、關渡宮，再順著車道接到淡水老街，全程大約二十三公里。</p>'
const TITLE = '騎腳踏車去淡水，順便吃了阿給'
const run = (inner: string): string | null => processPage({
  content: Buffer.from(`<html><head><meta charset="utf-8"><title>${TITLE} - 阿樹的慢活日記</title></head><body>${inner}</body></html>`),
  format: 'html',
  url: 'http://blog.example-yam.com/ashu/article/15873402'
}).article.published

t.test('a badge beside the post\'s title dates the page', async t => {
  const badge = '<div class="date"><span class="month">May</span><span class="day">17</span><span class="year">2008</span>' +
    '<span class="week">Sat</span></div>'
  t.equal(run(`<div class="post">${badge}<h2>${TITLE}</h2>${POST}</div>`)?.slice(0, 10), '2008-05-17')
  const trackback = '<div class="trackback">引用自：小綠的單車筆記 於 2008/05/19 10:02</div>'
  t.equal(run(`<div class="post">${badge}<h2>${TITLE}</h2>${POST}${trackback}</div>`)?.slice(0, 10), '2008-05-17',
    'before a trackback\'s time under the post')
  const publish = '<ul><li class="publish"><span>May</span> <span>07</span> <span>Tue</span> <span>2013</span> ' +
    '<span>21:23</span></li><li class="title"><h2>' + TITLE + '</h2></li></ul>'
  t.equal(run(`${publish}${POST}`)?.slice(0, 16), '2013-05-07T21:23')
  t.equal(run(`<div class="post"><div><a href="/archive/200805"><span>May</span> <span>17</span> <span>2008</span></a></div>` +
    `<h2>${TITLE}</h2>${POST}</div>`), null, 'a linked badge is an archive\'s')
})
