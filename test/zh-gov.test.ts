/**
 * The government set of our own (test/fixtures/zh-gov, see its README: imitations of 48 government pages of
 * 2006-2022, central, provincial, city, county and township sites of the mainland, Hong Kong, Macau and Taiwan
 * government pages, and English pages of Chinese government and state sites, written without running pagewash; NOT
 * a held-out benchmark). The whole pipeline runs on every page, bytes as served, with the page's URL. Then the
 * mechanisms the set brought in, on small pages:
 *   - dates: a short paragraph of the article (a Chinese sentence) and a list item linking another page are not the
 *     page's date line; tables of particulars whose labels carry no colon; a product's or a comment's date; a
 *     two-digit Minguo year on a page of Taiwan;
 *   - authors: a government unit (`立案庭`, `農業處`, `柳河镇`) is no person, the staff writer an office files a piece
 *     through is (`供稿：培训部 周晓峰`); a credit line beside a press contact; English pages of Chinese sites (`Text/
 *     Huang Lei Photo/Li Na`, `By A and B in Hangzhou` over the web editor's Chinese name in the markup);
 *   - titles: `站名 栏目 标题` set apart by spaces, a document's number after its title, a table's title row under a
 *     `<title>` that names only the site.
 */
import t from 'tap'
import { processPage, type PageResult } from '../src/pipeline.js'
import { parseInfoCells } from '../src/text/fields.js'
import { cleanTitle } from '../src/metadata/title.js'
import { findDate, minguoPage } from '../src/text/date.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, checkHiddenSpam, checkOwnBodies, checkOwnFields, ownSet, type KnownFailures } from './helpers.js'

const set = ownSet('zh-gov')
const { ids, truth, result } = set

/**
 * Failures still open on this set, each with its diagnosis (asserted as `todo`: when a fix lands, tap reports the
 * todo as passing and the entry can go).
 */
