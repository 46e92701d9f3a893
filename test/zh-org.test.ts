/**
 * The organisations set of our own (test/fixtures/zh-org, see its README: imitations of Chinese pages of enterprises,
 * schools and universities, hospitals, associations and foundations, trade portals and specialist media, pages seen
 * through WAP, print, Wayback and AMP views, and English pages of Chinese organisations, written without running
 * pagewash; NOT a held-out benchmark). The whole pipeline runs on every page, bytes as served, with the page's URL.
 * Then the mechanisms the set brought in, on small pages:
 *   - titles: a `<title>` that names only an organization, or splits the site from its section with `--`; a
 *     breadcrumb-shaped `<title>`; a lone `<h1>` that is the `<title>`'s section; a separator inside a Chinese
 *     headline the `<title>` repeats whole;
 *   - dates: a listing table's row, event dates (会议时间…), a notice's signature date under short paragraphs below
 *     the labelled info line, a press release's dateline;
 *   - authors: who supplied the piece (`（初二年级组 汪志红 供稿）`), an analyst's box;
 *   - text: comment sections and press-enquiry contacts, section headers with their counts, print-edition notes,
 *     permalinks, investment disclaimers, `Edited by` lines; captions right under a photo in a centred block.
 */
import t from 'tap'
import { processPage, type PageResult } from '../src/pipeline.js'
import { cleanTitle } from '../src/metadata/title.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, checkHiddenSpam, checkOwnBodies, checkOwnFields, ownSet, type KnownFailures } from './helpers.js'

const set = ownSet('zh-org')
const { ids, truth, result } = set

/**
 * Failures still open on this set, each with its diagnosis (asserted as `todo`: when a fix lands, tap reports the
 * todo as passing and the entry can go).
 */
