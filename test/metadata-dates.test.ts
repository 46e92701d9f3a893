/** Issue #12, dates: Chinese shapes with and without time, Chinese numerals, Minguo years, zones. */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { parseDate, findDate, parseInfoLine } from '../src/metadata/index.js'
import { zhNumber } from '../src/text/date.js'
import { processPage } from '../src/pipeline.js'
import { readPublished } from '../src/metadata/readers/published.js'

const CN = { defaultOffset: '+08:00' }

t.test('Chinese and numeric shapes, with and without time', async t => {
  t.equal(parseDate('2005-5-7 21:23:57', CN), '2005-05-07T21:23:57+08:00')
  t.equal(parseDate('2005年5月7日', CN), '2005-05-07')
  t.equal(parseDate('2011年12月15日23:59 华声在线', CN), '2011-12-15T23:59:00+08:00')
  t.equal(parseDate('2012.01.12 02:09 pm', CN), '2012-01-12T14:09:00+08:00')
  t.equal(parseDate('民國101年1月12日'), '2012-01-12')
  t.equal(parseDate('2012-01-11 21:43 UTC+8'), '2012-01-11T21:43:00+08:00', 'a zone in the page wins')
})

t.test('dates in Chinese numerals', async t => {
  t.equal(parseDate('二〇〇五年五月七日'), '2005-05-07')
  t.equal(parseDate('发布于二零一二年十二月三十一日'), '2012-12-31')
  t.equal(parseDate('二〇一一年十月十日'), '2011-10-10')
  t.equal(findDate('会议于二〇〇五年五月七日召开')?.index, 3)
  t.equal(parseDate('二〇〇五年十三月七日'), null, 'no such month')
  t.same([zhNumber('二十'), zhNumber('十五'), zhNumber('九'), zhNumber('一九九九', true)], [20, 15, 9, 1999])
})

t.test('a line with no digit, no 年 and no colon holds no date and no info line (the patterns are not run)', async t => {
  for (const line of ['x', 'The council approved the budget.', '国务院常务会议召开', 'Posted Tuesday']) {
    t.equal(findDate(line), null, line)
    t.equal(parseInfoLine(line, null), null, line)
  }
  // each of the three is enough to be read
  t.equal(findDate('二〇二四年三月二十七日')?.iso, '2024-03-27', 'Chinese numerals: 年, no digit')
  t.equal(findDate('March 5, 2024')?.iso, '2024-03-05')
  t.same(parseInfoLine('责任编辑：郑莉莉', null)?.fields.map(f => f.value), ['郑莉莉'], 'a label: its colon')
  t.same(parseInfoLine('二〇二四年三月二十七日', null)?.dates.map(d => d.iso), ['2024-03-27'])
})

// WCXB dev (a blog's `<time datetime="02-12-2025">02-12-2025</time>` under the headline, published 2 December 2025)
t.test('dd-mm-yyyy with dashes is a numeric date: day first unless the page\'s order says otherwise', async t => {
  t.same(findDate('Posted 02-12-2025'), { iso: '2025-12-02', index: 7, length: 10, hasTime: false, ambiguous: true })
  t.equal(findDate('02-12-2025', { order: 'mdy' })?.iso, '2025-02-12')
  t.equal(findDate('25-09-2025')?.ambiguous, undefined, 'a day above 12 tells the order')
  t.equal(findDate('call 555-12-2025-1'), null, 'part of a longer run of numbers is no date')
  const html = '<html lang="en"><body><article><h1>Reflections on building a pixel-perfect UI pipeline</h1>' +
    '<p class="byline">Bence Kovács <time datetime="02-12-2025">02-12-2025</time></p>' +
    '<p>These are the extended notes from my talk in Bristol, covering the production pipeline of our interfaces, ' +
    'from the designers\' files to the code that draws every control on the screen at every scale.</p>'.repeat(3) +
    '</article></body></html>'
  t.equal(processPage({ content: html, url: 'https://example.com/blog/ui-pipeline' }).article.published, '2025-12-02')
})

