/**
 * The HTML front end: what is removed (each kind, each hiding technique), which part of the page is the article
 * (also when it is not the largest text block), how it is cut into blocks, and the metadata hints it reads.
 * Pages are written for these tests (test/fixtures/html and inline); through `parseHtml`, `processPage` and HTTP.
 */
import t from 'tap'
import iconv from 'iconv-lite'
import { parseHtml } from '../src/parse/html/index.js'
import { hiddenSelectors, hidingOf } from '../src/parse/html/clean.js'
import { jsonLdObjects } from '../src/parse/html/meta.js'
import { flattenDeep, weightedLength } from '../src/parse/html/dom.js'
import { processPage } from '../src/pipeline.js'
import type { Draft } from '../src/draft.js'
import { LINEAR_4X, fixture, growth4x, rawHints, testApp } from './helpers.js'

const texts = (d: Draft): string[] => d.blocks.map(b => b.text)
const bodyText = (d: Draft): string => texts(d).join('\n')

const P1 = 'The city council approved the new budget on Tuesday, after a debate that lasted most of the afternoon and ran late into the evening.'
const P2 = 'Under the plan, spending on public transport rises by eight percent, while the road maintenance budget stays at last year\'s level.'
const P3 = 'The mayor said the vote showed that the council could still agree on the things that matter, even in a difficult year.'

/** A page shell: article paragraphs in a plain container, plus whatever else the test injects. */
function page (inner: string, head = ''): string {
  return `<!doctype html><html><head><title>Council approves budget</title>${head}</head><body>
<div class="wrap"><h1>Council approves budget</h1>
<div class="story"><p>${P1}</p>${inner}<p>${P2}</p><p>${P3}</p></div></div></body></html>`
}

t.test('a Chinese government page (TRS_Editor, GBK, no charset) through processPage', async t => {
  const { article, decoding } = processPage({ content: fixture('html/gov-trs.nodecl.gbk.html'), format: 'html' })
  t.same(decoding, { charset: 'gb18030', via: 'detected' })
  t.equal(article.title, '我市召开秋冬季农业生产工作推进会')
  t.equal(article.published, '2021-11-26T16:24:00+08:00')
  t.same(article.authors, ['王晓明'])
  t.equal(article.source, '市农业农村局')
  t.same(article.body.map(b => b.text), [
    '11月25日，全市秋冬季农业生产工作推进会在市农业农村局召开。会议总结了今年以来全市农业生产情况，分析了当前面临的形势，部署了秋冬种、设施农业和冬春水利建设等重点工作。',
    '会议指出，今年全市粮食播种面积稳定在一百二十万亩以上，夏粮喜获丰收，秋粮长势总体良好。各县区要抓住当前有利时机，加快小麦、油菜播种进度，确保应种尽种、种足种好。',
    '会议强调，要坚持藏粮于地、藏粮于技，落实最严格的耕地保护制度，加强高标准农田建设，推广绿色高效种植技术。',
    '要统筹抓好设施蔬菜生产和畜禽稳产保供，确保冬春季节市场供应充足、价格基本稳定。',
    '要扎实做好冬春农田水利建设，抓好病虫害防控和农业防灾减灾，为明年农业丰收打下坚实基础。',
    '各县区农业农村局、市直有关单位负责同志参加会议。'
  ])
  t.ok(article.body.every(b => b.type === 'paragraph'))
  const spam = article.removed.filter(r => r.kind === 'spam')
  t.equal(spam.length, 4)
  t.match(spam.map(r => r.reason).sort(), [
    /^<marquee> scrolling text; 1 link\(s\) to gambling sites \(www\.leyu-sports\.com\)$/,
    /^hidden by inline style font-size:0; 2 link\(s\) to gambling sites/,
    /^hidden by inline style positioned off-screen; 3 link\(s\) to gambling sites/,
    /^hidden by style sheet rule \.hd_links\{display:none\}; 3 link\(s\) to gambling sites/
  ])
  const all = article.body.map(b => b.text).join('')
  for (const bad of [
    '必威', '皇冠', '金沙', '威尼斯人', '亚博', '乐鱼', '相关链接', '点击排行', '版权所有', '分享到', '当前位置'
  ]) t.notOk(all.includes(bad), bad)
})

t.test('the same page in GB2312 with its declaration, and as UTF-8 declared gb2312: same article', async t => {
  // each Article apart from how it was decoded, and how
  const read = (name: string): [unknown, unknown] => {
    const { decoding, ...article } = processPage({ content: fixture(name), format: 'html' }).article
    return [article, decoding]
  }
  const [a, aRead] = read('html/gov-trs.gb2312.html')
  const [b, bRead] = read('html/gov-trs.utf8.html')
  const [c, cRead] = read('html/gov-trs.declared-utf8.gbk.html')
  const [d, dRead] = read('html/gov-trs.nodecl.gbk.html')
  t.same(a, b)
  t.same(a, c)
  t.same(a, d)
  t.same(aRead, { charset: 'gb18030', via: 'meta', repaired: [] })
  t.same(bRead, { charset: 'utf-8', via: 'detected', repaired: [] }, 'its <meta> says gb2312: contradicted')
  t.same(cRead, { charset: 'gb18030', via: 'detected', repaired: [] }, 'its <meta> says utf-8: contradicted')
  t.same(dRead, { charset: 'gb18030', via: 'detected', repaired: [] })
})

