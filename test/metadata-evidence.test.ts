/**
 * Issue #12: the publication date read field by field (candidates with their evidence, one chooser ranked by
 * data/metadata-evidence.json), all-numeric dates read by the page's locale, relative dates against the fetch time.
 */
import t from 'tap'
import { choose, chooseAll, evidenceKinds, observeChoices, type Choice } from '../src/metadata/choose.js'
import { readPublished } from '../src/metadata/readers/published.js'
import { numericDateOrder } from '../src/text/date-order.js'
import { findDate } from '../src/text/date.js'
import { splitDatePrefix } from '../src/text/fields.js'
import { findRelativeDate, resolveRelativeDate } from '../src/text/index.js'
import { processPage } from '../src/pipeline.js'
import { keptBlock, lastRunningParagraph, type Kept } from '../src/metadata/evidence.js'
import { isRunningText } from '../src/text/index.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const PROSE = '<p>The council met for six hours on Tuesday and voted to keep the library open through the winter, ' +
  'after a petition signed by more than four thousand residents asked it to reconsider the closure plan.</p>'.repeat(3)
const page = (head: string, body: string, lang = ''): string => {
  const html = lang === '' ? '<html>' : `<html lang="${lang}">`
  return `${html}<head>${head}</head><body><article>${body}${PROSE}</article></body></html>`
}

t.test('the chooser takes the strongest evidence kind, the first of a kind, ambiguous readings last', async t => {
  const kinds = evidenceKinds('published')
  t.ok(kinds.indexOf('json-ld') < kinds.indexOf('body-info-line'), 'markup outranks a line of the body')
  t.ok(kinds.indexOf('headline-text') < kinds.indexOf('json-ld'), 'the date shown beside the headline outranks JSON-LD')
  t.ok(kinds.indexOf('meta-tag') < kinds.indexOf('headline-text'), 'article:published_time outranks it')
  t.equal(kinds[0], 'url', 'the date the URL was filed under, never moved by an update, comes first')
  const metaTags = [{ kind: 'meta-tag', value: 'a' }, { kind: 'meta-tag', value: 'b' }]
  t.equal(choose('published', [{ kind: 'json-ld', value: 'j' }, ...metaTags])?.value, 'a')
  const ambiguous = { kind: 'meta-tag', value: 'x', ambiguous: true }
  t.equal(choose('published', [ambiguous, { kind: 'updated-line', value: 'u' }])?.value, 'u')
  t.equal(choose('published', [{ kind: 'no-such-kind', value: 'x' }]), null, 'a kind not ranked is never used')
  t.throws(() => choose('no-such-field', []), /no evidence ranking/)
})

t.test('an observer sees each decision: the winner and the strongest candidate of another value', async t => {
  const seen: Choice[] = []
  observeChoices(c => { seen.push(c) })
  try {
    const day = { kind: 'url', value: '2024-01-01' }
    choose('published', [{ kind: 'json-ld', value: '2024-01-02' }, day, { kind: 'meta-tag', value: '2024-01-01' }])
    const names = [{ kind: 'markup', value: 'A' }, { kind: 'byline', value: 'B' }, { kind: 'credit', value: 'C' }]
    chooseAll('authors', names)
    const titles = [{ kind: 'hint', value: { title: 'T', block: -1 } }, { kind: 'hint-in-body', value: { title: 'T', block: 0 } }]
    choose('title', titles, (a, b) => a.title === b.title)
  } finally {
    observeChoices(undefined)
  }
  t.same(seen[0].chosen, { kind: 'url', value: '2024-01-01' })
  t.same(seen[0].runnerUp, { kind: 'json-ld', value: '2024-01-02' }, 'the meta tag of the same day is no runner-up')
  t.same(seen[0].kinds, ['url', 'meta-tag', 'json-ld'], 'every candidate\'s kind, strongest first')
  t.same(seen[1].chosen, { kind: 'byline', value: 'B' }, 'a list field: the first of the winning tier')
  t.same(seen[1].runnerUp, { kind: 'markup', value: 'A' }, 'the credits of the winning tier are all chosen')
  t.equal(seen[2].chosen?.kind, 'hint-in-body')
  t.equal(seen[2].runnerUp, null, 'a value the field calls the same is no runner-up')
  choose('published', [{ kind: 'url', value: 'x' }])
  t.equal(seen.length, 3, 'no observer, nothing seen')
})