// DAnIEL corpus page shapes (fragments): a date labelled by its element's id above a breadcrumb and a tool bar; a
// date in `<span id="cont_riqi">` under an `<h2>` headline whose `<title>` ends in `-《财经网》`, with a copy of the
// whole `<title>` at the top of the body; a `<title>` written `Site：Headline`.
t.test('the date beside the headline in header chrome: labelled by a date token, the headline found in the title',
  async t => {
    const zhBody = '<p>流感疫情持續升溫，流感死亡病例昨日再添兩例，分別為居住新北市五十八歲及七十一歲女性，兩人均未接種流感疫苗，' +
      '都有糖尿病等慢性病史，發病後分別因肺炎引起敗血性休克及多重器官衰竭死亡。</p>'.repeat(3)
    const toolbar = ['字型：', '∣', '看推薦', '∣', '發言', '∣', '列印', '∣', '轉寄'].map(x => `<td><a href="#">${x}</a></td>`).join('')
    const labelled = (id: string): string => '<html><head><title>自由電子報 - 流感再奪2命 累計20死</title></head><body>' +
      `<table><tr><td>首頁</td><td>&gt; 生活新聞</td><td id="${id}">2012-1-11</td>${toolbar}</tr></table>` +
      `<h1>流感再奪2命 累計20死</h1>${zhBody}</body></html>`
    t.equal(processPage({ content: labelled('date') }).article.published, '2012-01-11')
    t.equal(processPage({ content: labelled('visits') }).article.published, null,
      'an unlabelled date that far above the headline is no publication date')
    const cnBody = '<p>中证万融投资集团有限公司董事长赵丙贤，因以股票起家又主做投资银行业务，被业界称为“中国巴菲特”。' +
      '其妻子陆娟向法院提起离婚诉讼，并要求分割夫妻共同财产，孩子归自己抚养。</p>'.repeat(3)
    const riqi = '<html><head><title>“中国巴菲特”被指家暴 妻子要求离婚分割20亿-《财经网》</title></head><body>' +
      '<div style="display:none">“中国巴菲特”被指家暴 妻子要求离婚分割20亿-《财经网》</div><ul><li>设为首页</li></ul>' +
      '<h2 id="cont_title">“中国巴菲特”被指家暴 妻子要求离婚分割20亿</h2><span id="cont_riqi">本文来源于' +
      `<a href="http://www.example.com">《财经网》</a>　2012年01月12日 17:38</span>${cnBody}</body></html>`
    t.equal(processPage({ content: riqi }).article.published, '2012-01-12T17:38:00+08:00')
    const colon = '<html><head><title>中國評論新聞：“看病送火車票”　折射春運之殤</title></head><body><table><tr>' +
      '<td>“看病送火車票”　折射春運之殤</td></tr><tr><td>2012-01-11 11:05:39</td></tr></table>' +
      `${cnBody}</body></html>`
    t.equal(processPage({ content: colon }).article.published, '2012-01-11T11:05:39+08:00')
  })

const fixture = (name: string): string => readFileSync(new URL(`fixtures/metadata/${name}`, import.meta.url), 'utf8')

t.test('a JSON-LD date that is the only evidence and that the page never shows is no publication date', async t => {
  // an evergreen guide: JSON-LD dates it 2013, the page shows no date (the truth of such WCXB pages has none)
  const unshown = processPage({ content: fixture('jsonld-date-unshown.html'), format: 'html' }).article
  t.equal(unshown.title, 'How to Choose a Moving Company')
  t.equal(unshown.published, null, 'the copyright year is no date of the day')
  // the same page showing that day in a tag line under its headline
  const shown = processPage({ content: fixture('jsonld-date-shown.html'), format: 'html' }).article
  t.equal(shown.published, '2013-08-22T21:43:53+00:00')
  // another kind of evidence beside it: the JSON-LD date is taken as before
  const url = 'https://movers.example.com/2013/08/22/how-to-choose'
  t.equal(processPage({ content: fixture('jsonld-date-unshown.html'), format: 'html', url }).article.published,
    '2013-08-22T21:43:53+00:00', 'the URL\'s date (another kind), timed by the JSON-LD of that day')
  const options = { defaultOffset: null }
  const hints = [{ kind: 'json-ld', value: '2013-08-22T21:43:53+00:00' }]
  t.equal(readPublished({ hints, found: [], options }), '2013-08-22T21:43:53+00:00', 'a caller that cannot tell: as before')
  t.equal(readPublished({ hints, found: [], options, shows: () => false }), null)
  const found = [{ kind: 'updated-line', value: '2014-01-01' }]
  t.equal(readPublished({ hints, found, options, shows: day => day === '2014-01-01' }), '2014-01-01',
    'beside a date the page shows (an update), markup the page never shows is no evidence')
  t.equal(readPublished({ hints, found, options, shows: day => day === '2013-08-22' }), '2013-08-22T21:43:53+00:00',
    'markup whose day the page shows outranks the update as before')
})