const KNOWN: KnownFailures = {
  'o25-autonews-2015-gbk': {
    author: 'on this auto site the `编辑：王喆` of the info line is the writer (the truth\'s reading of the site); an ' +
      'editor is no author on every other site'
  },
  'o50-soe-project-news-2015-utf8': {
    author: 'two writers in two places: `作者：文/图 周建平` in the info line and `（江淮城际项目部 刘晓燕）` closing the text; ' +
      'the closing credit outranks the info line (data/metadata-evidence.json), so only 刘晓燕 is given'
  },
  // the fifth round (o73-o78, session 40), measured once before any change (README): open
  'o74-medical-association-notice-2007-gb2312': {
    title: 'the `<title>` names the association alone; the notice\'s head is a plain bold table cell, neither title-classed ' +
      'nor set large'
  },
  // the eighth round (o97-o102, session 43), measured once before any change (README): all mended
  // the ninth round (o103-o108, session 44), measured once before any change (README): all mended
  // the tenth round (o109-o114, session 44's second wave), measured once before any change (README): all mended
  // the eleventh round (o115-o120, session 45), measured once before any change (README): all mended
  // the twelfth round (o121-o126, session 45's second wave), measured once before any change (README): open
  'o122-lotus-domino-macau-accountants-notice-2005-big5': {
    date: 'the day-first `發佈日期：14/09/2005` of a Macau page loses to another date read near the headline: not diagnosed ' +
      'further'
  },
  // the thirteenth round (o127-o132, session 46), measured once before any change (README): all mended
  // the fourteenth round (o133-o138, session 47), measured once before any change (README): all mended
  // the fifteenth round (o139-o144, session 47's second wave), measured once before any change (README): open
  'o141-jsp-portal-securities-macro-note-2014-gbk': {
    author: 'the two analysts of the securities firm\'s note are not read'
  },
  // session 48's unseen round, measured once before any change (README): open
  'o147-google-sites-taiwan-ngo-opinion-2018-utf8': {
    title: 'the `<h1>` and the `<title>` are the section\'s name (`觀點專欄`); the headline is an `<h2>` under a `【觀點】` label'
  },
  // session 49's unseen round, measured once before any change (README): all mended since
  // session 50's unseen round, measured once before any change (README): all mended since
  // session 51's unseen round, measured once before any change (README): all mended since
  // session 52's unseen round, measured once before any change (README): none missed
  // session 53's unseen round, measured once before any change (README): all mended since
  // session 54's unseen round, measured once before any change (README): all mended since
  // session 55's unseen round, measured once before any change (README): all mended since
  // session 56's unseen round, measured once before any change (README): all mended since
  // session 57's unseen round, measured once before any change (README): all mended since
  // session 58's unseen round, measured once before any change (README): all mended since
  // session 59's unseen round, measured once before any change (README): all mended since
  // session 59's second unseen round, measured once before any change (README): all mended since
  // session 60's unseen round, measured once before any change (README): open
  'o233-google-cache-taiwan-research-institute-column-electricity-price-sme-energy-saving-big5-meta-kept-2016-utf8': {
    title: 'the `<title>` naming the institute alone is taken; `td.title2` (a class with a one-digit level, as often a ' +
      'subheading\'s: zh-news n306, n318) is no title-classed cell'
  },
  // session 60's second unseen round, measured once before any change (README): all mended since
  // session 61's unseen round, measured once before any change (README): open
  'o242-baidu-space-county-middle-school-youth-league-choir-contest-closing-writer-photographer-2007-gbk-declgb2312': {
    author: 'Baidu Space\'s login `xxezxtw` is taken over the closing `（高二（3）班通讯员 邵喆　摄影：团委 韩赟）` (a class with its own brackets before the role)'
  },
  // session 61's second unseen round, measured once with the first wave's mechanisms (README): open
  'o247-mops-style-tw-listed-led-company-press-clarification-spokesperson-fact-date-minguo-title-is-site-2009-big5': {
    title: 'the `<title>` of the site alone (`公開資訊觀察站`) is taken; the clarification\'s subject is the `主旨` row of a table',
    date: 'the table\'s `發言日期 98/11/17` (Minguo with slashes, beside `事實發生日 98/11/16`) is read by no reader'
  },
  // session 61's third unseen round, measured once with the first two waves' mechanisms (README): open
  'o253-homemade-asp-cixi-small-appliance-maker-canton-fair-orders-title-is-company-signed-writer-sign-date-2003-gb2312': {
    title: 'the `<title>` of the company alone is taken over the headline',
    author: 'the closing signature `外贸部　俞斌` over its date line is read by no reader'
  },
  // session 62's unseen round, measured once before any change (README): open
  'o264-php-fusion6-macau-secondary-school-student-union-green-week-title-is-site-english-month-date-server-day-shoutbox-opening-writer-2005-big5hkscs-declbig5': {
    title: 'PHP-Fusion\'s `<td class="capmain">` headline under a `<title>` of the site is read by no reader',
    date: 'the footer `su_webmaster 發表於 November 15 2005 22:41:07` (in `td.news-footer`) is read by no reader (a post footer, its class `news-footer` read as the page\'s footer; the shoutbox\'s `20/11/2005 18:33`, once taken, is read no more)'
  },
  // session 62's second unseen round, measured once with the first wave's mechanisms (README): all mended since
  // session 63's unseen round, measured once before any change (README): all mended since
  // session 63's second unseen round, measured once with the first wave's mechanisms (README): open
  'o281-yinxiang-evernote-shared-note-web-clip-rice-institute-saline-rice-yield-test-note-title-is-page-title-created-updated-times-sharer-as-author-attribute-2019-utf8': {
    title: 'the clipped page\'s `<title>` (headline, section and institute joined by `_`) is taken over the clip\'s `<h1>`'
  },
  // session 64's unseen round, measured once before any change (README): open
  'o287-baidu-wenku-reader-city-construction-association-work-bulletin-safety-standardisation-training-file-name-title-masthead-line-layers-closing-writer-reviewer-distribution-block-upload-day-2018-utf8': {
    title: 'the masthead\'s issue line `2018年第6期工作简报` is taken; the bulletin\'s headline among Wenku\'s positioned layers is read by no reader',
    date: 'Wenku\'s upload day `2018-06-19` is taken over the masthead\'s own date'
  },
  // session 64's second unseen round, measured once with the first wave's mechanisms (README): open
  'o290-windows-live-spaces-macau-electrical-contractors-association-lighting-fair-tour-space-is-association-byline-first-line-post-before-name-short-date-header-time-in-footer-comments-notice-module-2007-utf8': {
    author: 'the first line `青年委員會副主任　何家俊` (a post before the name, set right) is read by no reader'
  },
  // session 65's unseen round, measured once before any change (README): open
  'o298-360doc-library-saved-copy-provincial-plant-protection-institute-wheat-stem-diseases-article-saver-tag-in-heading-save-day-clipped-info-line-original-date-unit-and-writer-print-links-in-clip-2014-utf8': {
    title: 'the saver\'s tag `【植保】` is kept on the heading',
    date: 'the saver\'s save day `2014-03-05` is taken over the institute\'s info line copied into the text',
    author: 'the writer in the institute\'s copied info line is read by no reader'
  },
  'o300-mailman21-pipermail-archive-hk-private-hospital-health-newsletter-elderly-pneumonia-subject-with-list-tag-and-issue-as-title-sender-is-pr-office-opening-writer-rank-before-name-pre-hard-wrapped-lecture-notice-2004-big5hkscs-declbig5': {
    title: 'the mail subject is taken with its list tag and issue number `[健康通訊] 第58期：`'
  },
  // session 65's second unseen round, measured once with the first wave's mechanisms (README): open
  'o303-asp-epaper-web-edition-taiwan-food-industry-research-centre-japan-positive-list-frozen-edamame-title-is-epaper-and-issue-minguo-issue-date-only-byline-post-after-name-table-references-publisher-editor-footer-2006-big5': {
    title: 'the `<title>`\'s newsletter name and issue `食品產業動態電子報 第58期` is taken over the article\'s heading',
    date: 'the masthead\'s Minguo issue date is read by no reader'
  },
  'o306-finalsite-shanghai-bilingual-school-steam-festival-generic-post-title-h1-is-section-dept-in-author-field-closing-student-writers-grade-before-english-names-after-month-word-date-spans-calendar-related-2019-utf8': {
    title: 'the section\'s `<h1>` `新闻中心` is taken over `h2.fsTitle`',
    author: 'the department in the author field (`市场传讯部 Marketing & Communications`) is taken over the closing student credit'
  },
}

