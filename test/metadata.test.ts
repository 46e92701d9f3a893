/**
 * The metadata stage alone: date parser, title cleaner, info lines, names, datelines, hints from the HTML front end.
 */
import t from 'tap'
import { readZhByline } from '../src/text/zh-byline.js'
import { readFileSync } from 'node:fs'
import { parseDate, findDate, monthDay, cleanTitle, parseInfoLine, splitNames, readMetadata, defaultOffsetFor, isTitleLike } from '../src/metadata/index.js'
import type { Candidate, Draft } from '../src/draft.js'
import { processPage } from '../src/pipeline.js'
import { parseHtml } from '../src/parse/html/index.js'
import { wholeTitle } from '../src/metadata/title.js'
import { readDatelineText } from '../src/metadata/readers/dateline.js'

const P = (text: string, evidence?: Candidate[
  'evidence'
]): Candidate => evidence === undefined ? { type: 'paragraph', text } : { type: 'paragraph', text, evidence }
const draft = (blocks: Candidate[], hints: Draft[
  'hints'
] = {}, url?: string): Draft => ({ format: 'text', blocks, removed: [], hints, url })
const BODY = 'The provincial government opened a new data centre on Thursday, which will host the government cloud platform.'

t.test('parseDate: the forms of Chinese and English news pages', async t => {
  const cn = { defaultOffset: '+08:00' }
  const cases: Array<[string, string | null, object?]> = [
    ['2022.07.25', '2022-07-25'],
    ['2023-04-09', '2023-04-09'],
    ['2021-11-26 16:24', '2021-11-26T16:24:00+08:00', cn],
    ['2021-11-26 16:24', '2021-11-26'],
    ['2022年7月25日', '2022-07-25'],
    ['2022年07月25日 10:30', '2022-07-25T10:30:00+08:00', cn],
    ['2022年07月25日10时30分', '2022-07-25T10:30:00+08:00', cn],
    ['2022/07/25', '2022-07-25'],
    ['July 24, 2022', '2022-07-24'],
    ['Jul. 24, 2022', '2022-07-24'],
    ['24 July 2022', '2022-07-24'],
    ['Sept. 3rd, 2021', '2021-09-03'],
    ['Monday, 25 Jul 2022 10:30:00 +0800', '2022-07-25T10:30:00+08:00'],
    ['2022-07-25T10:30:00+09:00', '2022-07-25T10:30:00+09:00', cn],
    ['2022-07-25T02:30:00Z', '2022-07-25T02:30:00Z', cn],
    ['2022-07-25T10:30:00', '2022-07-25T10:30:00+08:00', cn],
    ['July 25, 2022 3:05 pm', '2022-07-25T15:05:00+08:00', cn],
    ['July 25, 2022 12:05 am', '2022-07-25T00:05:00+08:00', cn],
    ['2022-07-25 08:00 GMT', '2022-07-25T08:00:00+00:00'],
    ['2022-07-25 08:00 UTC+8', '2022-07-25T08:00:00+08:00'],
    ['北京时间2022年7月25日 10:30', '2022-07-25T10:30:00+08:00'],
    ['2022-02-30', null],
    ['2022-13-01', null],
    ['1850-01-01', null],
    ['in 2022 the city', null],
    ['', null]
  ]
  for (const [input, want, opts] of cases) t.equal(parseDate(input, opts), want, input)
  const f = findDate('来源:中国新闻网 2021-11-26 16:24 /', cn)
  t.same(f, { iso: '2021-11-26T16:24:00+08:00', index: 9, length: 16, hasTime: true })
})

t.test('monthDay: dateline dates take their year from the publication date', async t => {
  t.equal(monthDay('April 8', '2023-04-09'), '2023-04-08')
  t.equal(monthDay('11月26日', '2021-11-26T16:24:00+08:00'), '2021-11-26')
  t.equal(monthDay('Dec. 31', '2023-01-02'), '2022-12-31')
  t.equal(monthDay('June 24', null), null)
  t.equal(monthDay('June 24, 2020', null), '2020-06-24')
  t.equal(monthDay('2020年6月24日', null), '2020-06-24')
  t.equal(monthDay('Feb 30', '2023-03-01'), null)
  t.equal(monthDay('yesterday', '2023-03-01'), null)
})

