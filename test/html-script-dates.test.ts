/**
 * A publication time given only to the page's scripts (src/parse/html/script-dates.ts, data/html-script-dates.json):
 * read raw by the front end, as a date by the metadata stage (a Unix time in the page's zone), ranked below every
 * date the page shows or declares.
 */
import t from 'tap'
import { parseDocument } from 'htmlparser2'
import { processPage } from '../src/pipeline.js'
import { scriptDate } from '../src/parse/html/script-dates.js'

const scripts = (html: string): ReturnType<typeof parseDocument>['children'] =>
  parseDocument(html).children.filter(n => 'name' in n && n.name === 'script')
const read = (js: string, type = 'text/javascript'): string | undefined =>
  scriptDate(scripts(`<script type="${type}">${js}</script>`))

t.test('scriptDate: the shapes pages write', async t => {
  t.equal(read('var msg_title = "x"; var ct = "1620393780"; var ct2 = "3";'), '1620393780', 'WeChat: a Unix time')
  t.equal(read('var create_time = "1620393780" * 1;'), '1620393780', 'WeChat 2017-2019')
  t.equal(read("$CONFIG['servertime'] = 1462871432; $CONFIG['created_at'] = 'Sat May 07 21:23:57 +0800 2016';"),
    '2016-05-07T21:23:57+08:00', 'Weibo: the Twitter API\'s time, the server\'s time not taken')
  t.equal(read("var ARTICLE_INFO = { title: '标题', pubtime: '2009-05-07 21:23' };"), '2009-05-07 21:23', 'Tencent')
  t.equal(read('window.DATA = {"publishTime":"2020-05-07 21:23:41","comments":[]}'), '2020-05-07 21:23:41', 'JSON')
  t.equal(read('var publish_time = "2021-05-07" || "";'), '2021-05-07')
})

t.test('scriptDate: no date where there is none', async t => {
  t.equal(read('var ct = "2021-05-07";'), undefined, 'a Unix-time name takes only a Unix time')
  t.equal(read('var publish_time = "";'), undefined, 'an empty value')
  t.equal(read('var publish_time = "刚刚";'), undefined, 'no year')
  t.equal(read('var product = "1620393780";'), undefined, 'a name inside a longer identifier is no name')
  t.equal(read('if (pubtime == "2009-05-07") {}'), undefined, 'a comparison is no assignment')
  t.equal(read('{"pubDate":"2020-05-07"}', 'application/ld+json'), undefined, 'JSON-LD is read as JSON-LD')
})

const page = (head: string, body: string): Buffer => Buffer.from(`<html><head><meta charset="utf-8"><title>标题</title>` +
  `${head}</head><body><h1>标题</h1>${body}<p>${'正文的内容写在这里，说明一些事情。'.repeat(8)}</p></body></html>`)

t.test('the pipeline: a script\'s time when the page shows none, in the page\'s zone; never over a shown date', async t => {
  const wechat = page('<script>var ct = "1620339780";</script>', '<em id="publish_time"></em>')
  t.equal(processPage({ content: wechat, format: 'html' }).article.published, '2021-05-07T06:23:00+08:00',
    'a Unix time read in Beijing time (22:23 UTC the day before)')
  const shown = page('<script>var publish_time = "2021-05-09";</script>', '<div class="info">2021-05-07 21:23 来源：某某网</div>')
  t.equal(processPage({ content: shown, format: 'html' }).article.published?.slice(0, 10), '2021-05-07', 'the shown date wins')
  const english = Buffer.from('<html><head><title>Title</title><script>var ct = "1620339780";</script></head><body>' +
    `<h1>Title</h1><p>${'The council met on a quiet day and approved the budget. '.repeat(6)}</p></body></html>`)
  t.equal(processPage({ content: english, format: 'html' }).article.published, '2021-05-06T22:23:00Z', 'no zone known: UTC')
})

t.test('the pipeline: a script\'s UTC time is shown in the reader\'s zone, as its script prints it', async t => {
  const utc = page('<script>window.DATA = {"publishTime":"2019-05-11T16:52:07Z"};</script>', '')
  t.equal(processPage({ content: utc, format: 'html' }).article.published, '2019-05-12T00:52:07+08:00',
    'a Chinese page: the UTC evening is the next morning in Beijing time')
  const offset = page('<script>window.DATA = {"publishTime":"2019-05-11T16:52:07+00:00"};</script>', '')
  t.equal(processPage({ content: offset, format: 'html' }).article.published, '2019-05-12T00:52:07+08:00', '+00:00 too')
  const zoned = page('<script>window.DATA = {"publishTime":"2019-05-11T16:52:07+09:00"};</script>', '')
  t.equal(processPage({ content: zoned, format: 'html' }).article.published, '2019-05-11T16:52:07+09:00',
    'a zone of its own stays')
  const english = Buffer.from('<html><head><title>Title</title><script>var pubDate = "2019-05-11T16:52:07Z";</script>' +
    `</head><body><h1>Title</h1><p>${'The council met on a quiet day and approved the budget. '.repeat(6)}</p></body></html>`)
  t.equal(processPage({ content: english, format: 'html' }).article.published, '2019-05-11T16:52:07Z', 'no zone known: UTC')
})