/** Reached when this test was written (59 titles, 60 dates, 58 authors of 60), minus a page or two. */
const TITLE_FLOOR = 0.95
const DATE_FLOOR = 0.95
const AUTHOR_FLOOR = 0.93
/** Mean F1 reached (0.976, per character for Chinese and per word for English), minus a margin. */
const F1_FLOOR = 0.96

t.test('the set: six kinds of organisations\' pages, several charsets', async t => {
  t.equal(ids.length, 306)
  const kinds = new Set(ids.map(id => truth(id).kind))
  for (const k of ['enterprise', 'institution', 'trade', 'specialist', 'view', 'english']) t.ok(kinds.has(k), `a ${k} page`)
  const charsets = new Set(ids.map(id => truth(id).charset.bytes))
  for (const c of ['utf-8', 'gbk', 'gb2312', 'big5', 'big5hkscs']) t.ok(charsets.has(c), `a page in ${c}`)
})

t.test('per-token F1 over the set, and the text decoded right on every page', async t => {
  checkOwnBodies(t, set, F1_FLOOR)
})

t.test('title, publication date and authors of every page', async t => {
  checkOwnFields(t, set, KNOWN, { title: TITLE_FLOOR, date: DATE_FLOOR, author: AUTHOR_FLOOR })
})

t.test('hidden spam is listed as spam; no betting brand is left in a body', async t => {
  // what the page's <body> shows (a keywords <meta> is no text of the page, nor is it a removal)
  const inBody = (id: string): string[] => {
    const html = new TextDecoder(truth(id).charset.bytes.replace('big5hkscs', 'big5')).decode(readFileSync(join(FIXTURES, 'zh-org', 'html', `${id}.html`)))
    const body = html.slice(html.search(/<body/i))
    return truth(id).hidden_spam.filter(s => body.includes(s))
  }
  checkHiddenSpam(t, ids, inBody, id => result(id).article, ['必威', '新葡京', '澳门', '娱乐城', 'bet365'], 1)
})

