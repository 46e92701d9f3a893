/**
 * Issue #12, headlines as Chinese pages print them over more than one line (session 43's unseen rounds): a `<br>`
 * inside a headline glued where the title the page announces runs the lines together (zh-gov g158) and a space
 * otherwise (zh-news n307); a subtitle classed inside the headline's element (zh-org o101) or printed on the row under
 * the headline, its words in the `<title>` (zh-news n329, n331); the article item's microdata headline where the
 * `<title>` words it otherwise (zh-org o102); a post's title linked to the post itself (zh-blogs b273).
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const BODY = '<p>今年以来，县里把农村生活垃圾收运处置体系建设列为民生实事，新建乡镇转运站六座，配齐村级保洁员四百余名，' +
  '垃圾收运覆盖全部行政村，群众满意度明显提升。</p><p>下一步，县里将继续完善分类投放、分类收集、分类运输和分类处理的全链条' +
  '体系，推动农村人居环境持续改善。</p>'
const run = (head: string, body: string, url?: string): string | null => processPage({
  content: `<html><head><meta charset="utf-8">${head}</head><body>${body}${BODY}</body></html>`,
  format: 'html',
  ...(url === undefined ? {} : { url })
}).article.title

t.test('a headline broken by <br>: glued as the announced title runs it, else a space', async t => {
  const h1 = '<h1 class="article_title">云川省人民政府办公厅<br>关于加快推进农村生活垃圾收运处置体系建设的通知</h1>'
  const glued = '云川省人民政府办公厅关于加快推进农村生活垃圾收运处置体系建设的通知'
  t.equal(run(`<title>${glued}_云川省人民政府门户网站</title><meta name="ArticleTitle" content="${glued}">`, h1), glued)
  const clauses = '<h1>深水埗唐樓劏房走廊變雜物房<br>消防屋宇突擊巡查限期兩周清理</h1>'
  t.equal(run('<title>港島日報網 - 港聞 - 劏房雜物塞走火通道</title>', clauses),
    '深水埗唐樓劏房走廊變雜物房 消防屋宇突擊巡查限期兩周清理', 'two clauses, the <title> worded otherwise')
})

t.test('a subtitle inside the headline\'s element, or on the row under it, is not the headline', async t => {
  const classed = '<p class="newsdate">2006年12月4日</p><p class="newstitle">「長者鄰里守望計劃」第二期正式啟動<br><span class="newssubtitle">百名義工將上門探訪區內獨居長者' +
    '</span></p>'
  const association = '<title>九龍西社區互助會 Kowloon West Community Mutual Aid Association - 最新消息</title>'
  t.equal(run(association, classed), '「長者鄰里守望計劃」第二期正式啟動')
  const rows = '<table><tr><td align="center"><font size="5"><b>小校拉出大聲音</b></font></td></tr>' +
    '<tr><td align="center"><font size="3">專訪竹坑國小校長林素貞</font></td></tr></table>'
  t.equal(run('<title>南瀛時報電子報--地方新聞--專訪竹坑國小校長林素貞</title>', rows), '小校拉出大聲音',
    'the <title> carries the subtitle printed smaller under the headline')
  const dashed = '<table><tr><td class="font_title">竹篾声里守老街</td></tr><tr><td>――沅溪古镇最后一家手工竹器铺见闻</td></tr></table>'
  t.equal(run('<title>[组图]沅溪古镇最后一家手工竹器铺_图片新闻_沅水新闻网</title>', dashed), '竹篾声里守老街',
    'a subtitle written with its dash')
  const listed = '<table><tr><td><strong>本版新闻</strong></td></tr><tr><td><a href="c1.htm">朝阳一街道厨余垃圾分出率达三成</a></td>' +
    '</tr></table><table><tr><td>朝阳一街道厨余垃圾分出率达三成</td></tr></table>'
  t.equal(run('<title>朝阳一街道厨余垃圾分出率达三成 - 新京报电子报</title>', listed), '朝阳一街道厨余垃圾分出率达三成',
    'an e-paper\'s list of the page\'s stories over a link to it is no headline')
})

t.test('the article item\'s microdata headline; a post title linked to the post', async t => {
  const item = (type: string): string => `<div itemscope itemtype="https://schema.org/${type}">` +
    '<h2 itemprop="headline">修法後的加班費怎麼算？雇主與勞工都該知道的五件事</h2></div>'
  const announced = '<title>一例一休修法後 加班費怎麼算？ - 恆信聯合法律事務所</title>'
  t.equal(run(announced, item('Article')), '修法後的加班費怎麼算？雇主與勞工都該知道的五件事')
  t.not(run(announced, item('WPHeader')), '修法後的加班費怎麼算？雇主與勞工都該知道的五件事', 'a header\'s item is the site\'s')
  const url = 'http://www.wretch.cc/blog/ahkai0912/8812345'
  const linked = '<h1><a href="http://www.wretch.cc/blog/ahkai0912">阿凱的硬體雜記</a></h1>' +
    `<h3 class="title"><a href="${url}">組一台安靜的家用電腦：E6320 裝機心得</a></h3>`
  t.equal(run('<title>阿凱的硬體雜記 :: 無名小站</title>', linked, url), '組一台安靜的家用電腦：E6320 裝機心得')
  t.not(run('<title>阿凱的硬體雜記 :: 無名小站</title>', linked.replace(url, 'http://www.wretch.cc/blog/ahkai0912/1'), url),
    '組一台安靜的家用電腦：E6320 裝機心得', 'a title linked to another post is that post\'s')
})
