/**
 * Chinese page shapes of issue #12's unseen-site runs, read by the metadata stage and the headline reader (session
 * 11): a date only in the `<title>`, a Minguo date or one in Chinese numerals beside the headline, a forum thread's
 * starter mark before the poster's name. Each page is a short excerpt of the shape, written for the test.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { cleanTitle } from '../src/metadata/title.js'
import { cleanAuthor } from '../src/parse/html/meta.js'
import { parseInfoLine } from '../src/text/fields.js'

const PROSE = '<p>本报讯 昨日，市政府召开新闻发布会，介绍了今年以来全市经济运行情况和下一步工作安排，会议由市政府副秘书长主持。</p>' +
  '<p>据介绍，今年前三季度，全市地区生产总值同比增长百分之六点二，固定资产投资、社会消费品零售总额等主要指标保持平稳增长。</p>' +
  '<p>下一步，全市将继续抓好稳增长各项政策落实，推动重点项目建设，确保完成全年目标任务。</p>'
const page = (title: string, body: string): string =>
  `<html><head><title>${title}</title></head><body>${body}<div class="content">${PROSE}</div></body></html>`
const read = (html: string): ReturnType<typeof processPage>['article'] => processPage({ content: html, format: 'html' }).article

t.test('a date in the <title> dates a page that gives it nowhere else, and leaves the title', async t => {
  const dated = read(page('全市经济运行平稳向好 2023-10-18 - 某某新闻网', '<div class="nav">首页 > 本地新闻</div>'))
  t.equal(dated.title, '全市经济运行平稳向好')
  t.equal(dated.published, '2023-10-18')
  t.equal(read(page('全市经济运行平稳向好（2023年10月18日）_某某网', '')).published, '2023-10-18')
  // a date the page shows outranks the title's
  const shown = read(page('全市经济运行平稳向好 2023-10-18', '<h1>全市经济运行平稳向好</h1><div class="info">发布时间：2023-10-17 09:30</div>'))
  t.equal(shown.published, '2023-10-17T09:30:00+08:00')
  // a year, or a month without a day, is no date of the page
  t.equal(read(page('2023年全市经济运行平稳向好', '')).published, null)
  // a Latin title keeps a date that is part of its name (a newsletter's issue)
  t.equal(cleanTitle('Almost Timely News: Using AI for Analytics (2025-09-21)'), 'Almost Timely News: Using AI for Analytics (2025-09-21)')
  t.equal(cleanTitle('全市经济运行平稳向好_2023/10/18'), '全市经济运行平稳向好')
  // every way the date may end the title: a digit, 日, and each closing bracket
  for (const tail of [' 2023-10-18', ' 2023年10月18日', '（2023年10月18日）', '(2023-10-18)', '【2023.10.18】', '[2023/10/18]', '|2023-10-8']) {
    t.equal(cleanTitle(`全市经济运行平稳向好${tail}`), '全市经济运行平稳向好', tail)
  }
})

t.test('a keyword list after a Chinese title is no part of it', async t => {
  const html = '<html><head><title>全市经济运行平稳向好,经济,增长,投资</title><meta name="keywords" content="经济,增长,投资"></head>' +
    `<body><div class="content">${PROSE}</div></body></html>`
  t.equal(read(html).title, '全市经济运行平稳向好')
  t.equal(cleanTitle('全市经济运行平稳向好,经济,增长,投资_某某网'), '全市经济运行平稳向好')
  t.equal(cleanTitle('治理公款消费 莫患焦虑症-公款消费,公款吃喝,奢侈品'), '治理公款消费 莫患焦虑症')
  t.equal(cleanTitle('大選讓腸胃出問題 - 選舉症候群 , 眼睛疲勞 , 皮膚'), '大選讓腸胃出問題')
  // a title's own commas stay: Chinese ones, a list that is the headline, a Latin list
  t.equal(cleanTitle('全市经济运行平稳向好，经济，增长'), '全市经济运行平稳向好，经济，增长')
  t.equal(cleanTitle('北京,上海,广州三地联动'), '北京,上海,广州三地联动')
  t.equal(cleanTitle('Paris, London, Rome'), 'Paris, London, Rome')
})

t.test('a Minguo date, or one in Chinese numerals, beside the headline', async t => {
  const at = (date: string): string | null => read(page('全市經濟運行平穩', `<h1>全市經濟運行平穩向好</h1><div class="date">${date}</div>`)).published
  t.equal(at('民國112年10月18日'), '2023-10-18')
  t.equal(at('發布日期：民國112年10月18日 09:30'), '2023-10-18T09:30:00+08:00')
  t.equal(at('二〇二三年十月十八日'), '2023-10-18')
})

t.test('a forum thread starter\'s mark is no name', async t => {
  const reply = '<p>同感，我们小区也是这样，晚上回来根本找不到车位，只能停在路边，希望物业能想想办法。</p>'
  const forum = read(page('求助：小区停车难怎么办 - 业主论坛', '<h1>求助：小区停车难怎么办</h1><div class="post"><div class="author">楼主 张三</div>' +
    `<div class="time">发表于 2015-3-2 10:20</div></div><div class="post"><div class="author">李四</div><div class="time">发表于 2015-3-5 08:11</div>${reply}</div>`))
  t.same(forum.authors, ['张三'])
  t.equal(forum.published, '2015-03-02T10:20:00+08:00', 'the thread\'s date, not a reply\'s')
})

t.test('the day a portal\'s header says it is today is no publication date', async t => {
  const at = (top: string): string | null => read(page('全市经济运行平稳向好', `${top}<h1>全市经济运行平稳向好</h1>`)).published
  t.equal(at('<div class="top">今天是2023年10月20日 星期五</div>'), null)
  t.equal(at('<div class="top"><span>今天是：</span><span>2023年10月20日 星期五</span></div>'), null, 'the label in its own element')
  // the same header date without the label: the page's date as before
  t.equal(at('<div class="top">2023年10月20日</div>'), '2023-10-20')
})

t.test('text pages of gov.cn policy documents: the table of particulars, in Chinese and machine-translated', async t => {
  const zh = '为做好2020年春运工作，保障人民群众安全便捷出行，经国务院同意，现就有关事项通知如下。\n\n' +
    '各地区、各部门要提高政治站位，切实加强组织领导，周密部署安排。\n\n一、加强运力组织。铁路、公路、水运、民航等部门要统筹安排运力，增开临时客车，满足旅客出行需求。'
  const zhPage = '首页 > 政策 > 国务院文件\n索引号：\t000014349/2020-00012\t主题分类：\t交通运输\n' +
    '发文机关：\t国务院办公厅\t成文日期：\t2020年01月10日\n标题：\t国务院办公厅关于做好2020年春运工作的通知\n' +
    `发文字号：\t国办发〔2020〕1号\t发布日期：\t2020年01月15日\n国务院办公厅关于做好2020年春运工作的通知\n${zh}`
  const a = processPage({ content: zhPage, format: 'text' }).article
  t.equal(a.title, '国务院办公厅关于做好2020年春运工作的通知', 'the headline under the table, not its first row')
  t.equal(a.published, '2020-01-15', 'the publication, not the signing date')
  t.equal(a.source, '国务院办公厅')
  t.notOk(a.body.some(b => /索引号|发文字号|标题：/.test(b.text)), 'no row of the table in the body')
  // signed alone: the signing date is the page's only date, and it is taken
  const signedOnly = zhPage.replace(/\t发布日期：\t2020年01月15日/, '')
  t.equal(processPage({ content: signedOnly, format: 'text' }).article.published, '2020-01-10')

  const en = 'In order to do a good job in the 2020 Spring Festival travel rush and ensure that the people travel safely and ' +
    'conveniently, with the consent of the State Council, the relevant matters are hereby notified as follows.\n\n' +
    'All regions and departments should earnestly strengthen organizational leadership and make careful arrangements.\n\n' +
    'First, strengthen the organization of transport capacity and add temporary passenger trains where they are needed.'
  const headline = 'Notice of the General Office of the State Council on Doing a Good Job in the 2020 Spring Festival Travel Rush'
  const enPage = 'Home > Policies > State Council Documents\nIndex number: 000014349/2020-00012\tSubject classification: Transportation\n' +
    'Issuing authority: General Office of the State Council\tDate of writing: January 10, 2020\n' +
    `Title: ${headline}\nIssued number: Guobanfa [2020] No. 1\tRelease date: January 15, 2020\n${headline}\n${en}\n` +
    '[I want to correct errors] Editor in charge: Li Si'
  const b = processPage({ content: enPage, format: 'text' }).article
  t.equal(b.title, headline)
  t.equal(b.published, '2020-01-15')
  t.equal(b.source, 'General Office of the State Council')
  t.same(b.editors, [{ role: 'editor in charge', name: 'Li Si' }], 'the editor after the correction button')
  t.equal(b.body.length, 3, 'the three paragraphs, nothing of the table or the button')
})

t.test('Hong Kong and Taiwan papers: a reporter class, a dispatch mark, a two-character paper, a paper\'s credit', async t => {
  const story = '<p>行政院昨天通過春節連假疏運計畫，交通部預估今年春節期間國道交通量將較去年增加百分之三，高鐵與台鐵也將加開班次，以紓解返鄉人潮。</p>' +
    '<p>交通部長表示，為避免國道壅塞，除夕前一天起將實施高乘載管制，並呼籲民眾多利用大眾運輸工具，錯開尖峰時段出門。</p>' +
    '<p>此外，各客運業者也將加開班次，並提供優惠票價，鼓勵民眾搭乘。</p><p>台鐵表示，春節疏運期間將加開自強號與莒光號列車，總計增加座位數約十萬個。</p>'
  const html = (title: string, body: string): string => `<html><head><title>${title}</title></head><body>${body}</body></html>`
  const headline = '<h1>春節疏運計畫出爐 國道交通量增3%</h1>'
  // China Times: the reporter in an element classed `reporter`, linked to the reporter's page
  const times = read(html('春節疏運計畫出爐 國道交通量增3% - 生活新聞 - 中時電子報',
    `${headline}<div class="reporter"><a href="/reporter/123">張三</a>／台北報導</div><div class="time">2012年01月15日 08:23</div>${story}`))
  t.same(times.authors, ['張三'])
  // Ming Pao: the paper's dispatch mark opens the first paragraph (`【明報專訊】`), no body text
  const mingpao = read(html('明報新聞網 - 港聞 - 春節疏運計畫出爐 國道交通量增3%', `${headline}${story.replace('<p>', '<p>【明報專訊】')}`))
  t.notOk(mingpao.body[0].text.startsWith('【'), mingpao.body[0].text.slice(0, 12))
  t.equal(mingpao.dateline?.agency, '明報')
  // a paper named in two characters before 讯 (`商报讯 （记者 丁开艳 张慧敏）`, daniel-zh's Beijing Business Today)
  const prose = '<p>昨日，财政部发布消息表示，明年将对730多种商品实施较低的进口暂定税率，包括成品油在内的能源资源性产品平均税率为4.4%。</p>' +
    '<p>财政部表示，享受税收优惠政策的产品将包括五大类产品，分别为能源资源性产品和战略性新兴产业所需的关键设备。</p>'
  const shangbao = read(html('成品油等730种产品关税大幅下调_北京商报', `<h1>成品油等730种产品关税大幅下调</h1>${prose.replace('<p>', '<p>商报讯 （记者 丁开艳 张慧敏） ')}`))
  t.same(shangbao.authors, ['丁开艳', '张慧敏'])
  // Sing Tao: the paper's credit standing alone under the story, in Hong Kong's spelling (`報道`)
  const singtao = read(html('星島日報 - 春節疏運計畫出爐 國道交通量增3%', `${headline}<div class="date">2012-01-15 08:23</div>${story}<div>(星島日報報道)</div>`))
  t.equal(singtao.source, '星島日報')
  t.notOk(singtao.body.some(b => b.text.includes('報道')), 'the credit is no body')
})

t.test('the dateline\'s agency is the source when no line labels one; the paper itself (`本报讯`) is none', async t => {
  const en = 'On January 15, the Municipal Transportation Bureau held a press conference to introduce the arrangements for the ' +
    'Spring Festival travel rush, which is expected to send 12 million passengers this year.\n\nIn order to ensure the safe ' +
    'and orderly travel of passengers, the transportation department will add temporary passenger lines.'
  const title = 'The city\'s Spring Festival travel rush is expected to send 12 million passengers'
  const wire = processPage({ content: `${title}\nChina News Service, Jinan, January 15 (Sun Tingting) ${en}`, format: 'text' }).article
  t.equal(wire.source, 'China News Service')
  t.same(wire.authors, ['Sun Tingting'])
  const zh = '国家发展改革委今天召开新闻发布会，介绍今年春运工作安排和节日市场供应情况，预计全国春运客流将达到三十亿人次。\n\n' +
    '发言人表示，各地要统筹做好运力安排，加强重点时段和重点区域的安全监管，确保旅客平安有序出行。'
  const xinhua = processPage({ content: `全国春运客流预计将达三十亿人次\n新华社北京1月15日电（记者 张三）${zh}`, format: 'text' }).article
  t.equal(xinhua.source, '新华社')
  // a labelled source outranks the dateline's agency
  const labelled = processPage({ content: `全国春运客流预计将达三十亿人次\n来源：人民网\n新华社北京1月15日电（记者 张三）${zh}`, format: 'text' }).article
  t.equal(labelled.source, '人民网')
  const own = processPage({ content: `全国春运客流预计将达三十亿人次\n本报讯（记者 张三）${zh}`, format: 'text' }).article
  t.equal(own.source, null, '`本报` is the paper speaking of itself')
})

t.test('a credit line with no date and no label under the headline: the reporters and their medium (a WeChat article)', async t => {
  // the header of a WeChat account's article: the writer's name, then the account's, in spans of one line
  const wechat = '<h1 class="rich_media_title" id="activity-name">全市经济运行平稳向好</h1>' +
    '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">马小红</span> ' +
    '<span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">宁夏日报</a></span></div>'
  const a = read(page('全市经济运行平稳向好', wechat))
  t.same([a.authors, a.source], [['马小红'], '宁夏日报'])
  t.notOk(a.body.some(b => b.text.includes('马小红')), 'the credit line leaves the body')
  // the medium first, two reporters; and on a text page, under its headline
  t.same(read(page('全市经济运行平稳向好', '<h1>全市经济运行平稳向好</h1><p>宁夏日报 马小红 李明</p>')).authors, ['马小红', '李明'])
  const text = processPage({ content: `全市经济运行平稳向好\n\n马小红 宁夏日报\n\n${PROSE.replace(/<\/?p>/g, '\n\n')}`, format: 'text' }).article
  t.same([text.title, text.authors, text.source], ['全市经济运行平稳向好', ['马小红'], '宁夏日报'])
  // no medium's name, a name that is a word (`高清`: HD), or the line further down the page: no credit
  t.same(read(page('全市经济运行平稳向好', '<h1>全市经济运行平稳向好</h1><p>马小红 李明</p>')).authors, [])
  t.same(read(page('全市经济运行平稳向好', '<h1>全市经济运行平稳向好</h1><p>高清 人民网</p>')).authors, [])
  const late = read(page('全市经济运行平稳向好', `<h1>全市经济运行平稳向好</h1>${PROSE}<p>马小红 宁夏日报</p>`))
  t.same([late.authors, late.source], [[], null])
})

t.test('a writer\'s slash byline with its date on the line, and text and pictures credited to one hand', async t => {
  const LEAD = '<p>市政府召开新闻发布会，介绍了今年以来全市经济运行情况和下一步工作安排。</p>'
  const at = (line: string): ReturnType<typeof processPage>['article'] =>
    read(page('全市经济运行平稳向好', `<h1>全市经济运行平稳向好</h1><div class="info">${line}</div>${LEAD}`))
  for (const [line, authors, photographers, published] of [
    ['文/张三 2023-05-07', ['张三'], [], '2023-05-07'],
    ['文/张三 图/李四 2023-05-07', ['张三'], ['李四'], '2023-05-07'],
    ['2023-05-07 10:20 记者 张三 摄影 李四', ['张三'], ['李四'], '2023-05-07T10:20:00+08:00'],
    ['2023年5月7日 文/张三', ['张三'], [], '2023-05-07'],
    ['文、图/张三', ['张三'], [], null],
    ['图文/张三', ['张三'], [], null],
    ['文/图 张三', ['张三'], [], null],
    ['文/图/张三', ['张三'], [], null]
  ] as const) {
    const a = at(line)
    t.same([a.authors, a.editors.filter(e => e.role === 'photographer').map(e => e.name), a.published],
      [authors, photographers, published], line)
    t.notOk(a.body.some(b => b.text.includes('张三')), `${line}: the line leaves the body`)
  }
  // a sentence with a date and a name is no byline
  const sentence = at('2023-05-07 张三在会上说，今年经济运行平稳向好')
  t.same(sentence.authors, [])
})

t.test('session 36 unseen rounds: a CMS word glued to a generic date label, a two-digit Minguo year in the info line', async t => {
  // zh-blogs b94 (a Tianya-style board): `作者：X　提交日期：…`, where the label list knows `日期` alone
  const board = read(page('消失的二马路_宜昌城事_长江社区',
    '<h1>消失的二马路</h1><table><tr><td><font>作者：<a href="/browse/Listwriter.asp?vwriter=1">峡江老船</a>　提交日期：2005-8-14 21:35:00　</font></td></tr></table>'))
  t.same(board.authors, ['峡江老船'])
  t.equal(board.published, '2005-08-14T21:35:00+08:00')
  // zh-news n103 (a Taiwan local paper of 2007): `發稿日期：96年10月12日`, the year in Minguo without 民國
  const tw = processPage({
    content: page('東台日報全球資訊網', '<div class="title">颱風重創二期稻作 縣府每公頃加碼三千元</div>' +
      '<table><tr><td class="info">發稿日期：96年10月12日　　點閱次數：1024　　【<a href="#">列印</a>】</td></tr></table>'),
    format: 'html',
    url: 'http://www.example-news.com.tw/news/news_detail.asp?no=38172'
  }).article
  t.equal(tw.published, '2007-10-12')
})

t.test('a class that holds `authority` is no author box nor byline: a column\'s reprint rights are no writer', async t => {
  // zh-blogs b93 (a bilibili-style column, session 36's unseen round)
  const rights = read(page('日语N1备考经验_哔哩哔哩专栏',
    '<h1>日语N1备考经验</h1><p class="authority">本文禁止转载或摘编</p>'))
  t.same(rights.authors, [])
  const box = read(page('日语N1备考经验_哔哩哔哩专栏', '<h1>日语N1备考经验</h1><div class="authorinfo"><span>柚子不吃柚子</span></div>'))
  t.same(box.authors, ['柚子不吃柚子'], 'a glued `authorinfo` is still an author box')
})

t.test('a government account named after its place (`上海发布`) is no writer, nor cut to its place', async t => {
  // zh-news n99 (a city's Baijiahao account, session 36's unseen round): the name was cut at 发布 as at a date label
  const account = read(page('今年澄州改造老旧小区126个 已开工87个',
    '<h2>今年澄州改造老旧小区126个 已开工87个</h2><div class="author-txt"><p class="author-name">澄州发布</p>' +
    '<span class="date">发布时间：2020-07-23</span></div>'))
  t.same(account.authors, [])
  t.equal(cleanAuthor('慢慢走的老K 发布于2017-05-07'), '慢慢走的老K', 'a date label after the name still ends it')
  t.equal(cleanAuthor('豆豆饭 发表 2008-04-12'), '豆豆饭')
})

t.test('a closing credit in brackets outside the article\'s container: the byline grammar reads it, the unit apart', async t => {
  // zh-news n97 (a county media centre on a site cluster) and n105 (a Bangkok Chinese daily), zh-gov g82 (a
  // subdistrict's news), session 36's unseen rounds: the credit stands under the content div
  const credited = (credit: string): ReturnType<typeof read> => read(page('直播带货助农增收_三农视窗_岚溪新闻网',
    `<div class="bt">直播带货助农增收</div><div class="xx"><span>发布日期：2019-10-23</span></div><div id="zoom">${PROSE}</div>` +
    `<p class="zz">${credit}</p><p class="bj">责任编辑：雷丽</p>`))
  t.same(credited('（融媒记者 叶晓峰 通讯员 蓝振宇 吴婧）').authors, ['叶晓峰', '蓝振宇', '吴婧'])
  t.same(credited('（本报记者 郑永光　图：黄志伟）').authors, ['郑永光'], 'the photographer is no writer')
  t.same(credited('（文/图：桂花街道　陈晓雯）').authors, ['陈晓雯'], 'the subdistrict is no writer')
})

t.test('a byline line after a paper\'s mark (`■本报记者 …`) is no menu line', async t => {
  // zh-news n100 (an energy paper on a Founder e-paper template, session 36's unseen round): the line's four short
  // words side by side read as a menu before the article, and left before the metadata stage could read them
  const marked = read(page('嘉兴首批居民分布式光伏电站并网发电_华东能源报',
    `<h1>嘉兴首批居民分布式光伏电站并网发电</h1><div class="info">2013-09-12 08:10</div>` +
    `<div class="content"><p>■本报记者　郑喆　通讯员　韩昇　张晓玥</p>${PROSE}</div>`))
  t.same(marked.authors, ['郑喆', '韩昇', '张晓玥'])
  t.notOk(marked.body.some(b => b.text.includes('郑喆')), 'the byline leaves the body')
})

t.test('a paper\'s short name glued to the reporter\'s and the editor\'s roles (`申商记者：`, `申商编辑：`)', async t => {
  // zh-news n96 (a business daily's app share page, session 36's unseen round)
  const line = parseInfoLine('申商记者：赵一帆　林晓　申商编辑：孙雯', '+08:00')
  t.same(line?.fields.map(f => [f.field, f.value]), [['author', '赵一帆　林晓'], ['editor', '孙雯']])
  t.equal(parseInfoLine('出生日期：1983年11月11日', '+08:00'), null, 'a line opened by another date stays no info line')
  // lines joined without a space (`<p>记者：韩冰 刘洋</p><p>编辑：程雪</p>`): a name glued to the next label is a name
  t.same(parseInfoLine('记者：韩冰 刘洋编辑：程雪', '+08:00')?.fields.map(f => f.value), ['韩冰 刘洋', '程雪'])
  t.same(parseInfoLine('作者：韩冰 刘洋日期：2020-01-01', '+08:00')?.fields.map(f => f.value), ['韩冰 刘洋', '2020-01-01'])
})

t.test('a lone <h1> opening the <title> over a subheading that prints its longer part: the site over the post', async t => {
  // zh-blogs b90 (a phpBB 3 board, session 36's unseen round)
  const board = read(page('自由软件中文论坛 &bull; 查看主题 - 把旧笔记本改成家用文件服务器：Samba 共享全过程',
    '<h1>自由软件中文论坛</h1><h2><a href="./viewtopic.php?t=1">把旧笔记本改成家用文件服务器：Samba 共享全过程</a></h2>'))
  t.equal(board.title, '把旧笔记本改成家用文件服务器：Samba 共享全过程')
  const news = read(page('全市经济运行平稳向好 - 某某新闻网', '<h1>全市经济运行平稳向好</h1><h2>某某新闻网</h2>'))
  t.equal(news.title, '全市经济运行平稳向好', 'the headline over its site stays')
})

t.test('a headline-classed cell the <title> shortens is the page\'s headline (no <h1>)', async t => {
  // zh-news n101 (a Hong Kong free paper of 2009, session 36's unseen round)
  const paper = read(page('晨訊報 Sun Morning - 港聞 - 翠嶺邨升降機翻新延誤',
    '<table><tr><td class="headline">翠嶺邨升降機翻新拖半年 長者爬十樓叫苦</td></tr></table>'))
  t.equal(paper.title, '翠嶺邨升降機翻新拖半年 長者爬十樓叫苦')
})

t.test('a Taiwan notice: the table of particulars\' 發布日期 over the document\'s own 發文日期', async t => {
  // zh-gov g83 (a township office's 公告 of 2012, session 36's unseen round)
  const notice = processPage({
    content: page('南溪鄉公所-最新公告',
      '<table><tr><td class="th">公告單位</td><td class="tdv">民政課</td><td class="th">發布日期</td>' +
      '<td class="tdv">101-03-21</td></tr><tr><td class="th">公告期間</td><td class="tdv">101-03-21 ~ 101-04-06</td>' +
      '<td class="th">點閱次數</td><td class="tdv">512</td></tr></table><p>發文日期：中華民國101年3月20日</p>'),
    format: 'html',
    url: 'http://www.example.gov.tw/news/news_detail.asp?id=1834'
  }).article
  t.equal(notice.published, '2012-03-21')
})

t.test('markup that lists the byline\'s photographer beside its reporter, and a CMS\'s default account', async t => {
  // zh-news n115 (a Taiwan online news site) and n117 (a Joomla portal), session 36's unseen rounds
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"老公寓裝電梯難在哪",' +
    '"author":[{"@type":"Person","name":"蘇怡潔"},{"@type":"Person","name":"林育廷"}]}</script>'
  const both = read(`<html><head><title>老公寓裝電梯難在哪</title>${ld}</head><body><h1>老公寓裝電梯難在哪</h1>` +
    `<div class="article-meta"><span class="reporter">記者蘇怡潔、攝影記者林育廷／台北報導</span></div>${PROSE}</body></html>`)
  t.same(both.authors, ['蘇怡潔'])
  const joomla = read(page('砂拉越华社庆祝活动', '<h1>砂拉越华社庆祝活动</h1><dl class="article-info"><dd class="createdby">作者：Super User</dd></dl>'))
  t.same(joomla.authors, [])
})

t.test('a profile panel\'s join date and a Q&A page\'s closing time are no dates of the post', async t => {
  // zh-blogs b98 (a Hong Kong blog platform) and b96 (an 爱问-style question), session 36's unseen rounds
  const blog = read(page('祥興冰室的最後一天 - 阿健的網誌 - 港博',
    '<div class="date">2008-09-02 星期二 | 分類： 生活隨筆</div><h2>祥興冰室的最後一天</h2>' +
    '<div class="profile">暱稱：阿健 性別：男 加入日期：2006-05-11</div>'))
  t.equal(blog.published, '2008-09-02')
  const question = read(page('MP4插电脑没反应怎么办_爱问知识人',
    '<h1>MP4插电脑没反应怎么办</h1><div>悬赏分：10 - 解决时间：2006-07-22 14:03</div>' +
    '<div>提问者：小鱼吐泡泡 提问时间：2006-07-20 21:12 浏览次数：1523</div>'))
  t.equal(question.published?.slice(0, 10), '2006-07-20')
})

t.test('a titled relative time in a moderator\'s line (加入精华) is no date of the post', async t => {
  // zh-blogs b95 (a Discuz! X3.4 phone-template thread, session 36's unseen round)
  const thread = processPage({
    content: page('鹭岛老街区美食地图_厦门生活_鹭岛论坛',
      '<div class="modact">本主题由 海蛎煎 于 <span title="2020-11-13 10:15">前天&nbsp;10:15</span> 加入精华</div>' +
      '<h2>鹭岛老街区美食地图</h2><ul><li class="grey rela"><span title="2020-11-12 21:36:18">3&nbsp;天前</span></li></ul>'),
    format: 'html',
    fetchedAt: '2020-11-15T10:20:00+08:00'
  }).article
  t.equal(thread.published?.slice(0, 10), '2020-11-12')
})

t.test('a title-classed headline that words the <title>\'s story otherwise: the pairs of characters they share', async t => {
  // zh-news n114 and n118 (a Taiwan business paper, a London Chinese weekly: session 36's unseen round)
  const paper = read(page('經貿時報電子報 - 產業新聞 - 面板減產潮擴大 Q4稼動率恐剩五成',
    '<table><tr><td class="headline">面板廠擴大減產 第四季稼動率恐跌破五成</td></tr></table>'))
  t.equal(paper.title, '面板廠擴大減產 第四季稼動率恐跌破五成')
  const weekly = read(page('英伦华报 UK Huabao - 移民新政：五级计点积分制出台',
    '<table><tr><td align="center" class="title">英国移民新政出台 计点积分制将分阶段实施</td></tr></table>'))
  t.equal(weekly.title, '英国移民新政出台 计点积分制将分阶段实施')
  const other = read(page('經貿時報電子報 - 產業新聞 - 面板減產潮擴大 Q4稼動率恐剩五成',
    '<table><tr><td class="headline">央行維持利率不變 房市信用管制續行</td></tr></table>'))
  t.not(other.title, '央行維持利率不變 房市信用管制續行', 'another story is no headline of this one')
})

t.test('a byline box with a bar after each role, and a writers\' credit that names their unit first', async t => {
  // zh-news n109 (a district media centre's WeChat article) and zh-gov g89 (a county's leaders' news), session 36
  const wechat = read(page('麦浪翻金夏收忙',
    '<h1>麦浪翻金夏收忙</h1><section><p><span>融媒记者｜陈思雨　通讯员｜邵伟　摄影｜郑凯</span></p></section>'))
  t.same(wechat.authors, ['陈思雨', '邵伟'])
  const county = read(page('周建平到乡镇调研防汛备汛工作_领导活动_榕坪县人民政府',
    '<h1>周建平到乡镇调研防汛备汛工作</h1><div class="art-author">文/图：县融媒体中心　杨帆　陆晓雨</div>'))
  t.same(county.authors, ['杨帆', '陆晓雨'])
})

t.test('a report\'s credit (`报导：`, `报导／摄影：`) is a writer\'s byline', async t => {
  // zh-news n50 (a Malaysian daily on WordPress, a todo since session 33) and n117 (session 36's unseen round)
  const { readZhByline } = await import('../src/text/zh-byline.js')
  t.equal(readZhByline('报导：陈佩玲')?.names, '陈佩玲')
  t.equal(readZhByline('报导／摄影：刘慧琳')?.names, '刘慧琳')
  t.equal(readZhByline('据报道：近日，某地发生一起事故'), null, 'a sentence citing reports is none')
})

t.test('a counter the label list lacks closes a name field (`作者：周立 叶晓敏　评论：0`)', async t => {
  // zh-news n122 of session 37's unseen round: PHPCMS v9's info line inside the `<h1>`, after a line break
  const line = parseInfoLine('2016-08-03 09:12:45　来源：华夏气象报　作者：周立 叶晓敏　评论：0 点击：', '+08:00')
  t.same(line?.fields.filter(f => f.field !== 'ignore').map(f => [f.field, f.value]),
    [['source', '华夏气象报'], ['author', '周立 叶晓敏']])
  t.equal(parseInfoLine('来源：县融媒体中心　回复：12', '+08:00')?.fields[0].value, '县融媒体中心')
  const a = read(`<html><head><meta charset="utf-8"><title>山洪来临前，预警“叫醒”了每一户_华夏气象网</title></head><body>` +
    '<div id="Article"><h1>山洪来临前，预警“叫醒”了每一户<br /><span>2016-08-03 09:12:45　来源：华夏气象报　作者：周立 叶晓敏　' +
    `评论：<a href="#c">0</a> 点击：<span id="hits"></span></span></h1><div class="content">${PROSE}</div></div></body></html>`)
  t.same(a.authors, ['周立', '叶晓敏'])
})
