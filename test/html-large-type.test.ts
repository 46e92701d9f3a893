/**
 * Issue #12: the headline a table template sets in large type, whatever its class is named
 * (src/parse/html/large-type.ts, read by meta.ts `titleClassed`). Session 37's unseen rounds printed it in
 * `<td class="t18">`, `<td class="ztbt">`, `<td class="title20">` under a `.cls { font-size:20px }` rule, or in
 * `<font size="5">`, under a `<title>` that names the site and its section or words the story otherwise (zh-gov g97,
 * zh-news n127, n137, n138). The pages below are short excerpts of those shapes, written for the test; the board's
 * `主题：` label of zh-blogs b94 too.
 */
import t from 'tap'
import { declaredFontPx, largeTypeRules } from '../src/parse/html/large-type.js'
import { processPage } from '../src/pipeline.js'
import { cleanTitle } from '../src/metadata/title.js'

t.test('the font size a declaration block gives', async t => {
  t.equal(declaredFontPx('font-size:20px; font-weight:bold'), 20)
  t.equal(declaredFontPx('font-size: 15pt'), 20)
  t.equal(declaredFontPx('font-size: 1.5em'), 24)
  t.equal(declaredFontPx('font-size: 125%'), 20)
  t.equal(declaredFontPx('font-size: x-large'), 18)
  t.equal(declaredFontPx('font: bold 22px/30px 宋体'), 22, 'the shorthand\'s size before the line height')
  t.equal(declaredFontPx('font: 12px 宋体; font-size: 20px !important'), 20, 'the last declaration wins')
  t.equal(declaredFontPx('color: red; line-height: 30px'), undefined, 'no font size')
  t.equal(declaredFontPx('font-weight: bold'), undefined)
})

t.test('the classes and ids a page\'s style sheets set large', async t => {
  const css = '.t18 { font-size:20px; font-weight:bold } td.ztbt{font:bold 20px 宋体} #content .big, .small { font-size:24px }' +
    ' .small { font-size:12px } /* .gone { font-size:30px } */ @media (min-width: 900px) { .wide { font-size: 30px } }' +
    ' #headline { font-size: 2em } a:hover { font-size: 20px } .text { font-size: 14px }'
  const large = largeTypeRules([css])
  t.same([...large.classes].sort(), ['big', 't18', 'ztbt'], 'a later smaller rule wins; comments and @media are out')
  t.same([...large.ids], ['headline'])
})

const PARA = '<p>　　天水围居民代表昨日把八千人的联署信交到运输署，要求增开直达港岛的特快巴士线，以减少居民每天上班转车的时间。' +
  '运输署表示会研究有关建议，并与巴士公司商讨可行的方案。</p>'
const page = (title: string, style: string, cell: string, body = PARA.repeat(3)): string =>
  `<html><head><meta charset="utf-8"><title>${title}</title><style>${style}</style></head><body>` +
  '<table><tr><td><a href="/"><img src="/logo.gif" alt="华评新闻"></a></td></tr></table>' +
  `<table><tr>${cell}</tr><tr><td>${body}</td></tr></table></body></html>`
const titleOf = (html: string): string | null => processPage({ content: Buffer.from(html), format: 'html' }).article.title

t.test('a headline set large by the page\'s style sheet, under a `<title>` that names the site and section', async t => {
  const style = '.t18 { font-size:20px; font-weight:bold; color:#0A3C8C }'
  const headline = '天水围居民八千人联署 促增直达港岛巴士线'
  t.equal(titleOf(page('港声网上版 - 港闻', style, `<td class="t18">${headline}</td>`)), headline,
    'a web edition\'s name and a section')
  t.equal(titleOf(page('港声网上版 - 港闻', '', `<td><font size="5"><b>${headline}</b></font></td>`)), headline,
    '`<font size="5">`')
  t.equal(titleOf(page('港声网上版 - 港闻', '', `<td style="font-size: 22px">${headline}</td>`)), headline,
    'an inline size')
  t.equal(titleOf(page('华评新闻：天水围八千人联署　促开特快巴士线往港岛', style, `<td class="t18">${headline}</td>`)),
    headline, 'a `<title>` that words the same story otherwise')
  t.equal(titleOf(page('岷江日报 Minjiang Daily -- 港闻 -- 天水围八千人联署促开特快巴士线', style,
    `<td class="t18">${headline}</td>`)), headline, 'a `<title>` of parts between spaced double hyphens')
})