const KNOWN: KnownFailures = {
  'g21-city-hrss-zhaopin-2019-utf8': {
    date: 'the URL\'s `t20190509_` (the CMS record\'s day, by the writer\'s note) outranks the info line\'s ' +
      '`发布时间：2019-05-10 17:30`: the URL ranks first on every set (data/metadata-evidence.json)'
  },
  // the second round (g49-g60, session 35), measured once before any change: titles 7, dates 11, authors 3 of 4 (none
  // given where none), all mended since
  // the third round (g61-g72, session 35), written after the second round's mechanisms and measured once before any
  // change: titles 11, dates 12, authors 1 of 3 (one given where none), all mended since
  // the fourth round (g73-g78, session 35), written at the session's end and measured once before any change: titles
  // 4, dates 5, authors 1 of 3 (one wrong, one given where none), the same at the session's start and end; g75 mended
  'g73-prov-eco-penalty-2020-utf8': {
    title: 'the truth keeps the decision\'s number after its title (`…行政处罚决定书（鄂环罚〔2020〕17号）`), which the ' +
      'metadata stage cuts as a `<title>`\'s document number (this set\'s g-pages of session 32 have it cut): conventions differ'
  },
  'g74-city-12345-weekly-2019-gbk': {
    author: 'the closing `（供稿：市12345热线办　刘喆）` is read as an info line whose author value, a unit with digits and a ' +
      'name, no name splitter divides'
  },
  'g78-city-invest-english-mt-2019-utf8': {
    author: 'the `Author:` slot holds an English section (`Investment Promotion Section`), read as a person'
  },
  // the fifth and sixth rounds (g79-g84, g85-g90, session 36), each measured once before any change (README): open
  'g84-devzone-english-mt-2022-utf8': {
    title: 'the `<title>` runs the zone\'s sections on after the headline with unspaced hyphens between English words ' +
      '(`…18.6 billion yuan-News Center-Xinghu ETDZ`); the printed `<h2 class="art-tit">` is not read under a logo `<h1>`'
  },
  'g90-ministry-english-news-2011-utf8': {
    author: 'the English info line `Updated: … Author: Zhao Yuqing Source: …` is not read for its author'
  },
  // the seventh and eighth rounds (g91-g96, g97-g102, session 37), each measured once before any change (README): all
  // mended since (g97's title in large type by its style sheet, session 38)
  // the ninth and tenth rounds (g103-g108, g109-g114, session 38), each measured once before any change (README): all
  // mended
  // the thirteenth and fourteenth rounds (g127-g132, g133-g138, session 40), measured once before any change: all
  // mended since (g137's WeChat credits between bars, session 45)
  // the twenty-second and twenty-third rounds (g139-g150, session 41), each measured once before any change (README):
  // all mended
  // the thirty-ninth round (g157-g162, session 43; the README's count), measured once before any change: open
  'g160-macau-dept-press-release-bilingual-2008-big5hkscs': {
    title: 'the `<title>` is the section and the bureau\'s Portuguese name; the headline is a plain table cell'
  },
  // the fortieth round (g163-g168, session 44), measured once before any change (README): all mended
  // the forty-first round (g169-g174, session 44's second wave), measured once before any change (README): all mended
  // the forty-second round (g175-g180, session 45), measured once before any change (README): all right
  // the forty-third round (g181-g186, session 45's second wave), measured once before any change (README): all mended
  // the forty-fourth round (g187-g192, session 46), measured once before any change (README): all mended
  // the forty-fifth round (g193-g198, session 47), measured once before any change (README): all mended
  // the forty-sixth round (g199-g204, session 47's second wave), measured once before any change (README): all mended,
  // session 48's unseen round, measured once before any change (README): open
  'g206-hk-legco-press-release-2007-big5hkscs': {
    title: 'the `<title>` is the council, its section and the day (`立法會 - 新聞稿 2007年11月12日`); the head is a bold centred ' +
      '`<font size=3>` paragraph'
  },
  // session 49's unseen round, measured once before any change (README): all mended since
  // session 50's unseen round, measured once before any change (README): open
  'g223-sasac-nc-content-provincial-sasac-soe-cooperation-signing-2023-utf8': {
    title: 'a short form of the headline (`赣鄱能源集团与三市签署新能源合作协议`) is taken over the printed one'
  },
  // session 51's unseen round, measured once before any change (README): none missed
  // session 52's unseen round, measured once before any change (README): all mended since
  // session 53's unseen round, measured once before any change (README): all mended since
  // session 54's unseen round, measured once before any change (README): all mended since
  // session 55's unseen round, measured once before any change (README): none missed
  // session 56's unseen round, measured once before any change (README): open
  'g261-jsp-home-dataserno-taiwan-county-press-release-school-lunch-roc-2009-big5': {
    date: 'the portal\'s Dublin Core `DC.Date` (2007/10/23, the site\'s launch) is taken over the particulars\' `發布日期 ' +
      '98-10-27`'
  },
  // session 57's unseen round, measured once before any change (README): all mended since
  // session 58's unseen round, measured once before any change (README): all mended since
  // session 59's second unseen round, measured once before any change (README): open
  // session 60's unseen round, measured once before any change (README): all mended since
  // session 60's second unseen round, measured once before any change (README): all mended since
  // session 61's unseen round, measured once before any change (README): open
  'g305-egfront-detail-metaid-taiwan-gazette-water-agency-river-area-notice-kandeng-over-fawen-roc-dc-date-update-2019-utf8': {
    date: '`DC.Date` (2019-06-14, a later day) is taken over the record\'s `刊登日期 中華民國108年06月12日`'
  },
  // session 61's second unseen round, measured once with the first wave's mechanisms (README): open
  'g311-phpnuke7-modules-news-article-sid-taiwan-township-elderly-health-check-yearless-date-informant-writes-closing-baodao-comments-2004-big5': {
    date: 'PHP-Nuke\'s yearless `星期三, 六月 09 @ 16:05:27 CST` (the year only in the text\'s `本（93）年` and the footer) is read by no reader'
  },
  // session 61's third unseen round, measured once with the first two waves' mechanisms (README): open
  'g313-ws01-cl-central-drug-regulator-quality-bulletin-batch-numbers-table-fabu-cell-site-title-signature-before-2011-gb2312': {
    title: 'the `<title>` of the agency alone is taken over the bulletin\'s headline in the page\'s table'
  },
  'g318-shownews-php4-issueyy-section-recno-taiwan-island-commission-sars-supplies-press-release-roc-query-form-contact-hacked-2003-big5': {
    title: 'the `<title>` `:::行政院離島建設委員會:::` (the commission\'s name between colons) is taken',
    date: 'the row `92年05月20日　星期二` above the headline (a Minguo year without `民國`) is read by no reader'
  },
  // session 62's unseen round, measured once before any change (README): open
  'g324-static-notices-hk-port-dept-marine-notice-cable-works-subject-in-text-number-line-coordinates-signature-date-only-revision-date-2003-big5': {
    title: 'a notice with no heading element: the bold, underlined subject `藍巴勒海峽－海底電纜鋪設工程` under the number line is read by no reader, and an image\'s `港口及航運處通告` is taken',
    date: 'the works\' `2003年5月19日` in the text is taken; the signature\'s date at the end (2003-05-12) is read by no reader'
  },
  // session 62's second unseen round, measured once with the first wave's mechanisms (README): open
  'g329-info-gov-hk-viewpt-yyyymmddc-htm-hk-monetary-authority-chief-executive-column-post-before-name-newspaper-note-later-column-list-2008-big5': {
    author: 'the bold cell `總裁　梁志遠` (the post, then the name) under the headline is read by no reader'
  },
  // session 63's unseen round, measured once before any change (README): open
  'g335-bo-gazette-i-issue-regadm-cn-asp-macau-administrative-regulation-fire-safety-committee-number-line-subject-bold-no-heading-issue-date-made-date-next-issue-2004-big5hkscs-declbig5': {
    date: 'the closing `二零零四年五月二十一日制定。` (the day the regulation was made) is taken over the issue line `第 22 期 — 2004 年 5 月 31 日` above the text'
  },
  // session 63's second unseen round, measured once with the first wave's mechanisms (README): open
  'g337-n-path-cms-central-sports-admin-mass-sports-conference-desk-author-slot-closing-unit-credit-olympic-countdown-served-day-2008-gb2312': {
    title: 'the `<title>` of section and site is taken (`总局要闻`); the headline is read by no reader'
  },
  'g340-dvbbs71-dispbbs-boardid-county-forum-teacher-hiring-publicity-table-account-poster-edit-stamp-replies-signature-before-hacked-2005-gbk-declgb2312': {
    author: 'the bureau\'s forum login `slrsj` (pinyin initials) is taken on a notice that names no writer'
  },
  'g342-hk-bureau-secretary-blog-index-id-tree-risk-assessment-banner-owner-post-before-name-later-post-list-revision-date-2009-big5hkscs-declbig5': {
    author: 'the secretary named beside the banner (`規劃發展局局長<br />鄭慧明`, a post and a name) is read by no reader'
  },
  // session 64's unseen round, measured once before any change (README): all mended since
  // session 65's unseen round, measured once before any change (README): open
  'g360-edistributionweb-gateway-tc-news-doc-refno-hk-securities-regulator-lifetime-ban-former-account-executive-section-h1-date-above-h2-end-mark-notes-to-editors-quoted-director-later-releases-revision-date-2014-utf8': {
    title: 'the section\'s `<h1>` `新聞稿` is taken over the headline\'s `<h2>` under it'
  },
  // session 65's second unseen round, measured once with the first wave's mechanisms (README): open
  'g366-whatsnew-fa-static-hk-food-safety-centre-food-alert-peanut-butter-aflatoxin-title-image-issue-box-product-table-best-before-lot-number-date-like-revision-date-later-alerts-2012-big5hkscs-declbig5': {
    title: 'the site\'s name `食物安全監測中心` is taken; the headline in a bold `<p>` is read by no reader',
    date: 'the best-before date in the product table is taken over the issue box\'s `發出日期`'
  },
}

