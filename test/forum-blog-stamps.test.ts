/**
 * Issue #12, blogs and forums of platforms nobody tuned for (zh-blogs b101, b106 of session 37's unseen round):
 *  - a DVBBS thread: the edit stamp at the post's end (`[此贴子已经被X于2004-3-17 10:11:20编辑过]`) is an update, and the
 *    toolbar's icon links beside the `楼主` badge (`<img alt=回复这个贴子>`) name an action, no poster;
 *  - thread replies where the member links or the posts' ids have shapes of their own (b103, b104);
 *  - a hosted blog: its statistics box's opening date (`开通时间：2005-04-02`) is no post's date, and the owner's screen
 *    name inside the blog's name (`听雨` of `江南听雨轩`) is the writer, not the site.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { addressHoldsId } from '../src/parse/html/members.js'

/** A page of the set as its bytes were served. */
const own = (id: string): ReturnType<typeof processPage>['article'] => processPage({
  content: readFileSync(join(import.meta.dirname, 'fixtures', 'zh-blogs', 'html', `${id}.html`)), format: 'html'
}).article
const B101 = 'b101-dvbbs71-wuhan-guozao-2004-gb2312'
const B106 = 'b106-bokee-waipo-radio-2006-gbk'

const TEXT = '在武汉住了三十年，每天早上最要紧的一件事就是过早。外地朋友来了总问户部巷在哪里，好像武汉人都是在户部巷过早的，' +
  '其实我们街坊过早，十回有八回是在自家门口的小摊子上。'
const run = (html: string): ReturnType<typeof processPage>['article'] => processPage({ content: html, format: 'html' }).article

const icon = (alt: string): string => `<a href="reannounce.asp?id=1"><img src="skins/default/reply.gif" alt="${alt}"></a>`
const thread = (stamp: string, icons: string): string => '<html><head><title>江城茶馆 - 过早的记忆</title></head><body>' +
  '<table><tr><td class="tablebody1" width="175"><b>粮道街的猫</b><br>头衔：江城茶客<br>注册：2002-9-17</td>' +
  `<td><table width="100%"><tr><td>${icons}</td><td width="50"><b>楼主</b></td></tr></table>` +
  `<blockquote><b>过早的记忆</b><br><span>　　${TEXT}<br>　　${TEXT}<br><br><p align="right">${stamp}</p></span></blockquote>` +
  '</td></tr><tr><td><img src="skins/default/posttime.gif" alt="发贴时间">&nbsp;2004-3-15 21:03:11</td></tr></table>' +
  '</body></html>'

t.test('a DVBBS edit stamp is an update; the thread\'s own time is the post\'s', async t => {
  t.equal(own(B101).published?.slice(0, 10), '2004-03-15', 'the real page (its moderator edited the post on the 17th)')
  const a = run(thread('[此贴子已经被江城老鬼于2004-3-17 10:11:20编辑过]', ''))
  t.not(a.published?.slice(0, 10), '2004-03-17', 'never the edit')
})

t.test('a toolbar icon\'s alt beside the `楼主` badge names an action, no poster', async t => {
  t.same(own(B101).authors, [], 'the real page: its poster stands in a cell of his own, read by no reader yet')
  for (const alt of ['回复这个贴子', '编辑这个贴子', '引用回复这个贴子', '删除此帖']) {
    t.notOk(run(thread('', icon(alt))).authors.includes(alt), alt)
  }
})

const blog = (stats: string): string => '<html><head><title>外婆的收音机 - 江南听雨轩 - 博客家园</title></head><body>' +
  '<div id="blogHeader"><h1>江南听雨轩</h1></div>' +
  `<div id="side"><div class="module"><h3>统计</h3><div>访问：23,456<br>文章：86<br>${stats}</div></div></div>` +
  `<div class="diary"><h2>外婆的收音机</h2><div class="diaryContent"><p>${TEXT}</p><p>${TEXT}</p></div>` +
  '<div class="diaryFoot">听雨 发表于 2006-10-18 22:31:05 | 阅读全文(1563) | 回复(4)</div></div></body></html>'

