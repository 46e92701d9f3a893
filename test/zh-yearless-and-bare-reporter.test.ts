/**
 * Issue #12, Chinese info lines of two shapes the development pages do not hold (`npm run eval:text` lays them out as
 * the `yearless-date` and `date-source-reporter` layouts):
 * - a day without its year and its clock time (`10-15 09:32 来源：新华网`, `10月15日 09:32`), as templates print this
 *   year's pages: read against the fetch time, else the page's own latest full date, like `3天前`;
 * - the reporter after the medium with no role word (`2024-10-15 09:32 宁夏日报 马小红`), only a name of a common
 *   surname that is no dictionary word (`人民网 高清` is HD).
 */
import t from 'tap'
import { findRelativeDate, resolveRelativeDate } from '../src/text/index.js'
import { parseInfoLine, readBareInfo } from '../src/text/fields.js'
import { processPage } from '../src/pipeline.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const CN = '+08:00'
const BODY = '10月13日上午，2024年全民健身运动会在市体育中心开幕，来自全市各县区的2000余名运动员参加开幕式。\n' +
  '本届运动会共设田径、游泳、篮球、乒乓球、羽毛球等12个比赛项目，比赛将持续至11月底，参赛人数比上届增加了三成。'

const yearless = (text: string, reference: string, offset: string | null = CN): string | null => {
  const rel = findRelativeDate(text)
  return rel === null ? null : resolveRelativeDate(rel, reference, offset)
}

t.test('a day and clock time without the year: the last such day on or before the reference', async t => {
  t.equal(yearless('10-15 09:32', '2024-10-18T03:00:00Z'), '2024-10-15T09:32:00+08:00')
  t.equal(yearless('10月15日 09:32', '2024-10-18'), '2024-10-15T09:32:00+08:00', 'a day as reference, the page\'s zone')
  t.equal(yearless('10-15 09:32:11', '2024-10-18', null), '2024-10-15', 'no zone known: the day')
  t.equal(yearless('12-30 23:10', '2025-01-03T02:00:00Z'), '2024-12-30T23:10:00+08:00', 'across the new year')
  t.equal(yearless('02-29 10:00', '2023-03-01'), null, 'a day its year does not have')
  t.equal(findRelativeDate('10月15日'), null, 'without its clock time, a heading of a chronology')
  // days and hours ago in one (NexusPHP, zh-blogs b260 of session 43's unseen round)
  t.equal(yearless('2天22时前', '2019-03-17T20:05:13+08:00'), '2019-03-14T22:05:13+08:00')
  t.equal(findRelativeDate('比分10-15'), null, 'a score')
  t.equal(findRelativeDate('2024-10-15 09:32'), null, 'a full date is findDate\'s')
  t.equal(findRelativeDate('2024年10月15日 09:32'), null)
  t.equal(findRelativeDate('13-45 09:32'), null, 'no month 13')
})

t.test('the info line takes it as its date: labelled, after a label, or beside a medium', async t => {
  t.same(parseInfoLine('10-15 09:32 来源：新华网', CN), {
    fields: [{ field: 'source', label: '来源', value: '新华网' }], dates: [], relatives: ['10-15 09:32']
  })
  t.same(parseInfoLine('发布时间：10月15日 09:32', CN)?.relatives, ['10月15日 09:32'])
  t.same(parseInfoLine('10-15 09:32 新华网', CN)?.fields, [{ field: 'source', label: '', value: '新华网' }])
  t.same(parseInfoLine('10-15 09:32', CN), { fields: [], dates: [], relatives: ['10-15 09:32'] })
  t.equal(parseInfoLine('10-15 09:32 比赛开始', CN), null, 'prose beside it')
  t.equal(parseInfoLine('更新时间：10-15 09:32', CN), null, 'an update\'s day is not read without its year')
})

t.test('on a text page: the line leaves the body, dated against the fetch time', async t => {
  const page = `我市举办全民健身运动会\n10-15 09:32　来源：新华网\n${BODY}`
  const fetched = processPage({ content: page, format: 'text', fetchedAt: '2024-10-18T02:00:00Z' }).article
  t.equal(fetched.published, '2024-10-15T09:32:00+08:00')
  t.equal(fetched.source, '新华网')
  t.same(fetched.body.map(b => b.text), BODY.split('\n'))
  const unfetched = processPage({ content: page, format: 'text' }).article
  t.equal(unfetched.published, null, 'no reference: no year, no date (never the clock\'s)')
  t.same(unfetched.body.map(b => b.text), BODY.split('\n'), 'the line leaves the body all the same')
  const nextYear = processPage({ content: page.replace('10-15', '12-30'), format: 'text', fetchedAt: '2025-01-02' })
  t.equal(nextYear.article.published, '2024-12-30T09:32:00+08:00', 'fetched in January: last year\'s December')
})

t.test('on an HTML page: the URL\'s day gains the time the line states', async t => {
  const html = '<html><head><meta charset="utf-8"><title>我市举办全民健身运动会-某某新闻网</title></head><body>' +
    '<div class="nav"><a href="/">首页</a></div><div class="article"><h1>我市举办全民健身运动会</h1>' +
    '<div class="info">10月15日 09:32 来源：新华网</div><div class="text">' +
    BODY.split('\n').map(p => `<p>${p}</p>`).join('') + '<p>市体育局负责人表示，将以此次运动会为契机，推动全民健身和全民健康深度融合。</p>' +
    '</div></div></body></html>'
  const { article } = processPage({ content: html, format: 'html', url: 'https://news.example.cn/2024/10/15/a.html' })
  t.equal(article.published, '2024-10-15T09:32:00+08:00')
  t.equal(article.source, '新华网')
  t.notOk(article.body.some(b => b.text.includes('09:32')))
})

