/**
 * Variants of the seed pages a crawler meets: other spam brands injected the same way, other end markers and
 * footers, other date formats, other sites' layouts, a page with no metadata, an empty page.
 */
import t from 'tap'
import { processPage, EmptyContentError } from '../src/pipeline.js'
import type { Article, Block } from '../src/types.js'
import { seed, testApp } from './helpers.js'

const run = (text: string, options = {}): Article => processPage({ content: text, format: 'text', options }).article
const P = (text: string): Block => ({ type: 'paragraph', text })
const H = (text: string): Block => ({ type: 'heading', text })
const C = (text: string): Block => ({ type: 'caption', text })

const base002 = run(seed('002'))

for (const brand of ['澳门新葡京', '威尼斯人', '金沙', 'bet365', '皇冠体育', '开云体育']) {
  t.test(`002 with ${brand} injected where 必威体育 was`, async t => {
    const page = seed('002').replaceAll('必威体育', brand)
    const a = run(page)
    t.same(a.body, base002.body, 'same body as the original page')
    t.equal(a.title, base002.title)
    t.same(a.dateline, base002.dateline)
    t.notOk(JSON.stringify(a.body).includes(brand))
    const spam = a.removed.filter(r => r.kind === 'spam').map(r => r.text).sort()
    const expected = (page.match(new RegExp(`${brand}[:：]*`, 'g')) ?? []).sort()
    t.same(spam, expected, 'every occurrence listed')
  })
}

t.test('an English page with a brand injected in place of a word, in title and body', async t => {
  const page = seed('004').replaceAll('Hebei Province', 'Betway: Province')
  const a = run(page)
  t.notOk(JSON.stringify(a).includes('Betway"'), 'no body text is the brand')
  t.notMatch(JSON.stringify(a.body), /Betway/)
  t.equal(a.removed.filter(r => r.kind === 'spam').length, (page.match(/Betway:/g) ?? []).length)
  t.match(a.body[3].text, /^Zhang Ruishu introduced in his speech that Province has thoroughly implemented/, 'the sentence around the injection stays')
})

t.test('real news about casinos and sports keeps its words', async t => {
  const page = [
    'Macau casino revenue climbs in July',
    'Published: August 1, 2023',
    'Gross gaming revenue at Macau casinos rose 20 percent in July, the gaming regulator said on Tuesday. Operators ' +
      'such as Sands China and Galaxy Entertainment reported more visitors from the mainland, and analysts said the ' +
      'casino sector was recovering faster than expected.',
    '澳门7月博彩收入按年大幅上升，金沙江流域的体育旅游和威尼斯人度假村的客流同样回升。分析人士认为，博彩业复苏快于预期。'
  ].join('\n\n')
  const a = run(page)
  t.equal(a.title, 'Macau casino revenue climbs in July')
  t.equal(a.published, '2023-08-01')
  t.same(a.body.map(b => b.text), [page.split('\n\n')[2], page.split('\n\n')[3]])
  t.same(a.removed.filter(r => r.kind === 'spam'), [])
})

t.test('keyword-stuffed lines, spam links and request terms', async t => {
  const page = [
    '百家乐 真人娱乐 体育投注 六合彩 时时彩 开户送彩金',
    '全民健身运动会开幕',
    '来源：市体育局 2023-05-06',
    '5月6日，全市全民健身运动会在市体育中心开幕，来自各区的两千多名运动员参加比赛。更多详情请访问 www.amxpj8888.com 了解。',
    '本届运动会设田径、游泳、篮球等十二个大项，金马会:将持续到5月20日。',
    'online casino | sportsbook | free spins | slots | poker'
  ].join('\n')
  const a = run(page, { spamTerms: ['金马会'] })
  t.equal(a.title, '全民健身运动会开幕')
  t.equal(a.source, '市体育局')
  t.equal(a.published, '2023-05-06')
  t.same(a.body, [
    P('5月6日，全市全民健身运动会在市体育中心开幕，来自各区的两千多名运动员参加比赛。更多详情请访问 了解。'),
    P('本届运动会设田径、游泳、篮球等十二个大项，将持续到5月20日。')
  ])
  const spam = a.removed.filter(r => r.kind === 'spam')
  t.same(spam.map(r => r.text), [
    '百家乐 真人娱乐 体育投注 六合彩 时时彩 开户送彩金',
    'www.amxpj8888.com',
    '金马会:',
    'online casino | sportsbook | free spins | slots | poker'
  ])
  t.match(spam[0].reason, /keyword-stuffed/)
  t.match(spam[1].reason, /gambling site/)
})