t.test('a Big5 page without a declaration', async t => {
  const { article } = processPage({ content: fixture('html/news.nodecl.big5.html') })
  t.equal(article.title, '颱風過境 全臺各地停班停課情形一覽')
  t.equal(article.published, '2023-07-27T08:30:00+08:00')
  t.equal(article.body.length, 3)
  t.equal(article.body[2].text, '交通部提醒，鐵路及航空班次可能調整，出發前請先查詢最新動態，並以官方公告為準。')
})

t.test('each hiding technique of injected spam is removed and named', async t => {
  const links = '<a href="http://www.bet365-cn.com/">bet365</a> <a href="http://www.88casino.net/">online casino</a> <a href="http://w88.example.com/">w88</a>'
  const cases: Array<[string, RegExp, string?]> = [
    [`<div style="display: none">${links}</div>`, /^hidden by inline style display:none; 3 link\(s\) to gambling sites/],
    [`<div style="visibility:hidden">${links}</div>`, /^hidden by inline style visibility:hidden/],
    [`<span style="font-size:0">${links}</span>`, /^hidden by inline style font-size:0/],
    [`<div style="position:absolute; left:-9999px">${links}</div>`, /^hidden by inline style positioned off-screen/],
    [`<div style="text-indent:-9999px">${links}</div>`, /^hidden by inline style text-indent off-screen/],
    [`<div style="height:0;overflow:hidden">${links}</div>`, /^hidden by inline style height:0 with overflow:hidden/],
    [`<div hidden>${links}</div>`, /^hidden attribute/],
    [`<div aria-hidden="true">${links}</div>`, /^aria-hidden="true"/],
    [`<marquee>${links}</marquee>`, /^<marquee> scrolling text/],
    [`<div class="sl">${links}</div>`, /^hidden by style sheet rule \.sl\{display:none\}/, '<style>.sl { display : none }</style>'],
    [`<p>${links}</p>`, /^3 link\(s\) to gambling sites/]
  ]
  for (const [inject, reason, head] of cases) {
    const d = parseHtml(page(inject, head))
    t.same(texts(d), [P1, P2, P3], inject)
    const spam = d.removed.filter(r => r.kind === 'spam')
    t.equal(spam.length, 1, inject)
    t.match(spam[0], { text: /bet365/, reason }, inject)
  }
})