t.test('published: the URL, markup, then lines of the body; never a date after the fetch', async t => {
  const options = { defaultOffset: null }
  const url = 'https://example.com/2024/06/08/council-budget'
  const found = [{ kind: 'body-info-line', value: '2024-01-01' }]
  const near = [{ kind: 'near-headline', value: 'March 5, 2024' }]
  t.equal(readPublished({ hints: near, found, options }), '2024-03-05')
  const broken = [{ kind: 'json-ld', value: 'not a date' }]
  t.equal(readPublished({ hints: broken, found, options }), '2024-01-01', 'an unreadable one gives way')
  t.equal(readPublished({ hints: near, found, url, options }), '2024-06-08', 'the URL\'s date first')
  t.equal(readPublished({ hints: [], found: [], options }), null, 'no evidence: null')
  const fetchedAt = '2025-02-03T10:00:00Z'
  const later = { hints: [{ kind: 'json-ld', value: '2031-01-01' }], found, options, fetchedAt }
  t.equal(readPublished(later), '2024-01-01', 'a date after the fetch is no publication date')
})

t.test('published: a date read from the text after the page\'s first shown update is no publication date', async t => {
  const options = { defaultOffset: null }
  const update = { kind: 'updated-line', value: '2011-12-14T19:00:00+08:00' }
  // a portal header's clock read beside the headline, two years after the page's own update line
  const clock = [{ kind: 'headline-text', value: '2013年04月10日' }]
  t.equal(readPublished({ hints: clock, found: [update], options }), '2011-12-14T19:00:00+08:00', 'the update, the only date left')
  t.equal(readPublished({ hints: clock, found: [], options }), '2013-04-10', 'without the update nothing says it is no date')
  const earlier = [{ kind: 'headline-text', value: '2011年12月13日' }]
  t.equal(readPublished({ hints: earlier, found: [update], options }), '2011-12-13', 'a date before the update stands')
  const sameDay = [{ kind: 'headline-text', value: '2011年12月14日' }]
  t.equal(readPublished({ hints: sameDay, found: [update], options }), '2011-12-14', 'its day stands')
  // the CMS's own dates stay: a republished page's markup moves past an old update line (WCXB 4074)
  const markup = [{ kind: 'time-element', value: '2026-01-05T00:00:00Z' }]
  const shown = { kind: 'updated-line', value: '2025-06-16' }
  t.equal(readPublished({ hints: markup, found: [shown], options }), '2026-01-05T00:00:00Z')
  const url = 'https://example.com/2026/01/05/renovation-cost'
  t.equal(readPublished({ hints: [], found: [shown], url, options }), '2026-01-05')
})

t.test('published: a line labelled as an update is an update, glued to text or alone (VOA Chinese, daniel-zh)', async t => {
  const prose = '<p>美国劳工部星期四报告说，上星期首次申领失业补贴的人数下降了1.9万，到36.6万。这是2008年5月以来的最低水平，波动较小的四周平均申请人数也出现减少。</p>'.repeat(4)
  const head = '<title>美国申领失业补贴人数降至三年来最低</title>'
  // the header's clock names no day of the article; the update line under the headline is the page's only date
  const header = '<div id="header"><div class="clock">美国东部时间: 06:40 2013年04月10日星期三</div><a href="/">首页</a></div>'
  const body = `${header}<div id="content"><h1>美国申领失业补贴人数降至三年来最低</h1><div class="tools">字体大小 - +</div>` +
    `<p class="dateline">最后更新 14.12.2011 19:00</p>${prose}</div>`
  const article = processPage({ content: page(head, body), format: 'html' }).article
  t.equal(article.published, '2011-12-14T19:00:00+08:00')
  t.notOk(article.body.some(b => /最后更新|字体大小/.test(b.text)), 'the update line and the font-size buttons are no body')
  t.ok(article.removed.some(r => r.rule === 'date-line' || r.text.includes('最后更新')), 'the update line is listed')
  // an update glued before other text is read as an update, not as the publication (`splitDatePrefix`)
  t.same(splitDatePrefix('Updated 2024-03-05 The council met for six hours', null),
    { iso: '2024-03-05', field: 'updated', text: 'Updated 2024-03-05', rest: 'The council met for six hours' })
  t.equal(splitDatePrefix('发布时间：2024-03-05 市政府办公室', null)?.field, 'published')
  t.equal(splitDatePrefix('最后更新 14.12.2011 19:00', 'zh')?.field, 'updated')
  // a signing date glued before other text is a signing date, as on an info line (`signed`, ranked after publication)
  const signed = splitDatePrefix('成文日期：2020年01月10日 国办发〔2020〕1号', 'zh')
  t.same([signed?.field, signed?.signed], ['published', true])
})

