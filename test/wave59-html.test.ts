/**
 * Session 59: the classes of session 59's unseen wave the HTML front end reads, each on the page that showed it and
 * on a page made for it: a profile box's action links; a notice board's record table; an organisation's `<title>`
 * with its English name; a listing of other works each credited; a thread's opening post inside a widget or a
 * comment-named list (vBulletin 5); a dd-mm or mm-dd date with dashes; a message box's date row under its author row;
 * a `<title>` cut short after the site's names; Tieba's simple view's poster link and the time after it; a blog's name
 * as `<h1>` over a `<title>` of the blog and its host; a Taiwan paper's issue bar in Minguo years; a personal site's
 * owner named by the site and its icon.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '活动当天，志愿者们走进山区学校，为孩子们送去冬衣、图书和文具，并与老师们座谈，了解学校冬季取暖和营养午餐的情况，' +
  '对困难家庭学生进行了登记，将在春季学期开学前完成第二批物资的发放。'

type Article = ReturnType<typeof processPage>['article']
const read = (html: string, url?: string, fetchedAt?: string): Article => processPage({
  content: html, format: 'html', ...(url !== undefined ? { url } : {}), ...(fetchedAt !== undefined ? { fetchedAt } : {})
}).article

/** A Chinese page: `<title>`, then the body's markup as given. */
function page (body: string, title: string, head = ''): string {
  return `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`
}

t.test('a profile box\'s action links name nobody', async t => {
  t.same(ownPage('zh-blogs', 'b479').result.article.authors, ['沂河老赟'],
    'b479: the owner panel\'s `<a href="blog.php?uid-20377.html">沂河老赟</a>`, not `加为好友` after it')
  const box = (name: string): Article => read(page(`<div class="sidebar"><div class="uops">${name}` +
    '<a href="message.php?action=write&touid=20377">发送短信</a> | <a href="friend.php?action=add&uid=20377">加为好友</a>' +
    `</div></div><div class="post"><h1>娘摊了一辈子煎饼</h1><p>${PARA}</p><p>${PARA}</p></div>`, '娘摊了一辈子煎饼'))
  t.same(box('').authors, [], 'the links alone: no writer')
  t.same(box('<a href="space.php?uid=20377">沂河老赟</a>').authors, ['沂河老赟'])
})

t.test('a notice board\'s record table: its title row over a `<title>` of the school and the board', async t => {
  t.equal(ownPage('zh-org', 'o218').result.article.title, '賀！本校學生參加新竹縣第四十七屆中小學科學展覽會榮獲佳績',
    'o218: `公告標題` in the SFS3 board\'s record table')
  const notice = (title: string, row: string): Article => read(page('<table class="main_body">' +
    '<tr><td>公告單位</td><td>教務處</td><td>公告人</td><td>教務處設備組</td></tr>' +
    '<tr><td>公告日期</td><td>2007-04-13</td><td>公告期限</td><td>2007-05-13 止</td></tr>' +
    `<tr><td>點閱次數</td><td>236</td></tr><tr><td>公告標題</td><td><b>${row}</b></td></tr>` +
    `<tr><td>公告內容</td><td>${PARA}<br><br>${PARA}</td></tr></table>`, title))
  const row = '賀！本校學生參加新竹縣第四十七屆中小學科學展覽會榮獲佳績'
  t.equal(notice('新竹縣立竹湖國民中學--校園公告', row).title, row, 'a `<title>` sharing a place name only')
  t.equal(notice('新竹縣科學展覽會本校學生榮獲佳績', row).title, '新竹縣科學展覽會本校學生榮獲佳績',
    'a `<title>` that words the same notice otherwise stays the page\'s')
})

t.test('an organisation\'s `<title>` with its English name names no headline', async t => {
  t.equal(ownPage('zh-org', 'o221').result.article.title, '秋冬交替 心衰竭患者要留意的五件事',
    'o221: the lone `<h1>` under `健康資訊 - 寶翠山醫院 Po Chui Shan Hospital`')
  const h1 = (title: string): string | null => read(page(`<div><h1>秋冬交替心衰竭患者要留意的五件事</h1><p>${PARA}</p>` +
    `<p>${PARA}</p></div>`, title)).title
  t.equal(h1('健康資訊 - 寶翠山醫院 Po Chui Shan Hospital'), '秋冬交替心衰竭患者要留意的五件事')
  t.equal(h1('健康資訊 - 寶翠山醫院 po chui shan'), '健康資訊 - 寶翠山醫院 po chui shan',
    'an English part in lower case is no name: the `<title>` stays')
})

