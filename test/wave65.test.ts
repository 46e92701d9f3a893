/**
 * Session 65's unseen wave: each class on the page that showed it and on the reader alone. Dates: Unix `date` with its
 * zone before the year (a mail archive's), a year's two digits after an apostrophe, a comma between a relative day
 * and its time, a script that writes a date-classed element from a Unix time, a member card's wedding day, a signing
 * date under the headline. Writers: a poster's label before the writer's on an info line, two units each with its
 * writer in one closing credit, `由 X 於 <time>`, a blog's name in its owner's form with `の` and a diary's word, a
 * note on the writer (`作者系…总监X`). Titles: a `<title>` that is a trail of short names. Text: a mail's hand-wrapped
 * Chinese `<pre>` as paragraphs, an article's rest behind a read-more fold.
 */
import t from 'tap'
import { findDate } from '../src/text/date.js'
import { findRelativeDate } from '../src/text/index.js'
import { parseInfoLine } from '../src/text/fields.js'
import { blogOwner } from '../src/text/title-owner.js'
import { prosePre } from '../src/parse/html/prose-pre.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '今年一月至二月，本院内科病房收治的肺炎病人较去年同期增加约两成，其中七成以上是六十五岁或以上的长者，' +
  '每年春季天气乍暖还寒，早晚温差大，呼吸道病毒容易传播。'
const PARA2 = '会上，协会秘书处通报了今年一至八月全市鞋类出口情况，受欧债危机影响，欧盟市场订单明显下滑，' +
  '但中东、非洲和东盟等新兴市场保持较快增长。'

const PARA3 = '如今，合作社已有社员一百三十六户，其中建档立卡贫困户四十一户，去年通过直播带货销售蜂蜜两万多斤，' +
  '社员户均增收八千余元。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, body: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  format: 'html'
}).article
const page = (set: string, id: string): Article => ownPage(set, id).result.article
const bodyText = (a: Article): string => a.body.map(b => b.text).join('\n')

t.test('Unix `date` with the zone before the year', async t => {
  t.equal(findDate('Tue Mar 16 10:42:11 HKT 2004')?.iso, '2004-03-16', 'pipermail\'s message date')
  t.equal(findDate('Tue May  7 21:23:57 2013')?.iso, '2013-05-07', 'ctime without a zone, as before')
  t.equal(findDate('Tue Mar 16 10:42:11 in 2004'), null, 'a word of prose is no zone')
  t.equal(page('zh-org', 'o300').published?.slice(0, 10), '2004-03-16', 'o300: Mailman\'s `<I>` date')
})

t.test('a year\'s two digits after an apostrophe', async t => {
  t.equal(findDate('Mar 14, \'09 10:41 PM')?.iso, '2009-03-14', 'Multiply\'s stamp')
  t.equal(findDate('May 5 ’99')?.iso, '1999-05-05', 'a curly apostrophe')
  t.equal(findDate('Mar 14, 09'), null, 'no apostrophe: the day\'s number, no year')
  t.equal(findDate('Mar 14, \'091'), null, 'three digits are no two-digit year')
  t.equal(page('zh-blogs', 'b638').published?.slice(0, 10), '2009-03-14', 'b638: under the entry\'s title')
})

t.test('a comma between a relative day and its time', async t => {
  t.equal(findRelativeDate('昨天, 23:12')?.time?.h, 23, 'WoltLab\'s `昨天, 23:12`: the time is read')
  t.equal(findRelativeDate('Yesterday, 11:12 PM')?.time?.h, 23, 'vBulletin\'s English')
  t.equal(findRelativeDate('昨天，我们 23 人')?.time, undefined, 'a full-width comma and words: no time')
})

t.test('a script that writes a date-classed element from a Unix time', async t => {
  const nabble = (cls: string): Article => html('長課路線分享 - 澳門跑步會',
    '<h2>長課路線分享：大潭山到黑沙</h2>' +
    `<div class="post"><span class="${cls}"><span id="d1370536872000-1"></span><script>Nabble.get('d1370536872000-1')` +
    '.innerHTML= Nabble.formatDateLong(new Date(1370536872000));</script></span>' +
    `<p>${PARA}</p><p>${PARA2}</p></div>`)
  t.equal(nabble('post-date float-left').published?.slice(0, 10), '2013-06-07', 'the epoch in Macau\'s zone')
  t.equal(nabble('float-left').published, null, 'in an element no class says date: no date')
  t.equal(page('zh-blogs', 'b643').published?.slice(0, 10), '2013-06-07', 'b643: Nabble\'s post header')
})

