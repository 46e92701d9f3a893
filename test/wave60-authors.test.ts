/**
 * Session 60's unseen wave, the writers and titles: each class on the page that showed it and on the reader alone. An
 * unbracketed dateline credit whose surname is not among the hundred most common; a CMS login in the author slot beside
 * the text's own credit; a post bar's message link and a member list's link; a poster cell whose fields have no
 * colons; a thread head's last replier; a Q&A asker's card; a platform's link after a byline's name; the writer before
 * a colon in the `<title>`; a blog's own sub-domain under its owner's name; a report byline with a photographer inside
 * its brackets; a `<title>` of a course's and a forum's names with colons.
 */
import t from 'tap'
import { splitNames } from '../src/text/fields.js'
import { HAN_ENGLISH_NICKNAME } from '../src/text/han-names.js'
import { isHostAccount, reportPhotoTail } from '../src/metadata/authors.js'
import { isMemberPage } from '../src/parse/html/members.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '昨天，记者从杭州市公交集团获悉，为方便市民和游客夏夜出行，从今天起至10月7日，途经西湖景区、武林广场、湖滨商圈的12条' +
  '公交线路将延时运营，末班车发车时间由原来的21时至22时统一推迟到23时。'

type Article = ReturnType<typeof processPage>['article']
const text = (content: string): Article => processPage({ content, format: 'text' }).article
const html = (title: string, body: string, url?: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  format: 'html', ...(url !== undefined ? { url } : {})
}).article
const authorsOf = (id: string, set: string): string[] => ownPage(set, id).result.article.authors

t.test('an unbracketed dateline credit, its names after role words, a surname of any rank', async t => {
  t.same(authorsOf('n461', 'zh-news'), ['沈喆', '俞堃'], 'n461: `本报讯 记者 沈喆 通讯员 俞堃　昨天，…`')
  const lead = (credit: string): string[] => text(`杭城公交线路今起延时\n\n本报讯 ${credit}　${PARA}\n\n${PARA}`).authors
  t.same(lead('记者 俞堃'), ['俞堃'], 'one reporter of a rarer surname')
  t.same(lead('记者 汪涛 通讯员 程敏'), ['汪涛', '程敏'], 'common names, as before')
  t.same(lead('记者 近日 从'), [], 'words of the text after the role are no names')
})

t.test('a CMS login in the author slot gives way to the text\'s own credit', async t => {
  t.same(authorsOf('g292', 'zh-gov'), ['刘赟'], 'g292: SupeSite\'s `作者: xcb_liu` beside `（文/刘赟　图/张海涛）`')
  t.same(authorsOf('b373', 'zh-blogs'), ['許哲維'], 'b373: an iThome-style login beside the writer\'s own byline')
  const slot = (credit: string): string[] => html('我县启动农村危房改造试点', '<h1>我县启动农村危房改造试点</h1>' +
    `<p id="articleinfo">发布时间: 2009-06-18 15:32 | 作者: xcb_liu | 来源: 县委宣传部</p><p>${PARA}</p><p>${PARA}</p>${credit}`)
    .authors
  t.same(slot('<p>（文/刘赟　图/张海涛）</p>'), ['刘赟'])
  // beside an office as the source, the login is the office's account (zh-gov g362 of session 65's second unseen wave)
  t.same(slot(''), [], 'the login beside the office it posts for: no writer')
  const bare = html('我县启动农村危房改造试点', '<h1>我县启动农村危房改造试点</h1>' +
    `<p id="articleinfo">发布时间: 2009-06-18 15:32 | 作者: xcb_liu</p><p>${PARA}</p><p>${PARA}</p>`).authors
  t.same(bare, ['xcb_liu'], 'the login alone stays: a forum\'s poster is known by it')
})

t.test('a post bar\'s message link and the member list\'s link name no poster; a cell\'s fields need no colons', async t => {
  t.same(authorsOf('b509', 'zh-blogs'), ['鸽痴老蒋'], 'b509: PHPWind 4\'s `资料 短信 推荐` bar, not `短信`')
  t.same(authorsOf('b510', 'zh-blogs'), ['東涌阿強'],
    'b510: Discuz! 2\'s cell `東涌阿強 中級會員 UID 3321 … 積分 356 帖子 412 … 註冊 2003-8-14`, past `會員` and `發短消息`')
  t.notOk(isMemberPage('member.php?action=list'), 'the list of all members')
  t.notOk(isMemberPage('member.php?mod=search&srchtxt=x'), 'their search')
  t.ok(isMemberPage('member.php?action=viewpro&uid=3321'), 'a member\'s own page, as before')
  const cell = (fields: string): string[] => html('帶阿媽返大澳探舅父 - 香港生活討論區', '<table><tr>' +
    `<td class="altbg1"><span class="bold">東涌阿強</span><br>${fields}</td>` +
    `<td><b>帶阿媽返大澳探舅父</b><br>${PARA}<br>${PARA}</td></tr></table>`).authors
  t.same(cell('中級會員<br>UID 3321<br>積分 356<br>帖子 412<br>註冊 2003-8-14'), ['東涌阿強'])
  t.same(cell('積分：356<br>帖子：412<br>註冊：2003-8-14'), ['東涌阿強'], 'with colons, as before')
  t.same(cell('積分 356'), [], 'one field is no member\'s cell')
})