t.test('cleanTitle: site-name suffixes off, the title itself untouched', async t => {
  const cases: Array<[string, string | null, string?]> = [
    ['Forum held in Beijing - China News Network', 'Forum held in Beijing'],
    ['报告:中国不断加强数字政府建设-中新网', '报告:中国不断加强数字政府建设'],
    ['Digital government forum | Example Site', 'Digital government forum', 'Example Site'],
    ['Digital government forum | Example Site', 'Digital government forum'],
    [
      'Talks end | what the two sides agreed and what comes next',
      'Talks end | what the two sides agreed and what comes next'
    ],
    ['数字政府建设峰会开幕_新浪新闻', '数字政府建设峰会开幕'],
    // a section's name between the headline and the site's goes with the site's; a subtitle, a part's number, or
    // a section-like tail with no site after it stays
    ['Forum opens - Politics - China Daily', 'Forum opens'],
    ['Storm hits coast - World news - The Valley Post', 'Storm hits coast'],
    ['How to bake - A guide - Food Network', 'How to bake - A guide'],
    ['Pumpkin soup - Part 2 - Food Network', 'Pumpkin soup - Part 2'],
    ['Storm hits coast - Politics', 'Storm hits coast - Politics'],
    ['Storm hits coast - Politics of fear - China Daily', 'Storm hits coast - Politics of fear'],
    ["China's economy grows - Xinhua", "China's economy grows"],
    ['Example Site | Digital government forum', 'Digital government forum', 'Example Site'],
    [
      'The 5th Digital China Construction Summit (Digital Anti -Epidemic) Forum was held in Fuzhou',
      'The 5th Digital China Construction Summit (Digital Anti -Epidemic) Forum was held in Fuzhou'
    ],
    ['Talks end - what next for the region', 'Talks end - what next for the region'],
    ['  spaced\u00a0 title  ', 'spaced title'],
    ['   ', null]
  ]
  for (const [input, want, site] of cases) t.equal(cleanTitle(input, site, ['Xinhua']), want, input)
  t.equal(cleanTitle(undefined), null)
  t.equal(cleanTitle(null), null)
})

t.test('parseInfoLine: labelled fields, several on a line, dates inside values', async t => {
  t.same(parseInfoLine('Author:Internet information Tianjin Time:2022.07.25', null), {
    fields: [{ field: 'author', label: 'Author', role: undefined, value: 'Internet information Tianjin' }, { field: 'published', label: 'Time', role: undefined, value: '2022-07-25' }],
    dates: [{ iso: '2022-07-25', field: 'published' }]
  })
  const src = parseInfoLine('来源:中国新闻网 2021-11-26 16:24 /', '+08:00')
  t.same(src?.fields.map(f => [f.field, f.value]), [['source', '中国新闻网']])
  t.same(src?.dates, [{ iso: '2021-11-26T16:24:00+08:00', field: 'published' }])
  const bar = parseInfoLine('发布时间：2023-03-15 09:30:12 来源：市政府办公室 浏览次数：1234', '+08:00')
  t.same(bar?.fields.map(f => [f.field, f.value]), [[
    'published', '2023-03-15T09:30:12+08:00'
  ], ['source', '市政府办公室'], ['ignore', '1234']])
  t.same(parseInfoLine('[Editor in charge: Wang Mengmeng]', null)?.fields.map(f => [f.role, f.value]), [[
    'editor in charge', 'Wang Mengmeng'
  ]])
  t.same(parseInfoLine('编辑：王安 审核：李四 校对：张三', null)?.fields.map(f => [f.role, f.value]), [[
    'editor', '王安'
  ], ['reviewer', '李四'], ['proofreader', '张三']])
  t.same(parseInfoLine('原标题:报告:中国不断加强数字政府建设 数字防疫展示潜能', null)?.fields.map(f => f.value), ['报告:中国不断加强数字政府建设 数字防疫展示潜能'])
  t.same(parseInfoLine('Updated: 2022-07-25', null)?.dates, [{ iso: '2022-07-25', field: 'updated' }])
  t.same(parseInfoLine('2022年07月25日 星期一', null)?.dates, [{ iso: '2022-07-25', field: 'published' }])
  // Not info lines: prose, a title with a colon, a date label without a date, an empty value.
  t.equal(parseInfoLine('Harbin: Grasp the opportunity of digital economy development', null), null)
  t.equal(parseInfoLine('时间：上午九点', null), null)
  t.equal(parseInfoLine('Source:', null), null)
  t.equal(parseInfoLine('On July 24, the forum was held in Fuzhou.', null), null)
  t.equal(parseInfoLine('The meeting said: Source: the ministry said that the plan would go ahead as proposed by the provincial government in its annual work report for 2022', null), null)
  t.equal(parseInfoLine('Source: ' + 'x'.repeat(120), null), null)
  t.equal(parseInfoLine('2022-07-25 the forum opened', null), null)
})

