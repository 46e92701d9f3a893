/**
 * Session 63's unseen wave: each class on the page that showed it and on the reader alone. Dates: the order a page's
 * own numeric dates show and a host's country, a year-last stamp beside the headline, a machine's UTC time on a
 * Chinese page with nothing in its zone, a board announcement's stamp with its clock, a last login and a group's
 * founding day. Titles: a headline's line break glued where a link runs it whole, a thread's subject bar, a blog's
 * name in a classed banner. Writers: a dispatch's hour, a paper's app before the role, places after a report's slash,
 * Dai names, a login's display name on its own page's link, a poster after the opening post's anchor, member runs one
 * a line, the newest member and a shoutbox.
 */
import t from 'tap'
import { parseInfoLine, splitNames } from '../src/text/fields.js'
import { startsWithSurname } from '../src/text/han-names.js'
import { numericDateOrder, orderShown } from '../src/text/date-order.js'
import { YEAR_LAST_STAMP } from '../src/text/date.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '今年的中秋游园会在湖畔公园举行，吸引了大批华人家庭和当地居民前来参加，现场设有灯谜、月饼制作和民乐表演等活动。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, body: string, url?: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  format: 'html',
  ...(url === undefined ? {} : { url })
}).article
const text = (lines: string): Article => processPage({ content: lines, format: 'text' }).article
const page = (set: string, id: string): Article => ownPage(set, id).result.article

t.test('the order of numeric dates: the page\'s own, a host\'s country', async t => {
  t.equal(orderShown(['發表於 06-11-2007 21:37', '發表於 13-11-2007 08:15']), 'dmy', 'a day above 12 first')
  t.equal(orderShown(['Posted 11/13/2007', '11/06/2007']), 'mdy', 'a day above 12 second')
  t.equal(orderShown(['06-11-2007', '07-11-2007']), null, 'none tells')
  t.equal(orderShown(['13-11-2007', '11/13/2007']), null, 'both told: none')
  t.equal(orderShown(['version 1.13.2007.5']), null, 'inside a longer run of numbers')
  t.equal(numericDateOrder('zh-CN', 'http://www.nordichuabao.no/Nyheter/x'), 'dmy', 'a Norwegian host')
  t.equal(numericDateOrder('zh-CN', 'http://www.example.com/x'), null, 'a generic host tells none')
  const stamp = new RegExp(YEAR_LAST_STAMP)
  t.ok(stamp.test('06/10/2009 23:47') && stamp.test('#1 發表於 06-11-2007 21:37'), 'a year-last stamp, 24-hour time')
  t.notOk(stamp.test('05-24-2003 09:41 PM') || stamp.test('2009/10/06 23:47'), 'not a 12-hour time, nor year first')
  t.equal(page('zh-blogs', 'b597').published?.slice(0, 10), '2007-11-06', 'b597: `#1 發表於 06-11-2007 21:37`')
  t.equal(page('zh-news', 'n507').published?.slice(0, 10), '2009-10-06', 'n507: the byline\'s `06/10/2009 23:47`')
  const board = (reply: string): string | null => html('手工皂同好會',
    `<div class="small">#1 發表於 06-11-2007 21:37</div><p>${PARA}</p><p>${PARA}</p>` +
    `<div class="small">#2 發表於 ${reply}</div><p>謝謝分享。</p>`).published
  t.equal(board('13-11-2007 08:15')?.slice(0, 10), '2007-11-06', 'a reply\'s 13th tells the day comes first')
  t.equal(board('11/13/2007 08:15')?.slice(0, 10), '2007-06-11', 'a reply\'s month first tells the other way')
})

t.test('the opening post\'s number before its stamp', async t => {
  t.same(parseInfoLine('#1 發表於 06-11-2007 21:37', { order: 'dmy' })?.dates.map(d => d.iso), ['2007-11-06'])
  t.same(parseInfoLine('1楼 发表于 2007-11-06 21:37', {})?.dates.map(d => d.iso), ['2007-11-06'], '`1楼`')
  t.equal(parseInfoLine('#2 發表於 06-11-2007 23:02', { order: 'dmy' }), null, 'a reply\'s number: no info line')
})