/**
 * Reached when this test was written (48 titles, 46 dates, 48 authors of 48; with the second and third rounds 72, 70,
 * 72 of 72), minus a page or two.
 */
const TITLE_FLOOR = 0.95
const DATE_FLOOR = 0.93
const AUTHOR_FLOOR = 0.95
/** Mean F1 reached (0.986, per character for Chinese and per word for English), minus a margin. */
const F1_FLOOR = 0.97

t.test('the set: government sites of four regions and their English pages, several charsets', async t => {
  t.equal(ids.length, 366)
  const charsets = new Set(ids.map(id => truth(id).charset.bytes))
  for (const c of ['utf-8', 'gbk', 'gb2312', 'big5']) t.ok(charsets.has(c), `a page in ${c}`)
  t.ok(ids.some(id => truth(id).charset.note === 'no declaration'), 'a page that declares no charset')
})

t.test('per-token F1 over the set, and the text decoded right on every page', async t => {
  checkOwnBodies(t, set, F1_FLOOR)
})

t.test('title, publication date and authors of every page', async t => {
  checkOwnFields(t, set, KNOWN, { title: TITLE_FLOOR, date: DATE_FLOOR, author: AUTHOR_FLOOR })
})

/**
 * The page's markup from its article's first paragraph to its last, scripts taken out: the spam a reader of the
 * article's text would meet. Spam that an injected script writes (`document.write('<div style="top:-999px">…')`) is
 * never a text of the page, and a link farm in the footer is chrome, outside the article: neither is a removal.
 */
