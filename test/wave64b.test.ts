/**
 * Session 64's second unseen wave: each class on the page that showed it and on the reader alone. Writers: an opening
 * paragraph's dispatch and reporters glued to the report's verb, an editor's pinyin login in the author slot, a
 * comment link's brackets after a name, an author card's one link, a reviewed book's author, a mail's sender. Titles:
 * a category's link and colon in a thread's heading, a mailing list's tag. Dates: the header's day in a cell beside the
 * menu, a Taiwan portal's `新聞來源` label. A search snapshot's highlight inside a Chinese headline.
 */
import t from 'tap'
import { parseInfoLine } from '../src/text/fields.js'
import { cleanTitle } from '../src/metadata/title.js'
import { reviewedAuthors } from '../src/parse/html/meta/json-ld.js'
import { headingText } from '../src/parse/html/headings.js'
import { parseTree, bodyOf } from '../src/parse/html/tree.js'
import { isElement } from '../src/parse/html/dom.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '鰂魚涌一帶的誘蚊產卵器指數上月急升至百分之二十九，食環署昨日表示會加強滅蚊工作，並呼籲市民清除積水及妥善處理垃圾。'
const PARA2 = '食環署發言人表示，署方已在區內加派人手巡查，並會向屋苑管理處發出通知，提醒住戶注意家居環境衞生，預防蚊患。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, head: string, body: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`,
  format: 'html'
}).article
const text = (lines: string[]): Article => processPage({ content: lines.join('\n\n'), format: 'text' }).article
const page = (set: string, id: string): Article => ownPage(set, id).result.article

t.test('an opening paragraph\'s dispatch and reporters, glued to the report\'s verb', async t => {
  t.same(text(['鰂魚涌誘蚊指數急升', `【大光報訊】記者鄭穎芝、梁浩賢報道：${PARA}`, PARA2]).authors, ['鄭穎芝', '梁浩賢'])
  t.same(text(['麦收进度过七成', `华夏国际消息（新闻30分）：据本台记者孙赟、高喆报道，${PARA}`, PARA2]).authors, ['孙赟', '高喆'])
  t.same(text(['麦收进度过七成', `据记者了解，${PARA}`, PARA2]).authors, [], '`据记者了解`: no names')
  t.same(text(['麦收进度过七成', `据新华社报道，${PARA}`, PARA2]).authors, [], 'an agency\'s report: no reporter')
  t.same(page('zh-news', 'n522').authors, ['鄭穎芝', '梁浩賢'], 'n522: `【大光報訊】記者…報道：`')
  t.same(page('zh-news', 'n524').authors, ['孙赟', '高喆'], 'n524: over the editor\'s pinyin login in the author meta')
  const login = html('中秋游园会', '<meta name="author" content="zhouyue">', `<h1>中秋游园会</h1><p>${PARA}</p><p>${PARA2}</p>`)
  t.same(login.authors, ['zhouyue'], 'a login alone, no credit in Han: stays, as before')
})

t.test('a credit\'s furniture: a comment link\'s brackets, an author card\'s other lines, a reviewed book', async t => {
  t.same(parseInfoLine('作者：汇商网记者 张喆　【我要评论】　字号：大 中 小', {})?.fields.find(f => f.field === 'author')?.value,
    '汇商网记者 张喆')
  t.same(page('zh-org', 'o291').authors, ['张喆'], 'o291: a B2B portal\'s info line')
  t.same(page('zh-blogs', 'b626').authors, ['橘子汽水wen'], 'b626: the card\'s one link, not its city')
  t.same(page('zh-blogs', 'b630').authors, ['wuyu_hz'], 'b630: a thread\'s repeated poster cells are no card')
  t.same(reviewedAuthors({ '@type': 'Review', itemReviewed: { '@type': 'Book', author: { name: '许慕白' } } }), ['许慕白'])
  t.same(reviewedAuthors({ '@type': 'Article', author: { name: '青苔上的猫' } }), [], 'no reviewed item')
  t.same(page('zh-blogs', 'b625').authors, ['青苔上的猫'], 'b625: the review\'s writer, not the book\'s')
})

