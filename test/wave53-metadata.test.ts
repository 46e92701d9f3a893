/**
 * Session 53: the open pages of earlier unseen rounds and the classes of session 53's unseen wave, each on the page
 * that showed it and on small pages: a Unix time in an attribute of an element that shows its time without a year
 * (data/html-epoch-attributes.json); thread posts framed by boxes of their shape; a post's number as its time's label;
 * a table of particulars' update row; a court's division; Hong Kong's `報道` and stationed correspondents; members'
 * user names; blogrolls; a breadcrumb's headline under a logo; a newsletter's past issues, a press release's closing
 * sections, a summary and a licence notice; a post's release time in page data; a blog's name its feed gives.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'cheerio'
import { processPage } from '../src/pipeline.js'
import { feedNames } from '../src/parse/html/headings.js'
import { isChineseOrganization } from '../src/text/org-names.js'
import type { Article } from '../src/types.js'

const fixture = (set: string, id: string): { html: string, url?: string, fetchedAt?: string } => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  return {
    html: readFileSync(join(dir, 'html', file), 'latin1'),
    ...(gt.url !== undefined ? { url: gt.url } : {}),
    ...(gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {})
  }
}
/** A page's bytes as a string of one character per byte (`latin1`), so that a test can cut its markup. */
const read = (html: string, extra: { url?: string, fetchedAt?: string } = {}): Article =>
  processPage({ content: Buffer.from(html, 'latin1'), format: 'html', ...extra }).article
const readText = (html: string): Article => read(Buffer.from(html).toString('latin1'))
const article = (set: string, id: string): Article => {
  const { html, ...extra } = fixture(set, id)
  return read(html, extra)
}

t.test('a Unix time in an attribute dates the element that shows it without its year', async t => {
  const steam = fixture('zh-blogs', 'b403')
  t.equal(read(steam.html, { url: steam.url }).published, '2018-05-07T21:23:57+08:00',
    'Steam: `<span class="date" data-timestamp="1525699437">5 月 7 日 下午 9:23</span>`, in the page\'s zone')
  const noStamp = steam.html.replace(/<span class="date" data-timestamp="\d+">[^<]*<\/span>/, '')
  t.not(noStamp, steam.html, 'the opening post\'s stamp taken out')
  t.equal(read(noStamp, { url: steam.url }).published, null, 'the comments\' stamps are the comments\'')
  t.equal(article('zh-news', 'n68').published, '2016-08-23T06:15:00+08:00',
    'an Australian portal\'s `发布于 3小时前` stamped 1471904100: 08:15 in Sydney, the same instant in +08:00')
  const post = (stamp: string): string => '<html lang="zh-CN"><head><title>周末去水库钓鲫鱼</title></head><body><h1>周末去水库钓鲫鱼</h1>' +
    `<div class="meta"><span class="time" ${stamp}</span></div><div class="post"><p>开春以后水温回升，鲫鱼开始靠边觅食。` +
    '我连续三个周末去了同一个水库，每次都有二三十条的收获，这里把用饵和找口的心得写下来，供各位参考。窝子要打得小而准，饵料以腥香为主，' +
    '早上七点到十点是最好的时段。</p></div></body></html>'
  t.equal(readText(post('data-ts="1520562120">星期五 10:22')).published, '2018-03-09T10:22:00+08:00', 'a weekday and a time')
  t.equal(readText(post('data-utime="1520562120000">3 hours ago')).published, '2018-03-09T10:22:00+08:00',
    'milliseconds under a relative time')
  t.equal(readText(post('data-ts="1520562120">钓友甲')).published, null, 'a stamp on an element that shows no time')
  t.equal(readText(post('data-ts="152056212">星期五 10:22')).published, null, 'nine digits are no Unix time')
})

const bodyOf = (set: string, id: string): string => article(set, id).body.map(b => b.text).join('\n')