t.test('hidden markup against the dates a page shows', async t => {
  // a review page (WCXB's shape): JSON-LD `datePublished` of the first draft, the page shows only its update
  const page = (shown: string): string => `<html><head><title>Best robot vacuums</title>
<script type="application/ld+json">{"@type":"Article","headline":"Best robot vacuums","datePublished":"2019-08-14T13:00:00Z"}</script>
</head><body><article><h1>Best robot vacuums</h1><p class="meta">${shown}</p>
<p>We tested twenty-two robot vacuums over six months in homes with pets, rugs and hard floors, and kept notes on every run.</p>
<p>The one we recommend cleaned edges best, found its dock every time and cost less than most of the others we tried.</p>
</article></body></html>`
  const updated = processPage({ content: page('Updated September 17, 2025'), format: 'html' }).article
  t.equal(updated.published?.slice(0, 10), '2025-09-17', 'the date the reader is shown')
  const both = processPage({ content: page('Published August 14, 2019 · Updated September 17, 2025'), format: 'html' }).article
  t.equal(both.published, '2019-08-14T13:00:00Z', 'the markup\'s date when the page shows it')
  // a numeric date of a page of no known locale reads both ways: the markup's day is its other reading
  const options = { defaultOffset: null }
  const hints = [{ kind: 'json-ld', value: '2024-09-10' }]
  const found = [{ kind: 'near-headline', value: '2024-10-09', ambiguous: true }]
  t.equal(readPublished({ hints, found, options, shows: day => day === '2024-10-09' }), '2024-09-10')
})

t.test('an English date written day first beside the headline (20 December 2025) is read', async t => {
  // a blog whose <h1> is its name, the headline in a <legend>, the date a bare line under it
  const page = fixture('date-day-first.html')
  t.equal(processPage({ content: page, format: 'html' }).article.published, '2025-12-20')
  t.equal(processPage({ content: page.replace('20 December 2025', '12th December, 2025'), format: 'html' }).article.published,
    '2025-12-12', 'an ordinal and a comma')
})

t.test('Minguo years without 民國, 元月, zone abbreviations', async t => {
  t.equal(parseDate('101年1月12日', CN), '2012-01-12', 'Taiwan pages write the Minguo year alone')
  t.equal(parseDate('發布時間：101年1月12日 下午 3:20', CN), '2012-01-12T15:20:00+08:00')
  t.equal(parseDate('共有123 2024年5月8日', CN), '2024-05-08', 'a number before a Gregorian date is no Minguo year')
  t.equal(parseDate('2012年元月12日', CN), '2012-01-12', '元月 is the first month')
  t.equal(parseDate('Jan. 12, 2012 10:20 a.m. EST', CN), '2012-01-12T10:20:00-05:00', 'a zone in the page wins')
  t.equal(parseDate('January 12, 2012 at 3:20 p.m. (PDT)'), '2012-01-12T15:20:00-07:00')
  t.equal(parseDate('12 January 2012 10:20 CEST'), '2012-01-12T10:20:00+02:00')
  t.equal(parseDate('January 12, 2012 10:20 PM ET', CN), '2012-01-12', 'ET is EST or EDT: the time goes, the date stays')
  t.equal(parseDate('2012年1月12日 10:20 CST', CN), '2012-01-12', 'CST names China\'s zone and the US Central one')
  t.equal(parseDate('January 12, 2012 10:20 et al.', CN), '2012-01-12T10:20:00+08:00', 'lower case is no zone')
  // RTHK writes the zone between the date and the time: the zone is the page's, and wins over the default
  t.equal(parseDate('2012-01-11 HKT 21:43', { defaultOffset: '-05:00' }), '2012-01-11T21:43:00+08:00', 'the zone before the time')
  t.equal(parseDate('2012-01-11 CST 21:43', CN), '2012-01-11', 'an ambiguous zone before the time: the time goes')
  t.equal(parseDate('2012-01-11 HKT 9:43 pm', CN), '2012-01-11', 'only a 24-hour clock after the zone')
})

t.test('zones written in words (data/date-zones.json `names`): after the time or before the date, on a line of dates', async t => {
  const none = { defaultOffset: null }
  t.equal(parseDate('2024年10月15日 09:32 香港時間', { defaultOffset: '-05:00' }), '2024-10-15T09:32:00+08:00', 'wins over the default')
  t.equal(parseDate('2024/10/15 09:32 台北時間', none), '2024-10-15T09:32:00+08:00')
  t.equal(parseDate('东京时间 2024年10月15日 09:32', none), '2024-10-15T09:32:00+09:00', 'before the date: its own offset')
  t.equal(parseDate('2024-10-15 09:32 (莫斯科时间)', none), '2024-10-15T09:32:00+03:00')
  t.equal(parseDate('2024-10-15 09:32 Beijing  Time', none), '2024-10-15T09:32:00+08:00', 'spaces and case loosely')
  t.equal(parseDate('2024-10-15 09:32 BJT', none), '2024-10-15T09:32:00+08:00')
  t.equal(findDate('2024年10月15日 星期二 09:32 香港時間')?.length, 26, 'the zone is part of the date as found')
  // a Hong Kong page's date line under the headline leaves the body (the zone's name was left over as text before)
  t.same(parseInfoLine('2024年10月15日 星期二 09:32 香港時間', '+08:00')?.dates, [{ iso: '2024-10-15T09:32:00+08:00', field: 'published' }])
})

