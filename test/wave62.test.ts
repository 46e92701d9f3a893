/**
 * Session 62's unseen wave: each class on the page that showed it and on the reader alone. Posters: a login box's
 * links (no member), member pages of a seller community and of DiscusWare Discus, a blog named `NAMEの…`, a doctor's
 * site named `NAME大夫的…`; credits: an office, a post and a name; an intern reporter's label; a desk in the author slot
 * over a closing credit; a login of pinyin initials; info lines: a counter and a posting word around a poster's date,
 * an update's word before a date, a post head's action links and floor; dates: a previous post's date near the
 * headline, a top bar's day, a shoutbox; a `<title>`'s short form of a heading; a BBS screen laid out with `<br>`; a
 * compound that is no brand.
 */
import t from 'tap'
import { isMemberPage } from '../src/parse/html/members.js'
import { parseInfoLine } from '../src/text/fields.js'
import { namedAfter } from '../src/text/title-owner.js'
import { withoutUnit } from '../src/text/zh-byline.js'
import { isLoginShaped } from '../src/metadata/authors.js'
import { bbsPost } from '../src/parse/html/bbs-post.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '上个礼拜天约了两个老同学去石塘，本来是想去看看古街，走到镇子后头才听人说，河边还有一家在做连四纸的，是全镇剩下的' +
  '最后一个纸槽了。我们就顺着水沟一路问过去，走了差不多二十分钟，看到一排矮房子，门口堆着一捆一捆泡过的嫩竹。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, body: string, url?: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, format: 'html', url
}).article
const bodyOf = (a: Article): string => a.body.map(b => b.text).join('\n')
const page = (set: string, id: string): Article => ownPage(set, id).result.article

t.test('posters: a login box\'s links, member pages, blogs and sites named after their writer', async t => {
  t.same(page('zh-blogs', 'b564').authors, ['阿輝'], 'b564: not the login box\'s `忘記密碼`; the owner of `阿輝の生活雜記`')
  t.same(page('zh-blogs', 'b570').authors, ['菏泽小芹2008'], 'b570: the poster linked to `/user/info.htm?uid=…`')
  t.same(page('zh-blogs', 'b574').authors, ['何家輝'], 'b574: Discus\'s `By <a …display_profile…>何家輝 (Hokafai)</a> on …`')
  const header = (form: string): Article => html('家门口的老纸槽 - 铅山人家 - 论坛', `<div id="top">${form}</div>` +
    `<h1>家门口的老纸槽</h1><div class="post">${PARA}${PARA}</div>`, 'http://bbs.example-ys.cn/thread-1.html')
  const box = (password: string): string => '<form action="/member/login.php">会员 <input type="text" name="u"> ' +
    `密码 <input type="${password}" name="p"> <a href="http://bbs.example-ys.cn/member/forgot.php">忘记密码</a></form>`
  t.same(header(box('password')).authors, [], 'a link in a small form with a password field is the site\'s login box')
  t.same(header(box('text')).authors, ['忘记密码'], 'the same link in a form without one stays a member link, as before')
  t.ok(isMemberPage('http://bbs.example.com/user/info.htm?uid=71830225'), 'a seller community\'s member page')
  t.ok(isMemberPage('/cgi-bin/bbs/user/info?uin=38215721'), 'a QQ-style forum\'s, by the QQ number')
  t.ok(isMemberPage('/cgi-bin/discus/board-profile.cgi?action=display_profile&amp;profile=hokafai-public'), 'Discus\'s')
  t.notOk(isMemberPage('/user/info.htm'), 'a member folder\'s page without a member\'s id is none')
  t.notOk(isMemberPage('/cgi-bin/discus/board-profile.cgi?action=editpost&postid=2871'), 'Discus\'s edit link is none')
  t.ok(namedAfter('阿輝の生活雜記', '阿輝'), 'Japanese の for 的 after the owner\'s name')
  t.ok(namedAfter('郑玥大夫的个人网站', '郑玥'), 'a doctor\'s title between the name and 的')
  t.notOk(namedAfter('郑玥大夫医院', '郑玥'), 'a title without the possessive after it names no personal site')
  t.notOk(namedAfter('新华社の记者', '新华'), '(の after a short form of a name that is no name\'s start: as 的 is)')
})

