/**
 * Session 55: the classes of session 55's unseen wave, each on the page that showed it and on the readers alone:
 * writers' links joined by Chinese separators; a reporter of the byline also credited for a photo; a dateline's credit
 * without brackets after a dated dateline; a markup name that is the page's editor; another page's byline in a box of
 * picks; an event's particulars; one member's toolbar; a software product's name where a writer is expected; a profile
 * module's heading; a unit and the writer's post in it before the name; WordPress Kubrick's ` « ` title separator; an
 * old board's trail with no class; a topic's description after a comma; the Maple BBS post header.
 */
import t from 'tap'
import { judgeAuthor, trimByline } from '../src/metadata/authors.js'
import { cleanTitle } from '../src/metadata/title.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const authors = (set: string, id: string): string[] => ownPage(set, id).result.article.authors

/** A Chinese news page: a headline, a byline box, paragraphs of text and what `extra` adds after the first. */
function page (byline: string, extra = ''): string {
  const para = '番路鄉公田村的柿餅曬場一片橘紅，農友忙著翻面。在公田村經營柿餅加工已經三代的農友陳金德說，柿餅製作相當費工，' +
    '從採收、削皮、日曬到烘焙、捏壓，前後要十多天，今年颱風落果加上秋旱，產量比去年少了三成。'
  return '<html><head><meta charset="utf-8"><title>番路柿餅進入產季 - 台灣晨報</title></head><body>' +
    `<h1>番路柿餅進入產季</h1><div class="byline">${byline}</div><div class="content"><p>${para}</p>${extra}` +
    `<p>${para}</p></div></body></html>`
}
const read = (html: string): { authors: string[], editors: Array<{ role: string, name: string }> } => {
  const { article } = processPage({ content: html, format: 'html' })
  return { authors: article.authors, editors: article.editors }
}

t.test('writers\' links joined by a Chinese separator are one byline', async t => {
  t.same(authors('zh-news', 'n427'), ['鄧靜嵐', '吳卓謙'],
    'n427: `文｜<a>維港誌記者 鄧靜嵐</a>、<a>實習記者 吳卓謙</a>`, each linked to a writer\'s page')
  const linked = (sep: string): string[] => read(page(`文｜<a href="/author/lin-shu-hui/">記者 林淑惠</a>${sep}` +
    '<a href="/author/tsai-wen-hsiung/">記者 蔡文雄</a>')).authors
  for (const sep of ['、', '，', ' 及 ', ' 與 ']) t.same(linked(sep), ['林淑惠', '蔡文雄'], `joined by \`${sep.trim()}\``)
  t.same(linked(' | 攝影 '), ['林淑惠'], 'another word between the links ends the byline')
})

t.test('a reporter of the byline also credited for a photo stays a writer', async t => {
  t.same(authors('zh-news', 'n430'), ['林淑惠', '蔡文雄'],
    'n430: `記者林淑惠、特約記者蔡文雄／嘉義報導` over `（特約記者蔡文雄攝）`')
  t.same(authors('zh-news', 'n141'), ['陳建志'], 'n141 (development): the citizen reporter who shot the photos too')
  const both = read(page('記者林淑惠、特約記者蔡文雄／嘉義報導', '<p>（特約記者蔡文雄攝）</p>'))
  t.same(both.authors, ['林淑惠', '蔡文雄'], 'a writer of the byline')
  t.same(both.editors, [{ role: 'photographer', name: '蔡文雄' }], 'and the photo\'s photographer')
  t.same(read(page('記者林淑惠／嘉義報導', '<p>（攝影 蔡文雄）</p>')).authors, ['林淑惠'],
    'a photographer the byline does not name is no writer')
})

t.test('a dateline\'s credit without brackets after a dated dateline', async t => {
  t.same(authors('zh-news', 'n429'), ['周喆', '刘一鸣', '张堃'],
    'n429: `本报北京3月30日电　特派记者周喆　刘一鸣　张堃　终场哨响…`, over the `作者` field\'s first name')
  const dateline = (text: string): string[] => read(page('', `<p>${text}终场哨响的那一刻，京西体育馆内一万八千名球迷同时起立。</p>`))
    .authors
  t.same(dateline('本报北京3月30日电　记者 王楠　陈思远　'), ['王楠', '陈思远'], 'two reporters after `记者 `')
  t.same(dateline('新华社北京3月30日电　记者周喆　'), ['周喆'], 'one, glued to the role')
  t.same(dateline('本报北京3月30日电　记者周喆、实习生刘畅报道：'), ['周喆', '刘畅'], 'a credit run with `报道：` as before')
  t.same(dateline('本报北京3月30日电　记者们　'), [], 'a word that is no common name: no reporter')
})

