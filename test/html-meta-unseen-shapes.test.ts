/**
 * Dates, titles and authors the HTML front end reads in the shapes found on unseen pages (issue #12):
 * each test's HTML is a short excerpt of the shape, written for the test.
 */
import t from 'tap'
import { load } from 'cheerio'
import { readHints } from '../src/parse/html/meta.js'
import { processPage } from '../src/pipeline.js'

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const hints = (head: string, body: string): ReturnType<typeof readHints> => readHints(load(page(head, body)))
const PROSE = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(4)

t.test('dates: a date alone in the element right after the byline', async t => {
  // far from the headline (at the article's end), where the walks around the headline do not reach
  const LONG = PROSE.repeat(12)
  const end = `<article><h1>How mobile apps are made</h1>${LONG}</article><div class="tags"><a href="/t/apps">apps</a></div>` +
    '<div><div><p class="text-t600">Written by<!-- --> <a href="/blog/author/moses-kim">Moses Kim and Kate Shokurova</a></p>' +
    '<p class="text-t600">April 8, 2024</p></div></div>'
  t.same(hints('', end).dates?.find(d => d.kind === 'byline-date')?.value, 'April 8, 2024')
  const { article } = processPage({ content: page('', end), format: 'html' })
  t.equal(article.published?.slice(0, 10), '2024-04-08')
  const zh = `<h1>春运首日客流平稳</h1>${LONG}<div class="info"><p>作者：王攀</p><p>2024-03-05 10:20</p></div>`
  t.same(hints('', zh).dates?.find(d => d.kind === 'byline-date')?.value, '2024-03-05 10:20')
  // a line that says more than the date is no date line; a date after something else than a byline is not read
  const sentence = `<h1>How mobile apps are made</h1>${LONG}<p>Written by Moses Kim</p><p>Updated on April 8, 2024 for the new SDK</p>`
  t.notOk(hints('', sentence).dates?.some(d => d.kind === 'byline-date'))
  const noByline = `<h1>How mobile apps are made</h1>${LONG}<p>Share this article</p><p>April 8, 2024</p>`
  t.notOk(hints('', noByline).dates?.some(d => d.kind === 'byline-date'))
  // a commenter's byline and date are no article's
  const comment = `<h1>How mobile apps are made</h1>${LONG}<div class="comments"><p>Posted by Sam Reader</p><p>April 9, 2024</p></div>`
  t.notOk(hints('', comment).dates?.some(d => d.kind === 'byline-date'))
})

t.test('dates after a byline: every label a byline starts with, after white space, invisible characters or markup', async t => {
  const LONG = PROSE.repeat(12)
  const starts = ['Written by Moses Kim', 'Words by Moses Kim', 'Writers: Moses Kim', 'Posted by Moses Kim',
    'Published by Moses Kim', 'Authored by Moses Kim', 'Author: Moses Kim', 'Story by Moses Kim', 'ſtory by Moses Kim',
    'By Moses Kim', 'BY: Moses Kim', '作者：王攀', '记者：王攀', '記者：王攀', '撰文：王攀', '文/王攀']
  for (const start of starts) {
    for (const line of [`<p>${start}</p>`, `<p>\u200b \u00a0${start}</p>`,
      `<p><span> </span><script>x</script><b>\u00ad${start.slice(0, 2)}</b>${start.slice(2)}</p>`]) {
      const body = `<h1>How mobile apps are made</h1>${LONG}${line}<p>April 8, 2024</p>`
      t.equal(hints('', body).dates?.find(d => d.kind === 'byline-date')?.value, 'April 8, 2024', line)
    }
  }
})