function articleMarkup (id: string): string {
  const bytes = readFileSync(join(ROOT, 'test', 'fixtures', 'zh-gov', 'html', `${id}.html`))
  const html = new TextDecoder(truth(id).charset.bytes.replace('big5-hkscs', 'big5')).decode(bytes)
  const paragraphs = truth(id).ground_truth.main_content.split('\n\n')
  const from = html.indexOf(paragraphs[0].slice(0, 8))
  const last = paragraphs[paragraphs.length - 1]
  const to = html.lastIndexOf(last.slice(-8))
  return from < 0 || to < from ? '' : html.slice(from, to).replace(/<script[\s\S]*?<\/script>/gi, '')
}

t.test('hidden spam is listed as spam; no betting brand is left in a body', async t => {
  const shown = (id: string): string[] => truth(id).hidden_spam.filter(s => articleMarkup(id).includes(s))
  checkHiddenSpam(t, ids, shown, id => result(id).article,
    ['必威', '新葡京', '九游', '开云', '乐鱼', '威尼斯人', '百家樂', 'bet365', 'Casino'], 3)
})

const P = '<p>　　区住房保障部门对申请家庭的住房、收入、财产等情况进行了审核，共有18户申请家庭符合公共租赁住房保障条件，现予以公示。</p>'
const run = (inner: string, head = ''): PageResult['article'] => processPage({
  content: Buffer.from(`<html><head><meta charset="utf-8"><title>公共租赁住房保障对象公示</title>${head}</head><body>` +
    `<h1>公共租赁住房保障对象公示</h1>${inner}</body></html>`),
  format: 'html'
}).article

