/**
 * The boilerplate stage alone: navigation, breadcrumbs, media names, toolbars and footers, MT debris, end markers
 * (as lines and glued), tail sections, teaser runs, and the data file's shape.
 */
import t from 'tap'
import { stripBoilerplate } from '../src/boilerplate/index.js'
import { processPage } from '../src/pipeline.js'
import { loadData } from '../src/data.js'
import type { Candidate, Draft } from '../src/draft.js'

const PROSE = 'The provincial government opened a new data centre on Thursday, which will host the government cloud platform and serve more than 200 departments.'
const PROSE_ZH = '市政府召开数字政府建设推进会，总结去年工作，部署今年重点任务，要求各部门加快数据共享，优化营商环境。'
const draft = (...lines: Array<string | Candidate>): Draft => ({ format: 'text', blocks: lines.map(l => typeof l === 'string' ? { type: 'paragraph', text: l } : l), removed: [], hints: {} })
const texts = (d: Draft): string[] => d.blocks.map(b => b.text)
const kinds = (d: Draft): Array<[string, string]> => d.removed.map(r => [r.kind, r.text])

t.test('the data file: every entry has a source', async t => {
  const data = loadData<Record<string, unknown>>('boilerplate.json')
  t.ok(typeof data.about === 'string')
  let n = 0
  for (const [k, v] of Object.entries(data)) {
    if (!Array.isArray(v)) continue
    for (const e of v as Array<{ source?: string }>) {
      n++
      t.ok(typeof e.source === 'string' && e.source.length > 3, `${k}: ${JSON.stringify(e).slice(0, 60)}`)
    }
  }
  t.ok(n > 150)
})

t.test('navigation labels, menus and breadcrumbs at the top', async t => {
  const d = stripBoilerplate(draft('搜索', '注册', '登录', 'Home', 'Search', 'Home | World | China | Business', '首页 新闻 国内 国际 财经', '首页 > 新闻', 'current position: Home News Center News', '您的位置：首页 > 新闻中心 > 国内新闻 > 正文', '网 > 新闻中心 > 国内新闻 > 正文', 'You are here: Home / News', 'Title line', PROSE))
  t.same(texts(d), ['Title line', PROSE])
  t.ok(d.removed.every(r => r.kind === 'navigation'))
})

t.test('media names, toolbars, footers, debris anywhere in the page', async t => {
  const d = stripBoilerplate(draft(
    '1668686896850.jpg', 'IMG_2034.JPEG', PROSE, '【字体：大 中 小】', '分享到：', '【打印】【关闭】', 'not', 'notSource: Internet Information China',
    PROSE_ZH, '浏览次数：1234', '扫一扫在手机打开当前页', 'Copyright © 2022 Example Daily. All rights reserved.', '版权所有：某某市人民政府 京ICP备12345678号'
  ))
  t.same(texts(d), [PROSE, 'Source: Internet Information China', PROSE_ZH])
  t.same(kinds(d), [
    ['media', '1668686896850.jpg'], ['media', 'IMG_2034.JPEG'], ['boilerplate', '【字体：大 中 小】'], ['navigation', '分享到：'],
    ['boilerplate', '【打印】【关闭】'], ['boilerplate', 'not'], ['boilerplate', 'not'], ['boilerplate', '浏览次数：1234'],
    [
      'boilerplate', '扫一扫在手机打开当前页'
    ], ['boilerplate', 'Copyright © 2022 Example Daily. All rights reserved.'], ['boilerplate', '版权所有：某某市人民政府 京ICP备12345678号']
  ])
})

t.test('font-size toolbars: a label and size buttons only, in any of their spellings', async t => {
  const bars = ['字体大小 - +', '字号：放大 缩小', '【字体：大 中 小 默认】', '文字大小 ＋ －', 'Text size A+ A-', 'Font size: A A+ A-']
  const d = stripBoilerplate(draft(PROSE, ...bars, PROSE_ZH))
  t.same(texts(d), [PROSE, PROSE_ZH])
  t.same(kinds(d), bars.map(b => ['boilerplate', b]))
  // a sentence about type sizes is text, whatever word it opens with
  const sentence = '字体大小影响阅读体验，专家建议老年读者选择大号字体。'
  t.same(texts(stripBoilerplate(draft(PROSE, sentence))), [PROSE, sentence])
})