t.test('dates of other things: a UTC time, a board announcement, a last login, a founding day', async t => {
  t.equal(page('zh-blogs', 'b592').published?.slice(0, 10), '2024-03-10', 'b592: Astro\'s UTC time in Macau\'s zone')
  const utc = (title: string, time: string): string | null => html(title,
    `<h1>${title}</h1><p>${PARA}</p><p>${PARA}</p>`.replace('<h1>', `<meta property="article:published_time" content="${time}"><h1>`)).published
  t.equal(utc('幫阿爺嘅籐椅舖整個網站', '2024-03-09T16:42:00Z')?.slice(0, 10), '2024-03-10', 'a machine\'s UTC: the readers\' day')
  t.equal(utc('幫阿爺嘅籐椅舖整個網站', '2024-03-09T16:42:00+00:00')?.slice(0, 10), '2024-03-09',
    'a site\'s clock set to UTC (PHP\'s `+00:00`) stays')
  t.equal(page('zh-blogs', 'b06').published?.slice(0, 10), '2013-05-07', 'b06: WordPress\'s `+00:00`')
  t.equal(page('zh-org', 'o272').published?.slice(0, 10), '2005-11-24', 'o272: not the marquee\'s `(2005-11-7 10:12:45)`')
  t.equal(page('zh-blogs', 'b588').published?.slice(0, 10), '2006-11-05', 'b588: not `最後登入：2006/11/08 13:21`')
  t.equal(page('zh-blogs', 'b598').published?.slice(0, 10), '2006-05-14', 'b598: not `Founded: Jan 17, 2001`')
})

t.test('titles: a broken headline glued, a subject bar, a blog\'s name in its banner', async t => {
  t.equal(page('zh-gov', 'g331').title, '国家外汇监管局有关负责人就《边境贸易外汇结算管理办法》答记者问', 'g331: glued at `<br>`')
  const broken = (links: string): string | null => html('外汇局--新闻发布', '<table><tr><td class="title">' +
    `有关负责人就<br>《边境贸易外汇结算管理办法》答记者问</td></tr></table><p>${PARA}</p><p>${PARA}</p>${links}`).title
  t.equal(broken('<a href="/n/98.html">有关负责人就《边境贸易外汇结算管理办法》答记者问</a>'),
    '有关负责人就《边境贸易外汇结算管理办法》答记者问', 'a related list\'s link runs it whole')
  t.equal(broken(''), '有关负责人就 《边境贸易外汇结算管理办法》答记者问', 'no such link: the break stands as a space')
  t.equal(page('zh-blogs', 'b597').title, '阿嬤的苦茶油打皂記：第一鍋失敗，第二鍋成功，請教晾皂問題', 'b597: `主題:` bar')
  t.equal(page('zh-blogs', 'b584').title, '阿公的碾米廠：民國五十幾年的老照片', 'b584: `主題：` cell')
  const bar = (title: string, row: string): string | null => html(title,
    `<table><tr><td><b>${row}</b></td></tr></table><p>${PARA}</p><p>${PARA}</p>`).title
  t.equal(bar('手工皂同好會', '主題: 阿嬤的苦茶油打皂記 (閱讀 3127 次)'), '阿嬤的苦茶油打皂記', 'the view count is no part')
  t.equal(bar('手工皂同好會', '主題: 阿嬤的苦茶油打皂記  發表於: 06-11-2007'), '阿嬤的苦茶油打皂記', 'nor the post\'s date')
  t.not(bar('手工皂同好會', '主題：3,217 帖子：41,630'), '3,217 帖子：41,630', 'a board\'s statistics are no subject')
  t.not(bar('阿嬤的苦茶油打皂記第一鍋失敗 - 手工皂同好會', '主題: 第二鍋成功了'), '第二鍋成功了',
    'under a `<title>` part longer than the bar\'s subject the bar is no title')
  t.equal(page('zh-blogs', 'b588').title, '陪阿嬤曬柿餅：新埔的風好大', 'b588: not the `<div class="blog_name">`')
  t.equal(page('zh-blogs', 'b52').title, '老屋拆迁前的最后一个夏天', 'b52: `blog-title` heads a post')
})