t.test('a thread\'s posts framed by boxes of their shape, and a forum\'s member pages, find its replies', async t => {
  const phpwind = bodyOf('zh-blogs', 'b413')
  t.match(phpwind, '上个月回余姚老家帮我妈收拾阁楼', 'PHPWind 5.3: the opening post')
  t.notMatch(phpwind, '航空煤油去哪里买', 'a reply in a `<div class="t t2">` like the opening post\'s')
  t.notMatch(phpwind, '三十年修表，不收徒', 'a replier\'s signature')
  const yaf = bodyOf('zh-blogs', 'b418')
  t.match(yaf, '上週末（8月14日）跟兩位同好上合歡山', 'YAF.NET: the opening post')
  t.notMatch(yaf, '恭喜！5瓦手持打到澎湖很不容易', 'a reply under a `/forum/yaf_profile233.aspx` member link')
  t.notMatch(yaf, '加入日期', 'the member panels')
  t.match(bodyOf('zh-blogs', 'b155'), '前几天陪老娘去点军看我舅舅',
    'BBSXP: a post box without a member link among the posts may be the opening post: no run is framed')
})

t.test('the opening post\'s number before its time in the bar under it dates the thread', async t => {
  t.equal(article('zh-blogs', 'b414').published?.slice(0, 10), '2006-09-17',
    'BMForum: `#1 2006-09-17 22:05`, a rating\'s `日期：2006-09-18 09:12` above it')
})

t.test('a table of particulars\' update row is an update; a <title> of a page path names no headline', async t => {
  const dnn = article('zh-gov', 'g246')
  t.equal(dnn.published?.slice(0, 10), '2012-10-05',
    '`<th>發布日期</th><td>101-10-05</td>` over `<th>更新日期</th><td>101-10-08</td>` and `<meta name="DC.Date"` of the update')
  t.equal(dnn.title, '「2012新竹縣美術家聯展」13日登場 百件作品展現在地創作能量',
    'the table\'s `標　　題` row under `<title>新竹縣政府文化局 > 最新消息 > 新聞稿`')
})

t.test('a court\'s numbered division in the author field is the office, not a writer', async t => {
  t.ok(isChineseOrganization('刑二庭'), 'criminal tribunal number two')
  t.ok(isChineseOrganization('民一庭'), 'civil tribunal number one')
  t.notOk(isChineseOrganization('张庭'), 'a person\'s name ending in 庭')
  t.same(article('zh-gov', 'g242').authors, ['陈思远', '罗婧'], '`作者：刑二庭` beside the closing `供稿` line\'s 通讯员')
})

t.test('a paper\'s reporters after its dateline: Hong Kong\'s 報道, a correspondent stationed in a city', async t => {
  const credit = (line: string): string[] => processPage({
    content: `深圳灣口岸跨境巴士下月增開深夜班次\n\n${line}港人北上消費熱潮持續，深圳灣口岸晚間人流屢創新高。運輸署昨日宣布，由下月十五日起試行增開兩條深夜跨境巴士路線。`,
    format: 'text'
  }).article.authors
  t.same(credit('【香海日報訊】記者林曉彤報道：'), ['林曉彤'], '報道, the Hong Kong form of 报道')
  t.same(credit('【香海日報訊】記者林曉彤、駐深圳記者鄭啟明報道：'), ['林曉彤', '鄭啟明'], 'a correspondent posted in Shenzhen')
  t.same(credit('本报讯 记者王强、驻京记者李明报道：'), ['王强', '李明'], '驻京, simplified')
  t.same(article('zh-news', 'n414').authors, ['林曉彤', '鄭啟明'], 'the whole page')
})

