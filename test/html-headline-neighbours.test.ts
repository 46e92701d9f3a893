/**
 * The lines around a headline that are not it (session 47's unseen round): an intro title classed as one above it
 * (`introtitle`), a subtitle between it and the info line (`——评…`), a site's logo `<h1>` ending the `<title>`, and a
 * `<title>` of the site and its section only, which says nothing against a lone `<h1>`.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'

const titleOf = (set: string, id: string): string | null => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string }
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url }).article.title
}
const text = '<p>' + '今年以来，全县新农合报销比例提高到六成，农民在乡镇卫生院看病，出院当天就能拿到报销款。'.repeat(6) + '</p>'
const title = (html: string): string | null => processPage({ content: html, format: 'html' }).article.title

t.test('an intro title classed as one is no headline', async t => {
  const page = '<html><head><title>湘溪：农民看病最高可报六成_频道</title><style>.zt20 { font-size: 20px }</style>' +
    '</head><body><table>' +
    '<tr><td class="introtitle">门诊也能报销 住院就近结算</td></tr>' +
    '<tr><td class="zt20"><b>湘溪县新农合报销比例提高到六成</b></td></tr>' +
    `<tr><td>2007年06月12日 10:23　来源：华讯网</td></tr></table><div>${text}</div></body></html>`
  t.equal(title(page), '湘溪县新农合报销比例提高到六成')
  t.equal(titleOf('zh-news', 'n366'), '湘溪县新农合报销比例提高到六成', 'a 2007 agency channel\'s static page')
})

t.test('a subtitle between the headline and the info line is no headline', async t => {
  const page = '<html><head><title>乡土叙事的另一种可能——评一部小说-文艺评论-文学网</title></head><body><table>' +
    '<tr><td class="ArticleTitle">乡土叙事的另一种可能</td></tr>' +
    '<tr><td class="ArticleSubTitle">——评冯喆长篇小说《河湾纪事》</td></tr>' +
    `<tr><td>作者：钟晓岚　　更新时间：2010-4-12</td></tr></table><div>${text}</div></body></html>`
  t.equal(title(page), '乡土叙事的另一种可能')
  t.equal(titleOf('zh-org', 'o134'), '乡土叙事的另一种可能', 'NewAsp')
  t.equal(titleOf('zh-news', 'n341'), '南州：“阳光询问”让当事人不再心里打鼓', 'a legal daily\'s site')
  t.equal(titleOf('zh-news', 'n359'), '千里机动砺精兵 戈壁深处验新法', 'a military daily\'s JSP table page')
  t.equal(titleOf('zh-news', 'n246'), '今年以来全国麻疹报告病例明显增多',
    'people.com.cn\'s headline classed `fbt` stays the headline')
})

t.test('a `<title>` ending with the site\'s logo `<h1>`: the headline stands before it', async t => {
  t.equal(titleOf('zh-blogs', 'b313'), '第一次在浴室沖黑白底片的完整紀錄（D-76 1+1）', 'a phpBB 3.3 board')
  t.equal(titleOf('zh-blogs', 'b109'), '外婆家的弄堂要拆了', 'a blog\'s `<title>` of its name then the post\'s stays read')
})

t.test('the `<h1>` classed a title among box titles; no date from a publisher\'s box', async t => {
  const dir = join('test', 'fixtures', 'zh-org')
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith('o133-'))!
  const a = processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html' }).article
  t.equal(a.title, '中瀚人寿第三届“客户服务节”启动 理赔服务再提速', 'Liferay: `h1.news-title` among `h1.portlet-title`s')
  t.equal(a.published?.slice(0, 10), '2015-06-09', 'the info line\'s date, not the `portlet-asset-publisher` box\'s')
  const page = (cls: string): string | null => title('<html><head><title>某某公司 - 公司新闻</title></head><body>' +
    '<h1 class="portlet-title">最新动态</h1><h1 class="portlet-title">公告</h1>' +
    `<h1 class="${cls}">公司第三届客户服务节启动 理赔服务再提速</h1><div>${text}</div></body></html>`)
  t.equal(page('news-title'), '公司第三届客户服务节启动 理赔服务再提速')
  t.not(page('promo'), '公司第三届客户服务节启动 理赔服务再提速', 'an `<h1>` not classed a title is not taken so')
})

t.test('a question set large under a `<title>` of the bulletin, its issue and section is the headline', async t => {
  t.equal(titleOf('zh-org', 'o137'), '強制驗樓：業界準備好了嗎？', 'a Hong Kong institution\'s ColdFusion bulletin')
  const page = (line: string): string | null => title('<html><head><title>某某學會 會訊 Bulletin - 第58期 - 專題文章</title>' +
    `</head><body><table><tr><td><font size="5"><b>${line}</b></font></td></tr></table><div>${text}</div></body></html>`)
  t.equal(page('強制驗樓：業界準備好了嗎？'), '強制驗樓：業界準備好了嗎？')
  t.not(page('本會今年會員大會將於下月舉行，歡迎各位會員踴躍出席並提出意見，詳情請留意本會通告，你準備好了嗎？'),
    '本會今年會員大會將於下月舉行，歡迎各位會員踴躍出席並提出意見，詳情請留意本會通告，你準備好了嗎？',
    'a long line ending with a question is a lead, as before')
})

t.test('a `<title>` of the site and its section says nothing against a lone `<h1>`', async t => {
  t.equal(titleOf('zh-gov', 'g195'), '長沙灣海旁游泳池七月一日啟用', 'a Hong Kong department\'s press release')
  const page = (h1: string): string => '<html><head><title>康體及文娛事務署 - 新聞公報</title></head><body>' +
    `<h1>${h1}</h1><div>${text}</div></body></html>`
  t.equal(title(page('長沙灣海旁游泳池七月一日啟用')), '長沙灣海旁游泳池七月一日啟用')
  t.not(title(page('新聞公報')), '新聞公報', 'an `<h1>` that is a part of the `<title>` is the section')
})