t.test('hidden blocks without gambling evidence', async t => {
  // a hidden block of links to many other sites is the shape of an SEO injection
  const farm = '<div style="display:none"><a href="http://a-shop.example/">cheap bags</a> <a href="http://b-pills.example/">pills</a> <a href="http://c-loans.example/">fast loans</a></div>'
  const d = parseHtml(page(farm), 'http://news.example.org/a/1.html')
  t.match(d.removed, [{ kind: 'spam', text: 'cheap bags pills fast loans', reason: 'hidden by inline style display:none; a block of 3 links to 3 other sites' }])
  // a hidden menu of the site's own links is navigation; hidden text is boilerplate
  const menu = '<ul style="display:none"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul><div class="modal" style="display:none">Sign in to continue</div>'
  const m = parseHtml(page(menu), 'http://news.example.org/a/1.html')
  t.same(texts(m), [P1, P2, P3])
  t.match(m.removed, [
    { kind: 'navigation', text: 'News Sport', reason: 'hidden by inline style display:none' },
    { kind: 'boilerplate', text: 'Sign in to continue', reason: 'hidden by inline style display:none' }
  ])
  // script-revealed prose (React streaming puts the article in <div hidden>) is what the reader sees: kept
  const prose = `<div hidden id="S:0"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1}</p></div>`
  const r = parseHtml(`<html><body><div class="menu"><a href="/">Home</a></div>${prose}</body></html>`)
  t.same(texts(r), [P1, P2, P3, P1])
  // but never when the styling is a spam technique
  t.same(hidingOf(parseHtmlElement('<div style="font-size:0px">x</div>')),
    { reason: 'hidden by inline style font-size:0', revealable: false })
  // nor when the hidden text is a second copy of what the page shows (a raw-Markdown copy kept for scripts)
  const md = `<pre hidden aria-hidden="true" class="rawMarkdown"># Council approves budget\n\n_${P1}_\n\n${P2.replace('public transport', '[public transport](https://news.example.org/transport)')}\n\n${P3}\n\n**${P1}**</pre>`
  const c = parseHtml(page('').replace('</body>', `${md}</body>`))
  t.same(texts(c), [P1, P2, P3])
  t.match(c.removed, [{ kind: 'boilerplate', text: /^# Council approves budget/, reason: 'hidden attribute' }])
})

function parseHtmlElement (html: string): import('domhandler').Element {
  // hidingOf only reads attributes: a minimal element object is enough
  const m = /<(\w+)\s+([^>]*)>/.exec(html)!
  const attribs: Record<string, string> = {}
  for (const a of m[2].matchAll(/([\w-]+)="([^"]*)"/g)) attribs[a[1]] = a[2]
  return { type: 'tag', name: m[1], attribs, children: [] } as unknown as import('domhandler').Element
}

t.test('style-sheet hiding rules: simple selectors only, media queries ignored', async t => {
  const r = hiddenSelectors('/* c */ .a{display:none} #b { visibility : hidden } div.c, .d{font-size:0} .e .f{display:none} @media (max-width:600px){.g{display:none}} .h{color:red}')
  t.same([...r.classes.keys()].sort(), ['a', 'c', 'd'])
  t.same([...r.ids.keys()], ['b'])
  // a simple selector anywhere in a list beside compound ones counts (the list is tested whole first)
  const mixed = hiddenSelectors('.e .f, .k , div > p{display:none} ul li,\n#m{display:none} .n:hover, a .o{display:none}')
  t.same([...mixed.classes.keys()], ['k'])
  t.same([...mixed.ids.keys()], ['m'])
  // opacity:0 in a style sheet is the first frame of a fade-in animation (Divi, AOS, WOW.js): not hidden;
  // inline, it still hides
  t.same([...hiddenSelectors('.et_animated{opacity:0} .x{opacity:0;display:none}').classes.keys()], ['x'])
  const animated = `<html><head><style>.et_animated{opacity:0}</style></head><body><article><p>${P1}</p><div class="et_animated"><p>${P2}</p></div><p>${P3}</p></article></body></html>`
  t.same(texts(parseHtml(animated)), [P1, P2, P3])
  t.same(hidingOf(parseHtmlElement('<div style="opacity:0">x</div>')),
    { reason: 'hidden by inline style opacity:0', revealable: true })
})

t.test('page chrome, share bars, related lists, comments: each removal kind', async t => {
  const html = `<html><head><title>Council approves budget</title></head><body>
<header class="site-header"><a href="/">Daily Example</a> <a href="/news">News</a></header>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div>
<main><article>
<h1>Council approves budget</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<p>${P1}</p><p>${P2}</p>
<p>Related: <a href="/2024/old-budget">Last year's budget was rejected twice</a></p>
<p>${P3}</p>
<div class="related-articles"><h3>More from Politics</h3><ul><li><a href="/a">Mayor opens new library in the north district</a></li><li><a href="/b">Bus fares frozen for another year</a></li><li><a href="/c">Council elections set for May</a></li></ul></div>
</article>
<section id="comments" class="comments"><h3>42 comments</h3>
<div class="comment"><p>I think this is a terrible decision, and the council should be ashamed of itself, frankly.</p></div>
<div class="comment"><p>Finally, some money for the buses. About time, I have been waiting years for this.</p></div>
</section></main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm damage in the harbour</a></li></ol></aside>
<footer><p>© 2024 Daily Example. All rights reserved.</p></footer>
</body></html>`
  const d = parseHtml(html)
  t.same(texts(d), [P1, P2, P3])
  t.same(d.hints.title, 'Council approves budget')
  const kinds = new Set(d.removed.map(r => r.kind))
  for (const k of ['navigation', 'boilerplate', 'related', 'metadata']) t.ok(kinds.has(k as never), k)
  t.match(d.removed.find(r => r.text.startsWith('Share on Facebook')), { kind: 'boilerplate', reason: /class\/id "share-bar"/ })
  t.match(d.removed.find(r => r.text.startsWith('Related:')), { kind: 'related', reason: 'a link to another story after a related-story label' })
  t.match(d.removed.find(r => r.text.startsWith('More from Politics')), { kind: 'related' })
  t.match(d.removed.find(r => r.text.startsWith('Home Politics')), { kind: 'navigation', reason: '<nav> element (page chrome)' })
  t.match(d.removed.find(r => r.text.startsWith('©')), { kind: 'boilerplate', reason: '<footer> element (page chrome)' })
  t.match(d.removed.find(r => r.text === 'Council approves budget'), { kind: 'metadata' })
  t.notOk(bodyText(d).includes('terrible decision'))
  t.notOk(bodyText(d).includes('cookies'))
})

t.test('the article is not the largest text block: a long comment thread beside it', async t => {
  const comment = (i: number): string => `<li class="comment" id="c${i}"><div class="comment-author">reader${i}</div><div class="comment-body"><p>Comment number ${i}: I have lived here for many years, and I have never seen the council agree on anything, so this is news to me, honestly.</p></div></li>`
  const html = `<html><body><div id="page"><div class="post"><h1>Council approves budget</h1><div class="entry"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>
<div class="discussion"><ol class="commentlist">${Array.from({ length: 30 }, (_, i) => comment(i)).join('')}</ol></div></div></body></html>`
  const d = parseHtml(html)
  t.same(texts(d), [P1, P2, P3])
})

t.test('the article is not the largest text block: a long list of links beside a short Chinese story', async t => {
  const item = (i: number): string => `<li><a href="/news/${i}.html">关于做好二〇二一年第${i}批农业产业化重点项目申报工作的通知和有关事项说明</a><span>2021-11-${10 + (i % 18)}</span></li>`
  const html = `<html><head><meta charset="utf-8"><title>短讯</title></head><body>
<div class="list"><h3>最新文件</h3><ul>${Array.from({ length: 40 }, (_, i) => item(i)).join('')}</ul></div>
<div class="con"><h1>全市冬小麦播种进度过半</h1>
<div class="nr">截至11月24日，全市冬小麦已播种六十五万亩，占计划面积的百分之五十三，播种进度快于去年同期。<br><br>农业农村部门组织技术人员深入田间地头，指导农民科学播种，确保苗全苗壮。</div></div>
</body></html>`
  const d = parseHtml(html)
  t.same(texts(d), ['截至11月24日，全市冬小麦已播种六十五万亩，占计划面积的百分之五十三，播种进度快于去年同期。', '农业农村部门组织技术人员深入田间地头，指导农民科学播种，确保苗全苗壮。'])
  t.ok(weightedLength(bodyText(d)) < 400)
})

t.test('blocks: headings, list items, quotes, captions, <br><br> paragraphs, data tables; evidence kept', async t => {
  const html = `<html><body><article>
<p>${P1} See <a href="/budget.pdf">the budget document</a>.</p>
<h2>What changes</h2>
<ul><li>Public transport: plus eight percent, the largest rise in a decade.</li><li>Roads: unchanged from last year, despite complaints.</li></ul>
<blockquote><p>We could still agree on the things that matter.</p></blockquote>
<figure><img src="council.jpg"><figcaption>Councillors vote on Tuesday evening.</figcaption></figure>
<div>First line of a div paragraph, written the Chinese CMS way.<br><br>Second paragraph in the same div.<br>Third, after one break.</div>
<table><caption>Budget by department</caption><tr><th>Department</th><th>Change</th></tr><tr><td>Transport</td><td>+8%</td></tr></table>
<p>${P2}</p>
</article></body></html>`
  const d = parseHtml(html)
  t.same(d.blocks.map(b => [b.type, b.text, b.evidence?.tag]), [
    ['paragraph', `${P1} See the budget document.`, 'p'],
    ['heading', 'What changes', 'h2'],
    ['list', 'Public transport: plus eight percent, the largest rise in a decade.\n' +
      'Roads: unchanged from last year, despite complaints.', 'ul'],
    ['quote', 'We could still agree on the things that matter.', 'p'],
    ['caption', 'Councillors vote on Tuesday evening.', 'figcaption'],
    ['paragraph', 'First line of a div paragraph, written the Chinese CMS way.', 'div'],
    ['paragraph', 'Second paragraph in the same div.', 'div'],
    ['paragraph', 'Third, after one break.', 'div'],
    ['caption', 'Budget by department', 'caption'],
    ['table', 'Department\tChange\nTransport\t+8%', 'table'],
    ['paragraph', P2, 'p']
  ])
  const ld = d.blocks[0].evidence?.linkDensity ?? Number.NaN
  t.ok(ld > 0.1 && ld < 0.2, String(ld))
  t.equal(d.blocks[1].evidence?.linkDensity, 0)
})

t.test('metadata: Open Graph and article:* meta', async t => {
  const head = `<meta property="og:title" content="Council approves budget"><meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2024-03-05T18:30:00+01:00"><meta property="article:author" content="https://example.com/staff/jane">
<meta name="author" content="Jane Doe"><meta name="source" content="Example Wire">`
  const d = parseHtml(page('', head).replace('<title>Council approves budget</title>', '<title>Council approves budget | Daily Example</title>'))
  t.same(rawHints(d.hints), {
    siteName: 'Daily Example', title: 'Council approves budget', published: '2024-03-05T18:30:00+01:00', authors: [
    'Jane Doe'
  ], source: 'Example Wire', pageTitle: 'Council approves budget | Daily Example' })
})

t.test('metadata: JSON-LD NewsArticle in an @graph, authors as an array, publisher left out', async t => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Daily Example' },
      { '@type': [
        'NewsArticle'
      ], headline: 'Council approves budget after long debate', datePublished: '2024-03-05T18:30:00Z', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }, { '@type': 'Organization', name: 'Daily Example' }], publisher: { '@type': 'Organization', name: 'Daily Example' } }
    ]
  })
  const d = parseHtml(`<html><head><title>Budget - Daily Example</title><script type="application/ld+json">${ld}</script></head><body><h2>x</h2><p>${P1}</p><p>${P2}</p></body></html>`)
  t.same(rawHints(d.hints), {
    siteName: 'Daily Example', title: 'Council approves budget after long debate', published: '2024-03-05T18:30:00Z',
    authors: [
    'Jane Doe', 'John Roe'
  ], pageTitle: 'Budget - Daily Example' })
  // a top-level array, a string author, a broken block beside it
  const arr = JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'BlogPosting', headline: 'A post', dateCreated: '2023-01-02', author: 'Ann Lee' }])
  const e = parseHtml(`<html><head><script type="application/ld+json">{"@type": "NewsArticle",,}</script><script type="application/ld+json">${arr}</script></head><body><p>${P1}</p></body></html>`)
  t.same(rawHints(e.hints), { title: 'A post', published: '2023-01-02', authors: ['Ann Lee'] })
  t.equal(jsonLdObjects(['{"@type":"NewsArticle","headline":"x",}']).length, 1)
  t.equal(jsonLdObjects(['not json']).length, 0)
})