t.test('a thread head\'s last reply names the last replier, not the poster', async t => {
  t.same(authorsOf('b511', 'zh-blogs'), ['小湯圓媽咪'], 'b511: `最後回應 2010/10/20 09:41 by <a>阿嬤的心肝</a>`')
})

t.test('a Q&A asker\'s card: a member page in Stack Exchange\'s shape, the avatar\'s alt without `的頭像`', async t => {
  t.same(authorsOf('b513', 'zh-blogs'), ['陳家俊'], 'b513: Askbot\'s `/users/215/陳家俊/` with `alt="陳家俊的頭像"`')
  t.ok(isMemberPage('/users/215/陳家俊/'))
  t.ok(isMemberPage('https://stackoverflow.com/users/22656/jon-skeet'))
  t.notOk(isMemberPage('/users/'), 'the users\' list')
  const card = (alt: string): string[] => html('LibreOffice 開政府表格變方格？ - 問答', '<h1>LibreOffice 開政府表格變方格？</h1>' +
    `<p>${PARA}</p><p>${PARA}</p><div class="post-update-info"><strong>提問</strong> ` +
    `<a href="/users/215/chan-ka-chun/"><img src="/a.png" alt="${alt}"></a></div>`).authors
  t.same(card('陳家俊的頭像'), ['陳家俊'])
  t.same(card('李家明 的相片'), ['李家明'], 'Moodle\'s alt, a space before `的`')
})

t.test('a platform\'s link after a byline\'s name, and the writer before a colon in the <title>', async t => {
  t.same(authorsOf('b505', 'zh-blogs'), ['周赟'], 'b505: `作者：<a>周赟</a> <a class="wb">[微博]</a>` under `周赟：县城…_天浪专栏`')
  t.same(splitNames('周赟 [微博]'), ['周赟'])
  t.same(splitNames('周赟 [微博] 李玥【博客】'), ['周赟', '李玥'])
  t.same(splitNames('微博控'), ['微博控'], 'no brackets: a screen name as it is')
})

t.test('a blog\'s own sub-domain under its owner\'s name names its owner, no site\'s login', async t => {
  t.same(authorsOf('b508', 'zh-blogs'), ['awenmo'], 'b508: `<meta name="author" content="awenmo">` on `blog.awenmo.example.mo`')
  t.notOk(isHostAccount('awenmo', 'blog.awenmo.example.mo'))
  t.ok(isHostAccount('qlxww', 'www.qlxww.cn'), 'a news site\'s login, as before (zh-news n457)')
})

t.test('a report byline with a photographer\'s credit inside its brackets', async t => {
  const o230 = ownPage('zh-org', 'o230').result.article
  t.same(o230.authors, ['歐陽思敏'], 'o230: `（學生會宣傳部 歐陽思敏 報道　攝影：何俊賢老師）`')
  t.same(reportPhotoTail('（學生會宣傳部 歐陽思敏 報道　攝影：何俊賢老師）'),
    { report: '（學生會宣傳部 歐陽思敏 報道）', photographer: '何俊賢' }, 'a teacher\'s title cut off the name')
  t.equal(reportPhotoTail('（記者 歐陽思敏 報道）'), null, 'no photographer: the byline as it was')
  const closing = (line: string): Article => text(`本校學生奪得團體冠軍\n\n${PARA}\n\n${PARA}\n\n${line}`)
  const a = closing('（歐陽思敏 報道　攝影：何俊賢）')
  t.same(a.authors, ['歐陽思敏'])
  t.same(a.editors, [{ role: 'photographer', name: '何俊賢' }])
})

t.test('a <title> of a course\'s and a forum\'s names, each with a colon, before the subject', async t => {
  t.equal(ownPage('zh-org', 'o230').result.article.title, '本校高中部學生於全澳中學生數理常識問答比賽奪得團體冠軍',
    'o230: Moodle\'s `HFMS: 網站新聞: 本校…`, the subject as `div.subject` prints it')
  const page = (title: string): string | null => html(title, `<div class="subject">本校學生奪得數理問答團體冠軍</div><p>${PARA}</p>` +
    `<p>${PARA}</p>`).title
  t.equal(page('HFMS: 網站新聞: 本校學生奪得數理問答團體冠軍'), '本校學生奪得數理問答團體冠軍')
  t.equal(page('xiaomei_tw: 本校學生奪得數理問答團體冠軍'), '本校學生奪得數理問答團體冠軍', 'one name, as before')
})

