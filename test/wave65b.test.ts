/**
 * Session 65's second unseen wave: each class on the page that showed it and on the reader alone. Dates: Java's short
 * zh_CN date with the year's two digits first. Writers: text and pictures credited to one writer after a post
 * (`撰文／攝影：秘書 X`), a submitter's `X 寫道：「…」` opening a story, a login in the author slot beside an office as the
 * source, a member space's diary tab, FUDforum's and DotNetNuke's member pages.
 */
import t from 'tap'
import { findDate } from '../src/text/date.js'
import { readZhByline } from '../src/text/zh-byline.js'
import { isMemberPage } from '../src/parse/html/members.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '上星期連日大雨，不少山友關心西貢東郊野公園一帶的路況，筆者與兩位山友於十月十五日由北潭凹出發，' +
  '逆走麥理浩徑第二段，經赤徑、大浪坳往大浪西灣實地視察。'
const PARA2 = '由北潭凹往赤徑一段大致為石級及泥路，路面尚算完整，但沿途多處有樹枝被吹斷，橫臥山徑，' +
  '部份要彎身或者爬過，行山杖最好收短。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, body: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  format: 'html'
}).article
const page = (set: string, id: string): Article => ownPage(set, id).result.article

t.test('Java\'s short zh_CN date, the year\'s two digits first', async t => {
  t.equal(findDate('14-3-16 下午9:05')?.iso, '2014-03-16', 'Liferay\'s `yy-M-d ah:mm`')
  t.equal(findDate('14-3-16'), null, 'without its time: a score or a range, no date')
  t.equal(findDate('2014-3-16 下午9:05')?.iso, '2014-03-16', 'a full year, as before')
  t.equal(page('zh-blogs', 'b657').published?.slice(0, 10), '2014-03-16', 'b657: `div.message-date`')
})

t.test('text and pictures credited to one writer after a post', async t => {
  t.same(readZhByline('撰文／攝影：秘書 鄭凱琳')?.names, '鄭凱琳', 'the secretary\'s post before the name')
  t.same(readZhByline('文/图：王若溪')?.names, '王若溪', '`文/图：`, as before')
  t.same(page('zh-org', 'o304').authors, ['鄭凱琳'], 'o304: a Tumblr post\'s closing credit')
})

t.test('a submitter\'s `X 寫道：「…」` opening a story', async t => {
  const story = (first: string, rest = ''): Article => html('山徑報告', `<h1>麥徑第二段暴雨後實地視察</h1><p>${first}</p>` +
    `<p>${PARA2}</p>${rest}`)
  t.same(story(`李卓峯 寫道：「${PARA}」`).authors, ['李卓峯'], 'PostNuke\'s wrapper')
  t.same(story(PARA, `<p>李卓峯 寫道：「${PARA}」</p>`).authors, [], 'further down: a quotation, no writer')
  t.same(story(`天氣 寫道：「${PARA}」`).authors, [], 'no person\'s name')
  t.same(page('zh-org', 'o305').authors, ['李卓峯'], 'o305: a hiking portal\'s trail report')
})

t.test('a login in the author slot beside an office as the source', async t => {
  const notice = (line: string): Article => html('信息浏览', `<h1>关于2006年公开招聘工作人员拟聘用人员的公示</h1>` +
    `<div class="info">${line}</div><p>${PARA}</p><p>${PARA2}</p>`)
  t.same(notice('作者：sydwc_lu　来源：事业单位人事管理处　发布时间：2006-08-14').authors, [], 'the office\'s account')
  t.same(notice('作者：sydwc_lu　发布时间：2006-08-14').authors, ['sydwc_lu'], 'no office: a poster\'s login stays')
  t.same(page('zh-gov', 'g362').authors, [], 'g362: WebLogic Portal\'s account')
  t.same(page('zh-gov', 'g328').authors, [], 'g328: XunRuiCMS\'s `czj` beside the finance bureau')
})

t.test('a member space\'s diary tab is no member', async t => {
  t.same(page('zh-blogs', 'b650').authors, ['镜湖老赟'], 'b650: the owner in the `<title>`, not the `日志` tab')
})

t.test('FUDforum\'s and DotNetNuke\'s member pages', async t => {
  t.ok(isMemberPage('index.php?t=usrinfo&amp;id=233&amp;'), 'FUDforum\'s `t=usrinfo`')
  t.ok(isMemberPage('/UserProfile/tabid/63/userId/87/Default.aspx'), 'DotNetNuke\'s profile')
  t.notOk(isMemberPage('index.php?t=msg&th=1873'), 'a FUDforum message: no member\'s')
  t.notOk(isMemberPage('/Forum/tabid/62/forumid/4/postid/1873/Default.aspx'), 'a DotNetNuke post: no member\'s')
  t.same(page('zh-blogs', 'b653').authors, ['兰舟'], 'b653: the opening post\'s poster cell')
})