t.test('a markup name the page credits as an editor gives way to the credit lines\' writers', async t => {
  t.same(authors('zh-news', 'n428'), ['尹海峰', '崔英男'],
    'n428: `<meta name="author">` names the editor 孙薇; the credit block `记者：尹海峰　延边台记者：崔英男`')
  const html = (credit: string): string => page('', '').replace('</h1>', '</h1><div class="credit">' + credit + '</div>')
    .replace('<head>', '<head><meta name="author" content="孙薇">')
  t.same(read(html('<p>记者：尹海峰</p><p>编辑：孙薇</p>')).authors, ['尹海峰'], 'the editor in the markup, the reporter')
})

t.test('another page\'s byline in a box of picks is no info line nor credit of the page', async t => {
  t.same(authors('zh-blogs', 'b431'), ['湘江老杨'],
    'b431: `<li><a>三鹿事件之后…</a> <span>作者：宝宝妈咪</span> <span class="date">…</span></li>` items, the owner named')
  const picks = '<div class="hot"><ul>' + ['三鹿事件之后我家换了三种奶粉', '我们厂的最后一个车间也拆了'].map((title, i) =>
    `<li><a href="/u/1/20080${i + 1}/45223${i}.html">${title}</a> <span>作者：宝宝妈咪${i}</span> ` +
    '<span class="date">2008-09-22</span></li>').join('') + '</ul></div>'
  t.same(read(page('', picks)).authors, [], 'a box of picks names no writer of the page')
  t.same(read(page('<span>作者：林淑惠</span>', picks)).authors, ['林淑惠'], 'the page\'s own line is read')
})

t.test('an event\'s particulars are no info line', async t => {
  const { article } = ownPage('zh-org', 'o193').result
  t.equal(article.published?.slice(0, 10), '2014-07-08',
    'o193: the sidebar\'s `主讲：… 时间：2014年7月12日（周六）上午9:00 地点：…` lecture, not the page\'s `发布时间：`')
  t.equal(article.title, '八旬老人胆总管结石并发急性胆管炎 消化内科ERCP微创取石化险为夷', 'and the headline above the page\'s line')
  const lecture = '<div class="side"><p>主讲：邓海峰</p><p>时间：2014年7月12日上午9:00</p><p>地点：门诊楼五楼</p></div>'
  const dated = page('<span>发布时间：2014-07-08 16:35</span>', '').replace('<body>', `<body>${lecture}`)
  t.equal(processPage({ content: dated, format: 'html' }).article.published, '2014-07-08T16:35:00+08:00', 'the page\'s line')
})

t.test('one member\'s profile and message links side by side are no run of members', async t => {
  t.same(authors('zh-blogs', 'b437'), ['臭棋老爸'],
    'b437: `<a href="member.php?…userid=1127"><img alt="查看 臭棋老爸 的个人资料"></a> <a href="private.php?…userid=1127">`')
  const toolbar = (second: string): string[] => read(page('', '<p><a href="/member.php?action=getinfo&amp;userid=1127">' +
    `<img src="p.gif" alt="查看 臭棋老爸 的个人资料"></a> ${second}</p>`)).authors
  t.same(toolbar('<a href="/private.php?action=newmessage&amp;userid=1127"><img src="m.gif" alt="发短消息"></a>'),
    ['臭棋老爸'], 'the same member\'s message link beside it')
  t.same(toolbar('<a href="/member.php?action=getinfo&amp;userid=806">黑白世界</a>'), [],
    'another member\'s link beside it: a list of members, as before')
})

t.test('a software product\'s name is no writer', async t => {
  t.same(authors('zh-org', 'o198'), [], 'o198: `<meta name="author" content="YzmCMS内容管理系统">`')
  for (const name of ['YzmCMS内容管理系统', 'PbootCMS', 'EmpireCMS 7.5', '某某网站管理系统', '云建站系统']) {
    t.equal(judgeAuthor(name).kind, 'none', name)
  }
  for (const name of ['王管理', 'Cmson Lee', '李统']) t.not(judgeAuthor(name).kind, 'none', `${name}: no product`)
})

t.test('a profile module\'s heading link names nobody', async t => {
  t.equal(judgeAuthor('Profile').kind, 'none', 'the English word, as 个人资料')
  t.same(authors('zh-blogs', 'b268'), [], 'b268 (an earlier round): a Xanga profile link\'s `Profile` no more')
  t.same(authors('zh-blogs', 'b436'), ['xiaoyu_hz'],
    'b436: `<h2><a href=".../profile">Profile</a></h2>` passed over for the journal\'s account (its truth, the display name ' +
    '小鱼, is in no byline)')
})

t.test('a unit and the writer\'s post in it before the name', async t => {
  t.same(authors('zh-org', 'o197'), ['陳嘉欣'], 'o197: `（撰文：長者地區中心社工 陳嘉欣　攝影：義工 梁偉明）`')
  t.equal(trimByline('長者地區中心社工 陳嘉欣'), '陳嘉欣', 'a centre\'s social worker')
  t.equal(trimByline('宣传科 王敏'), '王敏', 'a section, as before')
  t.equal(trimByline('长者中心社工 服务'), '长者中心社工 服务', 'no common name after it: as it is')
})