t.test('a QR code\'s share prompt and a portal\'s back link under the article', async t => {
  const chrome = ['用微信 “扫一扫” 将文章分享到朋友圈。', '手机扫一扫，阅读全文', '返回搜狐，查看更多', '返回搜狐,查看更多>>']
  const d = stripBoilerplate(draft(PROSE_ZH, ...chrome))
  t.same(texts(d), [PROSE_ZH])
  t.same(kinds(d).map(k => k[1]), chrome)
  // sentences that speak of scanning or returning are text
  const text = ['市民可用手机扫一扫站牌上的二维码查询公交到站时间，这项服务已覆盖全市三百多个站点。', '返回家乡的务工人员可到社区登记，查看更多就业岗位信息。']
  t.same(texts(stripBoilerplate(draft(PROSE_ZH, ...text))), [PROSE_ZH, ...text])
})

t.test('end markers as lines: everything after goes, info lines right after stay', async t => {
  for (const marker of ['- END -', 'END', '— END —', '(over)', '(完)', '（完）', '【完】', '[End]', '- 完 -', '###', '-30-']) {
    const d = stripBoilerplate(draft('Title', PROSE, marker, '【编辑:张三】', 'Teaser one', 'Teaser two...'))
    t.same(texts(d), ['Title', PROSE, '【编辑:张三】'], marker)
    t.same(kinds(d), [['end-marker', marker], ['related', 'Teaser one'], ['related', 'Teaser two...']], marker)
  }
  // A marker before any prose is just a line, not the end of the article.
  t.same(texts(stripBoilerplate(draft('END', PROSE))), [PROSE])
})

t.test('end markers glued to the last paragraph: the marker goes, the paragraph stays', async t => {
  for (const [text, marker] of [[PROSE + ' (over)', '(over)'], [PROSE_ZH + '（完）', '（完）'], [PROSE_ZH + '【完】', '【完】'], [PROSE + ' (END)', '(END)']]) {
    const d = stripBoilerplate(draft('Title', text, 'More stories'))
    t.same(texts(d), ['Title', text.slice(0, -marker.length).trimEnd()], marker)
    t.same(kinds(d), [['end-marker', marker], ['related', 'More stories']], marker)
  }
  // `(over)` inside a sentence is not a marker.
  const mid = 'The game was (over) before it began, he said, and the crowd went home early in the evening.'
  t.same(texts(stripBoilerplate(draft(mid))), [mid])
})

t.test('tail sections: related reading, comments, rankings', async t => {
  for (const [header, kind] of [[
    '相关阅读:', 'related'
  ], ['猜你喜欢', 'related'], ['48小时点击排行榜', 'related'], ['热门评论：', 'boilerplate'], ['Related news', 'related'], ['You may also like', 'related'], ['Comments', 'boilerplate'], ['相关阅读:新闻 娱乐 厦门', 'related']]) {
    const d = stripBoilerplate(draft('Title', PROSE, PROSE_ZH, header, 'Other story headline', 'Other story teaser...'))
    t.same(texts(d), ['Title', PROSE, PROSE_ZH], header)
    t.same(d.removed.map(r => r.kind), [kind, kind, kind], header)
    t.match(d.removed[0].reason, /section after the article/)
  }
  // A header-like line before any prose is not a tail.
  t.same(texts(stripBoilerplate(draft('Comments', PROSE))), ['Comments', PROSE])
})

