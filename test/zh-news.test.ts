/**
 * The Chinese news set of our own (test/fixtures/zh-news, see its README: imitations of 40 news sites' article
 * templates of 2006-2021, mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia, written without running
 * pagewash, NOT the held-out benchmark of issue #12). The whole pipeline runs on every page, bytes as served, with
 * the page's URL and, where it has relative dates, its crawl time. Then the mechanisms the set brought in, on small
 * pages and on the readers alone:
 *   - a closing credit with the reporter's paper before the role (`（华商报记者 杨帆 实习生 何静怡）`), a caption's
 *     photo credit (`（記者蘇孟娟攝）`: a photographer, no author);
 *   - a newsroom's desk or department where a byline stands (`作者：新闻部`, `國際中心／綜合報導`) is no person;
 *   - a markup time in UTC that states the very instant the page shows in its own zone is read in that zone.
 */
import t from 'tap'
import { processPage, type PageResult } from '../src/pipeline.js'
import { isDeskByline, judgeAuthor } from '../src/metadata/authors.js'
import { splitNames } from '../src/text/fields.js'
import { monthDay } from '../src/text/date.js'
import { cleanTitle } from '../src/metadata/title.js'
import { splitCredit } from '../src/text/captions.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, checkHiddenSpam, checkOwnBodies, checkOwnFields, ownSet, type KnownFailures } from './helpers.js'

const set = ownSet('zh-news')
const { ids, truth, result } = set

/**
 * Failures still open on this set, each with its diagnosis (asserted as `todo`: when a fix lands, tap reports the
 * todo as passing and the entry can go).
 */
