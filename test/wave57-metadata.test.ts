/**
 * Session 57, the metadata and spam stages: the classes of session 57's unseen wave, each on the page that showed it
 * and, where one can be made, on a page made for it: the CMS's author slot naming the page's editor beside the
 * text's own credit; a source label quoted in a copyright notice; `投稿人：`; a screen name glued to the host in the
 * `<title>`; a UTC markup time within a relative time's unit (`9小时前`); a site's own name signed in its footer is no
 * injected brand.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, ownPage } from './helpers.js'

const PARA = '活动当天，志愿者们走进山区学校，为孩子们送去冬衣、图书和文具，并与老师们座谈，了解学校冬季取暖和营养午餐的情况，' +
  '对困难家庭学生进行了登记，将在春季学期开学前完成第二批物资的发放。'

type Article = ReturnType<typeof processPage>['article']
const read = (html: string, fetchedAt?: string): Article =>
  processPage({ content: html, format: 'html', ...(fetchedAt !== undefined ? { fetchedAt } : {}) }).article

/** A Chinese news page: `<title>`, then the body's markup as given. */
function page (body: string, title = '暖冬行动走进山区学校_新闻中心'): string {
  return `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`
}
const TEXT = `<div class="content"><p>${PARA}</p><p>${PARA}</p></div>`

t.test('an info line\'s author slot naming the page\'s editor beside the text\'s own credit', async t => {
  t.same(ownPage('zh-news', 'n439').result.article.authors, ['杨帆', '郭俊峰', '贾丽'],
    'n439: `作者：张晓雯` over `编辑：张晓雯`, the writers in `□融媒体记者 杨帆 通讯员 郭俊峰 贾丽`')
})

t.test('a source label quoted in a copyright notice is no source', async t => {
  t.equal(ownPage('zh-news', 'n442').result.article.source, '中讯社', 'n442: the dateline\'s agency, not `中讯社”或“`')
  const notice = '<p>版权声明：凡注明“来源：中讯社”或“来源：中讯网”的所有文字、图片，版权均属中讯社所有。</p>'
  t.not(read(page(`<h1>暖冬行动走进山区学校</h1>${TEXT}${notice}`)).source, '中讯社”或“')
})

t.test('`投稿人：` names the writer', async t => {
  const o206 = ownPage('zh-org', 'o206').result.article
  t.same(o206.authors, ['沈佳怡'], 'o206: `投稿人：初一年级组 沈佳怡`')
  t.equal(o206.source, '初一年级组', 'o206: the unit goes to source')
})

t.test('a screen name glued to the host in the `<title>` by an underscore', async t => {
  t.same(ownPage('zh-blogs', 'b456').result.article.authors, ['老猫不写bug'],
    'b456: `…_研发效能_老猫不写bug_InfoQ写作平台` and the author link')
})

t.test('a UTC markup time within a relative time\'s unit is stated in the page\'s zone', async t => {
  t.equal(ownPage('zh-news', 'n438').result.article.published, '2023-06-13T01:20:00+08:00',
    'n438: `<time dateTime="2023-06-12T17:20:00.000Z">9小时前</time>` fetched at 10:40 in Changsha')
  const at = (shown: string): string | null => read('<html lang="zh-CN"><head><meta charset="utf-8"><title>长沙暴雨</title>' +
    '<meta property="article:published_time" content="2023-06-12T17:20:00.000Z"></head><body><h1>长沙暴雨致地下车库进水</h1>' +
    `<div class="info">${shown}</div>${TEXT}</body></html>`, '2023-06-13T10:40:00+08:00').published
  t.equal(at('<span class="time">9小时前</span>'), '2023-06-13T01:20:00+08:00')
  // (session 63: a machine's `…Z` time with nothing else in the page's zone is the instant its readers saw on their
  // clock, whatever relative time stands beside it: zh-blogs b159, b592)
  t.equal(at('<span class="time">3小时前</span>'), '2023-06-13T01:20:00+08:00', 'a relative time of another hour: the same')
  t.equal(at(''), '2023-06-13T01:20:00+08:00', 'no relative time: the same')
})

t.test('a site\'s own name, signed in its `<title>` and its copyright footer, is no injected brand', async t => {
  const n441 = ownPage('zh-news', 'n441').result.article
  t.same(n441.authors, ['沈一帆'], 'n441: the dispatch `跃动体育5月21日讯（特派记者 沈一帆 发自天津）` read whole')
  t.notOk(n441.removed.some(r => r.rule === 'spam-brand-injection'),
    'n441: `跃动体育` (`<title>… - 中超 - 跃动体育`, `Copyright © 2008-2016 yuedong.com 跃动体育 版权所有`) on a page with hidden spam')
  // the same page with its footer signed otherwise: the name is read as a brand, as before
  const dir = join(FIXTURES, 'zh-news', 'html')
  const html = readFileSync(join(dir, readdirSync(dir).find(f => f.startsWith('n441-')) ?? ''), 'utf8')
  const unsigned = html.replace('yuedong.com 跃动体育 版权所有', 'yuedong.com 版权所有')
  t.not(unsigned, html)
  t.ok(read(unsigned).removed.some(r => r.rule === 'spam-brand-injection' && r.text === '跃动体育'),
    'named only in the `<title>` on a page of hidden spam: a brand as before')
})