t.test('teaser runs at the end of pages without a marker', async t => {
  const d = stripBoilerplate(draft('Title', PROSE, PROSE, 'City launches online hall', 'The city has launched an online service hall where residents can handle more than 300 items without visiting an off...', '武平:昂首阔步迈入“高铁时代” @厦门符合条件家庭 明天起保障性租赁房可 使用全功能自助终端'))
  t.same(texts(d), ['Title', PROSE, PROSE])
  t.equal(d.removed.length, 3)
  // A single truncated last line, or a short last line, is kept: not enough evidence of teasers.
  t.same(texts(stripBoilerplate(draft('Title', PROSE, 'He left it at that...'))), ['Title', PROSE, 'He left it at that...'])
  t.same(texts(stripBoilerplate(draft('Title', PROSE, '他说……', '这是结尾'))), ['Title', PROSE, '他说……', '这是结尾'])
})

t.test('HTML evidence: a block made of links is navigation', async t => {
  const d = stripBoilerplate(draft({ type: 'paragraph', text: 'World Business Sport Culture', evidence: { tag: 'ul', linkDensity: 0.95 } }, { type: 'paragraph', text: PROSE, evidence: { tag: 'p', linkDensity: 0.1 } }))
  t.same(texts(d), [PROSE])
  t.same(kinds(d), [['navigation', 'World Business Sport Culture']])
})

t.test('a related-content label inside the article goes alone; the article after it stays', async t => {
  const d = stripBoilerplate(draft('Title', PROSE, 'Related: Our free weekly newsletter alerts you to new research', PROSE + ' One.', PROSE + ' Two.', PROSE + ' Three.'))
  t.same(texts(d), ['Title', PROSE, PROSE + ' One.', PROSE + ' Two.', PROSE + ' Three.'])
  t.same(kinds(d), [['related', 'Related: Our free weekly newsletter alerts you to new research']])
  t.match(d.removed[0].reason, /inside the article/)
})

t.test('HTML pages: a "The End" heading with the article going on is kept; no teaser guessing; breadcrumbs only on top', async t => {
  const html = (...lines: string[]): Draft => ({ ...draft(...lines), format: 'html' })
  t.same(texts(stripBoilerplate(html('Title', PROSE, 'The End', PROSE + ' One.', PROSE + ' Two.'))), ['Title', PROSE, 'The End', PROSE + ' One.', PROSE + ' Two.'])
  t.same(texts(stripBoilerplate(html('Title', PROSE, 'Short list item', 'Another item that was cut off...'))), ['Title', PROSE, 'Short list item', 'Another item that was cut off...'])
  t.same(texts(stripBoilerplate(draft('Title', PROSE, 'Home > News > Item', PROSE))), ['Title', PROSE, 'Home > News > Item', PROSE])
})

