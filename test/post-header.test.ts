/**
 * Issue #12, English pages of blog platforms: the post header under the headline (`Jane Doe · 5 min read · Mar 5,
 * 2024`, `Reading time: 4 minutes | March 5, 2024`) is no article text, with or without an author in the markup. The
 * WCXB pages that print one (`March 15, 2022 · 3 min read · By ASU Online`, `24 Apr 2000 • 3 min read`,
 * `Bridgestone Team | 5 min read`) lose it from the body; a sentence that mentions minutes stays.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { parseInfoLine } from '../src/text/fields.js'

const PROSE = [
  'Councillors have voted to approve a network of new cycle lanes across the town centre, despite objections from some traders.',
  'The scheme, which will cost an estimated 2.4 million dollars, includes segregated lanes on three main roads and a new crossing.',
  'Opponents said they would continue to campaign against the loss of parking, and called for a review after the first year.'
]
const page = (line: string): string => '<html><head><title>Council approves new cycle lanes | Metro Times</title></head>' +
  `<body><article><h1>Council approves new cycle lanes</h1><div>${line}</div>` +
  PROSE.map(p => `<p>${p}</p>`).join('') + '</article></body></html>'

t.test('a post header leaves the body and gives its date', async t => {
  const cases: Array<[string, string | null]> = [
    ['Jane Doe · 5 min read · Mar 5, 2024', '2024-03-05'],
    ['Jane Doe · Follow · 5 min read · Mar 5, 2024', '2024-03-05'],
    ['Reading time: 4 minutes | March 5, 2024', '2024-03-05'],
    ['March 15, 2022 · 3 min read · By ASU Online', '2022-03-15'],
    ['24 Apr 2000 • 3 min read', '2000-04-24'],
    ['Bridgestone Team | 5 min read', null],
    ['3 MIN. READ', null]
  ]
  for (const [line, date] of cases) {
    const { article } = processPage({ content: page(line), format: 'html' })
    t.same(article.body.map(b => b.text), PROSE, line)
    t.equal(article.published, date, `${line}: the date`)
    t.same(article.authors, [], `${line}: no author without the markup (\`World News · 5 min read\` is shaped alike)`)
  }
})

t.test('a line with more than furniture beside the reading time stays', async t => {
  for (const line of ['It takes 5 min to read this report, published March 5, 2024', 'Read more: 5 min read · Politics, Economy, Health']) {
    const { article } = processPage({ content: page(line), format: 'html' })
    t.equal(article.body[0].text, line)
  }
})

t.test('`Reading time:` is no `Time:` label: the info line beside it reads', async t => {
  t.same(parseInfoLine('Published: March 5, 2024 · Reading time: 4 min', null)?.dates, [{ iso: '2024-03-05', field: 'published' }])
  t.same(parseInfoLine('Reading time: 4 minutes | March 5, 2024', null)?.dates, [{ iso: '2024-03-05', field: 'published' }])
})

t.test('a relative date in a post header is read against the fetch time, as in a markup author\'s byline line', async t => {
  const { article } = processPage({ content: page('Jane Doe · 3 hours ago · 5 min read'), format: 'html', fetchedAt: '2024-03-05T12:00:00Z' })
  t.same(article.body.map(b => b.text), PROSE)
  t.equal(article.published, '2024-03-05T09:00:00Z')
})

t.test('a Firebird-family BBS post header gives the post\'s writer, title and time', async t => {
  const { load } = await import('cheerio')
  const { bbsHeader } = await import('../src/parse/html/bbs-header.js')
  const body = (html: string): Parameters<typeof bbsHeader>[0] =>
    load(`<html><body>${html}</body></html>`)('body')[0]
  const pre = '<pre>发信人: lightsail (追风的小帆), 信区: JCU_Memory\n标  题: 老图书馆闭馆前的最后一个晚上\n' +
    '发信站: 白鹭BBS (Tue Mar 15 21:03:11 2005), 站内\n\n　　昨天晚上是老图书馆三楼阅览室开放的最后一个晚上。</pre>'
  t.same(bbsHeader(body(pre)), { author: 'lightsail', title: '老图书馆闭馆前的最后一个晚上', date: 'Tue Mar 15 21:03:11 2005' })
  // the account a link, the lines `<br>`-separated (nForum), the board's own date form, Traditional labels
  const br = '<div class="a-content"><p>發信人: <a href="/user/query/wenqing">wenqing</a> (找工作是一场马拉松), 看板: Job<br>' +
    '標  題: 求職總結<br>發信站: 燕園晨鐘站 (2013年04月12日21:35:08 星期五), 站內<br><br>正文</p></div>'
  t.same(bbsHeader(body(br)), { author: 'wenqing', title: '求職總結', date: '2013年04月12日21:35:08 星期五' })
  // the first header is the opening post's
  t.equal(bbsHeader(body(pre + pre.replace('lightsail', 'mumuxi').replace('标  题: ', '标  题: Re: ')))?.author, 'lightsail')
  t.equal(bbsHeader(body('<p>发信人：张三，事由：请假</p>')), undefined, 'a line that only opens like one')
  // the pipeline: the header's title over a `<title>` of the site and the view, its time the post's date
  const { article } = processPage({
    content: `<html><head><title>白鹭BBS -- 同主题文章阅读</title></head><body>${pre}</body></html>`, format: 'html'
  })
  t.equal(article.title, '老图书馆闭馆前的最后一个晚上')
  t.equal(article.published?.slice(0, 10), '2005-03-15')
  t.same(article.authors, ['lightsail'])
})