t.test('splitNames', async t => {
  t.same(splitNames('Wang An, Xu Xiaowei'), ['Wang An', 'Xu Xiaowei'])
  t.same(splitNames('By John Smith and Jane Doe'), ['John Smith', 'Jane Doe'])
  t.same(splitNames('王安、徐晓伟'), ['王安', '徐晓伟'])
  t.same(splitNames('记者 张三 通讯员 李四'), ['张三', '李四'])
  t.same(splitNames('Reporter Xu Jingjing'), ['Xu Jingjing'])
  t.same(splitNames('Internet information Tianjin'), ['Internet information Tianjin'])
  t.same(splitNames('Shi Wei; Hao Jing / Sun Guangjian'), ['Shi Wei', 'Hao Jing', 'Sun Guangjian'])
})

t.test('splitNames: post-nominal letters signed after a name stay with it (one author)', async t => {
  t.same(splitNames('Dylan Bailey, MS, RD, FAND'), ['Dylan Bailey, MS, RD, FAND'])
  t.same(splitNames('By Jillian Kubala, MS, RD'), ['Jillian Kubala, MS, RD'])
  t.same(splitNames('Genevieve Carlton, Ph.D.'), ['Genevieve Carlton, Ph.D.'])
  t.same(splitNames('Jeffrey A. Slotnick CPP, PSP'), ['Jeffrey A. Slotnick CPP, PSP'])
  t.same(splitNames('Michael Greger, M.D. FACLM'), ['Michael Greger, M.D. FACLM'])
  t.same(splitNames('Holly Wilgus, E-RYT 200'), ['Holly Wilgus, E-RYT 200'])
  t.same(splitNames('Rebecca Lake, CEPF®'), ['Rebecca Lake, CEPF®'])
  t.same(splitNames('Shelby Loos, DVM .'), ['Shelby Loos, DVM'], 'a stray period is no letter')
  // the letters stay, the description after them goes
  t.same(splitNames('Vanessa Mendez, MD , gastroenterologist, Parkview Health'), ['Vanessa Mendez, MD'])
  // letters run into the name and a job title after them: a bio line, the name alone
  t.same(splitNames('Cara Dumaplin RN, BSN, Certified Pediatric Sleep Consultant'), ['Cara Dumaplin'])
  // a wire agency after the name is where the story comes from, not a degree
  t.same(splitNames('Ana Silva, AP'), ['Ana Silva'])
  t.same(splitNames('Ana Silva, Tom Reed'), ['Ana Silva', 'Tom Reed'])
})