t.test('credits: an office, a post and a name; an intern reporter; a desk in the slot; a login of initials', async t => {
  t.same(page('zh-org', 'o260').authors, ['罗玥'], 'o260: `作者：中国科学院滇南动物研究所 博士研究生 罗玥`')
  t.same(page('zh-gov', 'g323').authors, ['黃郁婷'], 'g323: `文／長期照顧司　科長　黃郁婷`')
  t.equal(withoutUnit('中国科学院滇南动物研究所 博士研究生 罗玥'), '罗玥', 'an institute, a post, a name')
  t.equal(withoutUnit('宣传科 王敏'), '王敏', 'a unit and a name, as before')
  t.equal(withoutUnit('市委宣传部 李明 王芳'), '李明 王芳', 'an office and two names: both names stay')
  t.same(page('zh-news', 'n494').authors, ['林晓岚', '郑凯'], 'n494: the desk `作者：八闽视讯新闻中心` over the closing credit')
  t.same(parseInfoLine('记者：林晓岚　实习记者：郑凯　摄像：黄志伟', null)?.fields.filter(f => f.field === 'author')
    .map(f => f.value), ['林晓岚', '郑凯'], '`实习记者` is a label of its own: the first name is not cut at `实习`')
  t.same(page('zh-news', 'n495').authors, ['王晓赟'], 'n495: the slot\'s `xwzx` under a closing `撰稿：王晓赟`')
  t.ok(isLoginShaped('xwzx') && isLoginShaped('xcb'), 'pinyin initials in lower case are a login')
  t.notOk(isLoginShaped('lynn') || isLoginShaped('Xwzx') || isLoginShaped('anan'), 'a name with a vowel or a capital is not')
})

t.test('info lines: a counter, a posting word and an update\'s word around dates; a post head\'s floor', async t => {
  const fields = (line: string): unknown => parseInfoLine(line, null)
  t.same(fields('发表者：郑玥 3125人已读 2012-04-16 21:37 发表 | 最后修改：2012-04-18 09:02'), {
    fields: [{ field: 'author', label: '发表者', value: '郑玥' }],
    dates: [{ iso: '2012-04-16', field: 'published' }]
  }, 'the posting word after the date and the counter before it leave the name')
  t.same(fields('作者：八闽视讯新闻中心　更新于 2024-05-08 09:05'), {
    fields: [{ field: 'author', label: '作者', value: '八闽视讯新闻中心' }],
    dates: [{ iso: '2024-05-08', field: 'updated' }]
  }, '`更新于` before a date in a value: the update\'s, and the word goes')
  t.same(fields('[引用] [回复] [举报]楼主　发表于：2006-10-08 23:17:42'), {
    fields: [{ field: 'published', label: '发表于', value: '2006-10-08' }],
    dates: [{ iso: '2006-10-08', field: 'published' }]
  }, 'a post head: its action links and the opening post\'s floor')
  t.equal(fields('3楼　发表于：2006-10-09 08:12:40'), null, 'a reply\'s floor is not read as the page\'s')
  const doctor = page('zh-blogs', 'b565')
  t.same([doctor.authors, doctor.published?.slice(0, 10)], [['郑玥'], '2012-04-16'],
    'b565: the writer of `郑玥大夫的个人网站`, and not the previous post\'s date under `上一篇：`')
})