const KNOWN: KnownFailures = {
  // the third round (n41-n52, session 33), measured once before any change: open, each a class of its own
  'n43-guanhai-column-2017-utf8': {
    author: 'the columnist is named only in the byline box `【文/观海网专栏作者 陈嘉树】` and the author card'
  },
  // the fourth round (n53-n64, session 34), measured once before any change: authors 9 of 12, all mended since
  // the fifth round (n65-n76, session 35), measured once before any change: titles 9, dates 12, authors 7 of 11, all
  // mended since; the sixth (n77-n88, session 35, written after the fifth's mechanisms): titles 10, dates 11, authors
  // 10 of 11 (one given where none), all mended since
  // the seventh (n89-n94, session 35's end), measured once: titles and dates 6, authors 5 of 6, at the start and end
  'n93-toronto-portal-2021-utf8': {
    author: 'the truth names the compiler (`编译：林雪`) as the writer; data/metadata-labels.json reads `编译` as a ' +
      'translator\'s label, an editor\'s role: conventions differ'
  },
  // the eighth to eleventh rounds (n95-n118, session 36), each measured once before any change (README): open
  'n106-broadcaster-chinese-service-2010-utf8': {
    author: 'the name and the role stand on two lines outside the article (`孙立言` / `欧亚广播中文网记者　伦敦报道`), read by no reader'
  },
  'n118-uk-chinese-weekly-2006-gbk': {
    author: 'the info line\'s `文：王思齐` (`文：王思齐　图：陈立　发布时间：07/03/2006 17:45（伦敦时间）`): `文：` is no info-line label'
  },
  // the twelfth to fifteenth rounds (n119-n142, session 37), each measured once before any change (README): all mended
  // since (n119 in session 39, n137 in session 53, n141 in session 55: the citizen reporter who shot the photos too)
  // the sixteenth to nineteenth rounds (n143-n166, session 38), each measured once before any change (README): open
  'n160-finance-epaper-machine-tools-2004-gbk': {
    title: 'the `<title>` is the e-paper\'s edition label (`上海证券报·A8版·公司新闻`, parted by `·`, which no title separator ' +
      'is); the printed head is three decks in table cells, none title-classed nor set large',
    author: 'the byline `本报记者 陈志远` stands on a line of its own between the head and the text, outside the article cell'
  },
  // the twentieth to twenty-seventh rounds (n167-n214, session 39), each measured once before any change (README): all
  // mended
  // the twenty-eighth to thirty-fourth rounds (n215-n256, session 40), each measured once before any change (README):
  // open
  'n228-smd-nddaily-wage-arrears-2008-gb2312': {
    title: 'the `<title>` gives the subtitle-length story line (`东莞樟木头一玩具厂老板“失踪” 300余工人守厂讨薪`); the short ' +
      'printed head above the subtitle is not told from it'
  },
  'n238-macau-weekly-2009-hidden-spam-big5hkscs': {
    date: 'the issue date in the masthead beside the next issue\'s date is read by no reader'
  },
  'n241-guancha-column-2014-utf8': {
    author: 'the columnist is only in `【文/观察者网专栏作者 沈立新】` (left out of the text) and the author card, as n43'
  },
  'n244-redstar-mobile-heat-stations-2022-utf8': {
    author: 'the byline line mixes two reporters and a `摄影记者` with no label the readers take whole'
  },
  'n253-sg-evening-tabloid-2008-gb2312': {
    author: 'the byline `报道●林伟强　摄影●黄荣发` parts its roles with a bullet, which no credit reader knows'
  },
  // the thirty-fifth to forty-third rounds (n257-n304, session 41), each measured once before any change (README):
  // all mended
  // the forty-fourth round (n305-n310, session 42's first wave), measured once before any change: all mended (n307's
  // two-line headline in session 43)
  // the forty-sixth to forty-eighth rounds (n317-n334, session 43), measured once before any change (README): all
  // mended
  // the forty-ninth round (n335-n340, session 44), measured once before any change (README): all mended
  // the fiftieth round (n341-n346, session 44's second wave), measured once before any change (README): open
  'n346-county-paper-founder-epaper-bayberry-2014-gb18030': {
    author: 'the Founder e-paper\'s byline `记者 王䶮 通讯员 刘晓峰 陈书婷` is not read'
  },
  // the fifty-first and fifty-second rounds (n347-n352, n353-n358, session 45), measured once before any change
  // (README): all right
  // the fifty-third round (n359-n364, session 46), measured once before any change (README): all mended (n359's
  // headline above its dashed subtitle, session 47)
  // the fifty-fourth round (n365-n370, session 47), measured once before any change (README): all mended
  // the fifty-fifth round (n371-n376, session 47's second wave), measured once before any change (README): all right,
  // session 48's unseen round, measured once before any change (README): open
  'n377-korean-chinese-daily-ndsoft-php-2017-utf8': {
    title: 'the `<title>` and og:title add a second deck (` 40家企业招人`) to the printed `div.article-head-title`; the longer ' +
      'story line is taken'
  },
  'n382-city-news-site-dreamweaver-tables-2003-gb2312': {
    title: 'the `<title>`\'s last part (`三大车站设测温点 进站旅客逐一“过关”`) is another wording of the printed head, which stands in ' +
      'a bold 20px `<font>` cell'
  },
  // session 48's second unseen round, measured once before any change (README): all mended since (n388 in session 49)
  // session 49's unseen round, measured once before any change (README): open
  'n394-hcmc-chinese-daily-vietnamese-cms-sapo-bare-names-2019-utf8': {
    author: 'the writers are bare bold names closing the text (`<strong>明芳 - 家荣</strong>`), no role nor label, read by no ' +
      'reader'
  },
  // session 50's unseen round, measured once before any change (README): all mended since
  // session 51's unseen round, measured once before any change (README): all mended since
  // session 52's unseen round, measured once before any change (README): open
  'n409-county-city-daily-founder-nwd-epaper-kicker-subtitle-pdf-2015-utf8': {
    title: 'the e-paper\'s `<title>` of the paper and the issue (`青屿日报-2015年06月18日`) is taken over the printed headline'
  },
  'n412-guangxi-city-portal-supesite-column-bio-box-writer-2007-gb2312': {
    author: 'the `作者` field holds the column\'s name (`南窗夜话`); the writer is only in the bio box'
  },
  // session 53's unseen round, measured once before any change (README): open
  'n417-vienna-chinese-weekly-typo3-tt-news-ddmmyy-cest-desk-author-hacked-2012-utf8': {
    date: 'TYPO3\'s `<meta name="date" content="2012-06-18">` is taken over the shown `17.06.12 23:40` (Vienna\'s ' +
      'evening, the next day in China)'
  },
  // session 54's unseen round, measured once before any change (README): all mended since
  // session 55's unseen round, measured once before any change (README): open
  'n428-provincial-web-tv-flash-player-transcript-role-labels-credit-block-hacked-2014-utf8': {
    title: 'the `<title>` of the video page (`【长白新闻联播】秸秆变燃料 …-长白网络广播电视台`), worded otherwise than the headline, is taken'
  },
  // session 56's unseen round, measured once before any change (README): all mended since
  // session 57's unseen round, measured once before any change (README): all mended since
  // session 58's unseen round, measured once before any change (README): all mended since
  // session 59's unseen round, measured once before any change (README): all mended since
  // session 59's second unseen round, measured once before any change (README): all mended since
  // session 60's unseen round, measured once before any change (README): all mended since
  // session 60's second unseen round, measured once before any change (README): all mended since
  // session 61's unseen round, measured once before any change (README): open
  'n474-mauritius-chinese-daily-spip31-dist-french-labels-utc-abbr-day-before-redaction-author-surtitre-closing-reporter-hacked-2016-utf8': {
    date: 'SPIP\'s `<abbr class="published" title="2016-03-14T22:40:00Z">mardi 15 mars 2016</abbr>` (a French day over the UTC time of the evening before) is read by no reader'
  },
  // session 61's second unseen round, measured once with the first wave's mechanisms (README): open
  'n482-inner-mongolia-provincial-tv-site-sobey-style-folder-url-programme-source-player-airday-tongqisheng-speakers-mongolian-names-closing-credit-cameraman-2016-utf8': {
    author: 'the closing `记者：乌日娜　萨如拉　其木格（锡林郭勒台）　摄像：巴特尔`: the station in brackets goes (session 61), but ' +
      '`其木格`, a Mongolian name with no Han surname, is judged no name: two of the three writers'
  },
  // session 61's third unseen round, measured once with the first two waves' mechanisms (README): open
  'n489-fiji-chinese-weekly-phpnuke76-news-article-sid-yearless-datestring-fjt-admin-poster-informant-writes-wrapper-past-articles-block-closing-wentu-credit-issue-box-2005-gb2312': {
    date: 'PHP-Nuke\'s yearless `星期五, 五月 06 @ 21:40:12 FJT` (the year only in the issue box) is read by no reader'
  },
  // session 62's unseen round, measured once before any change (README): all mended since
  // session 62's second unseen round, measured once with the first wave's mechanisms (README): all mended since
  // session 63's unseen round, measured once before any change (README): all mended since
  // session 63's second unseen round, measured once with the first wave's mechanisms (README): open
  'n512-hk-tabloid-daily-web-edition-the-sun-style-channels-timestamp-url-issue-date-bar-title-site-section-reworded-heading-span-bold-subheads-cantonese-quotes-no-writer-photographer-caption-columnist-tipster-instant-news-2005-big5hkscs-declbig5': {
    title: 'the `<title>` of site, section and a reworded headline is taken; the headline in `<span class="heading">` is read by no reader'
  },
  'n513-prague-chinese-weekly-concrete5-56-blog-entry-czech-locale-posted-by-admin-genitive-month-date-closing-credit-czech-intern-diacritics-city-before-baodao-foto-credit-guestbook-dayfirst-dates-issue-box-hacked-2015-utf8': {
    date: 'the Czech byline `Přidal(a) admin dne 12. června 2015` (a genitive month name) is read by no reader; a day-first date of the issue box is taken',
    author: 'the closing `本报记者 李晓玥　实习记者 Tereza Nováková　布拉格报道` (a Latin name and a report\'s place) is read by no reader'
  },
  // session 64's second unseen round, measured once with the first wave's mechanisms (README): open
  'n526-provincial-metro-paper-account-on-xiaohongshu-style-note-page-explore-hex-id-twenty-char-title-desc-hashtags-edited-yesterday-relative-time-ip-region-closing-reporter-correspondent-credit-relative-comments-state-ms-2023-utf8': {
    date: 'the note\'s only time `编辑于 昨天 21:05 湖南` (an edit stamp, relative) is read by no reader'
  },
  // session 65's unseen round, measured once before any change (README): all mended since
}

