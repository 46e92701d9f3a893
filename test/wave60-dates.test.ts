/**
 * Session 60, the date classes of session 59's second unseen wave left open and of session 60's wave, each on the page
 * that showed it and on the reader alone: US forum software's short date with a two-digit year; a relative time
 * labelled as the post's beside a headline that is no `<h1>`; a group's or channel's card (its members counted) whose
 * date is the group's creation; the day with a dot before a Chinese month's name; a photo's shooting time; a member
 * card's join date and a birthday's class; the UTC time in a relative time's tooltip, shown in the page's zone.
 */
import t from 'tap'
import { findDate } from '../src/text/date.js'
import { parseInfoLine } from '../src/text/fields.js'
import { readHints } from '../src/parse/html/meta.js'
import { load } from 'cheerio'
import { PROFILE_DATE } from '../src/text/other-dates.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '上星期六陈伯正式退休。佢系我阿爸以前嘅同事，喺电车公司做咗三十二年车长，一九七五年入行，柚木车同铝皮新车都开过，' +
  '佢话最后一转想由屈地街开到筲箕湾，我同阿爸一早就去咗西环，坐上层头排等佢开车。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, body: string, fetchedAt?: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  format: 'html', ...(fetchedAt !== undefined ? { fetchedAt } : {})
}).article

t.test('a two-digit year, as US forum software prints its short date, read before a 12-hour time only', async t => {
  t.equal(ownPage('zh-blogs', 'b498').result.article.published?.slice(0, 10), '2007-05-24',
    'b498: UBB.threads\' `05/24/07 09:41 PM` under the subject, not the poster\'s `註冊: 03/15/04`')
  t.equal(findDate('05/24/07 09:41 PM', { defaultOffset: '+08:00' })?.iso, '2007-05-24T21:41:00+08:00')
  t.equal(findDate('24/05/07, 9:41 pm')?.iso.slice(0, 10), '2007-05-24', 'a day above 12 comes first')
  t.equal(findDate('5/6/07 10:00 AM', { order: 'dmy' })?.iso.slice(0, 10), '2007-06-05', 'the page\'s order')
  t.equal(findDate('5/6/07 10:00 AM')?.ambiguous, true, 'no order known: one reading of two')
  t.equal(findDate('12/31/98 11:59 PM')?.iso.slice(0, 10), '1998-12-31', 'a year past next year\'s is the last century\'s')
  t.equal(findDate('註冊: 03/15/04'), null, 'no time: a registration day, a fraction or a score')
  t.equal(findDate('比分 3/4/05 上半场'), null)
  t.equal(findDate('05/24/07 21:41'), null, 'a 24-hour clock is no US software\'s')
  const post = html('陳伯開最後一轉車 - 港島電車會', '<table><tr><td><b>陳伯開最後一轉車</b><br>' +
    `<font class="small">05/24/07 09:41 PM</font></td></tr></table><p>${PARA}</p><p>${PARA}</p>`)
  t.equal(post.published?.slice(0, 10), '2007-05-24', 'beside the subject the `<title>` names')
})

t.test('a relative time labelled as the post\'s, beside a headline that is no <h1>', async t => {
  t.equal(ownPage('zh-blogs', 'b499').result.article.published?.slice(0, 10), '2006-05-14',
    'b499: YaBB\'s `« 发表于: <b>昨天</b> 23:41:10 »` under a `<b>` subject, the day before the fetch')
  const post = (stamp: string): string | null => html('Hyde Park 那边租房被扣了押金 - 利兹中国学生论坛',
    `<table><tr><td><b>Hyde Park 那边租房被扣了押金</b><br><span class="small">${stamp}</span></td></tr></table>` +
    `<p>${PARA}</p><p>${PARA}</p>`, '2006-05-15T14:20:33+08:00').published
  t.equal(post('« 发表于: <b>昨天</b> 23:41:10 »')?.slice(0, 10), '2006-05-14')
  t.equal(post('« <b>昨天</b> 23:41:10 »'), null, 'unlabelled beside a headline that is no <h1>: a reply\'s as likely')
  t.not(ownPage('zh-blogs', 'b107').result.article.published?.slice(0, 10), '2009-10-23',
    'b107: a vBulletin reply\'s unlabelled `今天, 07:12 AM` under the thread is not the post\'s')
  t.equal(post('« 发表于: 板块公告 »'), null, 'no date at all')
})