t.test('metadata: <time datetime>, itemprop, bylines, rel=author', async t => {
  const a = parseHtml(`<html><body><article><h1>Council approves budget</h1><p class="byline">By Jane Doe</p><time datetime="2024-03-05">March 5</time><p>${P1}</p></article></body></html>`)
  t.same(rawHints(a.hints), { title: 'Council approves budget', published: '2024-03-05', authors: ['Jane Doe'] })
  const b = parseHtml(`<html><body><article><span itemprop="author" itemscope><span itemprop="name">Ann Lee</span></span><meta itemprop="datePublished" content="2022-01-02T03:04:05Z"><p>${P1}</p></article></body></html>`)
  t.same(rawHints(b.hints), { published: '2022-01-02T03:04:05Z', authors: ['Ann Lee'] })
  const c = parseHtml(`<html><body><article><a rel="author" href="/a/bo">Bo Chen</a><time pubdate datetime="2021-05-06T07:08:09+08:00">x</time><time datetime="2020-01-01">y</time><p>${P1}</p></article></body></html>`)
  t.same(rawHints(c.hints), { published: '2021-05-06T07:08:09+08:00', authors: ['Bo Chen'] })
  // no markup: the date shown in the byline, but never an "Updated" date
  const d = parseHtml(`<html><body><div class="post-meta">Updated June 1, 2024</div><div class="post-meta">Posted on March 5, 2024</div><p>${P1}</p></body></html>`)
  t.equal(d.hints.published, 'March 5, 2024')
})