/** Reached after session 33's third round (50 titles, 52 dates, 49 authors of 52), minus a page or two. */
const TITLE_FLOOR = 0.92
const DATE_FLOOR = 0.95
const AUTHOR_FLOOR = 0.9
/** Mean per-character F1 reached (0.981), minus a margin. */
const F1_FLOOR = 0.97

t.test('the set: news sites of five regions, several charsets', async t => {
  t.equal(ids.length, 538)
  const charsets = new Set(ids.map(id => truth(id).charset.bytes))
  for (const c of ['utf-8', 'gbk', 'gb2312', 'big5']) t.ok(charsets.has(c), `a page in ${c}`)
  t.ok(ids.some(id => truth(id).charset.note === 'no declaration'), 'a page that declares no charset')
})

t.test('per-character F1 over the set, and the text decoded right on every page', async t => {
  checkOwnBodies(t, set, F1_FLOOR)
})

t.test('title, publication date and authors of every page', async t => {
  checkOwnFields(t, set, KNOWN, { title: TITLE_FLOOR, date: DATE_FLOOR, author: AUTHOR_FLOOR })
})

/**
 * Visible spam in a sidebar's list of the site's own links, outside the content (session 40's n243, n250: a headline of
 * the list replaced by `澳门银河娱乐场开业送彩金`): the page's chrome is dropped whole, unlisted, and the title links
 * the site's own page, so no spam rule names it. Open: the spam stage does not read what the content leaves out.
 */