t.test('a CMS administrator\'s account in an info line\'s author slot names nobody', async t => {
  t.same(authorsOf('g297', 'zh-gov'), [], 'g297: WebSphere Portal\'s `作者：wpsadmin`')
  const slot = (name: string): string[] => html('关于开展个体工商户定期定额调整工作的通告 - 地税局', '<h2>关于开展个体工商户定期定额' +
    `调整工作的通告</h2><div class="info">发布日期：2011-06-15　来源：征收管理科　作者：${name}</div><p>${PARA}</p><p>${PARA}</p>`,
  'http://www.example-ds.gov.cn/wps/portal/x').authors
  t.same(slot('wpsadmin'), [])
  t.same(slot('张晓明'), ['张晓明'], 'a person, as before')
})

t.test('a unit and a post of up to four characters before a credit\'s name; a photographer\'s unit', async t => {
  const o236 = ownPage('zh-org', 'o236').result.article
  t.same(o236.authors, ['蔡玥琪'], 'o236: `文／輔導室實習教師 蔡玥琪　攝影／資訊組 游志豪`')
  t.same(o236.editors, [{ role: 'photographer', name: '游志豪' }], 'the photographer without the unit')
})

t.test('a section the breadcrumb links, its box\'s heading, is no post\'s heading', async t => {
  t.equal(ownPage('zh-org', 'o235').result.article.title, '公司顺利通过德国客户2011年度验厂审核',
    'o235: `<h2 class="m-title">公司动态</h2>` under `<title>公司动态 - …有限公司 - 阿里巴巴` and `首页 > <a>公司动态</a>`')
})

t.test('a blog owner\'s profile page under the member\'s number; ezboard\'s profile by login', async t => {
  t.same(authorsOf('b515', 'zh-blogs'), ['沈北老钱'], 'b515: the panel\'s `/29481763/profile.htm`, over the blog\'s `老钱的…`')
  t.ok(isMemberPage('http://blog.example-souwu.com/29481763/profile.htm'))
  t.same(authorsOf('b524', 'zh-blogs'), ['NorthPointKid'], 'b524: `showPublicProfile?login=NorthPointKid`')
  t.ok(isMemberPage('http://pub38.ezboard.com/bhkoldphoto.showPublicProfile?login=NorthPointKid'))
  t.notOk(isMemberPage('http://www.example.com/login.php?from=profile'), 'a log-in page, as before')
})

t.test('the platform a <title> credits names no writer; a Chinese and an English nickname; the owner\'s badge', async t => {
  t.same(authorsOf('b516', 'zh-blogs'), ['小咪 Mimi'],
    'b516: not `<meta name="author" content="LIME BLOG">` under `… Powered by LIME BLOG`; `小咪 Mimi` badged `作者` in her replies')
  t.same(authorsOf('b430', 'zh-blogs'), ['阿强 Raub'], 'b430: a wpForo poster\'s Chinese and English names')
  t.ok(HAN_ENGLISH_NICKNAME.test('小咪 Mimi'))
  t.notOk(HAN_ENGLISH_NICKNAME.test('更多 more'), 'a lower-case word is no name')
  t.notOk(HAN_ENGLISH_NICKNAME.test('小咪 Mimi Chan'), 'one English name')
})

t.test('the writer before a colon in the <title>, linked from a name\'s box', async t => {
  t.same(authorsOf('b521', 'zh-blogs'), ['江城老船长'], 'b521: `江城老船长：3月18日复盘 …` and `div.p_lz_name`')
  t.same(authorsOf('n241', 'zh-news'), ['沈立新'], 'n241: `沈立新：…_观察者网` and the columnist\'s `div.author-card`')
  t.same(authorsOf('n380', 'zh-news'), [], 'n380: `华锂科技：拟45亿元…`, a company before its news')
  t.same(authorsOf('b493', 'zh-blogs'), ['钱文喆'], 'b493: the headline\'s first clause linked from the latest posts is no writer')
  const page = (box: string): string[] => html('江城老船长：3月18日复盘_实战交流_股道吧', `<h1>3月18日复盘</h1>${box}<p>${PARA}</p>` +
    `<p>${PARA}</p>`).authors
  t.same(page('<div class="p_lz_name"><a href="/blog/336128">江城老船长</a></div>'), ['江城老船长'])
  t.same(page('<ul class="hot"><li><a href="/blog/336128">江城老船长</a></li></ul>'), [], 'a list\'s link')
})