t.test('metadata: Chinese meta names and the information line', async t => {
  const meta = parseHtml(`<html><head><meta name="ArticleTitle" content="全市冬小麦播种进度过半"><meta name="PubDate" content="2021-11-24 09:30"><meta name="ContentSource" content="市农业农村局"><meta name="Author" content="李华"><meta name="SiteName" content="示例市人民政府"></head><body><p>正文。</p></body></html>`)
  t.same(rawHints(meta.hints), { siteName: '示例市人民政府', title: '全市冬小麦播种进度过半', published: '2021-11-24 09:30', authors: [
    '李华'
  ], source: '市农业农村局' })
  const pubdate = parseHtml('<html><head><meta name="publishdate" content="2022-07-25"><title>标题</title></head><body><p>正文。</p></body></html>')
  t.equal(pubdate.hints.published, '2022-07-25')
  const info = parseHtml('<html><body><h1>全市冬小麦播种进度过半</h1><div class="info"><span>来源：示例日报</span> <span>作者：张三</span> <span>发布时间：2021年11月24日 09:30</span></div><div class="nr"><p>截至11月24日，全市冬小麦已播种六十五万亩。</p></div></body></html>')
  t.same(rawHints(info.hints), {
    title: '全市冬小麦播种进度过半', published: '2021年11月24日 09:30', authors: ['张三'], source: '示例日报'
  })
})

t.test('when class evidence misleads, a second attempt without it keeps the article', async t => {
  const html = `<html><body><div class="extra-wrapper"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></body></html>`
  t.same(texts(parseHtml(html)), [P1, P2, P3])
})

t.test('hostile HTML never throws', async t => {
  const deep = '<html><body>' + '<div>'.repeat(3000) + `<p>${P1}</p>` + '</div>'.repeat(3000) + '</body></html>'
  t.same(texts(parseHtml(deep)), [P1])
  for (const html of ['', '<', '<html>', '<body><p>unclosed <b>bold <i>both', '<script>alert(1)</script>', '<!-- only a comment -->', '<p>a</p>'.repeat(5000), '<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>']) {
    const d = parseHtml(html)
    t.type(d.blocks, Array)
  }
  t.same(texts(parseHtml('<p>unclosed <b>bold <i>both')), ['unclosed bold both'])
})

t.test('flattenDeep keeps the text below the limit', async t => {
  const d = parseHtml('<html><body><div><div><div><p>deep text</p></div></div></div></body></html>')
  t.same(texts(d), ['deep text'])
  const root = { type: 'tag', name: 'div', attribs: {}, children: [] as unknown[], parent: null } as unknown as import('domhandler').Element
  t.equal(flattenDeep(root, 0), 1)
})

t.test('over HTTP: GBK bytes as text/html without a charset', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/html' }, payload: fixture('html/gov-trs.nodecl.gbk.html') })
  t.equal(res.statusCode, 200)
  const a = res.json()
  t.equal(a.title, '我市召开秋冬季农业生产工作推进会')
  t.equal(a.body.length, 6)
  t.ok(a.removed.some((r: { kind: string }) => r.kind === 'spam'))
  const viaJson = await app.inject({ method: 'POST', url: '/v1/articles', payload: { content: iconv.decode(fixture('html/gov-trs.gb2312.html'), 'gbk'), format: 'html' } })
  t.equal(viaJson.statusCode, 200)
  t.same(viaJson.json().body, a.body)
})

t.test('a grid of teaser cards (same-site headline links with excerpts) beside the article goes as related', async t => {
  const card = (i: number, href: string): string => `<article class="card"><h3 class="card-title"><a href="${href}">Harbour works ${i} start next spring</a></h3><p class="excerpt">The port authority expects the new quay number ${i} to open for ferries within two years, it said.</p></article>`
  const html = (host: string): string => `<html><body><div class="layout"><div class="story"><h1>Council approves budget</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
<div class="latest">${[1, 2, 3, 4].map(i => card(i, `${host}/news/harbour-${i}`)).join('')}</div></div></body></html>`
  const d = parseHtml(html('https://www.example.com'), 'https://www.example.com/news/budget')
  t.same(texts(d), [P1, P2, P3])
  t.match(d.removed.find(r => r.text.startsWith('Harbour works 1')), { kind: 'related', reason: /^teaser list: 4 headings linking to other pages/ })
  // relative links are the same site too
  t.same(texts(parseHtml(html(''), 'https://www.example.com/news/budget')), [P1, P2, P3])
  // a round-up whose item headings link to other sites (shops, sources) is content, not teasers
  const roundup = parseHtml(html('https://shop.example.org'), 'https://www.example.com/news/budget')
  t.ok(bodyText(roundup).includes('Harbour works 4 start next spring'))
  // in-page anchors are a table of contents, not teasers
  const anchors = `<html><body><article><p>${P1}</p>${[1, 2, 3].map(i => `<div class="part"><h2><a href="#s${i}">Section ${i} of the plan</a></h2><p>${P2}</p></div>`).join('')}</article></body></html>`
  t.equal(parseHtml(anchors, 'https://www.example.com/a').blocks.filter(b => b.type === 'heading').length, 3)
})

t.test('a second copy of the article (desktop and mobile versions) goes; lone repeated notices stay', async t => {
  const copy = `<p>${P1}</p><h2>What changes</h2><p>${P2}</p><p>${P3}</p>`
  const d = parseHtml(`<html><body><article><div class="desktop">${copy}</div><div class="mobile">${copy}</div></article></body></html>`)
  t.same(texts(d), [P1, 'What changes', P2, P3])
  t.match(d.removed.find(r => r.reason.startsWith('a second copy')), { kind: 'boilerplate', reason: 'a second copy of 4 blocks of the content (the page carries this text twice)' })
  const notice = 'Tickets are sold at the door only, cash or card.'
  const listing = `<html><body><article>${[
    'Harbour concert', 'Museum night', 'Street market'
  ].map(n => `<h2>${n}</h2><p>${n} takes place on Saturday in the old town, from six in the evening until late.</p><p>${notice}</p>`).join('')}</article></body></html>`
  t.equal(texts(parseHtml(listing)).filter(x => x === notice).length, 3)
})