t.test('a group\'s or channel\'s card, its members counted, dates the group and not the page', async t => {
  t.equal(ownPage('zh-blogs', 'b502').result.article.published?.slice(0, 10), '2023-05-07',
    'b502: the post\'s `05-07 21:23`, not the channel card\'s `创建于 2022-08-16` beside `2.3万 成员`')
  for (const card of ['2.3万 成员', '成员 48213 人', '12.4k members', 'Members: 2,031', '1,204 名组员']) {
    t.ok(PROFILE_DATE.test(card), card)
  }
  for (const line of ['政治局成员', '班子成员 2024-03-05', '成员 2024年3月', 'member states', '发布时间：2024-03-05',
    '创建于: 2023年7月14日星期五 13:36:12']) {
    t.notOk(PROFILE_DATE.test(line), `${line}: no count of members (Lemmy's \`创建于:\` is a post's own tooltip: b382)`)
  }
})

t.test('the day with a dot before a Chinese month\'s name (`d. MMMM yyyy` in Chinese)', async t => {
  t.equal(ownPage('zh-blogs', 'b495').result.article.published, '2009-05-07', 'b495: My Opera\'s `7. 五月 2009`')
  t.equal(findDate('星期四, 7. 五月 2009, 21:23:45')?.iso.slice(0, 10), '2009-05-07')
  t.equal(findDate('7. 五月 2008 23:41', { defaultOffset: '+08:00' })?.iso, '2008-05-07T23:41:00+08:00', 'BlogEngine.NET')
  t.equal(findDate('14 三月 2006')?.iso, '2006-03-14', 'no dot, as before')
  t.equal(findDate('第1.5 五月 2009'), null, 'a decimal is no day')
})

t.test('a photo\'s shooting time, a member card\'s join date and a birthday date no page', async t => {
  t.equal(ownPage('zh-blogs', 'b507').result.article.published, '2013-05-07',
    'b507: `发布于 3天前`, not the EXIF line\'s `拍摄于 2013-05-04 15:12`')
  t.match(ownPage('zh-blogs', 'b511').result.article.published, /^2010-10-17T23:52/,
    'b511: the post head\'s `發表於`, not the card\'s `加入：2008/06/02` nor the child\'s `span.bday`')
  const post = (card: string): string | null => html('夜奶到十一個月終於戒掉了 - 寶寶版', `<h1>夜奶到十一個月終於戒掉了</h1>${card}` +
    `<div class="post_head"><span class="time">發表於 2010/10/17 23:52</span></div><p>${PARA}</p><p>${PARA}</p>`).published
  t.match(post('<ul class="meta"><li>文章：1,204</li><li>加入：2008/06/02</li></ul>'), /^2010-10-17/)
  t.match(post('<ul><li>小湯圓（男）<span class="bday">2009/11/21</span></li></ul>'), /^2010-10-17/)
  t.match(post('<p class="photo-exif">NIKON D700 · ISO 200 · 拍摄于 2009/11/21 15:12</p>'), /^2010-10-17/)
  t.match(post('<ul><li>小湯圓（男）<span class="day">2009/11/21</span></li></ul>'), /^2009-11-21/,
    'a class that is no birthday\'s: the first date under the headline, as before')
  t.match(post('<p>本站于 2009/11/21 加入联盟</p>'), /^2009-11-21/, '`加入` with no colon is no join date\'s label')
})