t.test('dates beside the headline: a short paragraph\'s and a related item\'s are not the page\'s', async t => {
  const notice = `${P}<p>　　一、公示期为7天，自2014年8月12日起至2014年8月18日止。</p>${P}<p>　　市住房保障和房产管理局</p><p>　　2014年8月11日</p>`
  t.equal(run(notice).published?.slice(0, 10), '2014-08-11', 'the sign-off\'s date, not the notice period\'s')
  const related = '<ul><li>·<a href="ShowArticle.asp?ArticleID=850">街道召开人口普查工作动员大会</a>&nbsp;[2010-10-28]</li></ul>'
  const updated = `<div>文章来源：本站原创　更新时间：2010-11-5</div>${P}${related}`
  t.equal(run(updated).published?.slice(0, 10), '2010-11-05', 'the page\'s one date, an update\'s, over a related item\'s')
  // an info line set as a list item, its links to the site's front page: the page's own date
  const info = '<ul><li><a href="http://www.example.com.cn">示例网</a> <span>2012-01-17 16:56</span></li></ul>'
  t.equal(run(`${info}${P}${P}`).published?.slice(0, 10), '2012-01-17')
})

t.test('a government unit where a writer stands is no person; the staff writer an office files a piece through is', async t => {
  const info = (line: string): PageResult['article'] => run(`<div class="info">发布时间：2013-08-21　${line}</div>${P}${P}`)
  t.same(info('作者：立案庭').authors, [], 'a court\'s division')
  t.same(info('供稿：柳河镇 周赟').authors, ['周赟'], 'a town\'s writer')
  t.same(info('供稿：培训部 周晓峰　审核：陈立新').authors, ['周晓峰'])
  t.same(info('撰稿：農業處 黃怡君').authors, ['黃怡君'], 'a division of a bureau, in traditional characters')
  t.same(info('作者：张庭').authors, ['张庭'], 'a person whose given name is a unit\'s word')
  t.equal(info('供稿：柳河镇').source, '柳河镇', 'an office alone is the source')
})

t.test('a writer credited below the text beside a press contact; an office in the markup is the publisher', async t => {
  const person = '<div class="news-person"><p>撰稿人：林宜蓁</p><p>新聞聯絡人：交通局 陳冠宇 科長　聯絡電話：04-2228-0000 分機 12345</p></div>'
  const a = run(`${P}${P}${person}`, '<meta name="DC.Creator" content="臺中市政府交通局">')
  t.same(a.authors, ['林宜蓁'], 'the credit line alone, not run on into the contact line')
})

t.test('a table of particulars whose labels carry no colon', async t => {
  const table = '<table class="xxgk"><tr><td class="t">索引号</td><td>11330100MB1F23456K/2021-01873</td><td class="t">主题分类</td><td>市场监管</td></tr>' +
    '<tr><td class="t">发布机构</td><td>澄州市市场监督管理局</td><td class="t">发文字号</td><td>澄市监告〔2021〕16号</td></tr>' +
    '<tr><td class="t">成文日期</td><td>2021-07-09</td><td class="t">发布日期</td><td>2021-07-12</td></tr></table>'
  const a = run(`${table}${P}${P}`)
  t.equal(a.published?.slice(0, 10), '2021-07-12', 'the publication\'s row, not the signing\'s')
  t.equal(a.source, '澄州市市场监督管理局')
  const tw = '<table class="newsTb"><tr><th>發布單位</th><td>農業處</td></tr><tr><th>發布日期</th><td>2010-04-23</td></tr>' +
    `<tr><th>撰稿</th><td>農業處 黃怡君</td></tr><tr><th>內容</th><td>${P}${P}</td></tr></table>`
  const b = run(tw)
  t.same(b.authors, ['黃怡君'], 'a row of its own: the writer after her division')
  t.equal(b.published?.slice(0, 10), '2010-04-23')
  // the cells as the readers see them: a label alone is a label; a listing under a header row is no such table
  t.same(parseInfoCells(['发布机构', '澄州市市场监督管理局', '发布日期', '2021-07-12'], null).map(i => i.fields[0].field),
    ['source', 'published'])
  t.same(parseInfoCells(['标题', '发布日期', '关于开展春季造林工作的通知', '2021-03-02', '关于做好防汛工作的通知', '2021-05-06',
    '关于加强森林防火工作的通知', '2021-04-01'], null), [])
})