const P = '<p>　　3月14日下午，我行与澜州市中小企业服务中心战略合作协议签约仪式在我行总部六楼会议室举行，双方代表签署协议。</p>'
const Q = '<p>　　根据协议，今后三年内，我行将向服务中心推荐的优质中小企业提供融资支持，并在结算、理财等方面提供优惠服务。</p>'
const page = (title: string, inner: string, head = ''): PageResult['article'] => processPage({
  content: Buffer.from(`<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${inner}</body></html>`),
  format: 'html'
}).article

t.test('titles: a <title> of the organization alone, or of its site and section, gives way to the title cell', async t => {
  const cell = '<table><tr><td class="lefttitle">学院动态</td></tr><tr><td align="center" class="newstitle">' +
    `我院学生在全省大学生市场调查与分析大赛中获佳绩</td></tr></table>${P}${Q}`
  t.equal(page('南湖理工大学经济与管理学院', cell).title, '我院学生在全省大学生市场调查与分析大赛中获佳绩')
  t.equal(page('青禾慈善基金会--新闻动态', cell).title, '我院学生在全省大学生市场调查与分析大赛中获佳绩', 'an unspaced --')
  // a headline before its site after an unspaced dash is the headline
  t.equal(page('学校召开本科教育工作会议-东陵大学新闻网', cell).title, '学校召开本科教育工作会议')
})

t.test('titles: a breadcrumb <title>, a section <h1>, a separator inside a Chinese headline', async t => {
  t.equal(cleanTitle('楚农信息网 >> 市场信息 >> 价格行情 >> 三月中旬丰源县主要农产品市场价格行情'), '三月中旬丰源县主要农产品市场价格行情')
  t.equal(cleanTitle('Home » News » Council approves the budget for next year'), 'Council approves the budget for next year')
  t.equal(cleanTitle('A > B'), 'A > B', 'two parts are no breadcrumb')
  const banner = '<div class="ir-banner"><h1>投资者关系</h1></div><h2 class="article-title">关于签订日常经营重大合同的公告</h2>'
  t.equal(page('关于签订日常经营重大合同的公告 - 投资者关系 - 浙江恒远智能装备股份有限公司', `${banner}${P}${Q}`).title,
    '关于签订日常经营重大合同的公告', 'the <h1> is the <title>\'s section')
  const h1 = '<h1>匠心筑家 如约而至｜华璟·云著府首批业主喜迎交付</h1>'
  t.equal(page('匠心筑家 如约而至｜华璟·云著府首批业主喜迎交付 - 企业新闻 - 华璟集团', `${h1}${P}${Q}`).title,
    '匠心筑家 如约而至｜华璟·云著府首批业主喜迎交付', 'the <title> adds the section and the site after the whole headline')
  t.equal(page('匠心筑家 如约而至｜华璟集团', `<h1>匠心筑家 如约而至｜华璟集团</h1>${P}${Q}`).title, '匠心筑家 如约而至',
    'a site after the bar, the <title> adding nothing')
})