t.test('a time after a bar, and The Guardian\'s dotted time before its zone', async t => {
  t.same(findDate('March 5th, 2024 | 10:20 am'), { iso: '2024-03-05', index: 0, length: 26, hasTime: true },
    'read over (no zone known: the day)')
  t.equal(parseDate('Tuesday 5 March 2024 10.20 GMT'), '2024-03-05T10:20:00+00:00')
  t.equal(parseDate('Tue 5 Mar 2024 18.05 BST'), '2024-03-05T18:05:00+01:00')
  t.same(findDate('March 5, 2024 10.20 percent of voters')?.length, 13, 'a dotted figure with no zone is no time')
  t.same(findDate('2024-03-05 10.20')?.hasTime, false)
  // a slash before the time, as in `Posted: Mar 5, 2025 / 09:30 AM EST / Updated: …`
  t.equal(parseDate('Mar 5, 2025 / 09:30 AM EST'), '2025-03-05T09:30:00-05:00')
  t.same(findDate('2025年3月5日 ／ 09:30'), { iso: '2025-03-05', index: 0, length: 17, hasTime: true },
    'read over (the zone comes with the page\'s language)')
  t.same(findDate('Mar 5, 2025 / 3 min read')?.hasTime, false, 'a figure after the slash is no time')
})

t.test('a time with its zone written before the date (`Updated 3:45 PM EST, Tue March 5, 2024`)', async t => {
  t.equal(parseDate('Updated 3:45 PM EST, Tue March 5, 2024'), '2024-03-05T15:45:00-05:00')
  t.equal(parseDate('12:05 a.m. PST Wednesday, March 6, 2024'), '2024-03-06T00:05:00-08:00')
  t.same(findDate('Published 2:20 p.m. ET, March 5, 2024'), { iso: '2024-03-05', index: 10, length: 27, hasTime: false },
    'a zone of several offsets: the time is read over and dropped, the date kept')
  t.equal(findDate('Chapter 3:45 March 5, 2024')?.index, 13, 'a clock needs its half of the day and its zone')
  const P = 'Councillors voted to approve a network of new cycle lanes across the town centre, despite the objections.'
  const page = (line: string): ReturnType<typeof processPage>['article'] => processPage({
    content: `<html><body><article><h1>Council approves new cycle lanes</h1><div>${line}</div><p>${P}</p>` +
      `<p>${P.replace('Councillors', 'Members')}</p></article></body></html>`,
    format: 'html'
  }).article
  const a = page('Published 2:20 PM EST, Tue March 5, 2024')
  t.same([a.published, a.body.length], ['2024-03-05T14:20:00-05:00', 2], 'the timestamp line leaves the body')
  t.equal(page('Updated 3:45 PM EST, March 5, 2024').body.length, 2, 'so does an update\'s')
})

t.test('a date line with the reading time beside it is a line of dates (`Mar 5, 2024 · 5 min read`)', async t => {
  t.same(parseInfoLine('March 5, 2024 · 5 min read', null)?.dates.map(d => d.iso), ['2024-03-05'])
  t.same(parseInfoLine('Mar 5, 2024 · 5-minute read', null)?.dates.map(d => d.iso), ['2024-03-05'])
  t.equal(parseInfoLine('March 5, 2024 · 5 readers wrote in', null), null, 'other words keep it a sentence')
})

t.test('the lunar date beside the Gregorian one leaves a line of dates (`2024年10月15日 星期二 农历九月十三`)', async t => {
  t.same(parseInfoLine('2024年10月15日 星期二 农历九月十三', CN)?.dates.map(d => d.iso), ['2024-10-15'])
  t.same(parseInfoLine('2024年2月10日 農曆甲辰年正月初一', CN)?.dates.map(d => d.iso), ['2024-02-10'])
  t.equal(parseInfoLine('2024年10月15日 农历九月十三，县里召开了会议', CN), null, 'a sentence after it stays one')
})