const UNLISTED_SIDEBAR_SPAM = new Set(['澳门银河娱乐场开业送彩金', '金沙娱乐城开户送彩金',
  // n297 of session 41: brands spliced into a sidebar's titles of the site's own news
  '我县召开太阳城娱乐安全生产工作会议', '我县银河娱乐城养殖户增收明显'])

t.test('hidden spam is listed as spam; no betting brand is left in a body', async t => {
  // what an injected script writes is no text of the page the pipeline reads (it runs no script), and what a hacked
  // head carries (meta keywords, a `<title>`: n147, n151, n164 of session 38) is no text of its body: those aside
  const unscripted = (id: string): string[] => {
    // (the WHATWG `big5` decoder reads HKSCS and Microsoft's cp950 extensions, which have no labels of their own)
    const html = new TextDecoder(truth(id).charset.bytes.replace(/^(?:big5hkscs|cp950)$/, 'big5'))
      .decode(readFileSync(join(FIXTURES, 'zh-news', 'html', `${id}.html`))).replace(/<script[\s\S]*?<\/script>/gi, '')
      .replace(/<head[\s>][\s\S]*?<\/head>/i, '')
    return truth(id).hidden_spam.filter(s => html.includes(s) && !UNLISTED_SIDEBAR_SPAM.has(s))
  }
  checkHiddenSpam(t, ids, unscripted, id => result(id).article,
    ['必威', '新葡京', '九游娱乐', '开云体育', 'bet365'], 5)
})

const P = '<p>　　碑林区商务部门工作人员表示，老旧菜市场改造是今年区里的一项民生工程，既要让市民买菜更方便，也不能把商户的负担' +
  '转嫁到菜价上。区里将对改造后的市场摊位费进行调查。</p>'
const run = (inner: string, head = ''): PageResult['article'] => processPage({
  content: Buffer.from(`<html><head><meta charset="utf-8"><title>老旧菜市场改造完成</title>${head}</head><body>` +
    `<h1>老旧菜市场改造完成</h1>${inner}</body></html>`),
  format: 'html'
}).article

t.test('credits: the reporter\'s paper before the role; a photo credit is no author', async t => {
  const a = run(`${P}${P}<p>（华商报记者 杨帆 实习生 何静怡）</p>`)
  t.same(a.authors, ['杨帆', '何静怡'], 'a paper\'s name before 记者')
  t.notOk(a.body.some(b => b.text.includes('华商报记者')), 'the credit leaves the text')
  const c = run(`<p>〔記者蘇孟娟／台中報導〕台中市大里區東榮路拓寬工程，居民反對移植老樹，市府表示將重新評估。</p>` +
    `<table><tr><td><img src="a.jpg"></td></tr><tr><td>居民拉布條反對移植老樹。（記者蘇孟娟攝）</td></tr></table>${P}`)
  t.same(c.authors, ['蘇孟娟'], 'the byline\'s reporter, not `蘇孟娟攝`')
  t.same(c.editors, [{ role: 'photographer', name: '蘇孟娟' }], 'the caption\'s credit: the photographer')
})