t.test('datelines: English, wire, Chinese, 本报讯', async t => {
  const cases: Array<[string, object, string[], string]> = [
    ['China News Service, Jinan, April 8 (Sun Tingting) The forum opened.', { agency: 'China News Service', place: 'Jinan', date: '2023-04-08' }, [
      'Sun Tingting'
    ], 'The forum opened.'],
    ['BEIJING, April 8 (Xinhua) -- The forum opened.', { agency: 'Xinhua', place: 'BEIJING', date: '2023-04-08' }, [], 'The forum opened.'],
    ['WASHINGTON (AP) — The forum opened.', { agency: 'AP', place: 'WASHINGTON', date: null }, [], 'The forum opened.'],
    ['ST. LOUIS, Mo. (Reuters) - The forum opened.', { agency: 'Reuters', place: 'ST. LOUIS', date: null }, [],
      'The forum opened.'],
    ['Jinan, April 8 (Reporter Zhang San) -- The forum opened.', { agency: null, place: 'Jinan', date: '2023-04-08' }, [
      'Zhang San'
    ], 'The forum opened.'],
    ['新华社北京4月8日电（记者 王希、郝静）论坛开幕。', { agency: '新华社', place: '北京', date: '2023-04-08' }, ['王希', '郝静'], '论坛开幕。'],
    ['人民网济南4月8日电 论坛开幕。', { agency: '人民网', place: '济南', date: '2023-04-08' }, [], '论坛开幕。'],
    ['本报讯（记者 张三 通讯员 李四）论坛开幕。', { agency: '本报', place: null, date: null }, ['张三', '李四'], '论坛开幕。']
  ]
  for (const [text, dateline, authors, rest] of cases) {
    const { draft: d, meta } = readMetadata(draft([P('Time:2023.04.09'), P(text), P(BODY)]))
    t.same(meta.dateline, dateline, text)
    t.same(meta.authors, authors, text)
    t.equal(d.blocks[0].text, rest, text)
  }
  t.equal(readDatelineText('WASHINGTON (Jane Doe) — The forum opened.', null), null, 'a wire\'s place needs its agency')
  // Not datelines: a sentence that starts with names and a date.
  const { meta } = readMetadata(draft([P('Zhang San, Li Si, April 8 was the day they met.'), P(BODY)]))
  t.equal(meta.dateline, null)
})

t.test('a photographer credited last in a reporters\' credit is no author', async t => {
  const { draft: d, meta } = readMetadata(draft([P('论坛在广州开幕，来自各地的代表参加了会议。'),
    P('会议讨论了数字政府建设的重点任务。（记者 马小红 通讯员 李娜 摄影 王五）')]))
  t.same([meta.authors, meta.editors], [['马小红', '李娜'], [{ role: 'photographer', name: '王五' }]])
  t.equal(d.blocks[1].text, '会议讨论了数字政府建设的重点任务。')
  // a TV station's camera operator (`摄像`), and a reporter credited under a photo with a slash (`記者X／攝影`, and the
  // `∕` a Big5 page decodes to)
  const tv = readMetadata(draft([P('论坛在广州开幕，来自各地的代表参加了会议。'), P('会议讨论了数字政府建设的重点任务。（记者 王晓东 刘敏　摄像 赵刚）')]))
  t.same([tv.meta.authors, tv.meta.editors], [['王晓东', '刘敏'], [{ role: 'camera operator', name: '赵刚' }]])
  for (const slash of ['／', '∕']) {
    const photo = readMetadata(draft([P('论坛在广州开幕，来自各地的代表参加了会议。'), P(`代表在会上发言。（記者高振宇${slash}攝影）`),
      P('会议讨论了数字政府建设的重点任务。（记者 马小红）')]))
    t.same([photo.meta.authors, photo.meta.editors], [['马小红'], [{ role: 'photographer', name: '高振宇' }]], slash)
  }
  // a report-shaped photo credit near the top (udn's `記者陳立凱／攝影` under the photo; a caption's `（4月10日 吴敏 摄）`)
  for (const credit of ['記者陳立凱／攝影', '图为县农技人员在新塘村育秧工厂指导播种（4月10日 陳立凱 摄）']) {
    const top = readMetadata(draft([P(credit), P('会议讨论了数字政府建设的重点任务，提出了下一步工作安排。')]))
    t.same([top.meta.authors, top.meta.editors], [[], [{ role: 'photographer', name: '陳立凱' }]], credit)
  }
  const both = readMetadata(draft([P('会议讨论了数字政府建设的重点任务。(福州晚報記者 林安鎮 實習生 黃衛平 文/攝)')]))
  t.same(both.meta.authors, ['林安鎮', '黃衛平'], '`文/攝`: the text and the photos by them')
})

