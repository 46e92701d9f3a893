/**
 * Session 49's unseen wave (zh-gov g218, g221, zh-org o159, zh-blogs b359, b368): an account named by its role with an
 * office before it (`公所管理員`) is no writer; a journal's name before the subject in the `<title>` (`xiaomei_tw: 三月，
 * 外公的茶園`) and its `/users/NAME/` link; a table of particulars whose first row dates the document's signing
 * (`成文日期`) and a later row its publication (`发布日期`); a bold 16px headline cell; a forum panel's participants'
 * times, and the local day a UTC `<time>` shows; the gambling links a script writes; a poster badge after a name in
 * no link.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}

const TEXT = '<p>为进一步加强社会组织管理，规范社会组织行为，根据有关规定，现就做好本年度社会组织年度检查工作有关事项通知如下，请各地结合实际认真贯彻执行。</p>' +
  '<p>各级登记管理机关要高度重视年度检查工作，明确责任分工，加强工作指导，按照规定时限完成年检任务，确保年检工作有序开展，并按时报送工作总结。</p>'
const page = (body: string, title: string): Buffer =>
  Buffer.from(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`)
const read = (body: string, title: string, url?: string): Article =>
  processPage({ content: page(body, title), format: 'html', url }).article

t.test('an account named by its role, an office before it, is no writer', async t => {
  t.same(article('zh-gov', 'g221').authors, [], 'a Taiwan township office\'s Joomla: `作者：公所管理員`')
  const by = (name: string): string[] =>
    read(`<h1>关于做好社会组织年度检查工作的通知</h1><div class="info">作者：${name}　发布时间：2013-03-14</div>${TEXT}`,
      '关于做好社会组织年度检查工作的通知').authors
  t.same(by('信息管理员'), [], 'simplified, another office')
  t.same(by('张建国'), ['张建国'], 'a person in the same line is read')
})

t.test('a journal\'s name before the subject in the <title>', async t => {
  const lj = article('zh-blogs', 'b359')
  t.equal(lj.title, '三月，外公的茶園', 'LiveJournal: `<title>xiaomei_tw: …</title>`, the subject in `td.caption`')
  t.same(lj.authors, ['xiaomei_tw'], 'its `/users/xiaomei_tw/` link beside the entry')
  const head = (printed: string): string | null =>
    read(`<table><tr><td class="caption">${printed}</td></tr></table>${TEXT}`, 'lanshan_88: 阳台上的三个春天').title
  t.equal(head('阳台上的三个春天'), '阳台上的三个春天', 'the subject printed alone')
  t.equal(read(`<h1>专访：阳台上的三个春天</h1>${TEXT}`, '专访：阳台上的三个春天').title, '专访：阳台上的三个春天',
    'a headline\'s own colon, printed whole, stays')
})

t.test('a table of particulars: the publication\'s row over the signing\'s', async t => {
  t.equal(article('zh-gov', 'g218').published?.slice(0, 10), '2013-03-14', 'a provincial department\'s JSP directory')
  const table = read('<table class="xxgk"><tr><td>发文机关：</td><td>甘肃省民政厅</td><td>成文日期：</td><td>2013-03-08</td></tr>' +
    '<tr><td>文　　号：</td><td>甘民发〔2013〕25号</td><td>发布日期：</td><td>2013-03-14</td></tr></table>' +
    `<h2>关于做好社会组织年度检查工作的通知</h2>${TEXT}`, '关于做好社会组织年度检查工作的通知')
  t.equal(table.published?.slice(0, 10), '2013-03-14', 'rows of label and value cells')
  const line = read(`<h1>关于做好社会组织年度检查工作的通知</h1><div class="info">成文日期：2013-03-08　发布日期：2013-03-14</div>${TEXT}`,
    '关于做好社会组织年度检查工作的通知')
  t.equal(line.published?.slice(0, 10), '2013-03-14', 'the two labels in one line')
  t.equal(article('zh-gov', 'g218').title, '甘肃省民政厅关于做好2013年度社会组织年度检查工作的通知', 'its `名　　称：` row')
  // the same page under a portal's `<title>`
  const file = readdirSync(join('test', 'fixtures', 'zh-gov', 'html')).find(f => f.startsWith('g218-'))!
  const html = new TextDecoder('gbk').decode(readFileSync(join('test', 'fixtures', 'zh-gov', 'html', file)))
  const retitled = (docTitle: string): string | null => processPage({
    content: html.replace(/<title>[^<]*<\/title>/, `<title>${docTitle}</title>`), format: 'html'
  }).article.title
  t.equal(retitled('甘肃省民政厅门户网站'), '甘肃省民政厅关于做好2013年度社会组织年度检查工作的通知', 'a site\'s name')
})

t.test('a bold 16px headline cell over the info table', async t => {
  t.equal(article('zh-org', 'o159').title, '协会召开第四季度石材出口形势分析会', 'an ASP template, `<title>` of the site and section')
  const cell = (style: string): string | null => read(`<table><tr><td><font style="${style}">协会召开第四季度石材出口形势分析会` +
    '</font></td></tr><tr><td><table class="info"><tr><td>来源：本会秘书处</td><td>发布时间：2010-11-23 10:16:42</td></tr>' +
    `</table></td></tr></table>${TEXT}`, '岚溪市石材行业协会--行业资讯').title
  t.equal(cell('font-size:16px;font-weight:bold'), '协会召开第四季度石材出口形势分析会', 'bold at 16px')
  t.not(cell('font-size:16px'), '协会召开第四季度石材出口形势分析会', 'at 16px, not bold: body-sized type')
})

t.test('a forum\'s times: a participant\'s last post is no publication; a UTC time shows its local day', async t => {
  t.equal(article('zh-blogs', 'b368').published?.slice(0, 10), '2014-03-05', 'Vanilla: `In This Conversation` first')
  const thread = (panel: string, shown: string): string | null => read(`<div id="Panel"><ul>${panel}</ul></div>` +
    '<h1>孩子小六会考华文考了A星</h1><div class="Item"><span class="MItem DateCreated"><time ' +
    `datetime="2014-03-04T17:40:12+00:00">${shown}</time></span>${TEXT}</div>`, '孩子小六会考华文考了A星 — 狮城华人网论坛',
  'http://forum.example.sg/discussion/23418/x').published
  const member = '<li><a href="/profile/7716/淡滨尼妈妈">淡滨尼妈妈</a> <span><time datetime="2014-03-08T08:50:30+00:00">' +
    '3月8日</time></span></li>'
  t.equal(thread(member, '3月5日')?.slice(0, 10), '2014-03-05', 'the post\'s time, read in the page\'s zone')
  t.equal(thread(member, 'March 4')?.slice(0, 10), '2014-03-04', 'no day shown in Chinese: the UTC day as written')
})

t.test('the gambling links an inline script writes are listed as spam', async t => {
  const written = (a: Article): string[] => a.removed.filter(r => r.rule === 'spam-written-script').map(r => r.text)
  t.same(written(article('zh-org', 'o160')), ['新葡京娱乐 澳门银河赌场 北京赛车pk10 时时彩平台 真人百家乐'],
    'a hacked Z-BlogPHP page, the script after its footer')
  const scripted = (code: string): string[] =>
    written(read(`<h1>关于做好社会组织年度检查工作的通知</h1>${TEXT}<script>${code}</script>`, '通知'))
  t.same(scripted('document.write(\'<div style="display:none"><a href="http://a.example/">必威体育</a>\' + ' +
    '\'<a href="http://b.example/">真人百家乐</a></div>\');'), ['必威体育 真人百家乐'], 'pieces joined with `+`')
  t.same(scripted('document.write(\'<a href="http://a.example/">必威体育</a>\');'), [], 'one link: a widget, not a farm')
  t.same(scripted('document.write(\'<ul><li><a href="/a">首页</a></li><li><a href="/b">通知公告</a></li></ul>\');'), [],
    'a menu the script writes')
})

t.test('a poster badge after a name that is no link', async t => {
  t.same(article('zh-blogs', 'b369').authors, ['三花的铲屎官阿周'], 'a QQ 兴趣部落 post: `<span class="nick">` and `楼主`')
  const badged = (cls: string): string[] => read(`<h1>捡了一只三花小奶猫</h1><div class="post"><p class="nick-line">` +
    `<span class="${cls}">三花的铲屎官阿周</span><span class="host-tag">楼主</span></p>${TEXT}</div>`, '捡了一只三花小奶猫').authors
  t.same(badged('nick'), ['三花的铲屎官阿周'], 'a nick-classed element')
  t.same(badged('user-name'), ['三花的铲屎官阿周'], 'a user-name class')
  t.same(badged('score'), [], 'an element that names no name: no poster')
})

t.test('member pages of a number as a static page; a moderator after the passive is no writer', async t => {
  const body = (a: Article): string => a.body.map(b => b.text).join('\n')
  const club = article('zh-blogs', 'b366')
  t.notOk(body(club).includes('我们那栋楼也是这样'), 'a 中华网-style club: the replies by `/user/N.html` members leave')
  t.same(club.authors, ['嫩江边的老齐'], 'the opening poster')
  const board = article('zh-blogs', 'b218')
  t.same(board.authors, ['大同老赵'], '`本帖被 <a>云中客</a> 推荐至 首页热帖` above the thread names a moderator')
  t.notOk(body(board).includes('沙发！老赵说得太对了'), 'and its replies leave')
  const recommended = (before: string): string[] => read(`<h1>古城停车难的几点建议</h1><div class="tui">${before} ` +
    '<a href="http://bbs.example.cn/user/80012233.html">云中客</a> 推荐至 首页热帖</div>' + TEXT, '古城停车难的几点建议',
  'http://bbs.example.cn/thread-1.html').authors
  t.same(recommended('本帖被'), [], 'after `被`: no writer')
  t.same(recommended('楼主'), ['云中客'], 'after another word: the member')
})

t.test('an English credit that spells the Chinese writers\' family names names them again', async t => {
  t.same(article('zh-news', 'n388').authors, ['刘慧敏', '陈嘉文'], 'an Australian Chinese weekly: `Reporting by Grace Liu ' +
    'and Kevin Chan` under `记者 刘慧敏 陈嘉文`')
  const credited = (english: string): string[] => read('<h1>悉尼华人社区举办中秋晚会</h1><p>记者 刘慧敏 陈嘉文 悉尼报道</p>' +
    `${TEXT}<p>Reporting by ${english}</p>`, '悉尼华人社区举办中秋晚会').authors
  t.same(credited('Grace Liu and Kevin Chan'), ['刘慧敏', '陈嘉文'], 'pinyin and Cantonese, the family name last')
  t.same(credited('Lau Wai-man and Chan Ka-man'), ['刘慧敏', '陈嘉文'], 'Cantonese, the family name first')
  t.same(credited('Grace Liu and Kevin Wong'), ['刘慧敏', '陈嘉文', 'Grace Liu', 'Kevin Wong'], 'a family name of another')
  t.same(credited('Grace Liu'), ['刘慧敏', '陈嘉文', 'Grace Liu'], 'fewer Latin names than Han ones: all stay')
})