t.test('a member\'s user name is a forum post\'s writer; bbsmax\'s member spaces', async t => {
  t.same(article('zh-blogs', 'b417').authors, ['12幢老陆'], 'bbsmax: `<a class="url" href="/space/1186.aspx">`')
  t.same(article('zh-blogs', 'b415').authors, ['tudou_in_berlin'], 'a Reddit post\'s `DiscussionForumPosting` author')
  const ld = (type: string): string[] => {
    const json = JSON.stringify({ '@context': 'https://schema.org', '@type': type, headline: 'Ferry timetable changes', author: { '@type': 'Person', name: 'harbour_rider' } })
    const html = `<html><head><title>Ferry timetable changes</title><script type="application/ld+json">${json}</script></head><body>` +
      '<h1>Ferry timetable changes</h1><p>The harbour ferries will run every twenty minutes from Monday, the operator said on Friday, after a ' +
      'month of complaints about crowded boats at the evening peak and long queues at the central pier.</p></body></html>'
    return processPage({ content: Buffer.from(html), format: 'html' }).article.authors
  }
  t.same(ld('DiscussionForumPosting'), ['harbour_rider'], 'a forum post\'s member')
  t.same(ld('NewsArticle'), [], 'a news article\'s CMS account is no writer')
})

t.test('a blogroll names other bloggers; a page\'s own address is no source', async t => {
  const cu = article('zh-blogs', 'b408')
  t.same(cu.authors, ['orangeseed'], 'not `老张的Shell铺子` of the `友情链接` box')
  t.equal(cu.source, null, '`出处: http://blog.example-chinaunix.net/u2/61234/showart_1056789.html` names no publisher')
  const post = '<p>从去年年底开始看车，到今天下午把车开回小区，前前后后纠结了差不多两个月，今天也来交一份作业，给后来的朋友参考。</p>'
  const html = `<html><head><meta charset="utf-8"><title>提车作业</title></head><body><h1>提车作业</h1>${post}` +
    '<div class="box"><h3>友情链接</h3><ul><li><a href="/u/20718/">老张的Shell铺子</a></li></ul></div></body></html>'
  t.same(processPage({ content: Buffer.from(html), format: 'html' }).article.authors, [], 'a blogroll alone: no writer')
})

t.test('under a logo heading, the heading the breadcrumb ends with is the headline', async t => {
  t.equal(article('zh-org', 'o181').title, '我院学子在2009年全国大学生电子设计竞赛中获国家级一等奖两项',
    'iNove: `<div id="postpath">… > 我院学子在…</div>` over `<h2>`, the SEO `<title>` another wording')
})

t.test('a newsletter\'s past issues, a press release\'s closing sections, a summary and a licence are no text', async t => {
  const newsletter = bodyOf('zh-blogs', 'b410')
  t.match(newsletter, '她走了以后，我在店里坐了很久')
  t.notMatch(newsletter, '县城的婚庆公司，一年只忙四个月', '`县城观察 · 往期` and its dated titles')
  const release = bodyOf('zh-org', 'o183')
  t.match(release, '名列本公司股东名册的股东', 'the release\'s last paragraph')
  t.notMatch(release, '— 完 —', 'its end marker, though two paragraphs follow')
  t.notMatch(release, '成立于2003年', '`关于华澜环境控股有限公司` and the company\'s standard paragraph')
  t.notMatch(bodyOf('zh-news', 'n416'), '摘要', 'JEECMS\'s `<div class="con_summary"><strong>摘要：</strong>…`')
  t.notMatch(bodyOf('zh-org', 'o182'), '摘要', 'JeeSite\'s `<div>摘要：…</div>`')
  t.notMatch(bodyOf('zh-blogs', 'b416'), '本作品采用《CC 协议》', 'a licence notice under the post')
  const paras = ['华为公司成立于1987年，总部位于深圳，是全球领先的信息与通信技术解决方案供应商，业务遍及一百七十多个国家和地区。',
    '腾讯公司成立于1998年，总部同样在深圳，旗下的社交和游戏产品拥有十多亿用户，近年又把云计算和金融科技当作新的增长点。',
    '大疆创新成立于2006年，从一间小小的办公室起步，如今消费级无人机的全球市场份额超过七成，产品远销一百多个国家和地区。']
  const html = '<html><head><meta charset="utf-8"><title>走进深圳的科技企业</title></head><body><h1>走进深圳的科技企业</h1>' +
    `<p>${paras[0]}</p><p>— 完 —</p><p>${paras[1]}</p><p>${paras[2]}</p></body></html>`
  const kept = processPage({ content: Buffer.from(html), format: 'html' }).article.body.map(b => b.text).join('\n')
  t.ok(paras.every(p => kept.includes(p)), 'a marker with running text after it and no closing section sits inside')
})

