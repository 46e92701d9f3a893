/**
 * Session 54: the classes of session 54's unseen wave, each on the page that showed it and on the readers alone: a
 * member's feed is no member page, a member page on a host of the blog's registered domain is; a village committee and
 * a college department are organisations where a byline stands; a thread byline's label and a font-size switch name
 * nobody; a correspondent's credit line of its own; a list of particulars whose labels carry no colon; a student's
 * class before the name; a VSB title cell, a paper's page as a section, a `<title>` of spaced colons; a team in a
 * Chinese page's markup; members' pages under `/user/` and `/participant/`; a lead-in (`导读：`) and WeChat's
 * `点击蓝字` prompt out of the body.
 */
import t from 'tap'
import { isMemberPage } from '../src/parse/html/members.js'
import { isChineseOrganization } from '../src/text/org-names.js'
import { trimByline } from '../src/metadata/authors.js'
import { processPage } from '../src/pipeline.js'
import { cleanTitle } from '../src/metadata/title.js'
import { ownPage } from './helpers.js'

const meta = (set: string, id: string): { authors: string[], source: string | null } => {
  const { article } = ownPage(set, id).result
  return { authors: article.authors, source: article.source }
}

t.test('a member\'s feed is no member page; a member host of the platform\'s domain is the platform\'s', async t => {
  t.notOk(isMemberPage('http://jifanglaosong.blog.example-51cto.com/rss.php?uid=623817'), 'a blog\'s `rss.php?uid=`')
  t.notOk(isMemberPage('/feed.php?uid=52107'), 'a feed script')
  t.ok(isMemberPage('space.php?uid=52107'), 'a member\'s space still is')
  t.ok(isMemberPage('/forum/userinfo.php?uid=8812'), 'and a user-info script')
  t.ok(isMemberPage('http://home.example-51cto.com/space?uid=623817'), 'a member script with no extension')
  t.notOk(isMemberPage('/search?uid=623817'), 'a search by member is none')
  t.same(meta('zh-blogs', 'b419').authors, ['机房老宋'],
    'b419: the owner box\'s link on the platform\'s member host, not the feed link\'s `订阅`')
})

t.test('a village committee and a college department are organisations', async t => {
  for (const name of ['柳河村委会', '新华居委会', '机电工程系', '中文系']) t.ok(isChineseOrganization(name), name)
  for (const name of ['李关系', '王系']) t.notOk(isChineseOrganization(name), `${name}: a person's name`)
  t.same(meta('zh-gov', 'g248'), { authors: [], source: '柳河村委会' }, 'g248: `作者：柳河村委会` is the issuer')
  t.same(meta('zh-org', 'o187'), { authors: ['龙泽宇'], source: '机电工程系' },
    'o187: `机电工程系 龙泽宇`, the department and its writer')
})

t.test('a thread byline\'s label and a font-size switch name nobody', async t => {
  t.same(meta('zh-blogs', 'b428').authors, ['西溪酿酒师'], 'b428: PunBB\'s `主题由 西溪酿酒师`, the poster alone')
  t.same(meta('zh-news', 'n422').authors, [], 'n422: `作者：` empty, then the `大 中 小` links')
})

t.test('a correspondent\'s credit line of its own is a writer\'s', async t => {
  t.same(meta('zh-news', 'n421').authors, ['汪海涛', '程雨欣', '方立新'],
    'n421: `<p>记者：汪海涛　程雨欣</p><p>通讯员：方立新</p>` in the closing credits')
})

t.test('a list of particulars whose labels carry no colon', async t => {
  const { article } = ownPage('zh-news', 'n424').result
  t.same(article.authors, ['Katrin Bauer', '叶澜'], 'n424: `<li><strong>作者</strong> Katrin Bauer / 叶澜</li>`')
  t.same(article.editors, [{ role: 'editor', name: '林溪' }], 'and `<li><strong>责编</strong> 林溪</li>`')
  const page = (items: string): string => '<html lang="zh-CN"><head><title>县城新开一家旧书店</title></head><body>' +
    '<h1>县城新开一家旧书店</h1><p>上个周末，县城老街上新开了一家旧书店，店主是一位退休的中学语文老师，店里的书大多是他自己几十年来的藏书，' +
    '也有街坊邻居送来的旧杂志和连环画。开业那天来了不少人，有人一待就是一下午。</p>' + `<ul class="facts">${items}</ul></body></html>`
  const read = (items: string): string[] => processPage({ content: page(items), format: 'html' }).article.authors
  t.same(read('<li><strong>日期</strong> 2013-05-14</li><li><b>作者</b> 王建平</li>'), ['王建平'], 'a `<b>` label too')
  t.same(read('<li><strong>推荐</strong> 王建平</li>'), [], 'a word that is no label reads nothing')
})