t.test('writers: a dispatch\'s hour, a paper\'s app, places after the slash, Dai names', async t => {
  t.same(page('zh-news', 'n504').authors, ['欧阳珺', '邓喆'], 'n504: `渝龙网6月14日10时30分讯（首席记者 欧阳珺 见习记者 邓喆）`')
  t.same(text(`游园会\n\n渝龙网6月14日10时30分讯（首席记者 欧阳珺 见习记者 邓喆）${PARA}\n\n${PARA}`).authors,
    ['欧阳珺', '邓喆'], 'a dispatch\'s hour and minute')
  t.same(text(`游园会\n\n渝龙网6月14日讯（记者 欧阳珺）${PARA}\n\n${PARA}`).authors, ['欧阳珺'], 'without, as before')
  t.same(page('zh-news', 'n508').authors, ['孙昊天', '杜欣玥'], 'n508: `卜奎晚报·卜奎新闻客户端记者 孙昊天　通讯员 杜欣玥`')
  t.same(page('zh-news', 'n506').authors, ['黃品嫻', '林佳玥'], 'n506: `記者黃品嫻、林佳玥／新營、鹽水報導`')
  t.same(splitNames('記者黃品嫻、林佳玥∕新營、鹽水報導'), ['黃品嫻', '林佳玥'], 'places after a slash')
  t.ok(splitNames('记者 张三 李四、王五报道').includes('李四'), 'without a slash, common names stay names')
  t.same(page('zh-news', 'n505').authors, ['岩温罕', '玉香', '刀建华'], 'n505: `（通讯员 岩温罕　玉香　记者 刀建华）`')
  t.ok(startsWithSurname('岩温罕') && startsWithSurname('玉香'), 'a Dai name\'s prefix stands for a surname')
  t.notOk(startsWithSurname('岩石地质调查') || startsWithSurname('玉'), 'a longer run, or the prefix alone, is none')
})

t.test('posters: a login\'s display name, the opening post\'s anchor, member runs, newcomers, shoutboxes', async t => {
  t.same(page('zh-blogs', 'b589').authors, ['洛邑布衣'], 'b589: the link to `seekname=admin` shows 洛邑布衣')
  t.same(page('zh-blogs', 'b597').authors, ['竹山阿娟'], 'b597: after `<a name=\'post_2187\'>`')
  const thread = (before: string, after = ''): string[] => html('手工皂同好會', `${before}<table><tr>` +
    `<td><a name="post_2187"></a>竹山阿娟</td><td>#1 發表於 2007-11-06 21:37</td></tr></table>` +
    `<p>${PARA}</p><p>${PARA}</p>${after}`, 'http://soap.example.tw/forum/viewthread.php?thread_id=412').authors
  t.same(thread(''), ['竹山阿娟'], 'a poster in plain text after the post\'s anchor')
  const online = '<div>會員線上: 2<br><img src="b.gif"> <a href="/profile.php?lookup=57">花蓮小皂</a><br>' +
    '<img src="b.gif"> <a href="/profile.php?lookup=233">竹山阿娟</a><br>最新會員: <a href="/profile.php?lookup=1311">soapy</a></div>'
  t.same(thread('', online), ['竹山阿娟'], 'members online one a line and the newest member name no poster')
  t.same(thread('', '<span class="shoutboxname"><a href="/profile.php?lookup=57">花蓮小皂</a></span>'), ['竹山阿娟'],
    'nor does a shoutbox\'s')
  const anchored = html('Notes', `<h2><a name="intro"></a>Introduction</h2><p>${PARA}</p><p>${PARA}</p>`).authors
  t.same(anchored, [], 'a section\'s named anchor is no post\'s')
})