// WCXB dev pages (fragments): a JSON-LD `datePublished` years before the date the page shows under its headline
// (an SEO plugin's first draft); a `article:published_time` in UTC naming the next day of the URL's date.
t.test('published: the date shown beside the headline outranks JSON-LD; the URL\'s date outranks UTC markup', async t => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",' +
    '"headline":"Need a Change? 7 Vital Tips on How to Rent a Car","datePublished":"2012-09-12T16:45:28+00:00"}</script>'
  const shown = '<h1>Need a Change? 7 Vital Tips on How to Rent a Car</h1>' +
    '<div class="post-info"><span>By Jane Doe</span> <span>September 8, 2021</span></div>'
  t.equal(processPage({ content: page(ld, shown) }).article.published, '2021-09-08')
  const noneShown = '<h1>Need a Change? 7 Vital Tips on How to Rent a Car</h1>'
  t.equal(processPage({ content: page(ld, noneShown) }).article.published, null,
    'JSON-LD alone, a day the page never shows: no date (data/metadata-evidence.json `alone: shown`)')
  const updated = '<h1>Need a Change? 7 Vital Tips on How to Rent a Car</h1><p>Updated on September 8, 2021</p>'
  t.equal(processPage({ content: page(ld, updated) }).article.published, '2021-09-08',
    'an update the page shows, beside JSON-LD it never shows: the shown date (session 11, readers/published.ts)')
  const both = '<h1>Need a Change? 7 Vital Tips on How to Rent a Car</h1>' +
    '<p>Published September 12, 2012</p><p>Updated on September 8, 2021</p>'
  t.equal(processPage({ content: page(ld, both) }).article.published, '2012-09-12T16:45:28+00:00',
    'an update date beside the headline does not outrank a publication the page shows')
  const utc = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
  const url = 'https://www.example.com/2025/12/18/council-keeps-the-library-open/'
  t.equal(processPage({ content: page(utc, '<h1>Council keeps the library open</h1>'), url }).article.published,
    '2025-12-18', 'the day the URL was filed under')
})

t.test('07/05/2005 is read by the page locale; unknown locale: a reading of two, other evidence preferred', async t => {
  t.equal(numericDateOrder('en-GB', undefined), 'dmy')
  t.equal(numericDateOrder('en-US', 'https://example.co.uk/x'), 'mdy', 'the declared locale wins over the domain')
  t.equal(numericDateOrder('en', 'https://www.example.co.uk/news/1'), 'dmy')
  t.equal(numericDateOrder('fr', undefined), 'dmy')
  t.equal(numericDateOrder('zh-CN', undefined), null, 'Chinese pages write the year first')
  t.equal(numericDateOrder('en', 'https://example.com/x'), null)
  t.equal(numericDateOrder(undefined, 'https://agency.gov/x'), 'mdy')
  t.equal(numericDateOrder(undefined, 'not a url'), null)
  t.same(findDate('Posted 07/05/2005', { order: 'dmy' })?.iso, '2005-05-07')
  t.same(findDate('Posted 07/05/2005', { order: 'mdy' })?.iso, '2005-07-05')
  t.equal(findDate('Posted 07/05/2005')?.ambiguous, true)
  t.equal(findDate('Posted 25/05/2005')?.ambiguous, undefined, 'a day above 12 tells the order')
  t.equal(findDate('Posted 05/05/2005')?.ambiguous, undefined, 'the same either way')

  const line = '<p class="date">Published 07/05/2005</p><h1>Council keeps the library open</h1>'
  t.equal(processPage({ content: page('', line, 'en-GB') }).article.published, '2005-05-07')
  t.equal(processPage({ content: page('', line, 'en-US') }).article.published, '2005-07-05')
  const url = 'https://example.com/news/2005/05/07/library'
  t.equal(processPage({ content: page('', line), url }).article.published, '2005-05-07', 'ambiguous: the URL decides')
})