t.test('dates: a listing row, an event\'s days, a signature under short paragraphs, a press release', async t => {
  const rows = Array.from({ length: 3 }, (_, i) => `<tr><td><a href="news_view.asp?id=${1186 - i}">学院召开秋季学期期中教学检查工作会议${i}</a>` +
    `</td><td class="date">[2013-11-0${4 - i}]</td></tr>`).join('')
  const listed = page('学院动态', `<table>${rows}</table><h1>我院学生在大赛中获佳绩</h1><div>发布日期：2013年11月05日　信息来源：本站</div>${P}${Q}`)
  t.equal(listed.published?.slice(0, 10), '2013-11-05', 'the info line, not a sidebar listing\'s row')
  const notice = '<div class="bar">发布日期：2019-04-12　来源：学会秘书处</div><h3>关于召开2019年学术年会的通知</h3>' +
    '<p>各分支机构、各会员单位：</p><p>为交流生态修复领域的最新研究成果，推动理论与技术创新，中国生态修复学会2019年学术年会定于2019年8月16日至18日在昆明召开。</p>' +
    '<p>会议时间：2019年8月16日至18日</p><p>联系人：王老师</p><p>中国生态修复学会</p><p>2019年4月10日</p>'
  t.equal(page('关于召开2019年学术年会的通知-中国生态修复学会', notice).published?.slice(0, 10), '2019-04-12',
    'the labelled line above the headline, not the meeting\'s days nor the signature')
  const release = '<h1>星图视讯发布“天眼云”平台</h1><div>更新时间：2014/09/18 14:02:31</div>' +
    '<p>中国深圳，2014年9月16日——国内领先的视频监控解决方案提供商星图视讯今日在深圳举行新品发布会，正式推出新一代智能视频云平台。</p>' + P
  const pr = page('星图视讯发布“天眼云”平台', release)
  t.equal(pr.published?.slice(0, 10), '2014-09-16', 'the release\'s dateline over an update')
  t.equal(pr.dateline?.place, '深圳')
})

t.test('authors: who supplied the piece, and an analyst\'s box', async t => {
  const school = page('校运会开幕', `<h1>校运会开幕</h1>${P}${Q}<p align="right">（初二年级组 汪志红 供稿）</p>`)
  t.same(school.authors, ['汪志红'])
  t.notOk(school.body.some(b => b.text.includes('供稿')), 'the credit leaves the text')
  const office = page('协会召开座谈会', `<h1>协会召开座谈会</h1>${P}${Q}<p>（协会秘书处 供稿）</p>`)
  t.same(office.authors, [], 'an office alone is no writer')
  t.equal(office.source, '协会秘书处')
  const analyst = page('建筑钢材价格小幅上涨', `<h1>建筑钢材价格小幅上涨</h1>${P}${Q}<div class="info"><p class="name">分析师：周晓岚</p>` +
    '<p>钢讯网建筑钢材事业部 华东区域分析师</p></div>')
  t.same(analyst.authors, ['周晓岚'])
})

t.test('text: comment sections and press enquiries end the article; notes, links and disclaimers leave it', async t => {
  const text = (inner: string): string[] => page('江城龙腾外援恢复合练', `<h1>江城龙腾外援恢复合练</h1>${P}${Q}${inner}`).body.map(b => b.text)
  const kept = [P, Q].map(p => p.replace(/<\/?p>|\u3000/g, ''))
  t.same(text('<h3>全部回帖（共68条）</h3><p>终于回来了，没有门德斯这几场踢得太憋屈了</p><p>亮了(312) 回复 举报</p>'), kept, 'a header with its count')
  t.same(text('<p>傳媒查詢：</p><p>南嶺大學傳訊及公共關係處</p><p>黃詠琪小姐</p><p>電話：(852) 3400 8123</p>'), kept)
  t.same(text('<p>（本文刊登于《医药商情报》2013年6月5日F2版）</p>'), kept, 'a print-edition note')
  t.same(text('<p>本文网址：http://www.example-jhnews.com.cn/content/2014-05/22/content_3518826.htm</p>'), kept)
  t.same(text('<p>风险提示：本文所提及的观点仅代表个人意见，所涉及标的不作推荐，据此买卖，风险自负。</p>'), kept)
  t.same(text('<p>本文由游民星空制作发布，未经允许禁止转载。</p>'), kept)
  t.same(text('<div>发布者：教务处发布时间：2020-06-15浏览次数：1286</div>'), kept, 'an info line of glued labels')
  const en = page('Forum opens', '<h1>Forum opens</h1><p>The forum opened on Thursday with more than 300 scholars from 20 countries ' +
    'taking part in its sessions.</p><p>The next forum is scheduled to be held in the autumn of 2019 in Shanghai.</p><p>Edited by Zhou Lan</p>')
  t.same(en.editors, [{ role: 'editor', name: 'Zhou Lan' }])
  t.notOk(en.body.some(b => b.text.startsWith('Edited by')))
})