t.test('author boxes after the article go, whatever plugin made them; a byline box with the date stays for metadata', async t => {
  const bio = 'Jane Moss is a senior reporter who has covered city hall for twelve years. She previously worked at the Harbour Gazette.'
  for (const cls of [
    'saboxplugin-wrap', 'elementor-author-box', 'author-card', 'about-author', 'abh_box', 'author__info'
  ]) {
    const d = parseHtml(page('').replace('</div></div></body>', `<div class="${cls}"><h4>Jane Moss</h4><p>${bio}</p></div></div></div></body>`))
    t.same(texts(d), [P1, P2, P3], cls)
    t.match(d.removed, [{ kind: 'boilerplate', text: `Jane Moss ${bio}`, reason: new RegExp(`^class/id "${cls}`) }], cls)
  }
  const byline = parseHtml(page('<div class="resource-author-details"><p>Jane Moss</p><small>December 17, 2025</small></div>'))
  t.ok(bodyText(byline).includes('December 17, 2025'))
})

t.test('a ranking written as prose is content; a click ranking of headline links goes; "photo" is not "hot"', async t => {
  const school = (i: number): string => `<section class="ranking-card"><h3>#${i} Harbour College</h3><p>Harbour College offers ${i + 3} online certificates in nursing, teaching and business, and most of them can be finished within a single year of part-time study.</p><p>Why we chose it: advising, tutoring and career services are open to online students, and credits transfer to the college's degrees.</p></section>`
  const ranked = parseHtml(`<html><body><article><p>${P1}</p><div class="ss-ranking">${[1, 2, 3].map(school).join('')}</div><p>${P2}</p></article></body></html>`)
  t.equal(ranked.blocks.filter(b => b.text.startsWith('Harbour College offers')).length, 3)
  const clicks = `<div class="rank-list"><h3>点击排行</h3><ul>${[
    '市政府召开常务会议', '全市防汛工作部署会召开', '我市新增三条公交线路', '城区道路改造工程开工'
  ].map((x, i) => `<li><a href="/news/${i}.html">${x}</a></li>`).join('')}</ul></div>`
  const zh = parseHtml(`<html><body><div class="main"><div class="TRS_Editor"><p>${P1}</p><p>${P2}</p><p>${P3}</p>${clicks}</div></div></body></html>`)
  t.same(texts(zh), [P1, P2, P3])
  t.match(zh.removed, [{ kind: 'related', text: /^点击排行/, reason: /^class\/id "rank-list" marks a related list/ }])
  const photo = parseHtml(page('<div class="photo-box"><p>The new ferry at the harbour, on its first trip across the bay.</p></div>'))
  t.ok(bodyText(photo).includes('The new ferry at the harbour'))
})

t.test('a navigation word inside a class name on a block of prose does not remove the prose', async t => {
  const more = [
    'Opposition members said the plan leaves too little for schools, and promised to bring the matter back in spring.',
    'Residents can read the full budget at the town hall, or online, until the end of the month, the clerk said.',
    'The next council meeting, on the harbour works, is planned for the second week of April, weather permitting.',
    'Two members abstained, citing the cost of the new ferry contract, which they called rushed and poorly explained.',
    'Local businesses welcomed the decision, though the chamber of commerce asked for lower parking fees in the centre.'
  ]
  const html = `<html><body><article><p>${P1}</p><div class="text-block image-position-left"><p>${P2} ${P3}</p></div>
<div class="breadcrumb-position"><a href="/">Home</a> › <a href="/politics">Politics</a> › <a href="/politics/city">City</a></div>${more.map(m => `<p>${m}</p>`).join('')}</article></body></html>`
  const d = parseHtml(html)
  t.same(texts(d), [P1, `${P2} ${P3}`, ...more])
  t.match(d.removed.find(r => r.text.startsWith('Home')), { kind: 'navigation', reason: /class\/id "breadcrumb-position"/ })
  // short paragraphs of a CMS that classes every paragraph "contextmenu Body": sentences without links stay
  const short = [
    'Plant bay laurel in spring, in a sunny spot.',
    'It can also be grown in a pot, and even decorated with lights for the season.'
  ]
  const cms = parseHtml(`<html><body><article><p>${P1}</p>${short.map(x => `<p class="contextmenu Body">${x}</p>`).join('')}<p>${P2}</p><p>${P3}</p><p class="contextmenu"><a href="/a">Share</a> <a href="/b">Print</a></p></article></body></html>`)
  t.same(texts(cms), [P1, ...short, P2, P3])
})

t.test('the article split into sections with its own lists and tables between them comes out whole', async t => {
  const S1 = 'The first section explains how the budget was drawn up, which departments asked for more, and why the council said no to most of them.'
  const S2 = 'The second section looks at what the changes mean for residents, for bus users first, then for drivers and for the people who cycle.'
  const section = (s: string): string => `<div class="section-text"><p>${s}</p><p>${P1}</p><p>${P2}</p></div>`
  const html = `<html><body><div class="layout"><div class="body-wrap">${section(S1)}
<ul><li>Buses: plus eight percent</li><li>Roads: unchanged</li><li>Parks: minus two percent</li><li>Libraries: unchanged</li></ul>
<table><tr><td>Transport</td><td>120 million</td></tr><tr><td>Roads</td><td>80 million</td></tr><tr><td>Parks</td><td>15 million</td></tr></table>
${section(S2)}</div>
<div class="rail"><a href="/a">Storm damage in the harbour</a> <a href="/b">New ferry timetable</a> <a href="/c">School holidays</a></div></div></body></html>`
  const body = bodyText(parseHtml(html))
  for (const s of [S1, S2, 'Buses: plus eight percent', 'Transport\t120 million']) t.ok(body.includes(s), s)
  t.notOk(body.includes('Storm damage'))
})

