/**
 * Issue #12: a newspaper site's issue bar dates a story that prints no time of its own (src/parse/html/issue-date.ts).
 * The pages are short excerpts of the shape of a Macau daily's site (zh-news n153 of session 38's unseen round) and of
 * mainland e-paper templates, written for the test.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const P = '<p>　　工務局昨日（七日）表示，台山中街行人道擴闊工程將於下月動工，工期約半年，分三階段進行，' +
  '施工期間會盡量減少對居民的影響，並安排臨時行人通道。</p>'
const HEADLINE = '台山中街行人道擴闊工程下月動工'
const page = (bar: string, extra = ''): string =>
  '<html><head><meta charset="utf-8"><title>鏡海日報 - 澳聞</title></head><body>' +
  `<div class="top">${bar}</div><ul class="pages">${PAGES}</ul>` +
  `<div class="news"><h1>${HEADLINE}</h1>${extra}${P}${P}${P}</div></body></html>`
/** The day's page list between the bar and the headline, as the site prints it: the bar stands far from them. */
const PAGES = ['要聞', '澳聞', '社會', '教育', '經濟', '中國', '國際', '體育', '娛樂', '副刊']
  .map((s, i) => `<li><a href="page.php?p=A0${i + 1}">A0${i + 1}　${s}</a></li>`).join('')
const published = (html: string): string | null => processPage({ content: Buffer.from(html), format: 'html' }).article.published

t.test('the issue bar: the print page beside the issue\'s date', async t => {
  const select = '往日報章：<select><option value="20160308" selected>2016-03-08</option>' +
    '<option value="20160307">2016-03-07</option></select>'
  t.equal(published(page(`<div class="issue"><b>2016年3月8日　星期二</b><b>A05　澳聞</b>${select}</div>`)), '2016-03-08')
  t.equal(published(page('<p>2016年03月08日 星期二　第A05版：要闻</p>')), '2016-03-08', 'a mainland e-paper\'s bar')
  t.equal(published(page('<td>第5版 2016-03-08</td>')), '2016-03-08')
})

t.test('a calendar of past issues right above the headline dates nothing', async t => {
  const bar = '<div class="issue"><b>2016年3月8日　星期二</b>往日報章：<select><option value="20160307">2016-03-07</option>' +
    '</select></div>'
  const html = `<html><head><meta charset="utf-8"><title>鏡海日報</title></head><body>${bar}<h1>${HEADLINE}</h1>${P}${P}</body></html>`
  t.equal(published(html), '2016-03-08', 'the bar\'s own date, not a `<select>`\'s option')
})

t.test('what is no issue bar', async t => {
  t.equal(published(page('<div>今天是2016年3月8日 星期二　A05</div>')), null, 'the day the page is served')
  // a date the page shows beside the headline outranks the issue
  t.equal(published(page('<div class="issue">2016年3月8日　A05　澳聞</div>', '<p>2016-03-07 21:30</p>')),
    '2016-03-07T21:30:00+08:00')
})