t.test('a student\'s class before the name', async t => {
  t.equal(trimByline('大學部三年級 黃思穎'), '黃思穎', 'an undergraduate\'s year')
  t.equal(trimByline('中文系二年级 李明'), '李明', 'a department\'s year')
  t.equal(trimByline('三年級'), '三年級', 'a class alone stays (and names nobody)')
  t.same(meta('zh-org', 'o190').authors, ['黃思穎'], 'o190: `（文／大學部三年級 黃思穎　攝影／系學會 陳柏翰）`')
})

t.test('titles: a VSB title cell, a paper\'s page as a section, a breadcrumb of spaced colons', async t => {
  const title = (set: string, id: string): string | null => ownPage(set, id).result.article.title
  t.equal(title('zh-org', 'o187'), '我院学子在全省职业院校技能竞赛中斩获两项一等奖',
    'o187: `<td class=titlestyle58291>` under `<title>学院新闻-潇湘机电职业技术学院</title>`')
  t.equal(title('zh-news', 'n423'), '全市已有一萬二千名下崗職工實現再就業',
    'n423: `<font size=5><b>` under `<title>甌江日報網絡版--第二版(要聞)</title>`')
  t.equal(title('zh-blogs', 'b426'), '虚拟主机上的ASP.NET程序Session老是丢，折腾一周总算找到原因',
    'b426: AspNetForums\' `site : board : topic`')
  t.equal(cleanTitle('兰花论坛 : 养兰心得 : 君子兰分株的三个要点'), '君子兰分株的三个要点', 'three parts: the last')
  t.equal(cleanTitle('君子兰分株 : 三个要点'), '君子兰分株 : 三个要点', 'two parts stay whole')
  t.equal(cleanTitle('Rust : Ownership : A Primer for Beginners'), 'Rust : Ownership : A Primer for Beginners',
    'a Latin title is not read so')
})

t.test('a team in a Chinese page\'s markup is no writer; members under `/user/` and `/participant/`', async t => {
  t.same(meta('zh-blogs', 'b429').authors, ['lanxiang1990'],
    'b429: Nodeclub\'s poster (`/user/lanxiang1990`), not `<meta name="author" content="nodecn team">`')
  t.ok(isMemberPage('/community/participant/ahkeong-raub/'), 'wpForo\'s member page')
  t.ok(isMemberPage('/user/lanxiang1990'), 'Nodeclub\'s')
  t.notOk(isMemberPage('/Forums/User/ShowAllUsers.aspx'), 'a script under `/User/` is none')
  t.notOk(isMemberPage('/user/login'), 'nor a log-in')
  const page = (author: string, lang: string, title: string): string[] => processPage({
    content: `<html lang="${lang}"><head><title>${title}</title><meta name="author" content="${author}"></head><body>` +
      `<h1>${title}</h1><p>${'县城里的旧书店又开张了，店主说这次要多进一些地方志和老画报，方便来查资料的读者。'.repeat(3)}</p></body></html>`,
    format: 'html'
  }).article.authors
  t.same(page('nodecn team', 'zh-CN', '县城旧书店重新开张'), [], 'on a Chinese page')
  t.same(page('编辑团队', 'zh-CN', '县城旧书店重新开张'), [], 'a team in Chinese')
  t.same(page('ACO Rankings Team', 'en', 'The Old Bookshop in Town Reopens Its Doors'), ['ACO Rankings Team'],
    'an English page\'s team signs its piece (WCXB\'s truths take it)')
})

t.test('a lead-in (`导读：`) and WeChat\'s `点击蓝字` prompt are no part of the body', async t => {
  const body = (set: string, id: string): string => ownPage(set, id).result.article.body.map(b => b.text).join('\n')
  t.notMatch(body('zh-gov', 'g249'), '导读：', 'g249: a procuratorate\'s lead-in over the story')
  t.notMatch(body('zh-gov', 'g252'), '点击蓝字', 'g252: a WeChat mirror\'s prompt')
  const text = (first: string): string => processPage({
    content: `县城旧书店重新开张\n\n${first}\n\n${'县城里的旧书店又开张了，店主说这次要多进一些地方志和老画报，方便来查资料的读者。'.repeat(3)}`,
    format: 'text'
  }).article.body.map(b => b.text).join('\n')
  t.notMatch(text('导读：县城老街上的旧书店重新开张，店主要多进地方志。'), '导读', 'a lead-in line')
  t.notMatch(text('点击蓝字 关注我们'), '点击蓝字', 'the prompt without its place')
  t.match(text('点击率大幅提升，关注度也随之上升，书店的公众号一周涨了两千个读者，店主说这是没想到的事。'), '点击率',
    'a sentence that opens with 点击 stays')
})