t.test('the date in the URL path, the day the page was filed under, comes first for the publication date', async t => {
  const { dateFromUrl } = await import('../src/text/date.js')
  const now = new Date('2026-11-23T00:00:00Z')
  t.equal(dateFromUrl('https://www.news.cn/20240608/abc/c.html', now), '2024-06-08')
  t.equal(dateFromUrl('https://www.gov.cn/zhengce/content/202406/t20240608_123.htm', now), '2024-06-08')
  t.equal(dateFromUrl('https://www.xinhuanet.com/politics/2024-06/08/c_1130.htm', now), '2024-06-08')
  t.equal(dateFromUrl('https://example.com/2025/12/19/story-name', now), '2025-12-19')
  t.equal(dateFromUrl('https://example.com/news/2024-02-30/x', now), null, 'no 30 February')
  t.equal(dateFromUrl('https://example.com/2035/01/02/x', now), null, 'not in the future')
  t.equal(dateFromUrl('https://example.com/item?date=20240608', now), null, 'the query is not read')
  t.equal(dateFromUrl('not a url', now), null)
  t.equal(dateFromUrl(undefined, now), null)
  const html = `<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></body></html>`
  t.equal(processPage({ content: html, format: 'html', url: 'https://news.example.org/2024/06/08/budget.html' }).article.published, '2024-06-08')
  t.equal(processPage({ content: html.replace('<h1>', '<time datetime="2024-06-09T08:00:00Z">9 June</time><h1>'), format: 'html', url: 'https://news.example.org/2024/06/08/budget.html' }).article.published, '2024-06-08', 'the URL\'s date first (data/metadata-evidence.json, issue #12)')
})

t.test('title: the visible headline says where the page title ends; Chinese office, company and portal-section suffixes go', async t => {
  const zh = '市政府召开常务会议，研究部署防汛抗旱和安全生产工作，要求各地各部门压紧压实责任，确保人民群众生命财产安全。'
  const page = (title: string, head: string): string => `<html><head><title>${title}</title></head><body><div class="content">${head}<p>${zh}</p><p>${zh}</p><p>${zh}</p></div></body></html>`
  // an <h2> headline that the <title> starts with: whatever the suffix, the title ends where the headline does
  const a = processPage({ content: page('关于城东片区临时停水的通知-市供水有限公司', '<h2>关于城东片区临时停水的通知</h2>'), format: 'html' }).article
  t.equal(a.title, '关于城东片区临时停水的通知')
  t.notOk(a.body.some(b => b.text === '关于城东片区临时停水的通知'), 'the headline is not left in the body')
  // no headline on the page: the suffix itself must name a site, an office, a section or a company
  const title = (raw: string): string | null => processPage({ content: page(raw, ''), format: 'html' }).article.title
  t.equal(title('全县重大项目集中开工 总投资86亿元--县人民政府网'), '全县重大项目集中开工 总投资86亿元')
  t.equal(title('县政府召开农村人居环境整治提升工作推进会-县政府信息公开'), '县政府召开农村人居环境整治提升工作推进会')
  t.equal(title('关于调整公交线路的公告-市交通运输局'), '关于调整公交线路的公告')
  t.equal(title('改革开放-四十年'), '改革开放-四十年', 'a dash inside a title stays')
})

t.test('Taiwan and Hong Kong pages: traditional-character info labels and the Minguo calendar', async t => {
  const zh = '為因應高齡化社會來臨，市政府持續布建社區照顧關懷據點，讓長輩在熟悉的社區就近獲得照顧，預計今年底前擴增至三百處。'
  const html = (info: string): string => `<html><head><title>市府推動社區照顧關懷據點</title></head><body><div class="content"><h1>市府推動社區照顧關懷據點</h1><p>${info}</p><p>${zh}</p><p>${zh}</p><p>${zh}</p></div></body></html>`
  const a = processPage({ content: html('發布日期：113-05-08　發布單位：社會局　點閱次數：1523'), format: 'html' }).article
  t.equal(a.published, '2024-05-08')
  t.equal(a.source, '社會局')
  t.notOk(a.body.some(b => b.text.includes('發布日期')), 'the info line is metadata, not body')
  t.equal(processPage({ content: html('民國113年5月8日'), format: 'html' }).article.published, '2024-05-08')
  const hk = processPage({ content: html('記者：陳大文　責任編輯：李小明'), format: 'html' }).article
  t.same(hk.authors, ['陳大文'])
  t.same(hk.editors, [{ role: 'editor in charge', name: '李小明' }], '責任編輯 is 责任编辑')
  // a view counter after the reporters is a label of its own, not part of their names
  const counted = processPage({ content: `${zh.slice(0, 20)}\n来源：江城日报　记者：王强 李娜　阅读：3286\n${zh}\n${zh}`, format: 'text' }).article
  t.same([counted.source, counted.authors], ['江城日报', ['王强', '李娜']])
  const countedHtml = processPage({ content: html('来源：江城日报　记者：王强 李娜　阅读：3286'), format: 'html' }).article
  t.same([countedHtml.source, countedHtml.authors], ['江城日报', [
    '王强', '李娜'
  ]], 'the HTML info-line hint reads it the same way')
  // a Gregorian date with a three-digit number before it is not a Minguo date
  const { parseDate } = await import('../src/text/date.js')
  t.equal(parseDate('電話 02-113-05-08'), null)
  t.equal(parseDate('2024-05-08'), '2024-05-08')
})