t.test('a ministry\'s department, an office\'s short form and a portal\'s sports desk are no authors', async t => {
  const body = P('会议讨论了数字政府建设的重点任务，提出了下一步工作安排。')
  for (const desk of ['市场与经济信息司', '九州体育']) {
    t.same(readMetadata(draft([P(`作者：${desk}　来源：农业部办公厅`), body])).meta.authors, [], desk)
  }
  const unit = readMetadata(draft([body, P('会议要求各乡镇抓好落实。'), P('（县政府办　刘建军）')]))
  t.same(unit.meta.authors, ['刘建军'], 'the writer after an office\'s short form')
})

t.test('a source line crediting its reporters in brackets after the paper (a WeChat account\'s closing lines)', async t => {
  t.same(parseInfoLine('来源：南江日报（记者 陈晓 通讯员 周文涛）', null)?.fields, [
    { field: 'source', label: '来源', value: '南江日报' }, { field: 'author', label: '', value: '记者 陈晓 通讯员 周文涛' }
  ])
  t.same(parseInfoLine('来源：新华网（记者）', null)?.fields, [{ field: 'source', label: '来源', value: '新华网（记者）' }],
    'a role with no name is no credit')
  const { meta } = readMetadata(draft([P('会议讨论了数字政府建设的重点任务，提出了下一步工作安排。'), P('来源：南江日报（记者 陈晓 通讯员 周文涛）'),
    P('编辑：林小雨')]))
  t.same([meta.authors, meta.source], [['陈晓', '周文涛'], '南江日报'])
})

t.test('a report byline\'s place after its slash is no name, however long; a photographer in a byline box is no author', async t => {
  const hints = { authors: ['記者林嘉蔚／洛杉磯報導'] }
  t.same(readMetadata(draft([P('会议讨论了数字政府建设的重点任务，提出了下一步工作安排。')], hints)).meta.authors, ['林嘉蔚'])
  t.same(readZhByline('记者 王晓东 刘敏 摄像 赵刚'), { names: '王晓东 刘敏', photographers: ['赵刚'] },
    'a byline beside the headline: the camera operator credited after the reporters')
  const box = { authors: ['林卓賢 記者, 梁浩然 攝影記者'] }
  t.same(readMetadata(draft([P('会议讨论了数字政府建设的重点任务，提出了下一步工作安排。')], box)).meta.authors, ['林卓賢'])
})

t.test('credits at the end of paragraphs', async t => {
  const { draft: d, meta } = readMetadata(draft([P('论坛在广州开幕，来自各地的代表参加了会议。（记者 蔡敏婕）'), P('会议讨论了数字政府建设的重点任务，提出了下一步工作安排。【责任编辑：郑莉莉】'), P('Shanxi Evening News said the checks would continue. (Reporter Xu Jingjing)')]))
  t.same(meta.authors, ['蔡敏婕', 'Xu Jingjing'])
  t.same(meta.editors, [{ role: 'editor in charge', name: '郑莉莉' }])
  t.same(d.blocks.map(b => b.text), [
    '论坛在广州开幕，来自各地的代表参加了会议。', '会议讨论了数字政府建设的重点任务，提出了下一步工作安排。', 'Shanxi Evening News said the checks would continue.'
  ])
  t.same(d.removed.map(r => r.kind), ['metadata', 'metadata', 'metadata'])
})