t.test('dates: a previous post\'s, a top bar\'s, a shoutbox\'s', async t => {
  t.equal(page('zh-gov', 'g319').published, '2009-06-16', 'g319: not the top bar\'s `<td class="top_date">`')
  t.equal(page('zh-org', 'o264').published, null, 'o264: not the shoutbox\'s `20/11/2005 18:33` (its own footer is unread)')
  const near = (line: string): string | null => html('家门口的老纸槽', `<h1>家门口的老纸槽</h1><div class="c">${PARA}</div>` +
    `<p>${line}<a href="/a/2.html">去年写的另一篇</a> <span>2011-03-28</span></p>`).published
  t.equal(near('上一篇：'), null, 'a date inside a line that names another\'s word before it is that line\'s')
  t.equal(near(''), '2011-03-28', 'the same line without the word: a date near the headline, as before')
  const top = (cls: string): string | null => html('家门口的老纸槽', `<table><tr><td class="${cls}">2009年6月18日 星期四</td>` +
    '<td><a href="/">首页</a> | <a href="/en/">English</a></td></tr></table><h1>家门口的老纸槽</h1>' +
    `<div class="c">${PARA}${PARA}</div><div class="info">信息来源：本站　发布时间：2009-06-16</div>`).published
  t.equal(top('top_date'), '2009-06-16', 'a top bar\'s date is the served day: the info line\'s is read')
  t.equal(top('post_date'), '2009-06-18', 'a date-classed element above the headline outranks it, as before')
})

t.test('titles: a `<title>`\'s short form of a heading', async t => {
  t.equal(page('zh-blogs', 'b574').title, '八四屆畢業廿週年聚餐（初步安排，請大家回覆）', 'b574: the `<h3>` the title shortens')
  const board = (title: string): string | null => html(`濠光校友會: 聯誼活動: ${title}`,
    '<font size="5"><b>濠光校友會</b></font><h3>八四屆畢業廿週年聚餐（初步安排）</h3>' + `<p>${PARA}</p>`).title
  t.equal(board('八四屆廿週年聚餐'), '八四屆畢業廿週年聚餐（初步安排）', 'the part\'s characters in order, its first two first')
  t.not(board('週年聚餐八四屆'), '八四屆畢業廿週年聚餐（初步安排）', 'the same characters out of order are no short form')
  const english = html('Ride Guide: Local Trails', '<h3>Local Mountain BikeTrails</h3>' +
    '<p>The county keeps forty miles of singletrack open from April to November, most of it within an hour of town.</p>').title
  t.not(english, 'Local Mountain BikeTrails', 'an English part\'s letters in order are no short form (WCXB 4624)')
})

t.test('a BBS screen laid out with `<br>`; a compound of the page is no brand', async t => {
  const { result, f1 } = ownPage('zh-blogs', 'b572')
  const text = bodyOf(result.article)
  t.notMatch(text, /發信站|有機會一定去住|阿揚的花蓮小日子/, 'b572: the signature, the origin and the pushes go')
  t.ok(f1 > 0.95, `b572: the post's wrapped lines are paragraphs again (F1 ${f1.toFixed(3)})`)
  const screen = ['作者: lanshan (六月的风) 看板: Graduation', '標題: 写在离校前', '時間: Tue Jun 22 23:14:05 2004',
    '───────────────────', '', '明天就要交钥匙了。', '', '--', '※ 發信站: 批踢踢實業坊(ptt.cc)'].join('<br>\n')
  t.equal(bodyOf(html('写在离校前', `<div id="text">${screen}</div>`)), '明天就要交钥匙了。', 'a mirror\'s `<br>` screen')
  t.equal(bbsPost(screen.replace(/<br>/g, ''))?.paragraphs.join('|'), '明天就要交钥匙了。', 'the rule under the header is the header\'s')
  const lines = ['甲', '乙', '丙', '丁', '戊', '己'].map(c => `${c}${PARA}`).join('<br>')
  t.match(bodyOf(html('家门口的老纸槽', `<div>${lines}</div>`)), '己上个礼拜天', '`<br>` lines with no BBS header stay text')
  const cafe = page('zh-blogs', 'b571')
  t.match(bodyOf(cafe), '撑场面全靠电竞区', 'b571: `电竞区` stands in the page without `全靠`: no brand spliced in')
})