t.test('captions: the short text right under a photo in a centred block', async t => {
  const types = (inner: string): string[] => page('签约', `<h1>签约</h1>${P}${inner}${Q}`).body.map(b => `${b.type} ${b.text}`)
  const photo = '<img src="/UploadFiles/2011315944125.jpg" width="450" height="300">'
  t.same(types(`<p align="center">${photo}</p><p align="center">签约仪式现场</p>`).slice(1, 2), ['caption 签约仪式现场'])
  t.same(types(`<div align="center">${photo}<br><font color="#666666">签约仪式现场</font></div>`).slice(1, 2), ['caption 签约仪式现场'])
  t.same(types(`<p style="text-align:center"><a href="/pic/1.html">${photo}</a><br>华腾T9 Pro屏幕正面</p>`).slice(1, 2),
    ['caption 华腾T9 Pro屏幕正面'], 'a photo linking its page, the caption after a line break')
  t.same(types(`<p>${photo}</p><p>签约仪式现场</p>`).slice(1, 2), ['paragraph 签约仪式现场'], 'not centred: no evidence')
  t.same(types(`<p align="center"><img src="/dot.gif" width="4" height="4"></p><p align="center">签约仪式现场</p>`).slice(1, 2),
    ['paragraph 签约仪式现场'], 'an icon is no photo')
  t.notOk(types(`<p align="center">${photo}</p><p align="center"><a href="/ads/">贊助網站</a></p>`).some(b => b.startsWith('caption')),
    'a link under a banner is no caption (it goes as a lone link)')
})

t.test('second round: a unit before its writer, a Minguo date in a table cell, a release dated first', async t => {
  const info = (line: string): PageResult['article'] => page('城关供电所战高温保供电', `<h1>城关供电所战高温保供电</h1><div>${line}</div>${P}${Q}`)
  const unit = info('作者：澧南县供电公司城关供电所 覃晓峰　来源：本站　时间：2013-07-09')
  t.same(unit.authors, ['覃晓峰'], 'the writer after the unit')
  t.same(info('供稿：二炼钢车间 周建华　发布日期：2012-11-19').authors, ['周建华'], 'a workshop is a unit')
  t.same(page('冻干粉针剂车间通过GMP认证', `<h1>冻干粉针剂车间通过GMP认证</h1>${P}<p>　　车间负责人表示将持续改进。（企业文化部　吴珺瑶）</p>`).authors,
    ['吴珺瑶'], 'a unit and its writer in brackets closing the text')
  t.same(page('冻干粉针剂车间通过GMP认证', `<h1>冻干粉针剂车间通过GMP认证</h1>${P}<p>　　车间负责人表示将持续改进。</p>` +
    '<p style="text-align:right">（省人大常委会法工委　周堃　郭珺）</p>').authors, ['周堃', '郭珺'], 'a unit and its two writers')
  const tw = processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>東興紀念醫院-最新消息</title></head><body>' +
      '<div class="news_title"><span id="lblTitle">公費流感疫苗10月1日開打，本院設置成人及兒童接種專區</span></div>' +
      '<table class="news_info"><tr><td>發布日期：<span>107-09-12</span></td><td>更新日期：<span>107-09-14</span></td></tr></table>' +
      '<p>本院自10月1日起提供公費流感疫苗接種服務，設置成人及兒童接種專區，民眾可攜帶健保卡至門診接種。</p>' +
      '<p>接種時間為週一至週五上午八時至十二時，下午一時半至五時，週六上午八時至十二時。</p></body></html>'),
    format: 'html',
    url: 'http://www.example-dxmh.org.tw/News/News_Detail.aspx?id=1587'
  }).article
  t.equal(tw.published?.slice(0, 10), '2018-09-12', 'the year of the Republic in a labelled cell')
  t.equal(tw.title, '公費流感疫苗10月1日開打，本院設置成人及兒童接種專區', 'the <title> of the site and its section, split at an unspaced hyphen')
  const hk = page('本會調查', '<table><tr><td class="list"><a href="pr20150722.htm">酷熱天氣　本會提醒長者注意防暑</a><br><span>2015年7月22日</span></td></tr>' +
    '<tr><td class="list"><a href="pr20150817.htm">本會護老者支援中心正式投入服務</a><br><span>2015年8月17日</span></td></tr>' +
    '<tr><td class="list"><a href="pr20150901.htm">長者義工嘉許禮圓滿舉行</a><br><span>2015年9月1日</span></td></tr></table>' +
    '<h2>本會調查</h2><p>2015年10月8日（香港）香港耆康關愛協會今日公布「獨居長者社交狀況調查」結果，近四成受訪獨居長者每星期與他人交談少於一次。</p>' + Q)
  t.equal(hk.published?.slice(0, 10), '2015-10-08', 'the release\'s dateline, not a sidebar row\'s date')
  t.equal(hk.dateline?.place, '香港')
})