t.test('relative dates are read against the fetch time, else the page\'s own dates, never the clock', async t => {
  const fetchedAt = '2024-03-05T12:00:00Z'
  const ago = (text: string, offset: string | null = null): string | null => {
    const rel = findRelativeDate(text)
    return rel === null ? null : resolveRelativeDate(rel, fetchedAt, offset)
  }
  t.equal(ago('Posted 3 hours ago'), '2024-03-05T09:00:00Z')
  t.equal(ago('Updated an hour ago · Politics'), '2024-03-05T11:00:00Z')
  t.equal(ago('yesterday at 10:20 PM'), '2024-03-04T22:20:00Z')
  t.equal(ago('2 days ago'), '2024-03-03')
  t.equal(ago('发布时间：3天前', '+08:00'), '2024-03-02')
  t.equal(ago('昨天 10:20', '+08:00'), '2024-03-04T10:20:00+08:00')
  t.equal(ago('半小时前', '+08:00'), '2024-03-05T19:30:00+08:00', 'noon UTC is 20:00 in Beijing')
  t.equal(ago('5分钟前'), '2024-03-05T11:55:00Z')
  t.equal(ago('3 months ago'), null, 'months are too vague for a day')
  t.equal(ago('半天前'), null)
  const day = { amount: 1, unit: 'day' as const, index: 0, length: 9 }
  t.equal(resolveRelativeDate(day, '2024-03-05'), '2024-03-04', 'a day as reference')
  t.equal(resolveRelativeDate(day, 'soon'), null)

  const html = page('', '<h1>Council keeps the library open</h1><p class="meta">3 hours ago</p>')
  t.equal(processPage({ content: html, fetchedAt }).article.published, '2024-03-05T09:00:00Z', 'against the fetch time')
  t.equal(processPage({ content: html }).article.published, null, 'no reference: null, not the clock')
  const zh = '<html><body><h1>全市冬小麦播种进度过半</h1><p>发布时间：3天前</p><div><p>' +
    '截至11月24日，全市冬小麦已播种六十五万亩，占计划面积的百分之五十二，比去年同期快三个百分点。'.repeat(4) + '</p></div></body></html>'
  const a = processPage({ content: zh, fetchedAt: '2021-11-27T02:00:00Z' }).article
  t.equal(a.published, '2021-11-24')
  t.notOk(a.body.some(b => b.text.includes('3天前')), 'the date line left the body')
  const dated = processPage({ content: zh, url: 'https://example.cn/2021/11/26/a.html' }).article
  t.equal(dated.published, '2021-11-26', 'no fetch time: the URL\'s own date, not a relative date read against it')
  // a text page: the line is read out of the blocks
  const lines = '全市冬小麦播种进度过半\n\n3小时前\n\n' + '截至11月24日，全市冬小麦已播种六十五万亩，占计划面积的百分之五十二。'.repeat(3)
  const text = processPage({ content: lines, format: 'text', fetchedAt: '2021-11-27T02:00:00Z' }).article
  t.equal(text.published, '2021-11-27T07:00:00+08:00', '10:00 in Beijing, three hours before')
  t.ok(text.removed.some(r => r.reason === 'relative publication date line'))
  // a sentence that opens with a day word is the article, not a date line: it stays, and dates nothing
  const body = '截至11月24日，全市冬小麦已播种六十五万亩，占计划面积的百分之五十二。'.repeat(3)
  for (const opener of ['昨天下午市委书记到社区调研', '今天记者来到现场']) {
    const sentence = processPage({
      content: `全市冬小麦播种进度过半\n\n${opener}\n\n${body}`, format: 'text', fetchedAt: '2021-11-27T02:00:00Z'
    }).article
    t.equal(sentence.published, null, opener)
    t.ok(sentence.body.some(b => b.text === opener), `${opener}: kept in the body`)
  }
})