t.test('a sampling notice\'s table dates products, not the page', async t => {
  const rows = '<table><tr><th>序号</th><th>食品名称</th><th>生产日期/批号</th><th>不合格项目</th></tr>' +
    '<tr><td>1</td><td>芹菜</td><td>2021-05-27（购进日期）</td><td>毒死蜱</td></tr></table>'
  t.equal(run(`<p>　　近期，市市场监督管理局组织抽检蔬菜、水果等食品。</p>${rows}${P}`).published, null)
  // nor does a date-classed element that dates a comment, far from the headline
  t.equal(run(`${P.repeat(45)}<div class="bar"><span class="date">最新评论 2021-03-02</span></div>`).published, null)
})

t.test('titles: a <title> of the office, its section and the headline, set apart by spaces', async t => {
  const page = (title: string, shown: string): string | null => processPage({
    content: Buffer.from(`<html><head><meta charset="utf-8"><title>${title}</title></head><body><table><tr>` +
      `<td class="title">${shown}</td></tr></table>${P}${P}</body></html>`),
    format: 'html'
  }).article.title
  t.equal(page('浙江省公安厅 关于沪昆高速金华段较大道路交通事故的情况通报', '关于沪昆高速金华段较大道路交通事故的情况通报'),
    '关于沪昆高速金华段较大道路交通事故的情况通报')
  t.equal(page('柳坪县人民政府 乡镇动态 柳河镇推进农村环境卫生集中整治', '柳河镇推进农村环境卫生集中整治'), '柳河镇推进农村环境卫生集中整治')
  // a headline's second clause, or a keyword, after a space is no office's name
  t.equal(page('途牛发布春节出游调查报告 六成受调者选择自助游', '途牛发布春节出游调查报告'), '途牛发布春节出游调查报告 六成受调者选择自助游')
})

t.test('titles: a government document\'s number after its title in the <title> is no part of it', async t => {
  t.equal(cleanTitle('国务院办公厅关于进一步加强农村供水工程运行管护工作的通知（国办发〔2019〕21号）_政府信息公开专栏'),
    '国务院办公厅关于进一步加强农村供水工程运行管护工作的通知')
  t.equal(cleanTitle('国家测绘地理信息局公告（2015年第4号）'), '国家测绘地理信息局公告')
  t.equal(cleanTitle('关于印发工作规则的通知(冀政办发[2017]12号)'), '关于印发工作规则的通知')
  t.equal(cleanTitle('某某街道开展第3号台风防御工作'), '某某街道开展第3号台风防御工作', 'a number in the headline\'s words stays')
})