t.test('hints from the HTML front end are normalized and merged', async t => {
  const hints = { title: '数字政府建设峰会开幕-中新网', published: '2021-11-26 16:24', authors: [
    '蔡敏婕、王五'
  ], siteName: '中新网', source: ' 中国新闻网 ', editors: [{ role: 'editor', name: 'A, B' }] }
  const { draft: d, meta } = readMetadata(draft([{ type: 'heading', text: '数字政府建设峰会开幕', evidence: { tag: 'h1' } }, P('中新网广州11月26日电 峰会26日在广州开幕。'), P('责任编辑:郑莉莉')], hints))
  t.equal(meta.title, '数字政府建设峰会开幕')
  t.equal(meta.published, '2021-11-26T16:24:00+08:00')
  t.same(meta.authors, ['蔡敏婕', '王五'])
  t.equal(meta.source, '中国新闻网')
  t.same(meta.dateline, { agency: '中新网', place: '广州', date: '2021-11-26' })
  t.same(meta.editors, [{ role: 'editor', name: 'A' }, { role: 'editor', name: 'B' }, { role: 'editor in charge', name: '郑莉莉' }])
  t.same(d.blocks.map(b => b.text), ['峰会26日在广州开幕。'], 'the h1 copy of the title goes')
  const iso = readMetadata(draft([P(BODY)], { published: '2022-07-25T10:30:00-04:00', title: 'Budget passes | City Paper' }))
  t.equal(iso.meta.published, '2022-07-25T10:30:00-04:00', 'an ISO hint keeps its own offset')
  t.equal(iso.meta.title, 'Budget passes', 'a site-like suffix goes even without siteName')
})

t.test('defaultOffsetFor: Chinese sources get +08:00', async t => {
  t.equal(defaultOffsetFor(draft([P('Council votes on the budget for next year.')])), null)
  t.equal(defaultOffsetFor(draft([P('Council votes on the budget.')], {}, 'https://www.example.gov.cn/a.html')), '+08:00')
  t.equal(defaultOffsetFor(draft([P('Council votes on the budget.')], {}, 'not a url')), null)
  t.equal(defaultOffsetFor(draft([P('市议会表决预算。')])), '+08:00')
  t.equal(defaultOffsetFor(draft([P('The State Council of China said on Monday that Beijing would expand the plan.')])), '+08:00')
  // the texts are read one by one: two names in two blocks, or in a hint and a block, count as in one text
  t.equal(defaultOffsetFor(draft([P('Ministers met in Beijing on Monday.'), P('The Xinhua report followed.')])), '+08:00')
  t.equal(defaultOffsetFor(draft([P('Ministers met on Monday.')], { title: 'Beijing talks' })), null)
  t.equal(defaultOffsetFor(draft([P('Talks in Shanghai.')], { title: 'Beijing talks' })), '+08:00')
  t.equal(defaultOffsetFor(draft([P('Beijing'), P('Mainland')])), null, 'one name is not enough')
  t.equal(defaultOffsetFor(draft([P('Hong'), P('Kong Taiwanese')])), null, 'no name across two blocks, nor in a longer word')
  t.equal(defaultOffsetFor(draft([P('A note'), P('记者 Li')])), '+08:00', 'Han in any block')
})

t.test('isTitleLike', async t => {
  t.ok(isTitleLike('How to take the next step?'))
  t.ok(isTitleLike('报告:中国不断加强数字政府建设 数字防疫展示潜能'))
  t.notOk(isTitleLike('This is a sentence.'))
  t.notOk(isTitleLike('2022-07-25 10:30'))
  t.notOk(isTitleLike('Li Junhua delivered a video speech.Photo by Sun Tingting'))
  t.notOk(isTitleLike('Wang An,'))
  t.notOk(isTitleLike('abc'))
  t.notOk(isTitleLike('x'.repeat(250)))
})

t.test('no title when the first line is prose or the page is one line', async t => {
  t.equal(readMetadata(draft([P(BODY), P(BODY + ' More.')])).meta.title, null)
  t.equal(readMetadata(draft([P('Short line')])).meta.title, null)
  t.equal(readMetadata(draft([P('A first line that runs as long as the paragraph after it'), P('Short next line')])).meta.title, null)
})