t.test('a post\'s release time in its page data; a blog\'s name its feed gives is no headline', async t => {
  t.equal(article('zh-blogs', 'b112').published?.slice(0, 10), '2023-03-14',
    'a Nuxt page\'s `released_time:1678773757` under `03月14日`, its `created_time` the day before')
  t.equal(article('zh-blogs', 'b407').title, '又到扒龙舟，村口的锣鼓响了三天',
    '`<h1>榕荫小记</h1>` is the name of `<link rel="alternate" type="application/rss+xml" title="榕荫小记">` under a ' +
    '`<title>` of the blog, its owner and the host: the post\'s `<div class="articleTitle"><h2>`')
  t.same(feedNames(load('<link rel="alternate" type="application/rss+xml" title="Blog &raquo; Comments Feed">' +
    '<link rel="stylesheet" title="Blog">').root().find('link').toArray()), ['blog'],
  'a feed\'s name before its `»`; a style sheet is no feed')
})

t.test('an overseas daily\'s reporter credit in lenticular brackets, the place glued to the name', async t => {
  const credit = (line: string): string[] => processPage({
    content: `中国城砸车窃案频传 警民座谈教防范\n\n${line}近一个多月来，休斯顿中国城百利大道沿线多个购物广场的停车场接连发生砸车窗盗窃案，不少华人车主报案。`,
    format: 'text'
  }).article.authors
  t.same(credit('【本报记者秦立文休斯顿报导】'), ['秦立文'], 'a Houston daily\'s `报导`')
  t.same(credit('【本報記者施雅婷八打雁訊】'), ['施雅婷'], 'a Manila daily\'s dispatch word `訊`')
  t.same(credit('【本报讯】'), [], 'the paper\'s own dispatch names nobody')
  t.same(article('zh-news', 'n236').authors, ['秦立文'])
  t.same(article('zh-news', 'n137').authors, ['施雅婷'])
})

t.test('a <title> that holds the kicker printed right above the headline in large type gives way to the headline', async t => {
  t.equal(article('zh-news', 'n413').title, '首批四十二个村年底喝上“放心水”',
    'a 2005 party daily: `<title>` the kicker `我市农村饮水安全工程全面铺开`, the headline in `.font01 { font-size: 22px }` under it')
  const page = (kicker: string): string | null => {
    const html = '<html><head><meta charset="utf-8"><style>.big { font-size: 22px; font-weight: bold }</style>' +
      '<title>我市农村饮水安全工程全面铺开--某某日报</title></head><body><table>' +
      `<tr><td class="small">${kicker}</td></tr><tr><td class="big">首批四十二个村年底喝上“放心水”</td></tr></table>` +
      '<p>9月12日上午，随着溆水乡枫木村新建水厂的阀门缓缓打开，清澈的自来水流进了村民覃德贵家的水缸。这是我市今年实施的农村饮水安全工程中第一个建成' +
      '通水的集中供水点。记者从市水利局获悉，列入今年计划的首批42个村将在年底前全部通水。</p></body></html>'
    return processPage({ content: Buffer.from(html), format: 'html' }).article.title
  }
  t.equal(page('我市农村饮水安全工程全面铺开'), '首批四十二个村年底喝上“放心水”', 'the kicker right above')
  t.equal(page('本报讯'), '我市农村饮水安全工程全面铺开', 'another line above: the <title> stands')
})