t.test('English pages of Chinese sites: a machine-translated credit, a byline over the web editor in the markup', async t => {
  const EN = '<p>The county has opened its first rural revitalization workshops, where villagers process local tea and bamboo products for sale online.</p>'
  const en = (inner: string, head = ''): PageResult['article'] => processPage({
    content: Buffer.from(`<html lang="en"><head><meta charset="utf-8"><title>Workshops open in the county</title>${head}</head>` +
      `<body><h1>Workshops open in the county</h1>${inner}</body></html>`),
    format: 'html'
  }).article
  const mt = en(`<div id="zoom"><p class="credit">Text/Huang Lei Photo/Li Na</p>${EN}${EN}</div>`)
  t.same(mt.authors, ['Huang Lei'], '文/黄磊 图/李娜 in English: the writer')
  t.same(mt.editors, [{ role: 'photographer', name: 'Li Na' }])
  const closing = en(`<div id="zoom">${EN}${EN}<p style="text-align: right;">(Text/Zhou Qing  Figure/Lin Hao)</p></div>`)
  t.same([closing.authors, closing.editors], [['Zhou Qing'], [{ role: 'photographer', name: 'Lin Hao' }]],
    'the same credit in brackets closing the text, 图 as `Figure`')
  t.notOk(closing.body.some(b => b.text.includes('Zhou Qing')), 'the credit leaves the text')
  const cd = en(`<div class="info"><span>By SHEN YUHAN and WU JIANHUA in Hangzhou | China Daily | Updated: 2016-05-07 07:23</span></div>${EN}${EN}`,
    '<meta name="author" content="刘静">')
  t.same(cd.authors, ['SHEN YUHAN', 'WU JIANHUA'], 'the byline a reader sees, without the place it was filed from')
  t.notOk(cd.body.some(b => b.text.includes('Updated')), 'the byline line leaves the text')
  t.equal(cd.source, 'China Daily')
  // an info line of adjacent spans, no space between them
  const spans = en('<div class="attr"><span>Source: Publicity Department of Qingshan County Committee</span><span>Responsible ' +
    `editor: Zhou Min</span><span>Views: 1024</span></div>${EN}${EN}`)
  t.equal(spans.source, 'Publicity Department of Qingshan County Committee')
  t.same(spans.editors, [{ role: 'editor in charge', name: 'Zhou Min' }])
})

t.test('a two-digit Minguo year on a page of Taiwan', async t => {
  t.equal(findDate('99年4月23日', { minguo: true })?.iso, '2010-04-23')
  t.equal(findDate('發布日期：99-04-23', { minguo: true })?.iso, '2010-04-23')
  t.equal(findDate('99年4月23日'), null, 'elsewhere a year cut short, read as none')
  t.ok(minguoPage('zh-Hant-TW', undefined))
  t.ok(minguoPage(undefined, 'http://www.pthg.gov.tw/tw/News_Detail.aspx?s=4731'))
  t.notOk(minguoPage('zh-HK', 'https://www.info.gov.hk/gia/general/201205/07/P201205070523.htm'))
  const page = processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>屏東縣政府全球資訊網</title></head><body>' +
      '<table><tr><th>發布日期</th><td>99年4月23日</td></tr><tr><th>撰稿</th><td>農業處 黃怡君</td></tr>' +
      `<tr><th>內容</th><td>${P}${P}</td></tr></table></body></html>`),
    format: 'html',
    url: 'http://www.pthg.gov.tw/tw/News_Detail.aspx?s=4731&n=10542'
  }).article
  t.equal(page.published?.slice(0, 10), '2010-04-23')
  // on the set's page the table holds the article too: its label and value cells were blocks of the text
  const g38 = result('g38-tw-county-news-2010-big5').article
  t.same(g38.body.map(b => b.text).filter(x => /^(?:標題|發布單位|發布日期|撰稿|農業處)$|^農業處 黃怡君$/.test(x)), [])
})