t.test('JSON-LD a renderer wrote into an attribute is read', async t => {
  const ld = { '@context': 'https://schema.org', '@type': 'Article', headline: 'Full EV cars', datePublished: '2025-11-17T09:00:00-05:00', author: { '@type': 'Person', name: 'Ana Silva' } }
  const escaped = JSON.stringify(ld).replace(/"/g, '&quot;')
  const inMeta = hints(`<meta name="script:ld+json" content="${escaped}">`, `<h1>Full EV cars</h1>${PROSE}`)
  t.same(inMeta.dates?.find(d => d.kind === 'json-ld')?.value, '2025-11-17T09:00:00-05:00')
  t.same(inMeta.authors, ['Ana Silva'])
  const inChildren = hints(`<script type="application/ld+json" children="${escaped}"></script>`, `<h1>Full EV cars</h1>${PROSE}`)
  t.same(inChildren.dates?.find(d => d.kind === 'json-ld')?.value, '2025-11-17T09:00:00-05:00')
  // a meta value that is no JSON, or a script whose text is there, are read as before
  t.notOk(hints('<meta name="script:ld+json" content="none">', PROSE).dates?.some(d => d.kind === 'json-ld'))
})

const ZH_TEXT = ('<p>' + '全市春季造林工作会议今天上午召开，会议总结了去年造林绿化工作，部署今年春季造林任务，要求各县区抓住有利时机，确保完成全年造林目标。'.repeat(4) + '</p>').repeat(3)

t.test("Baidu's cambrian JSON-LD: its pubDate is the page's publication, in the page's zone", async t => {
  const cambrian = (context: string, extra = ''): string => '<script type="application/ld+json">{"@context": "' + context +
    '", "@id": "https://www.example.gov.cn/art/2019/5/7/art_1_2.html", "appid": "1587612345678901", ' +
    '"title": "全市春季造林工作会议召开_示例市人民政府", "images": [], "pubDate": "2019-05-07T09:12:33", ' +
    `"upDate": "2019-05-09T16:40:00"${extra}}</script>`
  // the page shows the day without its year (Baijiahao's `05-07 09:12`): the markup gives the year
  const body = `<h1>全市春季造林工作会议召开</h1><div class="info"><span>示例市林业局</span> <span>05-07 09:12</span></div>${ZH_TEXT}` +
    '<ul class="related"><li><a href="/b">全市植树节活动启动</a><span>2019-03-12</span></li></ul>'

  const read = hints(cambrian('https://ziyuan.baidu.com/contexts/cambrian.jsonld'), body)
  t.equal(read.dates?.find(d => d.kind === 'json-ld')?.value, '2019-05-07T09:12:33')
  // the title it carries is the <title>, site and all: the headline stays the page's
  t.equal(read.title, '全市春季造林工作会议召开')
  const { article } = processPage({ content: page(cambrian('https://ziyuan.baidu.com/contexts/cambrian.jsonld'), body), format: 'html' })
  t.equal(article.published?.slice(0, 16), '2019-05-07T09:12')
  // another context's pubDate, or an object that types itself, is not read as cambrian's
  t.notOk(hints(cambrian('https://schema.org'), body).dates?.some(d => d.kind === 'json-ld'))
  const other = processPage({ content: page(cambrian('https://schema.org'), body), format: 'html' }).article
  t.not(other.published?.slice(0, 10), '2019-05-07')
  const typed = hints(cambrian('https://ziyuan.baidu.com/contexts/cambrian.jsonld', ', "@type": "Event"'), body)
  t.notOk(typed.dates?.some(d => d.kind === 'json-ld'))
})

const ZH = '<p>中国人力资源和社会保障部部长日前在有关会议上表示，要把预防和解决农民工工资拖欠作为元旦春节前一项重要工作摆在突出位置，切实维护广大农民工合法报酬权。</p>'.repeat(4)

t.test('title: a lone <h1> heading a related-news list is no headline (Han text compared by two characters)', async t => {
  // the page's only <h1> heads the related list below the article; it shares one character (关) with the title
  const body = `<div class="z_titlebig">中国持续铁腕治理年关欠薪</div>${ZH}<div><h1>相关新闻</h1><ul><li><a href="/a">中国治理欠薪十年历程</a></li></ul></div>`
  t.equal(hints('<title>中国持续铁腕治理年关欠薪</title>', body).title, '中国持续铁腕治理年关欠薪')
  // a lone <h1> that shares a word (two characters) with the title stays the headline
  const h1 = `<h1>铁腕治理年关欠薪</h1>${ZH}`
  t.equal(hints('<title>中国持续铁腕治理年关欠薪_中证网</title>', h1).title, '铁腕治理年关欠薪')
})

t.test('authors: a labelled writer line beside the headline outranks <meta name=author> (the CMS account)', async t => {
  const head = '<title>中国持续铁腕治理年关欠薪</title><meta name="author" content="田鸿伟">'
  const body = '<div class="z_titlebig">中国持续铁腕治理年关欠薪</div><div class="z_name">作者：王攀</div>' +
    `<div class="z_origin">来源：新华网 2011-12-09 19:55:00</div><div class="text">${ZH}</div>`
  t.same(hints(head, body).authors, ['王攀'])
  const { article } = processPage({ content: page(head, body), format: 'html' })
  t.same(article.authors, ['王攀'])
  // with no such line the markup's name stands
  t.same(hints(head, `<div class="z_titlebig">中国持续铁腕治理年关欠薪</div><div class="text">${ZH}</div>`).authors, ['田鸿伟'])
})

t.test('editors: an info line\'s editor, a blank author field before it; the markup author who is that editor goes', async t => {
  const head = '<title>圣元奶粉陷入致死门</title><meta name="author" content="毛长久">'
  const body = '<div class="cont_title">圣元奶粉陷入致死门</div><div><div id="share"><a href="/s">更多分享</a> <span>|</span></div>' +
    ' 2012-01-12 18:39 来源: 中新网 作者: <!-- author --> 编辑: 毛长久 </div>' + ZH
  t.same(hints(head, body).editors, [{ role: 'editor', name: '毛长久' }])
  const { article } = processPage({ content: page(head, body), format: 'html' })
  t.same(article.authors, [], 'the page\'s editor is no author')
  t.same(article.editors.map(e => e.name), ['毛长久'])
})

t.test('dates: a bare time beside the headline on the day the page header shows with its weekday', async t => {
  const live = '<div id="breadcrumb"><span><a href="/">自由電子報</a> &gt; <a href="./">即時新聞總覽</a></span>' +
    '<span>2012年1月12日‧星期四</span></div><div id="type_link">' +
    ['政治', '社會', '科技', '國際', '財經', '生活', '體育', '影劇', '地方'].map(c => `<a href="/${c}">${c}</a>`).join(' │ ') +
    '</div><div>無障礙閱讀</div><div>字型：<a href="#">大</a></div>' +
    '<div class="title">天冷抵抗力弱 齒源膿瘍患者多 <span>【16:15】</span></div>' + ZH
  const head = '<title>天冷抵抗力弱 齒源膿瘍患者多 - 自由電子報 即時新聞</title>'
  t.same(hints(head, live).dates?.find(d => d.kind === 'headline-time')?.value, '2012年1月12日 16:15')
  const { article } = processPage({ content: page(head, live), format: 'html' })
  t.equal(article.published, '2012-01-12T16:15:00+08:00')
  // a date without a weekday (a teaser's), or no bare time by the headline: nothing
  t.notOk(hints(head, live.replace('‧星期四', '')).dates?.some(d => d.kind === 'headline-time'))
  t.notOk(hints(head, live.replace('【16:15】', '')).dates?.some(d => d.kind === 'headline-time'))
})

t.test('title: with no headline element, the part of the <title> the page prints as a text of its own', async t => {
  const head = '<title>貧血 小心大腸癌上身 - 自由電子報 即時新聞</title>'
  const body = `<div id="nav"><a href="/">自由電子報</a></div><div class="title">貧血 小心大腸癌上身 <span>【11:25】</span></div>${ZH}`
  t.equal(hints(head, body).title, '貧血 小心大腸癌上身')
  // the page prints the <title> nowhere, or only in a link (a teaser): the <title> stays as it is
  t.equal(hints(head, ZH).title, '貧血 小心大腸癌上身 - 自由電子報 即時新聞')
  t.equal(hints(head, `<a href="/x">貧血 小心大腸癌上身</a>${ZH}`).title, '貧血 小心大腸癌上身 - 自由電子報 即時新聞')
  // a lone <h1> stays the headline
  t.equal(hints(head, `<h1>貧血小心大腸癌上身 醫師提醒</h1><div>貧血 小心大腸癌上身</div>${ZH}`).title, '貧血小心大腸癌上身 醫師提醒')
})

t.test("authors: a byline in another page's teaser (a heading linking away above it) is that page's, not this one's", async t => {
  // daniel-zh, sina.com.tw (unlabelled pages): a "books to read" box below every story, its whole text short enough
  // to pass for an info line, named six book authors as the stories' writers
  const head = '<title>健檢漏胸腺瘤 醫院判賠522萬-社會新聞-新浪新聞中心</title>'
  const story = '<div class="article"><h1>健檢漏胸腺瘤 醫院判賠522萬</h1>' +
    '<p>一名建築師做健康檢查，胸部照X光片，沒有驗出異常狀況，兩年後卻發現罹患末期惡性胸腺瘤，他控告醫院疏失，求償1500萬。</p>'.repeat(8) + '</div>'
  const books = '<div class="gdbooks"><div class="tou"><h3>強打好書</h3><a href="/books/">更多</a></div><div class="sl">' +
    '<h3><a href="/books/novel/binfo/1610.html">迷霧之子番外篇：執</a></h3><div class="author">作者：布蘭登．山德森</div>' +
    '<p>文明與蠻橫，罪惡與正義…《<a href="/books/novel/binfo/1610.html">詳全文</a>》</p></div></div>'
  t.same(hints(head, story + books).authors, undefined)
  t.same(processPage({ content: page(head, story + books), format: 'html' }).article.authors, [])
  // the same card in English: a related story's byline under its linked headline
  const enHead = '<title>Council approves cycling plan | Town News</title>'
  const related = '<div class="more"><div class="card"><h3><a href="/2024/05/bus-lanes">Bus lanes return to the old town</a></h3>' +
    '<p class="byline">By Jane Carter</p></div></div>'
  t.same(hints(enHead, `<h1>Council approves cycling plan</h1>${PROSE}${related}`).authors, undefined)
  // the page's own headline linked to its address (some themes do): the title names it, so its byline is read
  const own = '<div class="post"><h2><a href="/2024/05/cycling-plan">Council approves cycling plan</a></h2>' +
    `<p class="byline">By Sam Reader</p>${PROSE}</div>`
  t.same(hints(enHead, own).authors, ['Sam Reader'])
  // WCXB 0468, a newsletter's page: the headline and the deck under it both linked; the headline makes the box the
  // page's own, so the deck is no teaser's heading
  const deck = '<div class="post-intro"><h1><a href="/e/1">Council approves cycling plan</a></h1>' +
    '<h2><a href="/e/2">Three new routes, and what they cost</a></h2><div class="post-meta"><p class="byline">by ' +
    `<a href="/e/3">Austin Tedesco</a></p></div></div>${PROSE}`
  t.same(hints(enHead, deck).authors, ['Austin Tedesco'])
  // a box of teasers is read part by part: a credit line outside any teaser still counts
  const credit = `${story}${books}<p>記者：王攀</p>`
  t.same(processPage({ content: page(head, credit), format: 'html' }).article.authors, ['王攀'])
})

t.test('dates: a <time> without datetime that shows the date year first, with a slash or spaced Chinese units', async t => {
  // daniel-zh, Apple Daily Taiwan (an unlabelled page): `<time>2012年 01月12日</time>` under the headline was not read
  const story = '<p>近日天冷，不少人會選擇去泡溫泉暖身，一名男大生泡腳半小時竟燙傷，醫師提醒民眾注意水溫與時間。</p>'.repeat(6)
  for (const [shown, iso] of [['2012年 01月12日', '2012-01-12'], ['2012 年 1 月 5 日', '2012-01-05'], ['2012/01/12', '2012-01-12']]) {
    const body = `<article><h1 id="h1">泡湯半小時 男大生燙傷腳</h1><h2 id="h2"></h2><span class="info" id="info"><time>${shown}</time>` +
      `<iframe src="https://www.facebook.com/plugins/like.php"></iframe></span>${story}</article>`
    t.equal(hints('', body).dates?.find(d => d.kind === 'time-element')?.value, shown, shown)
    t.equal(processPage({ content: page('', body), format: 'html' }).article.published?.slice(0, 10), iso, shown)
  }
  // the site header's clock (today, in a <time> of its own) is not the article's date: the article's <time> is read
  const clock = '<header id="header"><h1><a href="/">蘋果日報 / APPLE DAILY</a></h1><time class="time_stamp">2012/01/17</time></header>' +
    `<article><h1>關於流感的正確觀念</h1><time>2012年 01月16日</time>${story}</article>`
  t.equal(processPage({ content: page('', clock), format: 'html' }).article.published?.slice(0, 10), '2012-01-16')
  // a number that is no date gives no date (the hint is raw text; the metadata stage parses it)
  const scores = `<article><h1>Scores</h1><p>Final: <time>2012/13/45</time></p>${PROSE}</article>`
  t.equal(processPage({ content: page('', scores), format: 'html' }).article.published, null)
})

t.test("dates: a portal header's clock (today, labelled as such) is read by no date reader", async t => {
  const head = '<title>关于开展城乡环境综合治理的通知_市政府网</title>'
  const prose = '<p>为进一步加强城乡环境综合治理工作，市政府办公室近日印发通知，要求各区县结合实际，细化工作措施，确保各项任务落到实处。</p>'.repeat(5)
  const clocks = [
    '<span class="date">今天是2024年03月05日 星期二</span>', // the date-class reader
    '<span>今天是：2024年3月5日 星期二</span>', // the relative reader took `今天`
    '<span class="top-time">当前时间：2024-03-05 10:20:33</span>' // the reader of the elements around the headline
  ]
  for (const clock of clocks) {
    const body = `<div class="top">${clock}<a href="/">首页</a></div><div class="main"><h1>关于开展城乡环境综合治理的通知</h1>${prose}</div>`
    t.same(hints(head, body).dates, undefined, clock)
    t.equal(processPage({ content: page(head, body), format: 'html' }).article.published, null, clock)
    // the page's own info line is read as before
    const dated = body.replace('<h1>关于开展城乡环境综合治理的通知</h1>', '$&<div class="info">发布时间：2024-02-28 09:00 来源：市政府办公室</div>')
    t.equal(processPage({ content: page(head, dated), format: 'html' }).article.published, '2024-02-28T09:00:00+08:00', clock)
  }
  // a relative date line under the headline is still one (`今天 10:20`)
  const relative = `<div class="main"><h1>关于开展城乡环境综合治理的通知</h1><span class="time">今天 10:20</span>${prose}</div>`
  t.ok(hints(head, relative).dates?.some(d => d.kind === 'relative' && d.value.startsWith('今天')))
})

t.test('authors: a paper\'s author link with the reporter after it; a CMS staff code after an editor', async t => {
  const story = '<p>記者從市交通運輸局獲悉，今年春運期間全市預計發送旅客1200萬人次，同比增長百分之五。為保障旅客平安有序出行，交通部門將增開臨時客運班線。</p>'.repeat(3)
  // UDN's byline: the paper links to its author page, the reporter and the live-news report kind follow
  const udn = '<h1 class="article-content__title">全市春運預計發送旅客1200萬人次</h1><section class="authors">' +
    '<time class="article-content__time">2020-01-15 10:23</time><span class="article-content__author">' +
    `<a href="/news/author/2/1">聯合報</a> / 記者張三／台北即時報導</span></section><section>${story}</section>`
  const head = '<title>全市春運預計發送旅客1200萬人次 | 生活 | 聯合新聞網</title>'
  const udnArticle = processPage({ content: page(head, udn), format: 'html' }).article
  t.same(udnArticle.authors, ['張三'])
  t.equal(udnArticle.source, '聯合報', 'the paper beside the reporter is the source')
  // the paper alone in the link, no reporter after it: the link names no person (the paper is the source)
  const paperOnly = udn.replace(' / 記者張三／台北即時報導', '')
  t.same(processPage({ content: page(head, paperOnly), format: 'html' }).article.authors, [])
  // other report kinds of Taiwan bylines
  for (const kind of ['綜合外電報導', '外電報導', '即時報導']) {
    const byline = `<h1>全市春運預計發送旅客1200萬人次</h1><p>記者張三／台北${kind}</p>${story}`
    t.same(processPage({ content: page(head, byline), format: 'html' }).article.authors, ['張三'], kind)
  }
  // NetEase's foot line: the editor's account code after the name
  const prose = '<p>记者从市交通运输局获悉，今年春运期间全市预计发送旅客1200万人次，同比增长百分之五。为保障旅客平安有序出行，交通部门将增开临时客运班线。</p>'.repeat(3)
  const netease = '<div class="post_main"><h1>全市春运预计发送旅客1200万人次</h1><div class="post_info">2020-01-15 10:23:45　来源: <a href="#">某某日报</a></div>' +
    `<div class="post_body">${prose}<div class="post_author">本文来源：某某日报 作者：张三 责任编辑：王五_NE0011</div></div></div>`
  const a = processPage({ content: page('<title>全市春运预计发送旅客1200万人次_网易新闻</title>', netease), format: 'html' }).article
  t.same(a.editors, [{ role: 'editor in charge', name: '王五' }])
  t.same(a.authors, ['张三'])
})

t.test('gov.cn policy pages: the table of particulars gives the issuing office and the publication date', async t => {
  const body = '<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>' +
    '<p>为做好2020年春运工作，保障人民群众安全便捷出行，经国务院同意，现就有关事项通知如下。各地区、各部门要提高政治站位，切实加强组织领导，周密部署安排。</p>'.repeat(3)
  const row = (a: string, b: string, c: string, d: string): string => `<tr><td>${a}</td><td>${b}</td><td>${c}</td><td>${d}</td></tr>`
  const rows = [
    row('索 引 号：', '000014349/2020-00012', '主题分类：', '交通运输'),
    row('发文机关：', '国务院办公厅', '成文日期：', '2020年01月10日'),
    '<tr><td>标　　题：</td><td colspan="3">国务院办公厅关于做好2020年春运工作的通知</td></tr>',
    row('发文字号：', '国办发〔2020〕1号', '发布日期：', '2020年01月15日')
  ]
  const head = '<title>国务院办公厅关于做好2020年春运工作的通知_政府信息公开专栏</title>'
  const html = (table: string): string => page(head, '<div class="crumb">当前位置：首页 > 政策 > 国务院文件</div>' +
    `<table class="bd1">${table}</table><div class="tools">分享到：</div><div class="links"><a href="/">首页</a> <a href="/zhengce/">政策</a> <a href="/hudong/">互动</a></div>` +
    `<div class="article"><h1>国务院办公厅关于做好2020年春运工作的通知</h1><div class="pages_content">${body}</div></div>`)
  const a = processPage({ content: html(rows.join('')), format: 'html' }).article
  t.equal(a.source, '国务院办公厅')
  t.equal(a.published?.slice(0, 10), '2020-01-15', 'the publication, not the signing date')
  // the publication's row first: still the publication, not the first date of the table
  const swapped = processPage({ content: html([rows[3], rows[0], rows[1], rows[2]].join('')), format: 'html' }).article
  t.equal(swapped.published?.slice(0, 10), '2020-01-15')
  t.equal(swapped.source, '国务院办公厅')
})

t.test('an editor line after the page\'s correction button (`【我要纠错】 责任编辑：李四`, www.gov.cn)', async t => {
  const body = '<p>为做好2020年春运工作，保障人民群众安全便捷出行，经国务院同意，现就有关事项通知如下。各地区、各部门要提高政治站位，切实加强组织领导，周密部署安排。</p>'.repeat(3)
  const html = page('<title>国务院办公厅关于做好2020年春运工作的通知_滚动新闻_中国政府网</title>',
    '<div class="article"><h1>国务院办公厅关于做好2020年春运工作的通知</h1><div class="pages-date">2020-01-15 17:00　来源： 国务院办公厅</div>' +
    `<div class="pages_content">${body}</div><div class="editor">【我要纠错】 责任编辑：李四</div></div>`)
  const a = processPage({ content: html, format: 'html' }).article
  t.same(a.editors, [{ role: 'editor in charge', name: '李四' }])
  t.notOk(a.body.some(b => b.text.includes('纠错')), 'the button is no body')
})

t.test('titles: a table template\'s large-type headline cell above the info row, a spacer row between them', async t => {
  // a PowerEasy health portal of 2009 (zh-news n215, session 40's unseen round): the <title> words it another way
  const body = '<p>　　本网讯　10月12日上午，全省甲型H1N1流感疫苗接种工作启动仪式在武汉市第二十九中学举行。当天，该校首批312名师生接种了甲流疫苗。</p>'.repeat(4)
  const html = (spacer: string): string => page('<title>湖北启动甲流疫苗接种 首批21.6万人份下发各地-湖北健康新闻网</title>' +
    '<style>.title { font-size:22px; font-weight:bold } .info { color:#666 }</style>',
  '<table><tr><td><table><tr><td height="14"></td></tr>' +
    '<tr><td align="center" class="title">我省甲型H1N1流感疫苗接种工作全面启动</td></tr>' + spacer +
    '<tr><td align="center" class="info">作者：本网记者 周凯 通讯员 杜敏　　文章来源：湖北健康新闻网　　更新时间：2009-10-13</td></tr>' +
    `<tr><td class="content">${body}</td></tr></table></td></tr></table>`)
  for (const spacer of ['<tr><td height="8"></td></tr>', '<tr><td height="8">&nbsp;</td></tr><tr><td></td></tr>', '']) {
    const a = processPage({ content: html(spacer), format: 'html' }).article
    t.equal(a.title, '我省甲型H1N1流感疫苗接种工作全面启动', `spacer ${JSON.stringify(spacer)}`)
  }
  // a row with a picture between them is no spacer: what it holds is not known to be the headline's by its place; since
  // session 57 it is by its words: the large cell tells the `<title>`'s story (`疫苗接种`) and the `<title>`'s own
  // headline is printed nowhere (meta.ts `rewordedClassed`, zh-news n433 of session 56's unseen round)
  const pictured = processPage({ content: html('<tr><td><img src="/ad/banner.gif"></td></tr>'), format: 'html' }).article
  t.equal(pictured.title, '我省甲型H1N1流感疫苗接种工作全面启动')
  // nor, then, when the large cell tells another story
  const other = html('<tr><td><img src="/ad/banner.gif"></td></tr>').replace('我省甲型H1N1流感疫苗接种工作全面启动', '本站公告：网站改版试运行')
  t.equal(processPage({ content: other, format: 'html' }).article.title, '湖北启动甲流疫苗接种 首批21.6万人份下发各地')
})

t.test('dates: a question\'s microdata above the answer a page is of is the question\'s, not the page\'s', async t => {
  // a Zhihu-style answer page (zh-blogs b159 of session 40's unseen round): the question's `dateCreated` comes first
  const item = (type: string, created: string, text: string): string => `<div itemscope itemtype="http://schema.org/${type}">` +
    `<meta itemprop="dateCreated" content="${created}"><div>${text}</div></div>`
  const body = `<h1>在云南山区当特岗教师是一种怎样的体验？</h1>${item('Question', '2016-08-03T11:42:05.000Z', '问题描述')}` +
    item('Answer', '2018-09-09T23:20:12.000Z', '<p>我是2015年考上特岗的，分到了县里最远的一所村小。学校只有四个年级，一共三十七个学生。</p>'.repeat(4))
  t.equal(hints('', body).published, '2018-09-09T23:20:12.000Z')
  // a question page alone: its question is the page's item
  t.equal(hints('', `<h1>在云南山区当特岗教师是一种怎样的体验？</h1>${item('Question', '2016-08-03T11:42:05.000Z', '问题描述')}`)
    .published, '2016-08-03T11:42:05.000Z')
  // a comment's microdata is never the page's
  const commented = `<article><h1>Cycling plan approved</h1>${PROSE}</article>` +
    item('Comment', '2024-05-02T10:00:00Z', 'Great news!')
  t.equal(hints('', commented).published, undefined)
})