t.test('bylines as papers print them: padded names, `报道：`, a Big5 page\'s slash, a paper named in the markup', async t => {
  t.same(splitNames('本报记者 李志宏 邹　婷 通讯员 谭春生'), ['李志宏', '邹婷', '谭春生'], 'a name padded to three characters')
  t.same(splitNames('王安 徐晓伟'), ['王安', '徐晓伟'])
  t.same(run(`<div class="article-credit"><p class="reporter">报道：黄佩珊</p><p class="photographer">摄影：曾国荣</p></div>${P}${P}`)
    .authors, ['黄佩珊'], 'the reporter\'s label of Malaysian papers')
  // A241, the full-width slash of Big5, read as U+2215 by the WHATWG decoder
  t.same(run(`<p>【記者林佳蓉、陳志豪∕台北報導】台北市五層樓以下的老舊公寓沒有電梯，長輩上下樓不便，市府決定加碼補助。</p>${P}`).authors,
    ['林佳蓉', '陳志豪'])
  const meta = '<meta name="author" content="联合早报">'
  t.same(run(`<span class="contributor meta-byline"><a href="/byline/he-pei-qi">文/何佩琪</a></span>${P}${P}`, meta).authors,
    ['何佩琪'], 'the paper in `<meta name=author>` is its default; the byline a reader sees names the writer')
})

t.test('credit lines: a photographer\'s full title, two labelled writers, where a reporter files from', async t => {
  // zh-news n175, n172, n170 of session 39's unseen round
  const tv = run(`<p class="reporter">文字記者：王美惠　攝影記者：陳志強</p>${P}${P}`)
  t.same(tv.authors, ['王美惠'], '`攝影記者` is a photographer\'s label, not `攝影` before a reporter\'s')
  t.same(tv.editors, [{ role: 'photographer', name: '陳志強' }])
  t.same(run(`<div class="info">2023-11-08 17:42　来源：苍溪县融媒体中心　融媒体记者：何佳　通讯员：唐敏</div>${P}${P}`).authors,
    ['何佳', '唐敏'], 'every labelled writer of the info line')
  t.same(run(`<div class="info">2009-05-16 21:48　作者：周凯 发自武汉</div>${P}${P}`).authors, ['周凯'])
  t.same(splitNames('特派记者 周凯 发自多哈'), ['周凯'])
})

t.test('a lead\'s credit after `本报讯`; a station in the author slot; a counter after the names', async t => {
  // zh-news n180, n182, n189 of session 39's second unseen wave
  t.same(run(`<p>　　本报讯 记者 周斌 通讯员 林晓雯 王志刚　以帮助投资者购买即将上市公司“原始股”为名，向200余名群众非法集资3800余万元。</p>${P}`)
    .authors, ['周斌', '林晓雯', '王志刚'], 'every name after the last role')
  const tv = run(`<div class="info"><span>时间：2019-03-21 19:42</span><span>来源：柳州新闻</span><span>作者：柳州台</span></div>${P}${P}` +
    '<p class="credit">记者：覃晓燕　摄像：韦志明</p>')
  t.same(tv.authors, ['覃晓燕'], 'the credit line\'s reporter, not the station')
  t.same(run(`<div class="meta"><span>来源：德华新闻</span><span>作者：周慕白、王璐</span><time>2023-11-24 18:40</time>` +
    `<span>阅读 3.2万</span></div>${P}${P}`).authors, ['周慕白', '王璐'])
  // n206 of the fourth wave: an author element read whole with its label, a comment count glued after the names
  t.same(run(`<div class="news_from"><span>2013年07月22日 10:35</span><span id="author_baidu">作者：<strong>王小梅 张睿</strong>` +
    `</span><span><a href="#comment">评论(12)</a></span></div>${P}${P}`).authors, ['王小梅', '张睿'])
  // n202 of the third wave: a Hong Kong outlet's first line, a bar between the writer's and the photographer's credits
  const hk = run(`<p><strong>文：麥穎欣｜攝：黃子朗</strong></p>${P}${P}`)
  t.same(hk.authors, ['麥穎欣'])
  t.same(hk.editors, [{ role: 'photographer', name: '黃子朗' }])
})