t.test('a blog\'s opening date in its statistics box is no post\'s date', async t => {
  t.equal(own(B106).published?.slice(0, 10), '2006-10-18')
  t.equal(run(blog('开通时间：2005-04-02<br>最后更新：2006-10-26')).published?.slice(0, 10), '2006-10-18')
})

t.test('the owner\'s screen name inside the blog\'s name is the writer', async t => {
  const a = own(B106)
  t.same(a.authors, ['听雨'])
  t.not(a.source, '听雨')
})

t.test('replies of threads whose member links or post ids are of other shapes go', async t => {
  // NGA's member pages are `nuke.php?func=ucp&uid=1234567` (a member id as a script's `uid`), a Bahamut-style board
  // names each post by its poster (`<div class="FM-abox" id="cfowlnight88樓主">`): the opening post alone is the text
  for (const [id, opening, reply] of [
    ['b104-nga-ubb-guoqing-2012-gbk', '国庆自驾', '成绵高速上我下车走了两公里'],
    ['b103-hala-forum-mmo-2011-big5', '魔導師', '主城西門出去一直走']
  ]) {
    const a = own(id)
    t.ok(a.removed.some(r => r.rule === 'thread-replies'), `${id}: the replies listed`)
    t.notOk(a.body.some(b => b.text.includes(reply)), `${id}: no reply in the text`)
    t.ok(a.title?.includes(opening))
  }
})

t.test('under a site logo\'s <h1>, the post\'s heading a level lower is the title, dated by the header above it', async t => {
  // Windows Live Spaces: `<h1><a href="http://atie-tiexi.spaces.live.com/">铁西往事</a></h1>`, the post's
  // `<h4 class="beTitle">`, `<title>铁西往事: 又路过红光厂的旧址 - Windows Live</title>`
  const a = processPage({
    content: readFileSync(join(import.meta.dirname, 'fixtures', 'zh-blogs', 'html', 'b102-livespaces-tiexi-2007-utf8.html')),
    format: 'html',
    url: 'http://atie-tiexi.spaces.live.com/blog/cns!5C2E8B1F93A0D4E7!412.entry'
  }).article
  t.equal(a.title, '又路过红光厂的旧址')
  // the permalink heading, not the sidebar's `最近更新` link to the same post (`1月21日`, no year): the date header
  // right above the heading (`<h5 class="bvDateHeader">2007年1月21日</h5>`) dates the post
  t.equal(a.published?.slice(0, 10), '2007-01-21')
})

t.test('a board that names its members by account: the only-poster link\'s account finds the poster\'s profile link', async t => {
  // a Bahamut-style board: `<a href="C.php?bsn=18522&snA=4127&s_author=owlnight88">只看樓主</a>`, then the opening
  // post's `<a class="FM-name" href="…/home.php?owner=owlnight88">夜行貓頭鷹</a>`
  t.same(own('b103-hala-forum-mmo-2011-big5').authors, ['夜行貓頭鷹'])
  t.ok(addressHoldsId('http://home.example.com.tw/home.php?owner=owlnight88', 'owlnight88'))
  t.notOk(addressHoldsId('http://home.example.com.tw/home.php?owner=owlnight888', 'owlnight88'), 'another account')
  t.ok(addressHoldsId('/user/u27530619.html', '27530619'), 'a number with a letter before it, as before')
  t.notOk(addressHoldsId('/user/127530619.html', '27530619'))
})

t.test('a UTC markup time whose day in the page\'s zone the page shows alone is written in that zone', async t => {
  // Ghost on a Hong Kong blog: `article:published_time` 2019-03-16T16:40:12.000Z, `<time datetime="2019-03-17">17
  // March 2019</time>`: the same instant, the day its readers saw
  t.equal(own('b110-ghost-casper-hk-pihole-2019-utf8').published, '2019-03-17T00:40:12+08:00')
})

t.test('a member linked beside another page\'s title credits that item, not the page', async t => {
  // vBulletin 3.8's announcement row above a thread: `<a href="announcement.php?…"><strong>2009 秋季會員聚會「騎向日月潭」
  // 開始報名</strong></a>（<a href="member.php?u=1">管理員小蔡</a>，10-05-2009）`, then the poster's `a.bigusername`
  t.same(own('b107-vbulletin38-tw-cycling-2009-big5').authors, ['阿德騎鐵馬'])
})
