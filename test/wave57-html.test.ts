/**
 * Session 57, the HTML front end: the classes of session 57's unseen wave, each on the page that showed it and,
 * where one can be made, on a page made for it: a teaser's link to a permalink folder (`/…/1489428300000/`) is a
 * link to another page; size-named classes (`f24` beside `f12`); a `<title>` that words the printed headline
 * otherwise; a second info line of credits under the text; a WeChat account's name as the byline of last resort; a
 * photo's alt text repeated as its caption; a forum post's rating log.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '活动当天，志愿者们走进山区学校，为孩子们送去冬衣、图书和文具，并与老师们座谈，了解学校冬季取暖和营养午餐的情况，' +
  '对困难家庭学生进行了登记，将在春季学期开学前完成第二批物资的发放。'

type Article = ReturnType<typeof processPage>['article']
const read = (html: string, fetchedAt?: string): Article =>
  processPage({ content: html, format: 'html', ...(fetchedAt !== undefined ? { fetchedAt } : {}) }).article

/** A Chinese news page: `<title>`, then the body's markup as given. */
function page (body: string, title = '暖冬行动走进山区学校_新闻中心'): string {
  return `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`
}

t.test('a teaser\'s link to a permalink folder is a link to another page', async t => {
  t.same(ownPage('zh-news', 'n437').result.article.authors, ['林浩然', '蕭慧詩'],
    'n437: the closing `報道：林浩然　撰文：蕭慧詩`, not a columnist box\'s `文：梁啟康`')
})

t.test('size-named classes (`f24` beside `f12`) set a headline in large type', async t => {
  t.equal(ownPage('zh-news', 'n442').result.article.title, '北京明日零时起供暖 十二个小区试行按用热量交费',
    'n442: `<font class="f24"><b>…</b></font>` under `<title>中讯网-社会新闻-北京明起正式供暖 部分新建小区试行按热计量收费`')
  const sized = (cls: string): string | null => read(page('<table><tr><td align="center">' +
    `<font class="${cls}"><b>北京明日零时起供暖 十二个小区试行按用热量交费</b></font></td></tr>` +
    `<tr><td class="f12">2004年11月15日 08:12</td></tr><tr><td class="f14">${PARA}<br>${PARA}</td></tr></table>`,
  '中讯网-社会新闻-北京明起正式供暖 部分新建小区试行按热计量收费')).title
  t.equal(sized('f24'), '北京明日零时起供暖 十二个小区试行按用热量交费')
  t.not(sized('f9x'), '北京明日零时起供暖 十二个小区试行按用热量交费', 'a class of no size')
})

t.test('a `<title>` that words the printed headline otherwise', async t => {
  t.equal(ownPage('zh-news', 'n433').result.article.title, '宿州首批120个农家书屋建成开放',
    'n433: `<td class=fbt>` (20px) under `<title>宿州：农家书屋建到村头 农民家门口借书不花钱--中民网安徽视窗`')
  const styled = '<style>.fbt { font-size:20px; font-weight:bold }</style>'
  const titled = (printed: string, docTitle: string): string | null => read(page(styled +
    `<table><tr><td class="fbt">${printed}</td></tr><tr><td>${PARA}<br>${PARA}</td></tr></table>`, docTitle)).title
  t.equal(titled('宿州首批120个农家书屋建成开放', '宿州：农家书屋建到村头 农民家门口借书不花钱--中民网安徽视窗'),
    '宿州首批120个农家书屋建成开放')
  t.not(titled('给主人留下些什么吧，我们会认真回复', '记一次线上服务器排查过程--中民网安徽视窗'),
    '给主人留下些什么吧，我们会认真回复', 'a large text that tells no part of the story is no headline')
})

t.test('a second info line of credits under the text', async t => {
  const g269 = ownPage('zh-gov', 'g269').result.article
  t.same(g269.authors, ['黄玥', '韦堃'], 'g269: `作者：黄玥　韦堃　来源：县林业局　责任编辑：莫春燕` under the text')
  t.equal(g269.source, '县林业局')
  t.same(g269.editors, [{ role: 'editor in charge', name: '莫春燕' }])
  t.match(g269.published, /^2007-11-12/, 'the date stays the first line\'s')
})

t.test('a WeChat account\'s name, when the meta line names no writer', async t => {
  t.same(ownPage('zh-blogs', 'b458').result.article.authors, ['北岸听潮'], 'b458: `<a id="post-user">北岸听潮</a>`')
  t.same(ownPage('zh-blogs', 'b124').result.article.authors, ['孟晓川'], 'b124: the writer named beside the account')
  t.same(ownPage('zh-gov', 'g258').result.article.authors, [], 'g258: a police office\'s account is no writer')
})

t.test('a photo\'s alt text printed beside it is its caption', async t => {
  const n440 = ownPage('zh-news', 'n440').result.article
  t.ok(n440.body.some(b => b.type === 'caption' && b.text.startsWith('台北市新工處今年將再推動12個路段騎樓整平')),
    'n440: `<span class="ph_b ph_d1">` repeating the photo\'s alt')
  t.notOk(n440.body.some(b => b.text.includes('非經授權')), 'n440: `非經授權，不得轉載` is the copyright footer')
  const shown = (alt: string): string | undefined => read(page('<h1>暖冬行动走进山区学校</h1><div class="content">' +
    `<div class="photo"><a href="/a.jpg"><img src="/a.jpg" alt="${alt}"></a><span>志愿者为山区学校的孩子们送去冬衣和图书</span></div>` +
    `<p>${PARA}</p><p>${PARA}</p></div>`)).body.find(b => b.text.startsWith('志愿者为山区学校'))?.type
  t.equal(shown('志愿者为山区学校的孩子们送去冬衣和图书'), 'caption')
  t.equal(shown('山区学校'), 'paragraph', 'an alt of other words')
})

t.test('a forum post\'s rating log leaves the text', async t => {
  const b465 = ownPage('zh-blogs', 'b465').result.article
  t.notOk(b465.body.some(b => /参与人数|总评分/.test(b.text)), 'b465: Discuz! X\'s `ratelog` box')
  t.ok(b465.body.some(b => b.text.includes('第一，先把数据整理干净再说别的')), 'b465: the post stays')
})