t.test('a CMS account that is a desk (`編輯部`) gives way to the byline under the headline', async t => {
  // zh-news n176 of session 39's unseen round: a WordPress weekly posting every story as its desk
  const a = processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>列治文社團籌款助醫院 | 卑詩週報</title></head><body>' +
      '<header><h1>列治文社團籌款助醫院</h1><div class="td-post-author-name"><div class="td-author-by">By</div> ' +
      '<a href="http://www.bcchineseweekly.ca/author/editor/">編輯部</a></div>' +
      '<p class="byline-reporter">記者何家欣／列治文報導</p></header><div class="content">' +
      '<p>由列治文多個華人社團聯合舉辦的慈善晚宴，上週六晚在列治文一間酒樓舉行，吸引近六百人出席，當晚共籌得善款逾38萬加元。</p>' +
      '<p>籌委會主席鄭偉民在致辭時表示，列治文人口不斷增加，醫院的服務需求也越來越大，華人社區希望盡一分力，協助醫院改善服務。</p>' +
      '</div></body></html>'),
    format: 'html'
  }).article
  t.same(a.authors, ['何家欣'])
})

t.test('titles: a <title> that names the site alone; a Chinese clause after a bar is the headline\'s', async t => {
  const title = (h1: string, pageTitle: string): string | null => processPage({
    content: Buffer.from(`<html><head><meta charset="utf-8"><title>${pageTitle}</title></head><body><h1>${h1}</h1>` +
      `${P}${P}</body></html>`),
    format: 'html'
  }).article.title
  t.equal(title('舊樓板間房火警 母女被困獲救', '明報新聞網 - 每日明報 daily news'), '舊樓板間房火警 母女被困獲救')
  t.equal(title('長者院舍人手荒｜業界倡擴大輸入護理員 工會：治標不治本', '長者院舍人手荒｜業界倡擴大輸入護理員 工會：治標不治本｜香港01｜社會新聞'),
    '長者院舍人手荒｜業界倡擴大輸入護理員 工會：治標不治本')
  t.equal(cleanTitle('老旧菜市场改造完成｜西安日报｜要闻'), '老旧菜市场改造完成', 'a site and a section after bars still go')
})

t.test('a byline in a list of other pages (a columnists\' box) names their writer, not the page\'s', async t => {
  const box = '<ul class="colist"><li>【筆陣】<a href="/20100507/fa1.htm">城市發展不能只看地價</a> <span class="writer">李慕賢</span></li></ul>'
  t.same(run(`${P}${P}${box}`).authors, [])
  t.same(run(`<div class="writer"><a href="/writer/1">李慕賢</a></div>${P}${P}`).authors, ['李慕賢'], 'a byline that links to its writer')
})

t.test('reporters opening the lead paragraph; a TV report\'s closing credit beside a desk on the info line', async t => {
  const lead = run('<p>　　本报记者 林海涛 实习生 周晓雯　5月5日下午，北京市朝阳区东坝乡一所农民工子弟学校的简易教室里，二十多个孩子围坐在一起。</p>' + P)
  t.same(lead.authors, ['林海涛', '周晓雯'])
  t.ok(lead.body[0].text.startsWith('本报记者 林海涛'), 'the paragraph keeps them, as printed')
  t.same(run(`<p>　　记者 王刚日前从市教育局获悉，全市将新建十所学校，缓解城区入学难的问题。</p>${P}`).authors, [],
    'a name glued to the sentence is not cut out of it')
  const tv = run(`<div class="info">发布时间：2012-11-20 21:06:42 来源：临江新闻 作者：新闻部</div>${P}${P}<p>　　记者：周文斌　摄像：高　鹏</p>`)
  t.same(tv.authors, ['周文斌'], 'two labelled author fields, one a desk: no listing of other items')
  t.same(tv.editors, [{ role: 'camera operator', name: '高鹏' }])
})

t.test('captions: a short caption\'s photo credit, glued, traditional or a stock photo\'s, makes it a caption', async t => {
  const cases: Array<[string, string]> = [
    ['受傷漁民由救護車送院。梁志恒攝', '梁志恒攝'],
    ['木白咖啡国贸店已暂停营业。摄影：周可欣', '摄影：周可欣'],
    ['钱师傅用了四十多年的做秤工具。图｜林小满', '图｜林小满'],
    ['快艇船頭嚴重損毀，由水警護航駛返西貢。讀者提供', '讀者提供'],
    ['5月6日清晨，岩门村五组村民在村小学临时安置点休息。 受访者 供图', '受访者 供图'],
    ['消防員在火警後於4樓走廊清理雜物。（鄧宗弘攝）', '（鄧宗弘攝）'],
    ['人力銀行調查，大學生平均打工時薪142元。（本報資料照片）', '（本報資料照片）']
  ]
  for (const [text, credit] of cases) t.equal(splitCredit(text)?.credit, credit, text)
  t.equal(splitCredit('彭瑜 賀懷湘文/圖'), null, 'a writer\'s and photographer\'s byline is no photo credit')
  t.equal(splitCredit('会议由市政府办公室主办，相关数据由统计局提供'), null, 'a sentence that ends in 提供')
  t.equal(splitCredit(`${'碑林区商务部门工作人员表示，老旧菜市场改造是今年区里的一项民生工程。'.repeat(4)}梁志恒攝`), null,
    'a long paragraph is the article\'s, not a caption')
  const a = run(`${P}<p>受傷漁民由救護車送院。梁志恒攝</p>${P}`)
  t.ok(a.body.some(b => b.type === 'caption' && b.text === '受傷漁民由救護車送院。'), 'the caption, its credit taken off')
})