t.test('a member card\'s wedding day', async t => {
  t.equal(page('zh-blogs', 'b644').published?.slice(0, 10), '2010-01-17', 'b644: the post\'s `发表于：`, not `婚期：`')
})

t.test('a signing date under the headline gives way to the record table\'s', async t => {
  t.equal(page('zh-gov', 'g359').published?.slice(0, 10), '2004-10-14', 'g359: `公告日期 93/10/14`, not `發文日期`')
  const notice = (line: string): Article => html('公告', `<h1>預告修正補貼作業要點</h1><p>${line}</p>` +
    `<p>${PARA}</p><p>${PARA2}</p>`)
  t.equal(notice('發布日期：中華民國93年10月14日').published?.slice(0, 10), '2004-10-14', 'a publication label: taken')
  t.equal(notice('發文日期：中華民國93年10月12日').published?.slice(0, 10), '2004-10-12', 'the signing date alone: taken')
})

t.test('a poster\'s label before the writer\'s on an info line', async t => {
  const line = parseInfoLine('发布：jjxhadmin | 作者：秘书处 陈喆 | 来源：晋江市鞋业协会 | 发表时间：2012-09-14 16:20', {})
  t.same(line?.fields.filter(f => f.field === 'author').map(f => f.value), ['秘书处 陈喆'], 'the line is read')
  t.notOk(line?.fields.some(f => f.value === 'jjxhadmin' && f.field !== 'ignore'), 'the login is no field')
  t.same(parseInfoLine('发布：2020-06-15 浏览：100', {})?.dates.map(d => d.iso), ['2020-06-15'], 'a date after it')
  t.same(parseInfoLine('作者：张明　发布：2020-06-15', {})?.fields[0].value, '张明', 'no label in the name')
  t.same(page('zh-org', 'o297').authors, ['陈喆'], 'o297: the writer after the unit')
})

t.test('two units, each with its writer, in one closing credit', async t => {
  const credit = (line: string): Article => html('新闻', `<h1>县城集中供热管网改造完工</h1><p>${PARA}</p><p>${PARA2}${line}</p>`)
  t.same(credit('（汾川县委宣传部 赵建军　县城建局 任丽娜）').authors, ['赵建军', '任丽娜'], 'both writers')
  t.same(credit('（汾川县委宣传部 赵建军）').authors, ['赵建军'], 'one unit, as before')
  t.same(credit('（汾川县委宣传部 县城建局 任丽娜）').authors, [], 'a unit with no writer: no credit')
  t.same(page('zh-news', 'n529').authors, ['赵建军', '任丽娜'], 'n529: a county site\'s closing credit')
})

t.test('`由 X 於 <time>`, the posting word last or none', async t => {
  t.same(page('zh-blogs', 'b635').authors, ['阿德'], 'b635: Pivot\'s `由 阿德 於 22:41 發表`')
  t.same(page('zh-blogs', 'b632').authors, ['梁家豪'], 'b632: Moodle\'s `由 梁家豪 於 2013年 03月 14日(週四) 22:41`')
  const foot = (line: string): Article => html('阿德的山海筆記', `<h3>陪老爸回金門</h3><p>${PARA}</p><p>${PARA2}</p>` +
    `<div class="entryfooter">${line}</div>`)
  t.same(foot('由 阿德 於 22:41 發表 | 永久連結').authors, ['阿德'], 'the footer line')
  t.same(foot('由 阿德 於是 回到 金門').authors, [], 'no time after 於: prose')
})

t.test('a blog\'s name in its owner\'s form: `の` and a diary\'s word', async t => {
  t.equal(blogOwner('~ 阿欣の小窩 ~'), '阿欣', 'Japanese の for 的, decorated')
  t.equal(blogOwner('阿輝嘅網誌'), '阿輝', 'Cantonese 嘅')
  t.equal(blogOwner('张晓明的日志'), '张晓明', 'as before')
  t.equal(blogOwner('小窩'), undefined, 'no owner\'s name')
  t.equal(blogOwner('阿欣小窩的故事'), undefined, 'the word must end the name')
  t.same(page('zh-blogs', 'b638').authors, ['阿欣'], 'b638: Multiply\'s `~ 阿欣の小窩 ~`')
})