t.test("the author's biography after the article goes, with its author-box lines; the article's own sentences stay", async t => {
  const P2 = 'Under the plan, spending on public transport rises by eight percent, while the road maintenance budget stays at last year\'s level.'
  const P3 = 'The mayor said the vote showed that the council could still agree on the things that matter, even in a difficult year.'
  const bio = 'Jane Moss is a senior reporter who has covered city hall for twelve years. She previously worked at the Harbour Gazette.'
  const withAuthors = (authors: string[], ...lines: string[]): Draft => ({ ...draft(...lines), hints: { authors } })
  const d = stripBoilerplate(withAuthors([
    'Jane Moss'
  ], PROSE, P2, P3, 'About the author', 'Jane Moss', 'Senior Reporter', bio))
  t.same(texts(d), [PROSE, P2, P3])
  t.same(d.removed.map(r => r.reason), ['a line of the author box after the article', 'a line of the author box after the article', 'a line of the author box after the article', 'the author\'s biography after the article'])
  // first name, family name with an honorific, credentials after the name
  for (const line of [
    'Jane has written for the paper since 2018. She is a writer and editor.', 'Dr. Moss holds a PhD in urban planning.',
    'Jane Moss, MD, is a physician and writer based in Leeds.'
  ]) {
    t.same(texts(stripBoilerplate(withAuthors(['Jane Moss'], PROSE, P2, P3, line))), [PROSE, P2, P3], line)
  }
  // several authors in one hint
  t.same(texts(stripBoilerplate(withAuthors([
    'Jane Moss, Omar Reyes'
  ], PROSE, P2, P3, bio, 'Omar Reyes is an economics correspondent.'))), [PROSE, P2, P3])
  // a company signing its own blog opens sentences with its name: no bio without a person in it
  const company = 'Harbour Transit is rolling out the new timetable to all lines in spring.'
  t.same(texts(stripBoilerplate(withAuthors([
    'Harbour'
  ], PROSE, P2, P3, 'Harbour is rolling out the new timetable to all lines in spring.'))), [PROSE, P2, P3, 'Harbour is rolling out the new timetable to all lines in spring.'])
  t.same(texts(stripBoilerplate(withAuthors([
    'Harbour Transit'
  ], PROSE, company, P2, P3, PROSE_ZH))), [PROSE, company, P2, P3, PROSE_ZH], 'in the first half: not after the article')
  // no authors, no bio; a title-case heading before a bio is not part of the box
  t.same(texts(stripBoilerplate(draft(PROSE, P2, P3, bio))), [PROSE, P2, P3, bio])
  t.same(texts(stripBoilerplate(withAuthors([
    'Jane Moss'
  ], PROSE, P2, 'Using Data For Better Buses', P3, bio))), [PROSE, P2, 'Using Data For Better Buses', P3])
})

t.test('a release date alone on its line after the end marker stays for the metadata stage', async t => {
  const d = stripBoilerplate(draft(PROSE_ZH, PROSE_ZH + '一', '完', '2024年3月12日（星期二）', '相关新闻'))
  t.same(texts(d), [PROSE_ZH, PROSE_ZH + '一', '2024年3月12日（星期二）'])
  t.same(kinds(d), [['end-marker', '完'], ['related', '相关新闻']])
})

t.test('English ad placeholders and newsletter prompts in the text go; sentences that mention them stay', async t => {
  const junk = [
    'Story continues below advertisement', 'Continue reading the main story', 'Scroll to continue with content',
    'Sign up for our daily newsletter to get the best stories in your inbox.',
    'Subscribe to The Morning Briefing newsletter', 'Get the latest news delivered straight to your inbox.'
  ]
  const d = stripBoilerplate(draft(PROSE, ...junk, PROSE + ' Again.'))
  t.same(texts(d), [PROSE, PROSE + ' Again.'])
  t.same(d.removed.map(r => r.kind), junk.map(() => 'boilerplate'))
  const keep = [
    'The council will sign up for the regional newsletter exchange, officials said, after a long debate.',
    'Readers can continue reading the report below the chart, which shows the budget by department.'
  ]
  t.same(texts(stripBoilerplate(draft(PROSE, ...keep))), [PROSE, ...keep])
})

t.test('table-of-contents labels and reading-time lines go; sentences that begin the same way stay', async t => {
  // the shapes of blog and guide themes: the TOC's in-page links go as a link list and leave their label behind;
  // the theme's reading-time estimate stands on a line of its own
  const toc = ['Table of Contents', 'Contents:', 'In this article:', 'IN THIS ARTICLE', 'On this page',
    'Jump to a section:', '文章目录']
  const readingTime = ['14 min read', '13 MIN READ', 'Reading Time: 11 minutes', '| Reading Time: 7 minutes',
    'Estimated reading time:', '6 minute read', '阅读时间：约3分钟']
  const d = stripBoilerplate(draft(PROSE, ...toc, ...readingTime, PROSE + ' Again.'))
  t.same(texts(d), [PROSE, PROSE + ' Again.'])
  t.same(d.removed.map(r => r.reason), [
    ...toc.map(() => 'table-of-contents label'), ...readingTime.map(() => 'reading-time line')
  ])
  const keep = [
    'In this article, we examine how the new data centre will serve the provincial departments.',
    'Contents of the report were released on Thursday.', 'I read for 5 minutes every evening.',
    // a date and a byline with the estimate: the metadata stage reads the line, it is not removed whole
    'March 15, 2022 · 3 min read · By ASU Online'
  ]
  t.same(texts(stripBoilerplate(draft(PROSE, ...keep))), [PROSE, ...keep])
})