t.test('a newsroom\'s desk or department is no author', async t => {
  for (const desk of ['新闻部', '编辑部', '新闻中心', '县政府办公室']) t.not(judgeAuthor(desk).kind, 'person', desk)
  t.same(run(`<div class="info">发布时间：2012-11-20 21:06:42 作者：新闻部</div>${P}${P}`).authors, [])
  t.ok(isDeskByline('國際中心／綜合報導'), 'a desk\'s report byline')
  t.notOk(isDeskByline('記者林佳蓉／台北報導'), 'a reporter\'s')
  const desk = run(`<p>國際中心／綜合報導</p>${P}${P}`)
  t.notOk(desk.body.some(b => b.text.includes('國際中心')), 'the desk\'s byline leaves the text')
})

t.test('dates: the publication label on a line that leads with the update; a recommended article\'s card', async t => {
  const line = '<div class="date">更新時間：2015/05/08 00:36　　發佈時間：2015/05/07 23:48</div>'
  const related = '<ul><li><a href="/detail/120000">牛尾海水上電單車撞膠筏 男子受傷</a> <span class="date">2015/04/21</span></li></ul>'
  t.equal(run(`${line}${P}${P}${related}`).published, '2015-05-07T23:48:00+08:00', 'the date after 發佈時間')
  const csdn = '<div class="time">首次发布:2018-05-07 21:23:57 最后发布:2018-06-02 10:15:30</div>'
  t.equal(run(`${csdn}${P}${P}`).published?.slice(0, 10), '2018-05-07', 'a label inside another date\'s word is that word\'s')
  const card = '<div class="item"><a class="article-item-title" href="/p/5199199">下沉市场没有“小生意”</a>' +
    '<div class="bar"><span>36氪</span><span class="kr-flow-bar-time">2019-05-05</span></div></div>'
  // far from the headline, where only the date-classed elements are read (the readers of the lines under the headline
  // keep an article's own date after a long link: a source's or a channel's, on daniel-zh pages)
  t.equal(run(`${P.repeat(45)}${card}`).published, null, 'the date of a card under another page\'s title is that page\'s')
  t.equal(run(`<div class="meta"><a href="/author/1">王小桥</a> <span class="time">2019-05-07</span></div>${P}${P}`).published,
    '2019-05-07', 'after an author\'s link it is the page\'s')
})

t.test('a markup time in UTC that is the instant the page shows is read in the page\'s zone', async t => {
  const meta = '<meta property="article:published_time" content="2020-05-06T20:24:33Z">'
  t.equal(run(`<div class="info">2020-05-07 04:24:33 來源：大公報</div>${P}${P}`, meta).published,
    '2020-05-07T04:24:33+08:00', 'the same instant: the day the readers saw')
  t.equal(run(`<div class="info">2020-05-09 04:24:33 來源：大公報</div>${P}${P}`, meta).published,
    '2020-05-06T20:24:33Z', 'another instant: the markup as written')
})