t.test('a channel label above the headline is not the title', async t => {
  const { draft: d, meta } = readMetadata(draft([P('国内新闻'), P('某市召开数字政府建设推进会'), P('来源：某市日报 2023-03-15'), P(BODY)]))
  t.equal(meta.title, '某市召开数字政府建设推进会')
  t.same(d.removed.map(r => [r.kind, r.text]), [[
    'metadata', '来源：某市日报 2023-03-15'
  ], ['boilerplate', '国内新闻'], ['metadata', '某市召开数字政府建设推进会']])
  t.same(d.blocks.map(b => b.text), [BODY])
})

t.test('character references left in HTML hints are decoded, not kept as text', async t => {
  t.equal(cleanTitle('Budget Traveler&#8217;s Guide &amp;#038; More &#x2014; Tips &bogus; &#0;'), 'Budget Traveler’s Guide & More — Tips &bogus; &#0;')
  t.equal(cleanTitle('Healthy Eating Plate &bull; The Nutrition Source'), 'Healthy Eating Plate')
  t.equal(cleanTitle('Sample menus &mdash; NHS'), 'Sample menus &mdash; NHS'.replace('&mdash;', '—'))
})

t.test('info lines: a toolbar on the line is no part of a name; a reporter\'s question is no byline', async t => {
  t.same(parseInfoLine('作者：刘晓菁 【大 中 小】', null)?.fields.map(f => [f.field, f.value]), [['author', '刘晓菁']])
  t.same(parseInfoLine('来源：县政府办 【字体：大 中 小】【打印】【关闭】', null)?.fields.map(f => [f.field, f.value]), [['source', '县政府办']])
  t.equal(parseInfoLine('记者：今年消费季在夜间经济方面有哪些新举措？', null), null)
  t.same(parseInfoLine('记者：王强，李娜', null)?.fields.map(f => f.value), ['王强，李娜'])
})

t.test('a markup author whom the page shows as its editor is no author', async t => {
  const zh = '暑运首日，全国铁路预计发送旅客1650万人次，计划加开旅客列车1200列，各地铁路部门加强运力安排。'
  const a = processPage({ content: `<html><head><title>暑运首日全国铁路预计发送旅客1650万人次</title><meta name="author" content="何蔚"></head><body><div class="content"><h1>暑运首日全国铁路预计发送旅客1650万人次</h1><p>${zh}</p><p>${zh.slice(5)}</p><p>【编辑:何蔚】</p></div></body></html>`, format: 'html' }).article
  t.same(a.authors, [])
  t.same(a.editors, [{ role: 'editor', name: '何蔚' }])
})

t.test('an office or a company named as the author is the source; people stay authors', async t => {
  const zh = '县发改委组织召开全县重大项目集中开工仪式，共有二十个项目集中开工，总投资八十六亿元，涵盖工业、基础设施和民生领域。'
  const page = (info: string, head = ''): string => `<html><head><title>全县重大项目集中开工</title>${head}</head><body><div class="content"><h1>全县重大项目集中开工</h1><p>${info}</p><p>${zh}</p><p>${zh.slice(3)}</p></div></body></html>`
  const a = processPage({ content: page('作者：县发改委　点击数：2068　更新时间：2024-3-7'), format: 'html' }).article
  t.same([a.authors, a.source], [[], '县发改委'])
  const b = processPage({ content: page('发布日期：2024-05-08', '<meta name="DC.Creator" content="社會局">'), format: 'html' }).article
  t.same([b.authors, b.source], [[], '社會局'])
  // two- and three-character person names stay, also when they end like an office (张科, 王建科)
  const c = processPage({ content: page('作者：张科 王建科 刘晓菁'), format: 'html' }).article
  t.same(c.authors, ['张科', '王建科', '刘晓菁'])
})

