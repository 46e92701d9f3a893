/**
 * Issue #12: the date printed next to the headline (src/parse/html/headline-date.ts), and the guard that a removal
 * never takes the article (src/parse/html/guard.ts): short pages written for the test. Every development page is
 * checked in test/dev-pages-*.test.ts.
 */
import t from 'tap'
import { parseHtml } from '../src/parse/html/index.js'
import { recoverBlocks, SUBSTANTIAL_TEXT } from '../src/parse/html/guard.js'

const para = '湘江长沙段水位降至24.77米，低于24.80米的历史最低值，省防指紧急会商研究应对措施，同时呼吁全社会节约用水。'.repeat(4)
const shell = (head: string, title: string): string =>
  `<html><head><title>${title}</title></head><body><div class="nav"><a href="/">首页</a></div>${head}<div id="text"><p>${para}</p><p>${para}</p></div>` +
  '<ul><li><a href="/a.html">湘江水位创新低</a> 2011-12-12</li></ul></body></html>'

t.test('the unlabelled date under the headline, found through the page title', async t => {
  const html = shell('<div class="t">湘江长沙站跌破历史最低水位</div><div class="i">2011年12月15日23:59 华声在线</div>', '湘江长沙站跌破历史最低水位_新闻中心_新浪网')
  t.equal(parseHtml(html).hints.published, '2011年12月15日23:59')
})

t.test('a date just above the headline when none under it; links and update dates are not taken', async t => {
  t.equal(parseHtml(shell('<span>2012.01.12 02:09 am</span><b>過年看醫師 健保局告訴你上哪找</b>', '過年看醫師 健保局告訴你上哪找 | 醫藥新聞')).hints.published, '2012.01.12 02:09 am')
  t.equal(parseHtml(shell('<b>湘江长沙站跌破历史最低水位</b><a href="/x">2011-12-09 旧闻</a><i>更新于 2011-12-16</i>', '湘江长沙站跌破历史最低水位_新浪网')).hints.published, undefined)
  t.equal(parseHtml(shell('<b>无关标题</b><i>2011-12-16</i>', '湘江长沙站跌破历史最低水位_新浪网')).hints.published, undefined, 'no headline found')
})

t.test('the headline is the page\'s own, not a shortened link to it above the article', async t => {
  // as on www.ttv.com.tw (daniel-zh): the menu links the same story, shortened, before the article's headline
  const menu = '<div class="menu"><a href="/n/1.htm">戴隱形眼鏡吹暖氣 女得乾眼症 「烤」乾眼睛水分 </a></div>' +
    `<div class="side"><p>${para.slice(0, 210)}</p></div>`
  const head = '<span>戴隱形眼鏡吹暖氣 女得乾眼症 「烤」乾眼睛水分 雙眼灼熱乾澀 入冬患者增四成</span><span>2012/1/11 </span>'
  const title = '戴隱形眼鏡吹暖氣 女得乾眼症\n　「烤」乾眼睛水分 雙眼灼熱乾澀\n　入冬患者增四成 - 台視新聞'
  t.equal(parseHtml(shell(menu + head, title)).hints.published, '2012/1/11')
})

t.test('the title\'s longest part is its headline, wherever the site name stands', async t => {
  const html = shell('<b>湘江长沙站跌破历史最低水位</b><i>2011-12-15</i>', '湖南在线 - 湘江长沙站跌破历史最低水位')
  t.equal(parseHtml(html).hints.published, '2011-12-15')
})

t.test('a date label glued to the word before it names another date', async t => {
  // as on ent.qq.com (daniel-zh): a star's birth date in the text, the publication time unlabelled under the headline
  const html = '<html><head><title>苍井空现身年会_娱乐_腾讯网</title></head><body><h1>苍井空现身年会</h1>' +
    '<div class="info"><span class="pubTime">2012年01月17日16:57</span></div>' +
    `<div id="text"><p>${para}</p><p>出生日期：1983年11月11日身高：155cm</p><p>${para}</p></div></body></html>`
  t.equal(parseHtml(html).hints.published, '2012年01月17日16:57', 'not the birth date')
  const labelled = shell('<h1>苍井空现身年会</h1><p>发布日期：2012-01-17 来源：腾讯娱乐</p>', '苍井空现身年会_娱乐_腾讯网')
  t.equal(parseHtml(labelled).hints.published, '2012-01-17', 'a label standing on its own still opens the line')
})

t.test('a page whose rules leave nothing is recovered from its visible text', async t => {
  const html = `<html><body><div hidden>隐藏的文字</div><div><p>${para}</p><p>${para}</p><script>var x = 1</script></div></body></html>`
  const blocks = recoverBlocks(html)
  t.equal(blocks.length, 2)
  t.notOk(blocks.some(b => b.text.includes('隐藏') || b.text.includes('var x')), 'hidden text and scripts stay out')
  t.same(recoverBlocks('<html><body><p>短</p></body></html>'), [], `under ${SUBSTANTIAL_TEXT} characters there is nothing to recover`)
})

t.test('the report byline next to the headline is an author hint; a decorated headline still anchors', async t => {
  const html = shell('<div class="t">》母嬰親善醫療院所認證　診所表現佳</div><p>日期：2012.01.12</p><p>◎ 記者林和謙/採訪報導</p>', '母嬰親善醫療院所認證　診所表現佳 - uho優活健康網')
  const hints = parseHtml(html).hints
  t.equal(hints.published, '2012.01.12')
  t.same(hints.authors, ['◎ 記者林和謙/採訪報導'])
  t.equal(hints.pageTitle, '母嬰親善醫療院所認證 診所表現佳 - uho優活健康網', 'white space normalized')
})

t.test('a chrome rule does not remove the container holding most of the article', async t => {
  const article = `<h1>湘江长沙站跌破历史最低水位</h1><p>${para}</p><p>${para}</p>`
  // a whole page wrapped in an <aside> (a misused template) and in a big <form> (ASP.NET pages)
  for (const wrap of [[
    '<aside class="main">', '</aside>'
  ], ['<div role="complementary">', '</div>'], ['<nav>', '</nav>']]) {
    const html = `<html><body><nav><a href="/">首页</a> <a href="/n">新闻</a></nav>${wrap[0]}${article}${wrap[1]}<footer><p>版权所有</p></footer></body></html>`
    const d = parseHtml(html)
    t.ok(d.blocks.some(b => b.text.startsWith('湘江长沙段')), `${wrap[0]}: the article stays`)
    t.ok(d.removed.some(r => r.text.includes('首页')), `${wrap[0]}: the real menu still goes`)
  }
  const hidden = `<html><body><div style="display:none">${article}</div><p>短评</p></body></html>`
  t.ok(parseHtml(hidden).blocks.some(b => b.text.startsWith('湘江长沙段')), 'a hidden container holding the whole article is not hidden spam')
})