t.test('an info line without labels under a Chinese headline: date, source, reporters', async t => {
  const zh = '记者从市教育局获悉，今年我市将新建、改扩建公办幼儿园16所，新增公办学位4800个，进一步缓解城区入园难问题。'
  const zh2 = '据介绍，新建幼儿园主要布局在城东新区、高铁片区等人口集中流入区域，均按照9至12个班的标准建设。'
  const a = processPage({ content: `我市今年将新增公办幼儿园学位4800个\n2024-03-19 08:30　江城在线　记者 林晓\n${zh}\n${zh2}`, format: 'text' }).article
  t.equal(a.published, '2024-03-19T08:30:00+08:00')
  t.equal(a.source, '江城在线')
  t.same(a.authors, ['林晓'])
  t.same(a.body.map(b => b.text), [zh, zh2])
  // a date opening a sentence is body, not an info line
  const s = '2024-03-19 08:30 市政府召开常务会议，研究部署春季农业生产工作。'
  t.ok(processPage({ content: `标题\n${s}\n${zh}`, format: 'text' }).article.body.some(b => b.text === s))
})

t.test('credit lines below the article container: reporters and editors', async t => {
  const zh = '受持续强降雨影响，我县境内清水河、白马河水位持续上涨，县委、县政府第一时间启动防汛应急响应，组织各方力量全力投入抗洪抢险。'
  const zh2 = '截至4日12时，全县共转移受威胁群众8260人，其中集中安置2340人，所有安置点均已配齐食品、饮用水、药品和被褥等生活物资。'
  const html = (credit: string, head = ''): string => `<html><head><title>我县全力抗洪抢险</title>${head}</head><body><div class="wrap"><h1>我县全力抗洪抢险</h1><div class="detail-text"><p>${zh}</p><p>${zh2}</p><p>${zh}${zh2}</p></div>${credit}<div class="share"><span>分享到：</span><a href="#">微信</a></div></div><div class="footer"><p>作者：网站管理员</p></div></body></html>`
  const a = processPage({ content: html('<div class="detail-credit"><p>记者：韩冰 刘洋</p><p>编辑：程雪</p><p>审核：宋文华</p></div>'), format: 'html' }).article
  t.same(a.authors, ['韩冰', '刘洋'])
  t.same(a.editors.map(e => e.name), ['程雪', '宋文华'])
  // the editor named in <meta name="author"> is shown as the editor: no author
  const b = processPage({ content: html('<div class="adEditor"><div>【编辑:何蔚】</div></div>', '<meta name="author" content="何蔚">'), format: 'html' }).article
  t.same([b.authors, b.editors], [[], [{ role: 'editor', name: '何蔚' }]])
  // the footer's 作者：网站管理员 (chrome) is nobody's byline: a.authors above has only the reporters
})

t.test('many hidden blocks of prose: the page is read once, not once per block (n vs 4n)', async t => {
  const html = (n: number): string => '<html><body><article>' + Array.from({ length: n }, (_, i) => `<div hidden><p>${P1} ${i} ${P2}</p></div>`).join('') + '</article></body></html>'
  const ratio = growth4x(html, page => { parseHtml(page) }, 400, { warmup: 50 })
  t.ok(ratio < LINEAR_4X, `ratio ${ratio.toFixed(2)} (linear ~4, quadratic ~16)`)
})

t.test('a short hidden line on a page whose hidden blocks show gambling is the same injection, listed as spam', async t => {
  // zh-news n103 and n117 (a Taiwan local paper, a Malaysian portal: session 36's unseen rounds): a hidden link farm
  // of brands the lexicon knows, then a hidden span inside a paragraph holding brands it does not (the lexicon has
  // known the Traditional `百家樂`, `娛樂城` of those pages since session 37: two brands it never saw stand for them)
  const prose = '<p>' + '縣府今年持續推動有機農業，輔導農民取得驗證，並辦理成果展與農民市集，讓民眾認識在地農產品。'.repeat(3)
  const farm = '<div style="position:absolute;left:-9999px"><a href="http://www.bet365-example.com/">bet365</a>' +
    '<a href="http://amb-casino.example.com/">真人百家乐</a></div>'
  const hidden = '<span style="display:none">金鑽城必勝法 鴻運城註冊送1000</span>'
  const on = parseHtml(`<html><body>${farm}<div class="content">${prose}${hidden}</p>${prose}</p></div></body></html>`)
  t.equal(on.removed.find(r => r.text.includes('金鑽城必勝法'))?.rule, 'hidden-spam-context')
  const off = parseHtml(`<html><body><div class="content">${prose}${hidden}</p>${prose}</p></div></body></html>`)
  t.equal(off.removed.find(r => r.text.includes('金鑽城必勝法'))?.rule, 'hidden-element', 'alone, a hidden line is hidden')
  const menu = '<div style="display:none"><a href="https://a.example.org/">A</a><a href="https://b.example.net/">B</a>' +
    '<a href="https://c.example.com/">C</a></div>'
  const legit = parseHtml(`<html><body>${menu}<div class="content">${prose}<span style="display:none">展開全文</span></p>` +
    `${prose}</p></div></body></html>`)
  t.equal(legit.removed.find(r => r.text.includes('展開全文'))?.kind, 'boilerplate', 'a hidden menu of other sites shows no gambling')
})