t.test('titles: a <title> that names only the site, and a table of particulars that names the document', async t => {
  const page = (head: string, rows: string): string | null => processPage({
    content: Buffer.from(`<html><head><meta charset="utf-8"><title>${head}</title></head><body><table>${rows}` +
      `<tr><th>內容</th><td>${P}${P}</td></tr></table></body></html>`),
    format: 'html'
  }).article.title
  const rows = '<tr><th>標題</th><td><b>屏東有機農業成果展暨農民市集　24、25日縣民公園登場</b></td></tr><tr><th>發布單位</th><td>農業處</td></tr>'
  t.equal(page('屏東縣政府全球資訊網', rows), '屏東有機農業成果展暨農民市集 24、25日縣民公園登場')
  t.equal(page('縣府舉辦有機農業成果展_屏東縣政府全球資訊網', rows), '縣府舉辦有機農業成果展', 'a <title> with a headline keeps it')
  // the site and two sections, the headline in a title cell beside a box's title
  const cells = (head: string): string | null => processPage({
    content: Buffer.from(`<html><head><meta charset="utf-8"><title>${head}</title></head><body>` +
      '<table><tr><td class="boxtitle">通告及公告</td></tr><tr><td><a href="/c/1">最新通告</a></td></tr></table>' +
      '<table><tr><td class="doctitle">普通對外入職開考通告（技術員職程第一職階二等技術員）</td></tr></table>' +
      `<div id="docArea">${P}${P}</div></body></html>`),
    format: 'html'
  }).article.title
  t.equal(cells('民政總署 - 通告及公告 - 招聘'), '普通對外入職開考通告（技術員職程第一職階二等技術員）')
  // a <title> with a headline printed nowhere, the title cell telling the same notice in other words (`技術員`, `開考通告`):
  // the cell's, the headline a reader sees (since session 57: meta.ts `rewordedClassed`)
  t.equal(cells('環境衛生技術員開考通告 - 民政總署'), '普通對外入職開考通告（技術員職程第一職階二等技術員）')
  t.match(cells('民政總署招聘資訊 - 民政總署'), /^民政總署招聘資訊/, 'a <title> of other words keeps it')
})

t.test('the furniture of the English pages of Chinese state media leaves the text', async t => {
  const A = 'The Ministry of Agriculture will launch a campaign against fake and inferior seeds, fertilizers and pesticides.'
  const B = 'Local agricultural departments are required to set up hotlines and publish the results of their inspections.'
  const text = (inner: string): string[] => processPage({
    content: Buffer.from('<html lang="en"><head><meta charset="utf-8"><title>Campaign against fake farm inputs</title>' +
      `</head><body><h1>Campaign against fake farm inputs</h1><div class="content">${inner}</div></body></html>`),
    format: 'html'
  }).article.body.map(b => b.text)
  t.same(text(`<p>Video PlayerClose</p><p>${A}</p><p>${B}</p><p>Enditem</p>`), [A, B], 'Xinhua English')
  t.same(text(`<p>${A}</p><p>${B}</p><p>Contact the writers at shenyuhan@chinadaily.com.cn</p>` +
    '<p>(China Daily 05/07/2016 page4)</p>'), [A, B], 'China Daily')
  t.same(text(`<p>${A}</p><p>Attachment: Form for Reporting Cases of Fake Agricultural Inputs.doc</p><p>${B}</p>`), [A, B],
    'a machine-translated 附件 line')
})

t.test('a Taiwan press release: the publication day of its line, not the update the markup\'s DC.Date repeats', async t => {
  // zh-gov g124 of session 39's fourth unseen wave: `發布日期：107-08-23` and `資料更新日期：107-08-24` beside
  // `<meta name="DC.Date" content="2018-08-24">`
  const html = '<html lang="zh-Hant-TW"><head><meta charset="utf-8"><meta name="DC.Date" content="2018-08-24">' +
    '<title>屏東縣政府全球資訊網-新聞稿</title></head><body><h2 class="title">長照2.0再升級 屏東新增12處巷弄長照站</h2>' +
    '<div class="detail"><ul><li>發布單位：衛生局</li><li>發布日期：107-08-23</li><li>資料更新日期：107-08-24</li>' +
    '<li>點閱次數：1,287</li></ul></div><div class="cp"><p>為讓偏鄉長輩在熟悉的社區就能獲得照顧服務，屏東縣政府持續推動長照2.0，' +
    '今（23）日宣布新增12處巷弄長照站，讓長輩就近參與健康促進與共餐活動。</p><p>衛生局表示，新設據點以山地鄉及偏遠村落為優先，' +
    '並結合在地社區發展協會與教會的人力資源。</p></div></body></html>'
  const a = processPage({ content: html, format: 'html', url: 'https://www.pthg.gov.tw/News_Content.aspx?n=1' }).article
  t.equal(a.published?.slice(0, 10), '2018-08-23')
})