// WCXB dev pages (fragments): a blog's `<title>` with an underscore inside a crate's name; a JSON-LD `headline` cut
// at 110 characters for search engines, the whole headline in the `<title>`.
t.test('title: an underscore inside a word is no separator; a title cut short is completed from the <title>', async t => {
  t.equal(cleanTitle('rustc_codegen_gcc: Progress Report #39'), 'rustc_codegen_gcc: Progress Report #39')
  t.equal(cleanTitle('湘江长沙站跌破历史最低水位_新浪网'), '湘江长沙站跌破历史最低水位', 'between Chinese text it still is one')
  t.equal(cleanTitle('Council keeps the library open _ City News'), 'Council keeps the library open')
  t.equal(cleanTitle('County holds autumn grain purchase meeting_Government Affairs_Xiji County People\'s Government'),
    'County holds autumn grain purchase meeting', 'a Chinese CMS\'s underscores in machine-translated English')
  t.equal(cleanTitle('Using snake_case in Python_Dev Notes'), 'Using snake_case in Python', 'a lower-case word part stays')
  const whole = 'Fix It Friday: We Help 4 Readers Find Solutions (Including One Universal Trick That 9/10 Works)'
  const cut = 'Fix It Friday: We Help 4 Readers Find Solutions (Including'
  t.equal(wholeTitle(cut, `${whole} - Emily Henderson`, 'Emily Henderson'), whole)
  t.equal(wholeTitle('Ten things to know before you go…', 'Ten things to know before you go to Japan'),
    'Ten things to know before you go to Japan', 'an ellipsis cuts it too')
  t.equal(wholeTitle('Best Travel Insurance for Seniors', 'Best Travel Insurance for Seniors in 2025'),
    'Best Travel Insurance for Seniors', 'a shorter headline that is not cut stays')
  t.equal(wholeTitle(cut, 'Another story entirely'), cut, 'a <title> that does not go on from it changes nothing')
  t.equal(wholeTitle(null, whole), null)
  const ld = `<script type="application/ld+json">{"@type":"BlogPosting","headline":"${cut}"}</script>`
  const html = `<html><head><title>${whole} - Emily Henderson</title>${ld}` +
    '<meta property="og:site_name" content="Emily Henderson"></head><body><article>' +
    '<p>Figuring out how to lay out the furniture in your home is a funny thing, and today we help four readers who ' +
    'wrote in with the rooms they could not get right, with plans, photos and one trick that works.</p>'.repeat(3) +
    '</article></body></html>'
  t.equal(processPage({ content: html }).article.title, whole)
})

const fixture = (name: string): string => readFileSync(new URL(`fixtures/metadata/${name}`, import.meta.url), 'utf8')
const titleOf = (name: string): string | null => processPage({ content: fixture(name), format: 'html' }).article.title

t.test('titles: the visible headline the announced title starts with, a label off it, one headline written twice', async t => {
  // a blog's name in one <h1>, the headline in another, og:title = the headline + ` - ` + the site's name
  t.equal(titleOf('title-blog-h1.html'), 'Defer, Panic, and Recover')
  t.equal(parseHtml(fixture('title-blog-h1.html')).hints.title, 'Defer, Panic, and Recover',
    'the front end\'s own title: the <h1> heading the og:title, however short')
  // `Blog: Headline` when the announced title is `Headline | Site`
  t.equal(titleOf('title-labelled-h1.html'),
    'Best Social Media Advertising Agencies in the U.S. in 2025 (Ranked & Reviewed)', 'a label before the headline')
  // the same <h1> in the mobile and the desktop header: one headline, the visible one over the SEO title
  t.equal(titleOf('title-twice-h1.html'), 'Setting up an ergonomic workspace')
  const other = fixture('title-twice-h1.html').replace('<div class="hero hero--desktop"><h1>Setting up an ergonomic workspace</h1></div>',
      '<div class="hero"><h1>Shop ergonomic chairs</h1></div>')
  t.equal(processPage({ content: other, format: 'html' }).article.title,
    'How do you set up an ergonomic workstation?', 'two different <h1>s, neither heading it: the announced title')
})
