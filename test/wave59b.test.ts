/**
 * Session 59's second unseen wave: its classes, each on the page that showed it and on a page made for it: an
 * account in the author slot (a Windows domain's, the site's own login in its host); a member menu's `我的…` link; a
 * post's number where a URL's day would stand; an event's particulars in a sidebar; `本文作者：`; an organisation's
 * name in Chinese and a European language as the `<title>`; an `<h1>` that is the `<title>`'s section.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { dateFromUrl } from '../src/text/date.js'
import { isCmsAccount, isHostAccount } from '../src/metadata/authors.js'
import { ownPage } from './helpers.js'

const PARA = '县农业局组织技术人员深入田间开展修枝、施肥、病虫害防治等技术培训，目前全县种植面积已达四万多亩，今年挂果面积一万八千亩，' +
  '预计鲜果总产量八千余吨，首家深加工企业已开机收购鲜果。'

type Article = ReturnType<typeof processPage>['article']
const read = (html: string, url?: string): Article =>
  processPage({ content: html, format: 'html', ...(url !== undefined ? { url } : {}) }).article

/** A Chinese page: `<title>`, then the body's markup as given. */
function page (body: string, title: string): string {
  return `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`
}

t.test('an account in the author slot names no writer', async t => {
  t.same(ownPage('zh-gov', 'g285').result.article.authors, [], 'g285: `作者：CZRSJ\\lixm`, a Windows domain account')
  t.same(ownPage('zh-news', 'n457').result.article.authors, ['杨光辉', '吴兴菊'],
    'n457: `作者：qlxww` on `www.qlxww.cn`, and the closing `（记者：杨光辉　吴兴菊　摄像：王鹏）`')
  t.ok(isCmsAccount('CZRSJ\\lixm'))
  t.notOk(isCmsAccount('李小明'))
  t.ok(isHostAccount('qlxww', 'www.qlxww.cn'))
  t.notOk(isHostAccount('cn', 'www.qlxww.cn'), 'the country\'s code is no login')
  t.notOk(isHostAccount('zhangsan', 'www.qlxww.cn'))
  const slot = (author: string): string[] => read(page('<h1>青岚刺梨喜获丰收</h1>' +
    `<div class="showinfo">发布时间：2013-09-17 10:21　作者：${author}　来源：青岚县广播电视台</div><p>${PARA}</p><p>${PARA}</p>`,
  '青岚刺梨喜获丰收'), 'http://www.qlxww.cn/news/5836.html').authors
  t.same(slot('qlxww'), [])
  t.same(slot('杨光辉'), ['杨光辉'])
})

t.test('a member menu\'s `我的…` link names nobody', async t => {
  t.same(ownPage('zh-blogs', 'b493').result.article.authors, ['钱文喆'], 'b493: the 博主资料 box, not the menu\'s `我的股吧`')
})

t.test('a post\'s number where a URL\'s day would stand', async t => {
  t.equal(ownPage('zh-blogs', 'b494').result.article.published, '2014-05-07',
    'b494: `/1/post/2014/05/6.html` names post 6 of May; the post\'s `5/7/2014` by that month')
  t.equal(dateFromUrl('http://x.example.com/1/post/2014/05/6.html'), null)
  t.equal(dateFromUrl('http://x.example.com/2014/5/6/slug'), '2014-05-06', 'a one-digit day as a folder')
  t.equal(dateFromUrl('http://x.example.com/2014/05/06.html'), '2014-05-06', 'two digits as the file\'s name')
})

t.test('an event\'s particulars in a sidebar date the event', async t => {
  t.equal(ownPage('zh-org', 'o228').result.article.published, '2003-08-20',
    'o228: not the notice\'s `日期：2003年9月11日` over `時間：` and `地點：`')
})

t.test('`本文作者：` closing an organisation\'s column', async t => {
  t.same(ownPage('zh-org', 'o227').result.article.authors, ['邬晓峰'], 'o227: `本文作者：种植中心 邬晓峰 主治医师`')
})

t.test('an organisation\'s name in Chinese and a European language as the `<title>`', async t => {
  t.equal(ownPage('zh-gov', 'g287').result.article.title, '氹仔北區長者日間護理中心八月一日投入服務',
    'g287: `澳門特別行政區政府新聞局 Gabinete de Comunicação Social do Governo da RAEM` over `td.ntitle`')
  const office = (title: string): string | null => read(page('<table><tr><td class="ndate">12/07/2006 18:45</td></tr>' +
    '<tr><td class="ntitle">氹仔北區長者日間護理中心八月一日投入服務</td></tr>' +
    `<tr><td class="ncontent"><p>${PARA}</p><p>${PARA}</p></td></tr></table>`, title)).title
  t.equal(office('澳門特別行政區政府新聞局 Gabinete de Comunicação Social do Governo da RAEM'), '氹仔北區長者日間護理中心八月一日投入服務')
  t.equal(office('氹仔北區長者日間護理中心八月一日投入服務'), '氹仔北區長者日間護理中心八月一日投入服務')
})

t.test('an `<h1>` that is the `<title>`\'s section heads no story', async t => {
  t.equal(ownPage('zh-org', 'o223').result.article.title, '華港銀行推出「綠色置業」按揭計劃 首年息率低至最優惠利率減2.75厘',
    'o223: `<h2 class="prTitle">` under `<h1>新聞稿</h1>` and `華港銀行 - 關於華港 - 新聞稿`')
  const release = (h1: string): string | null => read(page(`<div id="main"><h1 class="pageTitle">${h1}</h1>` +
    '<p class="prDate">2007年9月18日</p><h2 class="prTitle">華港銀行推出綠色置業按揭計劃 首年息率低至最優惠利率減二厘</h2>' +
    `<p>${PARA}</p><p>${PARA}</p></div>`, `華港銀行 - 關於華港 - ${h1}`)).title
  t.equal(release('新聞稿'), '華港銀行推出綠色置業按揭計劃 首年息率低至最優惠利率減二厘')
})
