/**
 * Issue #12, text pages: the info line of many Chinese news templates prints the medium beside the date with no
 * `来源：` label (`2012年01月17日 09:30　新华社`, `2012年01月12日15:57凤凰网`, `新京报 2012-01-17`). Found by
 * `npm run eval:text` (daniel-zh text laid out as scrapers keep it): such pages had no date at all.
 */
import t from 'tap'
import { parseInfoLine } from '../src/text/fields.js'
import { processPage } from '../src/pipeline.js'
import { cleanTitle } from '../src/metadata/title.js'

const BODY = '国家统计局17日发布数据，2011年国内生产总值比上年增长9.2%，经济运行总体良好，物价涨幅得到控制。\n' +
  '记者从有关部门获悉，今年将继续实施积极的财政政策和稳健的货币政策，保持经济平稳较快发展，稳定就业。'
const CN = '+08:00'

t.test('a date with a medium beside it and no label is an info line: the date, and the medium as source', async t => {
  t.same(parseInfoLine('2012年01月17日 09:30　新华社', CN), {
    fields: [{ field: 'source', label: '', value: '新华社' }], dates: [{ iso: '2012-01-17T09:30:00+08:00', field: 'published' }]
  })
  t.same(parseInfoLine('2012年01月12日15:57凤凰网', CN)?.fields[0]?.value, '凤凰网', 'glued')
  t.same(parseInfoLine('新京报 2012-01-17', CN)?.dates, [{ iso: '2012-01-17', field: 'published' }], 'medium first')
  t.same(parseInfoLine('2012年01月17日 星期二 羊城晚报', CN)?.fields[0]?.value, '羊城晚报', 'with the weekday')
  // sina.com.tw and pts.org.tw: the date in brackets beside the medium; Taiwan's broadcasters end in 視
  t.same(parseInfoLine('民視 (2012-01-17 14:55)', CN), {
    fields: [{ field: 'source', label: '', value: '民視' }], dates: [{ iso: '2012-01-17T14:55:00+08:00', field: 'published' }]
  })
  t.same(parseInfoLine('台灣醒報 (2012-01-17 16:31)', CN)?.fields[0]?.value, '台灣醒報', 'in brackets')
  t.equal(parseInfoLine('民視 (2012-01-17 14:55) 台北', CN), null, 'a place beside it too')
})

t.test('a date with anything else beside it is no info line', async t => {
  for (const line of ['2012年1月17日 北京', '2012年1月17日 发生地震', '2012年1月17日 新闻', '2012年1月17日，国家统计局发布数据',
    '新华社 2012年1月17日 北京电']) {
    t.equal(parseInfoLine(line, CN), null, line)
  }
})

t.test('on a text page: the date and source are read, the line leaves the body, the headline is the title', async t => {
  const { article } = processPage({ content: `国家统计局发布2011年经济数据\n2012年01月17日 09:30　新华社\n${BODY}`, format: 'text' })
  t.equal(article.title, '国家统计局发布2011年经济数据')
  t.equal(article.published, '2012-01-17T09:30:00+08:00')
  t.equal(article.source, '新华社')
  t.same(article.body.map(b => b.text), BODY.split('\n'))
})

t.test('a site suffix after a headline that ends in ！ or ？ goes (电动自行车这样充电才安全！--东方网)', async t => {
  t.equal(cleanTitle('电动自行车这样充电才安全！--东方网'), '电动自行车这样充电才安全！')
  t.equal(cleanTitle('你知道吗？--新浪新闻'), '你知道吗？')
  t.equal(cleanTitle('北京-上海高铁'), '北京-上海高铁', 'a dash inside a title stays')
  // a headline that ends in a figure or a tag (RTHK's and rednet's daniel-zh headlines, laid out by eval:text)
  t.equal(cleanTitle('大 連 港 料 去 年 盈 利 最 少 跌 15%--环球网'), '大 連 港 料 去 年 盈 利 最 少 跌 15%')
  t.equal(cleanTitle('京港澳雨花收费站大堵车 目前已疏通[图]--环球网'), '京港澳雨花收费站大堵车 目前已疏通[图]')
  t.equal(cleanTitle('2011--2012年度报告'), '2011--2012年度报告', 'a range of years is no site suffix')
})