t.test('Chinese government page layout: menu, 您的位置, info bar, toolbars, numbered headings, footer', async t => {
  const page = `首页 | 政务公开 | 政务服务 | 互动交流
您的位置：首页 > 新闻中心 > 工作动态
市政府召开数字政府建设推进会
发布时间：2023-03-15 09:30:12 来源：市政府办公室 浏览次数：1234
【字体：大 中 小】
3月14日，市政府召开数字政府建设推进会，总结去年工作，部署今年重点任务。副市长张伟出席会议并讲话。
一、总体要求
会议强调，要坚持系统观念，统筹推进数字政府建设各项工作，全面提升政务服务效能和治理能力。
二、重点任务
会议要求，各部门要加快数据共享，推进“一网通办”，优化营商环境，确保各项任务按时完成。
（责任编辑：王芳）
【打印】【关闭】
版权所有：某某市人民政府 京ICP备12345678号`
  const a = run(page)
  t.equal(a.title, '市政府召开数字政府建设推进会')
  t.equal(a.published, '2023-03-15T09:30:12+08:00')
  t.equal(a.source, '市政府办公室')
  t.same(a.editors, [{ role: 'editor in charge', name: '王芳' }])
  t.same(a.body, [
    P('3月14日，市政府召开数字政府建设推进会，总结去年工作，部署今年重点任务。副市长张伟出席会议并讲话。'),
    H('一、总体要求'),
    P('会议强调，要坚持系统观念，统筹推进数字政府建设各项工作，全面提升政务服务效能和治理能力。'),
    H('二、重点任务'),
    P('会议要求，各部门要加快数据共享，推进“一网通办”，优化营商环境，确保各项任务按时完成。')
  ])
  const kinds = Object.fromEntries(a.removed.map(r => [r.text, r.kind]))
  t.equal(kinds['首页 | 政务公开 | 政务服务 | 互动交流'], 'navigation')
  t.equal(kinds['您的位置：首页 > 新闻中心 > 工作动态'], 'navigation')
  t.equal(kinds['【字体：大 中 小】'], 'boilerplate')
  t.equal(kinds['【打印】【关闭】'], 'boilerplate')
  t.equal(kinds['版权所有：某某市人民政府 京ICP备12345678号'], 'boilerplate')
})

t.test('Xinhua English layout: site suffix, Source|date|Editor bar, wire dateline, (Xinhua/X) caption, Related', async t => {
  const page = `Home | World | China | Business
China's digital economy grows 10 pct in 2022 - Xinhua
Source: Xinhua | 2023-04-28 16:05:12 | Editor: huaxia
BEIJING, April 28 (Xinhua) -- China's digital economy expanded 10.3 percent year on year in 2022, according to a report released on Friday by the National Data Administration.
A visitor experiences a virtual reality device at an expo in Beijing, capital of China, April 27, 2023. (Xinhua/Li Xin)
The report said the digital economy accounted for 41.5 percent of the country's GDP last year, and the scale of the digital economy ranked second in the world.
Related:
China to boost digital infrastructure construction
China's 5G users top 600 million`
  const a = run(page)
  t.equal(a.title, "China's digital economy grows 10 pct in 2022")
  t.equal(a.published, '2023-04-28T16:05:12+08:00')
  t.equal(a.source, 'Xinhua')
  t.same(a.editors, [{ role: 'editor', name: 'huaxia' }])
  t.same(a.dateline, { agency: 'Xinhua', place: 'BEIJING', date: '2023-04-28' })
  t.same(a.authors, [])
  t.same(a.body, [
    P("China's digital economy expanded 10.3 percent year on year in 2022, according to a report released on Friday by the National Data Administration."),
    C('A visitor experiences a virtual reality device at an expo in Beijing, capital of China, April 27, 2023.'),
    P("The report said the digital economy accounted for 41.5 percent of the country's GDP last year, and the scale of the digital economy ranked second in the world.")
  ])
  t.same(a.removed.filter(r => r.kind === 'related').map(r => r.text), ['Related:', 'China to boost digital infrastructure construction', "China's 5G users top 600 million"])
  t.same(a.removed.filter(r => r.kind === 'media').map(r => r.text), ['(Xinhua/Li Xin)'])
})

t.test('other end markers: （完） glued, 【完】 line with editor after it, -30-, footers', async t => {
  const glued = run('某市举行科技活动周\n新华社北京6月24日电（记者 王希、郝静）某市今天举行科技活动周，市民踊跃参加各项活动，现场气氛热烈，参观人数超过一万人次。（完）\n相关新闻\n某市科技馆开放')
  t.equal(glued.title, '某市举行科技活动周')
  t.same(glued.authors, ['王希', '郝静'])
  t.same(glued.dateline, { agency: '新华社', place: '北京', date: null })
  t.same(glued.body, [P('某市今天举行科技活动周，市民踊跃参加各项活动，现场气氛热烈，参观人数超过一万人次。')])
  t.same(glued.removed.filter(r => r.kind === 'end-marker').map(r => r.text), ['（完）'])
  t.same(glued.removed.filter(r => r.kind === 'related').map(r => r.text), ['相关新闻', '某市科技馆开放'])

  const line = run('某县召开乡村振兴工作会议\n2022年7月25日 星期一\n会议总结了上半年乡村振兴工作，分析了当前形势，部署了下半年重点任务，要求各乡镇抓好落实。\n【完】\n【编辑:李四】\n热点推荐\n某县发布暴雨预警...')
  t.equal(line.published, '2022-07-25')
  t.same(line.editors, [{ role: 'editor', name: '李四' }])
  t.same(line.body.map(b => b.text), ['会议总结了上半年乡村振兴工作，分析了当前形势，部署了下半年重点任务，要求各乡镇抓好落实。'])

  const wire = run('Flood season preparations under way\nBy John Smith and Jane Doe\nJuly 24, 2022\nCity officials said on Sunday that drainage works along the river have been completed ahead of the flood season, and emergency teams are on standby.\n-30-\nCopyright © 2022 The Daily Example. All rights reserved.')
  t.same(wire.authors, ['John Smith', 'Jane Doe'])
  t.equal(wire.published, '2022-07-24')
  t.equal(wire.body.length, 1)
  t.same(wire.removed.map(r => r.kind).sort(), ['end-marker', 'metadata', 'metadata', 'metadata', 'related'])
})