t.test('the UTC time in a relative time\'s tooltip, written in the page\'s zone', async t => {
  t.match(ownPage('zh-blogs', 'b513').result.article.published, /^2014-05-08T00:41:22\+08:00/,
    'b513: timeago\'s `title="2014-05-07 16:41:22 +0000"` over `2 天前`, the next day in Macau')
  const post = (abbr: string): string | null => html('宿舍網絡點設定？ - 問答', '<h1>宿舍網絡點設定？</h1>' +
    `<p><strong>提問</strong> ${abbr}</p><p>${PARA}</p><p>${PARA}</p>`, '2014-05-10T09:00:00+08:00').published
  t.match(post('<abbr class="timeago" title="2014-05-07 16:41:22 +0000">2 天前</abbr>'), /^2014-05-08T00:41/)
  t.match(post('<abbr class="timeago" title="2014-05-07 16:41:22">2 天前</abbr>'), /^2014-05-07T16:41/,
    'a time without a zone is the page\'s already')
})

t.test('a skin\'s current day is no publication; a US stamp with a four-digit year beside the headline is', async t => {
  t.match(ownPage('zh-news', 'n472').result.article.published, /^2008-04-08/,
    'n472: `Posted by host on 4/8/2008 3:15 PM`, not `dnn_dnnCURRENTDATE_lblDate`\'s `Friday, April 11, 2008`')
  // the HTML front end's date hints: the text stage reads a clock's line as any other line of the text
  const dates = (header: string, line: string): string[] => (readHints(load('<html><head><meta charset="utf-8"><title>' +
    `清明春祭萬那墳場 - 檀華週報</title></head><body>${header}<h1>清明春祭萬那墳場</h1><div>${line}</div><p>${PARA}</p>` +
    `<p>${PARA}</p></body></html>`)).dates ?? []).map(d => d.value)
  const clock = '<span id="dnn_dnnCURRENTDATE_lblDate">Friday, April 11, 2008</span>'
  t.same(dates(clock, 'Posted by host on 4/8/2008 3:15 PM'), ['4/8/2008 3:15 PM'])
  t.same(dates(clock, 'Posted by host'), [], 'the current day alone dates nothing')
  t.same(dates('<span class="date">Friday, April 11, 2008</span>', 'Posted by host'), ['April 11, 2008'],
    'a date class that is no clock\'s, as before')
})

t.test('the Futaba image boards\' stamp: a two-digit year first, the weekday in brackets', async t => {
  const b522 = ownPage('zh-blogs', 'b522').result.article
  t.match(b522.published, /^2009-11-24T23:52/, 'b522: Pixmicat!\'s `[09/11/24(二)23:52 ID:k3Fq8Zp2]` on a page of Taiwan')
  t.equal(b522.title, '巷口那間租書店今天最後一天', 'b522: the thread\'s `span.title` beside its stamp, not the board\'s name')
  t.equal(findDate('09/11/24(火)23:52:11', { defaultOffset: '+09:00' })?.iso, '2009-11-24T23:52:11+09:00', '2chan')
  t.equal(findDate('09/11/24(二)23:52', { minguo: true })?.iso.slice(0, 10), '2009-11-24', 'no Minguo year 9 (1920)')
  t.equal(findDate('09/11/24 23:52', { minguo: true })?.iso.slice(0, 10), '1920-11-24',
    'without the weekday\'s brackets a page of Taiwan reads a Minguo year, as before')
})

t.test('a board\'s English edit stamp is an update, its name no editor', async t => {
  t.same(parseInfoLine('Edited by: NorthPointKid  at: 6/9/04 12:15:33 am', { defaultOffset: '+08:00' }),
    { fields: [], dates: [{ iso: '2004-06-09T00:15:33+08:00', field: 'updated', ambiguous: true }] }, 'ezboard')
  t.same(parseInfoLine('Last edited by laolin on 2016-05-08 10:02', { defaultOffset: '+08:00' })?.dates,
    [{ iso: '2016-05-08T10:02:00+08:00', field: 'updated' }])
  t.same(parseInfoLine('Edited by Jane Doe', null)?.fields.map(f => [f.field, f.value]), [['editor', 'Jane Doe']],
    'no date after the name: an editor\'s credit, as before')
  t.same(ownPage('zh-blogs', 'b524').result.article.editors, [], 'b524: the poster who edited his post is no editor')
})