t.test('skip links kept by the scraper go as navigation, and the headline after them is the title', async t => {
  const d = stripBoilerplate(draft('Skip to content', 'Skip to main content', '跳到主要内容', PROSE))
  t.same(texts(d), [PROSE])
  t.same(d.removed.map(r => r.kind), ['navigation', 'navigation', 'navigation'])
  const { article } = processPage({ content: `Skip to content\nCouncil approves the new data centre budget\nBy Jane Smith\n${PROSE}\n${PROSE}`, format: 'text' })
  t.equal(article.title, 'Council approves the new data centre budget')
})

t.test("the editor's line under a tail section stays for the metadata stage; a CMS account is no editor", async t => {
  const disclaimer = '免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实。'
  const d = stripBoilerplate(draft('标题', PROSE_ZH, PROSE_ZH + '一', disclaimer, '（责任编辑：孙涛）', '上一篇：美国国债'))
  t.same(texts(d), ['标题', PROSE_ZH, PROSE_ZH + '一', '（责任编辑：孙涛）'])
  t.same(kinds(d), [['boilerplate', disclaimer], ['boilerplate', '上一篇：美国国债']])
  const page = (editor: string): Array<{ role: string, name: string }> => processPage({
    content: `数字政府建设推进会召开\n发布时间：2012年10月19日 05:03　来源：新华社\n${PROSE_ZH}\n${PROSE_ZH}\n${disclaimer}\n${editor}`,
    format: 'text'
  }).article.editors
  t.same(page('（责任编辑：孙涛）'), [{ role: 'editor in charge', name: '孙涛' }])
  t.same(page('[责任编辑：robot]'), [], 'the account machine-published stories are signed with')
})

t.test('text spaced out character by character is not a menu; menus of two-character labels still are', async t => {
  const spacedOut = '衞 生 署 呼 籲 停 服 一 種 口 服 胰 島 素 胶 囊'
  t.same(texts(stripBoilerplate(draft(spacedOut, PROSE_ZH))), [spacedOut, PROSE_ZH])
  t.same(kinds(stripBoilerplate(draft('首页 新闻 国内 国际 财经', PROSE_ZH))), [['navigation', '首页 新闻 国内 国际 财经']])
})

t.test('a menu line after the last paragraph is a footer\'s and goes; between paragraphs, labels side by side stay', async t => {
  const related = '亿万富豪最多的城市 | 中国香烟排行榜 | 全球最美女儿国'
  const footer = stripBoilerplate(draft(PROSE_ZH, PROSE_ZH, '首页 | 关于我们 | 联系我们 | 网站地图', related))
  t.same(texts(footer), [PROSE_ZH, PROSE_ZH])
  t.same(footer.removed.map(r => r.rule), ['menu-line', 'menu-line'])
  const top = stripBoilerplate(draft('首页 | 关于我们 | 联系我们 | 网站地图', PROSE_ZH, PROSE_ZH))
  t.same(texts(top), [PROSE_ZH, PROSE_ZH])
  // inside the article a list of short items is the article's (`北京 上海 广州 深圳` under `试点城市为：`)
  const inside = stripBoilerplate(draft(PROSE_ZH, '北京 上海 广州 深圳', PROSE_ZH))
  t.same(texts(inside), [PROSE_ZH, '北京 上海 广州 深圳', PROSE_ZH])
  // a reporters' credit in brackets closing the article is no menu: the metadata stage reads it
  const credit = stripBoilerplate(draft(PROSE_ZH, PROSE_ZH, '（记者 张三 通讯员 李四）'))
  t.same(texts(credit), [PROSE_ZH, PROSE_ZH, '（记者 张三 通讯员 李四）'])
})