t.test('a listing of other works, each credited and updated, is no info line', async t => {
  const b486 = ownPage('zh-blogs', 'b486').result.article
  t.same(b486.authors, ['编辑小喆'], 'b486: not `作者：南山有鹿` of the recommended books')
  t.match(b486.published, /^2010-05-07/, 'b486: not their `最近更新：2010-05-09`')
  const books = '<div class="rec">本站推荐：<a href="/b?id=1">《雁归来》</a> 作者：南山有鹿 最近更新：2010-05-09 | ' +
    '<a href="/b?id=2">《小城故事多》</a> 作者：玥上柳梢 最近更新：2010-05-08</div>'
  const listed = read(page(`${books}<div class="post"><h1>做了六年网文编辑</h1><p>${PARA}</p><p>${PARA}</p></div>`,
    '做了六年网文编辑'))
  t.same(listed.authors, [])
  const one = read(page('<div class="info">作者：南山有鹿 最近更新：2010-05-09</div>' +
    `<div class="post"><h1>做了六年网文编辑</h1><p>${PARA}</p><p>${PARA}</p></div>`, '做了六年网文编辑'))
  t.same(one.authors, ['南山有鹿'], 'one credit is the page\'s line')
})

t.test('a thread\'s opening post inside a widget and a comment-named list (vBulletin 5)', async t => {
  const b487 = ownPage('zh-blogs', 'b487').result.article
  t.same(b487.authors, ['老林修東修西'], 'b487: the first post\'s `b-userinfo` card')
  t.equal(b487.published, '2016-05-07', 'b487: `05-07-2016, 09:23 PM` read month first: the other reading is after the fetch')
  const thread = (first: string): Article => read(page('<div class="widget-content"><ul class="conversation-list">' +
    `<li class="b-post js-comment-entry__parent ${first}"><div class="b-post__timestamp">2016-05-07 21:23</div>` +
    '<div class="b-userinfo"><a href="https://www.xiujia.com.tw/member/1873-laolin">老林修東修西</a></div>' +
    `<div class="b-post__content">${PARA}<br>${PARA}</div></li>` +
    '<li class="b-post js-comment-entry__parent"><div class="b-post__timestamp">2016-05-08 08:05</div>' +
    '<div class="b-userinfo"><a href="https://www.xiujia.com.tw/member/402-ade">水電阿德</a></div>' +
    '<div class="b-post__content">推一個，很實用。</div></li></ul></div>', '浴室地板排水孔臭了半年'),
  'https://www.xiujia.com.tw/forum/58213-drain')
  t.same(thread('b-post--first').authors, ['老林修東修西'])
  t.same(thread('').authors, [], 'no post marked first: every post is a reply')
})

t.test('a message box\'s author row, its date row, and a `<title>` cut short after the site\'s names', async t => {
  const b485 = ownPage('zh-blogs', 'b485').result.article
  t.equal(b485.title, '由多倫多回流一年，講下心得同幾樣唔習慣既事', 'b485: the subject the cut `<title>` opens')
  t.same(b485.authors, ['mingkee_yyz'], 'b485: `作者：mingkee_yyz (38/男/香港沙田)`')
  t.equal(b485.published, '2004-05-07', 'b485: `日期：2004/5/7 下午 09:23` in the row under the author\'s')
  const box = (dateRow: string): Article => read(page('<table class="msgbox"><tr><td><b>由多倫多回流一年，講下心得同幾樣唔習慣既事</b>' +
    '</td></tr><tr><td>作者：<a href="http://hk.profiles.example.hk/mingkee_yyz">mingkee_yyz</a> (38/男/香港沙田) ' +
    '<a href="/compose?to=mingkee_yyz">傳送私人訊息</a></td></tr>' + dateRow +
    `<tr><td>${PARA}<br><br>${PARA}</td></tr></table>`, '港訊討論區: 回流香港 - 由多倫多回流一年，講下心得同幾樣...'))
  const dated = box('<tr><td>日期：2004/5/7 下午 09:23　推薦：8</td></tr>')
  t.equal(dated.title, '由多倫多回流一年，講下心得同幾樣唔習慣既事')
  t.same(dated.authors, ['mingkee_yyz'])
  t.equal(dated.published, '2004-05-07')
  t.equal(box('').published, null, 'no date row: no date')
})