t.test('titles: Kubrick\'s ` « ` separator', async t => {
  t.equal(ownPage('zh-blogs', 'b432').result.article.title, '在鲁汶修自行车的老先生',
    'b432: `<title>在鲁汶修自行车的老先生 &laquo;  鲁汶手记</title>` over the `<h2>`')
  t.equal(cleanTitle('A Walk by the River « Notes from Leuven'), 'A Walk by the River', 'an English post, the blog after it')
  t.equal(cleanTitle('在鲁汶修自行车的老先生 « 鲁汶手记'), '在鲁汶修自行车的老先生', 'a Chinese one')
  t.equal(cleanTitle('« Older posts'), '« Older posts', 'a mark with nothing before it stays')
})

t.test('titles: an old board\'s trail, no class, whose leaf the `<title>` repeats', async t => {
  t.equal(ownPage('zh-blogs', 'b437').result.article.title, '带儿子学棋一年，一个臭棋篓子爸爸的几点体会',
    'b437: `<b><a>弈林茶座</a> &gt; … &gt; 带儿子学棋一年…</b>` under `<title>弈林茶座 - 带儿子学棋一年…`')
  const titled = (trail: string, title: string): string | null => processPage({
    content: `<html><head><title>${title}</title></head><body><table><tr><td><b>${trail}</b></td></tr></table>` +
      '<p>上学期在育樂街的麵攤打工，每天晚上六點到十一點，老闆是一對從嘉義上來的夫妻，做的是切仔麵和滷味。剛開始什麼都不會，' +
      '連湯頭要加多少都記不住，後來慢慢上手，也學會了怎麼跟熟客聊天。</p></body></html>',
    format: 'html'
  }).article.title
  const trail = '<a href="/">某某论坛</a> &gt; <a href="/f/2">生活版</a> &gt; 在育乐街面摊打工一学期的几点心得体会'
  t.equal(titled(trail, '某某论坛 - 在育乐街面摊打工一学期的几点心得体会'), '在育乐街面摊打工一学期的几点心得体会', 'the leaf')
  t.equal(titled(trail, '某某论坛'), '某某论坛', 'a `<title>` that does not repeat it: as before')
})

t.test('titles: a topic with its description joined after a comma', async t => {
  t.equal(ownPage('zh-blogs', 'b438').result.article.title, '養巴西龜三年，終於搞清楚曬背燈同UVB燈的分別',
    'b438: `<div class=maintitle><b>養巴西龜三年…</b>, 附燈具比較相片` under `<title>香港龜友會討論區 -> 養巴西龜三年…`')
  const titled = (bar: string): string | null => processPage({
    content: '<html><head><title>某某論壇 -> 在育樂街麵攤打工一學期的幾點心得</title></head><body>' +
      `<div class="maintitle">${bar}</div><p>上學期在育樂街的麵攤打工，每天晚上六點到十一點，老闆是一對從嘉義上來的夫妻，` +
      '做的是切仔麵和滷味。剛開始什麼都不會，連湯頭要加多少都記不住，後來慢慢上手，也學會了怎麼跟熟客聊天。</p></body></html>',
    format: 'html'
  }).article.title
  t.equal(titled('<b>在育樂街麵攤打工一學期的幾點心得</b>, 附照片'), '在育樂街麵攤打工一學期的幾點心得', 'the topic')
  t.equal(titled('在育樂街麵攤打工一學期的幾點心得，附照片'), '在育樂街麵攤打工一學期的幾點心得，附照片',
    'a full-width comma is the headline\'s own')
})

t.test('the Maple BBS post header: writer, title and time', async t => {
  const { article } = ownPage('zh-blogs', 'b439').result
  t.equal(article.title, '[心得] 在育樂街麵攤打工一學期', 'b439: `標題:` over `<title>鳳凰木BBS -- 同標題閱讀 [Tainan]`')
  t.equal(article.published, '2007-04-22', 'the `時間: 2007/04/22 Sun 23:41:07` line')
  t.same(article.authors, ['shiroi'], 'the account of `作者: shiroi (白色的夏天)`')
  const bbs = (header: string): { title: string | null, published: string | null } => {
    const html = '<html><head><meta charset="big5"><title>某某BBS -- 文章閱讀</title></head><body><pre>' + header +
      '\n\n上學期在育樂街的麵攤打工，每天晚上六點到十一點，老闆是一對從嘉義上來的夫妻，做的是切仔麵和滷味。' +
      '剛開始什麼都不會，連湯頭要加多少都記不住，後來慢慢上手，也學會了怎麼跟熟客聊天。</pre></body></html>'
    const { article } = processPage({ content: html, format: 'html' })
    return { title: article.title, published: article.published }
  }
  t.same(bbs('作者: tea0530 (茶茶) 看板: Tainan\n標題: 打工心得\n時間: 2007/04/24 Tue 12:44:03'),
    { title: '打工心得', published: '2007-04-24' }, 'a header of the three lines')
  t.same(bbs('作者: tea0530 (茶茶) 看板: Tainan\n標題: 打工心得').published, null, 'no `時間:` line, no time')
})