t.test('a note on the writer names the writer after the post', async t => {
  const note = (line: string): Article => html('储能的下半场', `<h1>储能的下半场：从拼装机走向系统集成</h1>` +
    `<p>${PARA}</p><p>${PARA2}</p><p>${line}</p>`)
  t.same(note('（作者系澄泓资本研究总监邓一帆，本文仅代表个人观点，不构成投资建议。）').authors, ['邓一帆'], 'a director')
  t.same(note('（作者系北京大学教授）').authors, [], 'a post and no name: no writer, as before')
  t.same(note('（作者系本报特约评论员）').authors, [], 'a role: no writer')
  t.same(page('zh-org', 'o299').authors, ['邓一帆'], 'o299: not the verified company account')
})

t.test('a `<title>` that is a trail of short names gives way to the title-classed subject', async t => {
  t.equal(page('zh-blogs', 'b645').title, '三間 Band 1 自行分配學位面試經驗分享（附面試題目）', 'b645: the bold `td.TopicTitle`')
  const board = (title: string): Article => html(title, '<table><tr><td class="TopicTitle"><b>三間學校面試經驗分享' +
    `</b></td></tr><tr><td><p>${PARA}</p><p>${PARA2}</p></td></tr></table>`)
  t.equal(board('教育網城 - 家長天地 - 升中資訊 - 討論文章').title, '三間學校面試經驗分享', 'four short names')
  t.not(board('面試心得 - 家長天地 - 教育網城').title, '三間學校面試經驗分享', 'three parts: no trail, the cell not asked')
})

t.test('a mail\'s hand-wrapped Chinese `<pre>` as paragraphs', async t => {
  const mail = ['======================================', '  天恩醫院《健康通訊》　　第58期　　2004年3月16日',
    '======================================', '', '  春寒料峭　長者慎防肺炎', '', '  撰文：內科顧問醫生　梁栢堅醫生', '',
    '　　今年一月至二月，本院內科病房收治的肺炎病人較去年同期增加約兩成，', '其中七成以上是六十五歲或以上的長者。', '',
    '　　年輕人患肺炎，多數有發高燒、咳嗽、咳黃綠色痰及氣促等典型徵狀；但', '長者的徵狀往往並不明顯。'].join('\n')
  const paragraphs = prosePre(mail) ?? []
  t.equal(paragraphs[0], '天恩醫院《健康通訊》 第58期 2004年3月16日', 'the masthead between its rules, a line alone')
  t.ok(paragraphs.includes('今年一月至二月，本院內科病房收治的肺炎病人較去年同期增加約兩成，其中七成以上是六十五歲或以上的長者。'),
    'wrapped lines joined without a space')
  t.equal(prosePre('function f () {\n  return 1\n}\n\nconst x = f()\n\nconsole.log(x)'), undefined, 'code: one block')
  t.equal(prosePre('一行中文，沒有分段。'), undefined, 'one paragraph: one block')
  const a = page('zh-org', 'o300')
  t.same(a.authors, ['梁栢堅'], 'o300: the opening `撰文：` line read')
  t.notOk(bodyText(a).includes('撰文'), 'o300: the credit leaves the text')
})

t.test('an article\'s rest behind a read-more fold', async t => {
  const fold = (cls: string, words = `<p>${PARA2}</p>`): Article => html('蜂蜜', `<h1>返乡直播卖蜂蜜</h1>` +
    `<p>${PARA}</p><p>${PARA}${PARA}</p><p>${PARA}${PARA}</p>` +
    `<div class="${cls}" style="max-height:0;overflow:hidden">${words}<p>${PARA3}</p></div>`)
  t.ok(bodyText(fold('fold-content')).includes('东盟等新兴市场'), 'a fold\'s class: kept')
  t.notOk(bodyText(fold('box')).includes('东盟等新兴市场'), 'a clip with no fold\'s class: removed as before')
  t.notOk(bodyText(fold('fold-content', '<p>澳门新葡京娱乐场 百家乐官网 皇冠足球比分 网上真钱赌博</p>')).includes('百家乐'),
    'gambling behind a fold: removed')
  t.ok(bodyText(page('zh-news', 'n532')).includes('销售额突破300万元'), 'n532: the share page\'s coin fold')
})