t.test('Tieba\'s simple view: the poster\'s link and the time after it', async t => {
  const b489 = ownPage('zh-blogs', 'b489').result.article
  t.same(b489.authors, ['老马跑长途'], 'b489: the floor tail\'s `<a href="…/i?un=老马跑长途">`')
  t.match(b489.published, /^2012-05-07/, 'b489: `5-7 21:23` after it, the year the fetch\'s')
  const floor = (between: string, time: string): Article => read(page(`<div class="i">1楼. ${PARA}<br/>${PARA}<br/>` +
    '<span class="g"><a href="/mo/q---7D2E%3AFG%3D1--1-3-0/i?un=老马跑长途">老马跑长途</a></span>' +
    `${between}<span class="b">${time}</span></div>`, '跑了八年长途'),
  'http://tieba.example.com/mo/q---7D2E/m?kz=1581723406', '2012-05-10T22:40:00+08:00')
  t.same(floor('&#160;', '5-7 21:23').authors, ['老马跑长途'])
  t.match(floor('&#160;', '5-7 21:23').published, /^2012-05-07T21:23/)
  t.match(floor(' ', '2012-05-06 08:15').published, /^2012-05-06/, 'a full date there too')
  t.equal(floor(' 回复了他的帖子，说 ', '5-7 21:23').published, null, 'words between: the time is no longer the poster\'s')
})

t.test('a blog\'s name as `<h1>` over a `<title>` of the blog and its host', async t => {
  const b480 = ownPage('zh-blogs', 'b480').result.article
  t.equal(b480.title, '基隆街嗰間鈕扣舖，下個月就冇喇', 'b480: the entry\'s `h2.entry_title`')
  t.match(b480.published, /^2008-09-21/, 'b480: the date header, not the editor\'s pick `此文章已獲編輯推介 (2008-09-23)`')
  const blog = (h1: string, title: string): string | null => read(page(`<div id="blog_banner"><h1>${h1}</h1></div>` +
    '<div class="entry"><div class="entry_date">2008年9月21日 星期日</div>' +
    `<h2 class="entry_title">基隆街嗰間鈕扣舖，下個月就冇喇</h2><p>${PARA}</p><p>${PARA}</p></div>`, title),
  'http://blog.example.com.hk/blog/blog_entry.php?blogid=ahseung&id=386215').title
  const home = '<a href="/blog/blog_main.php?blogid=ahseung">阿嫦嘅針線盒</a>'
  t.equal(blog(home, '阿嫦嘅針線盒 :: 港訊網誌'), '基隆街嗰間鈕扣舖，下個月就冇喇')
  t.equal(blog('阿嫦嘅針線盒', '阿嫦嘅針線盒 :: 港訊網誌'), '阿嫦嘅針線盒', 'an `<h1>` linking nowhere stays the headline')
  t.equal(blog(home, '阿嫦嘅針線盒 :: 石硤尾街坊講古'), '阿嫦嘅針線盒', 'a `<title>` part that is no site\'s name')
})

t.test('a Taiwan paper\'s issue bar in Minguo years', async t => {
  t.equal(ownPage('zh-news', 'n453').result.article.published, '2004-07-08', 'n453: `93/07/08　第2版　國軍動態`')
  const bar = (url: string): string | null => read(page('<table><tr><td>93/07/08　第2版　國軍動態</td></tr>' +
    `<tr><td><b>國軍投入南投災區清淤</b></td></tr><tr><td>${PARA}<br>${PARA}</td></tr></table>`, '精忠日報'), url).published
  t.equal(bar('http://www.example.com.tw/epaper/news_detail.asp?no=3'), '2004-07-08')
  t.equal(bar('http://www.example.com.cn/epaper/news_detail.asp?no=3'), null, 'elsewhere a two-digit year is none')
})

t.test('a personal site\'s owner named by the site and its icon', async t => {
  t.same(ownPage('zh-blogs', 'b484').result.article.authors, ['阿澄'],
    'b484: `阿澄的慢慢寫` and the icon `<a href="/"><img alt="阿澄">`')
  const site = (alt: string, href = '/'): Article => read(page(`<header><a href="${href}"><img src="/a.png" alt="${alt}"></a>` +
    '<div><a href="/">阿澄的慢慢寫</a></div></header>' +
    `<article><h2>第三年學葡文，終於敢喺街市講價</h2><p>${PARA}</p><p>${PARA}</p></article>`,
  '第三年學葡文，終於敢喺街市講價 - 阿澄的慢慢寫', '<meta property="og:site_name" content="阿澄的慢慢寫">'))
  t.same(site('阿澄').authors, ['阿澄'])
  t.same(site('阿明').authors, [], 'an icon of another name')
  t.same(site('阿澄', '/posts/portuguese').authors, [], 'an image that links elsewhere than home')
})