t.test('a mail\'s sender, a mailing list\'s tag', async t => {
  t.same(parseInfoLine('From: 林育賢 <yuhsien.lin@example.org>', {})?.fields, [{ field: 'author', label: 'From', value: '林育賢' }])
  t.same(parseInfoLine('From: Reuters', {})?.fields, [{ field: 'source', label: 'From', value: 'Reuters' }], 'a source')
  t.equal(cleanTitle('[tnlug] 幫老爸裝 Debian'), '幫老爸裝 Debian')
  t.equal(cleanTitle('[心得] 離開竹科半年後的生活'), '[心得] 離開竹科半年後的生活', 'a writer\'s tag stays')
  t.equal(cleanTitle('[Update] New release notes'), '[Update] New release notes', 'an English word in brackets stays')
  const b633 = page('zh-blogs', 'b633')
  t.equal(b633.title, '幫老爸的 Pentium 166 裝 Debian：xcin 輸入法跟字型的問題請教', 'b633: MHonArc\'s `[tnlug]` off')
  t.same(b633.authors, ['林育賢'], 'b633: the mail header\'s sender')
})

t.test('a category\'s link and colon in a thread\'s heading', async t => {
  t.equal(page('zh-blogs', 'b631').title, '新馬路永樂戲院門口寫生小記：大風、人多，仲有一隻唔肯走嘅貓', 'b631: Vanilla 1')
  const heading = (h1: string): string | null => html('澳門城市速寫會 討論區', '', `${h1}<p>${PARA}</p><p>${PARA2}</p>`).title
  t.equal(heading('<h1><a href="./?CategoryID=3">活動報告</a>: 新馬路永樂戲院門口寫生小記</h1>'), '新馬路永樂戲院門口寫生小記')
  t.equal(heading('<h1><a href="./?CategoryID=3">活動報告</a> 新馬路永樂戲院門口寫生小記</h1>'),
    '活動報告 新馬路永樂戲院門口寫生小記', 'no colon: the link is the heading\'s words')
})

t.test('the header\'s day beside the menu, a portal\'s news source label', async t => {
  t.same(parseInfoLine('新聞來源：台灣新聲報　　更新日期：2006/04/11 04:12', {})?.fields.map(f => f.field), ['source', 'updated'])
  t.equal(page('zh-news', 'n521').published?.slice(0, 10), '2006-04-11', 'n521: not the header\'s 12th beside the menu')
  t.equal(page('zh-org', 'o290').published?.slice(0, 10), '2007-06-14', 'o290: a date header in a column beside a sidebar stays')
  const header = (cell: string): string | null => html('東勢林場週末湧進萬六遊客', '',
    '<table><tr><td class="nav"><a href="/">首頁</a>｜<a href="/a">即時</a>｜<a href="/b">政治</a>｜<a href="/c">生活</a>｜' +
    `<a href="/d">國際</a></td><td class="date_bar">${cell}</td></tr></table>` +
    `<h1>東勢林場週末湧進萬六遊客</h1><p>${PARA}</p><p>${PARA2}</p>`).published
  t.equal(header('2006年4月12日 星期三'), null, 'the day beside the menu dates no article')
})

t.test('a search snapshot\'s highlight inside a Chinese headline', async t => {
  const h1 = (inner: string): string => {
    const el = bodyOf(parseTree(`<html><body><h1>${inner}</h1></body></html>`)).children.find(isElement)
    return el === undefined ? '' : headingText(el)
  }
  t.equal(h1('公司顺利通过<b>CCC认证</b>年度工厂监督检查'), '公司顺利通过CCC认证年度工厂监督检查', 'no space after a Han character')
  t.equal(h1('Alternatives<span>Top Picks</span>'), 'Alternatives Top Picks', 'between Latin words, as before')
  t.equal(page('zh-org', 'o293').title, '公司顺利通过CCC认证年度工厂监督检查', 'o293: a Sogou snapshot\'s `<b>` highlight')
})