t.test('teasers of other stories without an end marker', async t => {
  const page = [
    'Province opens new data centre',
    'date 2023-01-05',
    'The provincial government opened a new data centre on Thursday, which will host the government cloud platform ' +
      'and serve more than 200 departments across the province.',
    'Officials said the centre would cut costs and improve the security of government data, and that more services ' +
      'would move online this year.',
    'City launches online service hall',
    'The city has launched an online service hall where residents can handle more than 300 items without visiting ' +
      'an off...',
    'Rural broadband reaches every village',
    'All administrative villages in the county now have access to broadband, the local communications admin…'
  ].join('\n')
  const a = run(page)
  t.equal(a.title, 'Province opens new data centre')
  t.equal(a.published, '2023-01-05')
  t.equal(a.body.length, 2)
  t.same(a.removed.filter(r => r.kind === 'related').length, 4)
})

t.test('date formats on info lines', async t => {
  const body = 'The meeting reviewed the work of the first half of the year and set the tasks for the second half, officials from the provincial government said.'
  const cases: Array<[string, string]> = [
    ['发布时间：2022年07月25日 10:30', '2022-07-25T10:30:00+08:00'],
    ['Time:2022.07.25', '2022-07-25'],
    ['Published: July 24, 2022', '2022-07-24'],
    ['Published: 24 July 2022', '2022-07-24'],
    ['日期：2022/07/25', '2022-07-25'],
    ['2022年7月25日', '2022-07-25'],
    ['Updated: 2022-07-25 08:00 GMT', '2022-07-25T08:00:00+00:00'],
    ['Posted on Jul. 25, 2022 at 3:05 pm (Beijing time)', '2022-07-25T15:05:00+08:00'],
    ['时间：2022-07-25T10:30:00+09:00', '2022-07-25T10:30:00+09:00']
  ]
  for (const [line, iso] of cases) {
    const a = run(`Provincial meeting on the second half of the year\n${line}\n${body}`)
    t.equal(a.published, iso, line)
    t.same(a.body, [P(body)], `${line}: the date line is out of the body`)
    t.equal(a.title, 'Provincial meeting on the second half of the year')
  }
  // A time with no zone on a page that is not a Chinese source: the date only, never a made-up offset.
  const us = run(`Council votes on budget\nPublished: March 3, 2023 10:30\nThe city council voted on Tuesday to approve the budget for the next fiscal year after a long debate.`)
  t.equal(us.published, '2023-03-03')
})

t.test('a page with no metadata at all', async t => {
  const paras = [
    'The river rose quickly overnight after two days of heavy rain, and by morning the lower streets of the town ' +
      'were under water.',
    'Volunteers worked through the day to move elderly residents to the school on the hill, where beds and hot ' +
      'meals were waiting.',
    'By evening the water had begun to fall, and the first shops were already sweeping out the mud.'
  ]
  const a = run(paras.join('\n\n'))
  t.equal(a.title, null)
  t.equal(a.published, null)
  t.same(a.authors, [])
  t.equal(a.source, null)
  t.equal(a.originalTitle, null)
  t.equal(a.dateline, null)
  t.same(a.editors, [])
  t.same(a.body, paras.map(P))
  t.same(a.removed, [])
})

t.test('an empty or white-space page is refused', async t => {
  for (const page of ['', '   \n\t\n\u3000\u00a0 \r\n', '\u200b\ufeff\n']) {
    t.throws(() => run(page), EmptyContentError)
  }
  const app = await testApp()
  t.teardown(() => app.close())
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: ' \n\u3000\n ' })
  t.equal(res.statusCode, 422)
  t.match(res.headers['content-type'], /application\/problem\+json/)
})

t.test('a page of nothing but spam and boilerplate leaves an empty body, not an error', async t => {
  const a = run('必威体育\n注册\n登录\n搜索')
  t.same(a.body, [])
  t.equal(a.title, null)
  t.same(a.removed.map(r => r.kind), ['spam', 'navigation', 'navigation', 'navigation'])
})

t.test('white space and control characters are the only rewriting', async t => {
  const a = run('Title of the story\u200b here\n\nThe first\u00a0paragraph has\tstrange   spaces and a soft\u00adhyphen, but its words stay as they are, typos and all: teh.')
  t.equal(a.title, 'Title of the story here')
  t.same(a.body, [P('The first paragraph has strange spaces and a softhyphen, but its words stay as they are, typos and all: teh.')])
})