t.test('round 4: a wire\'s dateline in Chinese numerals, a paper before a closing credit\'s label, a TV presenter', async t => {
  t.equal(monthDay('六月十四日', '2007-06-14T15:23:10+08:00'), '2007-06-14')
  t.equal(monthDay('十二月三十一日', '2008-01-02'), '2007-12-31', 'the year before a publication early in January')
  const wire = run(`<p>中新社北京六月十四日电 (记者 刘赟)记者今天从教育部获悉，今年高考评卷工作正在全面展开。</p>${P}`)
  t.same(wire.authors, ['刘赟'], 'the reporter of a dateline written in Chinese numerals')
  const closing = run(`${P}${P}<p>（星洲日报/大都会·报道：陈慧玲；摄影：刘振南）</p>`)
  t.same(closing.authors, ['陈慧玲'], 'the paper and its desk before the label')
  t.same(closing.editors, [{ role: 'photographer', name: '刘振南' }])
  t.same(run(`${P}${P}<p>（公司名称·报道：陈慧玲）</p>`).authors, [], 'an organisation\'s ending alone names no paper')
  const tv = run(`<table><tr><td>主持人：陈静　记者：汪宏 赵晓燕　摄像：李斌</td></tr></table>${P}${P}`)
  t.same(tv.authors, ['汪宏', '赵晓燕'], 'the reporters, not the presenter')
  t.same(tv.editors, [{ role: 'presenter', name: '陈静' }, { role: 'camera operator', name: '李斌' }])
  const under = run('<table><tr><td>上传：hctv_admin　时间：2009/11/23 21:05:17</td></tr><tr><td><object></object></td></tr>' +
    `<tr><td>主持人：陈静　记者：汪宏 赵晓燕　摄像：李斌</td></tr></table>${P}${P}`)
  t.same(under.authors, ['汪宏', '赵晓燕'], 'the credit line beside the headline read by its labels, not whole')
})

t.test('round 6: an info line in a title box beside a column\'s name and the headline', async t => {
  const box = '<div class="xl_title"><div class="xl_lanmu"><a href="/difang/yxtf/">一线探访</a></div><h1>老旧菜市场改造完成</h1>' +
    '<div class="xl_info"><span>作者：本报记者 苏晴 通讯员 覃永发</span><span>来源：中华教育报</span>' +
    '<span>发布时间：2019-05-08 09:16:00</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div></div>'
  const a = processPage({
    content: Buffer.from(`<html><head><meta charset="utf-8"><title>老旧菜市场改造完成</title></head><body>${box}${P}${P}</body></html>`),
    format: 'html'
  }).article
  t.same([a.authors, a.source], [['苏晴', '覃永发'], '中华教育报'], 'the line of the box\'s child, not the box\'s text')
})

t.test('round 6: an info line inside the <h1> after a line break; a count\'s label ending the date\'s line', async t => {
  const h1 = '<h1>青岚县：小黄桃“串”起村民致富路<br/> <span>2018-07-19 09:25:31&nbsp;&nbsp;&nbsp;来源：县委宣传部&nbsp;&nbsp;&nbsp;' +
    '评论：<a href="#comment">0</a> 点击：<span id="hits"></span></span></h1>'
  const notice = '<div class="notice"><strong>公告：</strong><a href="/tzgg/8551.html">青岚县2018年公开招聘事业单位工作人员面试公告</a>（2018-07-16）</div>'
  const a = processPage({
    content: Buffer.from(`<html><head><meta charset="utf-8"><title>青岚新闻网</title></head><body>${notice}${h1}${P}${P}` +
      '<div class="box"><h5 class="title-2">频道本月排行</h5><ul><li><a href="/1.html">石门镇：“黄桃书记”带富一方乡亲</a></li></ul></div>' +
      '</body></html>'),
    format: 'html'
  }).article
  t.equal(a.title, '青岚县：小黄桃“串”起村民致富路', 'the line before the break')
  t.equal(a.published?.slice(0, 10), '2018-07-19', 'the date before `评论：`, whose count is the next element')
})

t.test('round 6: on a page with no <h1>, the heading right above the info line is the headline', async t => {
  const box = '<div class="intal_tit"><h2>华锐精工上半年净利增逾三成 拟10转8派2元</h2><div class="info">2017-08-22 19:06' +
    '<span>来源：证券导报网</span><span>作者：王晨阳</span></div></div>'
  const page = (inner: string): string | null => processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>华锐精工：上半年净利润同比增长36.5%_公司_证券导报网</title></head>' +
      `<body>${inner}${P}${P}</body></html>`),
    format: 'html'
  }).article.title
  t.equal(page(box), '华锐精工上半年净利增逾三成 拟10转8派2元', 'a box of the heading and the line')
  t.equal(page(box.replace('<h2>', '<h2><a href="/gsxw/1.html">').replace('</h2>', '</a></h2>')), '华锐精工：上半年净利润同比增长36.5%',
    'a heading that links another page is none')
})