t.test('source: the front end\'s, then an info line, a credit, an author that is an organization', async t => {
  const kinds = evidenceKinds('source')
  t.same(kinds.slice(0, 2), ['hint', 'info-line'])
  const body = '截至11月24日，全市冬小麦已播种六十五万亩，占计划面积的百分之五十二，比去年同期快三个百分点。'.repeat(3)
  const org = processPage({ content: `全市冬小麦播种进度过半\n\n作者：县发改委　来源：示例日报\n\n${body}`, format: 'text' }).article
  t.equal(org.source, '示例日报', 'the labelled source outranks an office named as the author')
  t.same(org.authors, [])
  const onlyOrg = processPage({ content: `全市冬小麦播种进度过半\n\n作者：县发改委\n\n${body}`, format: 'text' }).article
  t.equal(onlyOrg.source, '县发改委')
  const html = `<html><head><meta name="source" content="示例市农业农村局"></head><body><h1>全市冬小麦播种进度过半</h1>` +
    `<p>来源：示例日报</p><div><p>${body}</p></div></body></html>`
  t.equal(processPage({ content: html }).article.source, '示例市农业农村局', 'the page\'s own <meta name=source> first')
})

t.test('title: the hint confirmed by the body, the headline starting the page title, the hint, a line', async t => {
  t.same(evidenceKinds('title'), ['hint-in-body', 'visible-headline', 'hint', 'title-line'])
  const body = '截至11月24日，全市冬小麦已播种六十五万亩，占计划面积的百分之五十二，比去年同期快三个百分点。'.repeat(3)
  const html = '<html><head><title>全市冬小麦播种进度过半--第三季度农情简报</title></head><body>' +
    `<div><b>全市冬小麦播种进度过半</b></div><div><p>${body}</p></div></body></html>`
  const a = processPage({ content: html }).article
  t.equal(a.title, '全市冬小麦播种进度过半', 'the visible headline says where the page title ends')
  t.notOk(a.body.some(b => b.text === '全市冬小麦播种进度过半'), 'and leaves the body')
  const text = processPage({ content: `全市冬小麦播种进度过半\n\n${body}`, format: 'text' }).article
  t.equal(text.title, '全市冬小麦播种进度过半')
  t.ok(text.removed.some(r => r.reason === 'title line, read into the title'))
  const prose = processPage({ content: `${body}\n\n${body}`, format: 'text' }).article
  t.equal(prose.title, null, 'no line reads like a title: null')
})

t.test('list fields: every candidate of the strongest tier; the text\'s credits outrank the markup', async t => {
  const { chooseAll } = await import('../src/metadata/choose.js')
  const { readAuthors } = await import('../src/metadata/readers/authors.js')
  const kinds = [{ kind: 'markup', value: 'M' }, { kind: 'credit', value: 'C' }, { kind: 'dateline', value: 'D' }]
  t.same(chooseAll('authors', kinds), ['C', 'D'], 'credits and dateline reporters share a tier')
  t.same(chooseAll('authors', [{ kind: 'markup', value: 'M' }, { kind: 'unknown', value: 'U' }]), ['M'])
  t.same(chooseAll('authors', []), [])
  const base = { editors: [], agency: null, title: null }
  const zh = readAuthors({ ...base, markup: ['王五'], found: [{ kind: 'dateline', value: '张三、李四' }] })
  t.same(zh.authors, ['张三', '李四'], 'a markup name elsewhere on the page gives way to the article\'s reporters')
  const en = readAuthors({ ...base, markup: ['Jane Doe', 'jane doe'], found: [] })
  t.same(en.authors, ['Jane Doe'], 'each name once')
  const office = readAuthors({ ...base, markup: [], found: [{ kind: 'info-line', value: '县发改委' }] })
  t.same([office.authors, office.sources], [[], [{ kind: 'author-organization', value: '县发改委' }]])
  const editor = readAuthors({ ...base, markup: ['何蔚'], found: [], editors: ['何蔚'] })
  t.same(editor.authors, [], 'the markup author the page shows as its editor is the account that posted it')
})