t.test('a reporter after the medium with no role word: a name of a common surname that is no word', async t => {
  const read = (line: string): { date?: string, source?: string, names?: string } | null => {
    const bare = readBareInfo(line, CN)
    if (bare === null) return null
    const { date, ...rest } = bare
    return { date: date.iso, ...rest }
  }
  t.same(read('2024-10-15 09:32 宁夏日报 马小红'), { date: '2024-10-15T09:32:00+08:00', source: '宁夏日报', names: '马小红' })
  t.same(read('2024-10-15 宁夏日报 马小红 王晓东')?.names, '马小红 王晓东')
  t.same(read('2024-10-15 人民网 高清'), { date: '2024-10-15', source: '人民网' }, '高清 (HD) is a word')
  t.same(read('2024-10-15 羊城晚报 韩文'), { date: '2024-10-15', source: '羊城晚报' }, '韩文 (Korean) is a word')
  t.same(read('2024-10-15 新华社 北京')?.names, undefined, 'a place, no common surname')
  t.equal(read('2024-10-15 全市 马小红'), null, 'no medium before the name')
  t.same(read('2024-10-15 宁夏日报 马小红说'), { date: '2024-10-15', source: '宁夏日报' }, 'no name: a verb glued on')
  t.same(read('2024-10-15 某某日报 记者 张三 李四')?.names, '张三 李四', 'after the role word any name is read')

  const text = processPage({ content: `我市举办全民健身运动会\n2024-10-15 09:32　宁夏日报　马小红\n${BODY}`, format: 'text' }).article
  t.same([text.published, text.source, text.authors], ['2024-10-15T09:32:00+08:00', '宁夏日报', ['马小红']])
  t.same(text.body.map(b => b.text), BODY.split('\n'))
})

t.test('beside the headline outside the article\'s container, the HTML front end reads it', async t => {
  const html = (info: string): string => '<html><head><meta charset="utf-8"><title>我市举办全民健身运动会</title></head><body>' +
    `<div class="head"><h1>我市举办全民健身运动会</h1><div class="info">${info}</div></div><div class="content">` +
    BODY.split('\n').map(p => `<p>${p}</p>`).join('') + '<p>市体育局负责人表示，将推动全民健身和全民健康深度融合。</p></div></body></html>'
  const a = processPage({ content: html('2024-10-15 09:32 宁夏日报 马小红'), format: 'html' }).article
  t.same([a.source, a.authors], ['宁夏日报', ['马小红']])
  const medium = processPage({ content: html('2012年01月17日 09:30　新华社'), format: 'html' }).article
  t.equal(medium.source, '新华社', 'a date and a medium alone')
  const word = processPage({ content: html('2024-10-15 人民网 高清'), format: 'html' }).article
  t.same([word.source, word.authors], ['人民网', []])
})

t.test('Taiwan\'s order: the medium and the reporter before the date, a weekday (週二) before the time', async t => {
  const bare = readBareInfo('中時新聞網 王曉明 2024年10月15日 週二 下午3:20', CN)
  t.same([bare?.date.iso, bare?.source, bare?.names], ['2024-10-15T15:20:00+08:00', '中時新聞網', '王曉明'])
  t.equal(readBareInfo('今天 王曉明 2024年10月15日', CN), null, 'no medium before the name')
  t.equal(readBareInfo('中時新聞網 2024年10月15日 記者會召開', CN), null, 'the date neither first nor last')
  const text = processPage({ content: `我市举办全民健身运动会\n中時新聞網 王曉明 2024年10月15日 週二 下午3:20\n${BODY}`, format: 'text' })
  t.same([text.article.published, text.article.source, text.article.authors],
    ['2024-10-15T15:20:00+08:00', '中時新聞網', ['王曉明']])
  t.same(text.article.body.map(b => b.text), BODY.split('\n'))
})

t.test('a Taiwan reporter\'s byline after the date, a font-size switcher\'s label after it', async t => {
  // zh-news n128 of session 37's unseen round: `<td class="news_title">` over `<td class="news_info">2010/09/21 17:35
  // 記者張雅琪∕台南報導　字級：<a>大</a> <a>中</a> <a>小</a></td>`, no `<h1>` and no labelled info line
  const bare = readBareInfo('2010/09/21 17:35　記者張雅琪∕台南報導　字級：', CN)
  t.equal(bare?.names, '張雅琪')
  t.equal(readBareInfo('2010/09/21 17:35　記者張雅琪／台南報導', CN)?.names, '張雅琪')
  t.equal(readBareInfo('2010/09/21 17:35　台南報導', CN), null, 'no reporter')
  const a = processPage({
    content: readFileSync(join(import.meta.dirname, 'fixtures', 'zh-news', 'html', 'n128-tw-radio-news-2010-big5.html')),
    format: 'html'
  }).article
  t.equal(a.title, '文旦盛產價格崩　麻豆農會推宅配搶中秋商機'.replace('　', ' '))
  t.equal(a.published?.slice(0, 10), '2010-09-21')
  t.same(a.authors, ['張雅琪'])
})