t.test('second round: reference lists, WeChat furniture and a print page\'s title', async t => {
  const kept = [P, Q].map(p => p.replace(/<\/?p>|\u3000/g, ''))
  const text = (inner: string): string[] => page('行星齿轮传动均载研究', `<h1>行星齿轮传动均载研究</h1>${inner}`).body.map(b => b.text)
  t.same(text(`${P}${Q}<p>参考文献：</p><p>[1] 高振东. 行星齿轮传动设计与计算[M]. 北京：机械工业出版社，2004.</p>`), kept)
  t.same(text(`<p>点击上方蓝字 关注我们</p><p>原创 江州市南湖路小学 2021-06-01</p>${P}${Q}`), kept)
  const school = page('队前教育', `<h1>队前教育</h1>${P}${Q}<p>文字：陈思雨</p><p>图片：刘畅</p><p>编辑：王芳</p>`)
  t.same(school.authors, ['陈思雨'])
  t.same(school.editors.map(e => e.role), ['photographer', 'editor'])
  t.equal(page('打印页面--江东钢铁集团', `<table><tr><td><font class="bt">二炼钢车间开展冬季安全生产大检查</font></td></tr></table>${P}${Q}`).title,
    '二炼钢车间开展冬季安全生产大检查', 'a <title> of the print page and the group; the title in a `bt` cell')
})

t.test('a unit before its writer: a plant, a research group; a clan association\'s <title>', async t => {
  // zh-org o67, o70, o72 of session 39's third unseen wave
  const plant = '<table><tr><td class="news_title">第二炼钢厂3号转炉炉龄突破18000炉创历史新高</td></tr><tr><td>作者：第二炼钢厂 储喆　　' +
    `来源：集团报　　发布时间：2009-07-16　　点击数：1532</td></tr><tr><td>${P}${Q}</td></tr></table>`
  t.same(page('新闻中心--集团要闻', plant).authors, ['储喆'], 'the plant goes to the source')
  t.same(page('科研进展', `<h1>滨海湿地所揭示潮汐淹水调控盐沼蓝碳埋藏的机制</h1>${P}${Q}<p align="right">（供稿：湿地生态过程研究组　韩雪）</p>`)
    .authors, ['韩雪'], 'the research group before the writer')
  const notice = '<p align="center"><b><font size="5">丙戌年春祭暨第十八屆會員大會通告</font></b></p>'
  t.equal(page('澳門區氏宗親會', `${notice}${P}${Q}`).title, '丙戌年春祭暨第十八屆會員大會通告',
    'a clan association\'s name alone names no headline: the line the page prints large')
})

t.test('a friend-links drop-down\'s gambling options are listed as spam links', async t => {
  // zh-org o85 of session 41's unseen round: `<select name="links">` of partner sites with `皇冠投注网` among them
  const links = '<p>友情链接：<select name="links"><option value="">---请选择---</option>' +
    '<option value="http://www.example-univ.cn/">楚江大学</option>' +
    '<option value="http://www.example-hgtz.com/">皇冠投注网</option></select></p>'
  const a = page('我院承办化学实验技能邀请赛', `<h1>我院承办化学实验技能邀请赛</h1>${P}${Q}${links}`)
  const hit = a.removed.find(r => r.text.includes('皇冠投注网'))
  t.equal(hit?.rule, 'spam-links')
  t.notOk(a.removed.some(r => r.text.includes('楚江大学')), 'a partner\'s option is no spam')
})