t.test('metadata removals carry their own rules', async t => {
  const text = [
    'Council keeps the library open',
    'Source: City Daily  Time: 2024-03-05 10:00',
    'By Jane Doe',
    'The council met for six hours on Tuesday and voted to keep the library open through the winter months.',
    'A petition signed by more than four thousand residents asked it to reconsider. (Reporter Wang Lin)',
    '[Editor in charge: Zhou Min]'
  ].join('\n\n')
  const { article } = processPage({ content: text, format: 'text' })
  const rules = article.removed.filter(r => r.kind === 'metadata').map(r => r.rule)
  t.same(rules, ['info-line', 'byline', 'info-line', 'title-line', 'credit'])
  t.equal(article.title, 'Council keeps the library open')
  t.same(article.authors, ['Jane Doe', 'Wang Lin'], 'the byline and the credit of the text together')
  t.equal(article.source, 'City Daily')
  t.same(article.editors, [{ role: 'editor in charge', name: 'Zhou Min' }])
})

t.test('07/05/2005 on a page of no declared locale: the detected language of its text tells the order', async t => {
  t.equal(numericDateOrder(undefined, 'https://example.com/x', () => 'fr'), 'dmy')
  t.equal(numericDateOrder(undefined, 'https://example.com/x', () => 'en'), null, 'English writes it both ways')
  t.equal(numericDateOrder(undefined, undefined, () => 'und'), null)
  t.equal(numericDateOrder('en', 'https://example.com/x', () => 'fr'), null, 'a declared language is not overruled')
  t.equal(numericDateOrder(undefined, 'https://example.us/x', () => 'fr'), 'mdy', 'the domain comes first')
  const prose = '<p>Le conseil municipal a voté mardi soir le maintien de la bibliothèque ouverte pendant tout ' +
    "l'hiver, après une pétition signée par plus de quatre mille habitants qui demandaient de revoir le projet.</p>"
  const article = `<h1>La bibliothèque reste ouverte</h1><p>Publié le 07/05/2005</p>${prose.repeat(3)}`
  const html = `<html><body><article>${article}</article></body></html>`
  t.equal(processPage({ content: html, format: 'html', url: 'https://example.com/a' }).article.published, '2005-05-07')
  const english = html.replace(prose.repeat(3), PROSE)
  t.not(processPage({ content: english, format: 'html', url: 'https://example.com/a' }).article.published, '2005-05-07',
    'an English page of no locale keeps the reading of two')
})

t.test('a relative date on the HTML info line, against the fetch time', async t => {
  const html = page('', '<h1>某市召开数字政府建设推进会</h1><div class="info">来源：某市日报　发布时间：昨天 10:20</div>' +
    '<p>某市昨天召开数字政府建设推进会，会议总结了过去一年的工作成效，并部署了下一阶段的重点任务和保障措施。</p>'.repeat(3))
  const { article } = processPage({ content: html, format: 'html', fetchedAt: '2024-03-06T09:00:00+08:00' })
  t.equal(article.published?.slice(0, 10), '2024-03-05')
  t.equal(processPage({ content: html, format: 'html' }).article.published, null, 'no reference: no date')
})

t.test('the last running paragraph, read from the end, is the one a walk from the start finds (real pages)', async t => {
  // every block of the seeds and of the zh-news pages' text, as paragraphs and as other blocks, and every prefix of
  // each page's blocks: the last paragraph may stand anywhere, or nowhere
  const fixtures = join(import.meta.dirname, 'fixtures')
  const pages = [
    ...readdirSync(join(fixtures, 'seeds')).filter(f => f.endsWith('.txt')).map(f => join(fixtures, 'seeds', f)),
    ...readdirSync(join(fixtures, 'zh-news', 'html')).slice(0, 10).map(f => join(fixtures, 'zh-news', 'html', f))
  ].map(f => readFileSync(f, 'utf8').split('\n').map(l => l.replace(/<[^>]*>/g, '').trim()).filter(l => l !== ''))
  const byWalk = (blocks: Kept): number => {
    let last = -1
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i].type === 'paragraph' && isRunningText(blocks[i].text)) last = i
    }
    return last
  }
  let compared = 0
  let found = 0
  for (const lines of pages) {
    const blocks: Kept = lines.map((text, i) => keptBlock({ type: i % 5 === 3 ? 'heading' : 'paragraph', text }, i))
    for (let end = 0; end <= blocks.length; end++) {
      const some = blocks.slice(0, end)
      const last = lastRunningParagraph(some)
      if (last !== byWalk(some)) t.fail(`${end} blocks: ${last}`)
      if (last >= 0) found++
      compared++
    }
  }
  t.ok(found > compared / 3, `${compared} block lists, ${found} with running text`)
})