t.test('what is not a headline in large type', async t => {
  const headline = '天水围居民八千人联署 促增直达港岛巴士线'
  // the same class set small, or large only on wide screens: no evidence
  for (const style of ['.t18 { font-size:14px }', '@media (min-width: 900px) { .t18 { font-size:20px } }']) {
    t.equal(titleOf(page('港声网上版 - 港闻', style, `<td class="t18">${headline}</td>`)), '港声网上版 - 港闻', style)
  }
  // a lead sentence set large is no headline
  const lead = '天水围居民代表昨日把八千人的联署信交到运输署。'
  t.equal(titleOf(page('港声网上版 - 港闻', '.lead { font-size:18px }', `<td class="lead">${lead}</td>`)), '港声网上版 - 港闻')
  // a link set large is another page's headline
  t.equal(titleOf(page('港声网上版 - 港闻', '.t18 { font-size:20px }', `<td class="t18"><a href="/other.htm">${headline}</a></td>`)),
    '港声网上版 - 港闻')
})

t.test('a board\'s field label before the thread\'s title is no word of it', async t => {
  t.equal(cleanTitle('主题：消失的二马路：写给我住了十五年的老巷子'), '消失的二马路：写给我住了十五年的老巷子')
  t.equal(cleanTitle('標題: 老街的最後一家茶館'), '老街的最後一家茶館')
  t.equal(cleanTitle('主题公园的夏天'), '主题公园的夏天', 'a word that starts the title stays')
})

t.test('the date right under a headline in large type, once that headline is the title', async t => {
  const style = '.t18 { font-size:20px; font-weight:bold }'
  const headline = '天水围居民八千人联署 促增直达港岛巴士线'
  const cell = `<td class="t18">${headline}</td></tr><tr><td>http://www.hwpnews.com 2010-05-12 00:12:34</td>`
  const dated = processPage({
    content: Buffer.from(page('华评新闻：天水围八千人联署　促开特快巴士线往港岛', style, cell)), format: 'html'
  }).article
  t.equal(dated.title, headline)
  t.equal(dated.published, '2010-05-12T00:12:34+08:00', 'a site\'s address, then the posting time')
})

t.test('a `<title>` printed nowhere: the headline in large type with a date under it is the page\'s', async t => {
  // zh-news n149 of session 38's unseen round: a wire's `<title>` rewords the headline in other figures
  const style = '.ttl { font-size:20px; font-weight:bold }'
  const headline = '东港今年首尾黑鲔鱼进港　每公斤四千二百元拍出'
  const cell = `<td class="ttl">${headline}</td></tr><tr><td class="f12">环岛社　2004/05/07 12:18</td>`
  const a = processPage({
    content: Buffer.from(page('环岛社新闻网--地方新闻--东港首鲔拍卖 每公斤4200元', style, cell)), format: 'html'
  }).article
  t.equal(a.title, '东港今年首尾黑鲔鱼进港 每公斤四千二百元拍出')
  t.equal(a.published, '2004-05-07T12:18:00+08:00')
  // the `<title>`'s own headline printed with its date: the large box beside it is not read for its date
  const printed = processPage({
    content: Buffer.from(page('东港首鲔拍卖 每公斤4200元', style, cell, `<p>东港首鲔拍卖 每公斤4200元</p><p>2004-05-06</p>${PARA.repeat(3)}`)),
    format: 'html'
  }).article
  t.equal(printed.published, '2004-05-06')
})

t.test('a listed company\'s news page: the <h2> its sheet sets large by tag, not the stock widget\'s price', async t => {
  // zh-org o75 of session 40's unseen round: `<title>` of a section and the company, a price at 28px in the sidebar
  const body = '<p>中国浙江台州，2016年9月22日——浙江康瑞药业股份有限公司今日宣布，公司于2016年9月21日收到美国食品药品监督管理局的批准通知。</p>'.repeat(4)
  const html = (sheet: string): string => '<html><head><meta charset="utf-8"><title>新闻中心_浙江康瑞药业股份有限公司</title>' +
    `<style>${sheet} .stock .price{font-size:28px;color:#e60012;}</style></head><body>` +
    '<div class="news-detail"><div class="hd"><h2>康瑞药业盐酸度洛西汀肠溶胶囊获美国FDA批准</h2><div class="meta">来源：证券部</div></div>' +
    `<div class="bd">${body}</div></div><div class="side-box stock"><h4>股票信息</h4>` +
    '<p class="price">28.65 <small class="chg">+0.35　+1.24%</small></p></div></body></html>'
  const title = (sheet: string): string | null => processPage({ content: html(sheet), format: 'html' }).article.title
  t.equal(title('.news-detail h2{font-size:24px;color:#222;}'), '康瑞药业盐酸度洛西汀肠溶胶囊获美国FDA批准')
  t.not(title('.news-detail h2{font-size:16px;}'), '28.65 +0.35 +1.24%', 'a price holds no word of a headline')
})
